#pragma once

#include "api/Credentials.h"
#include "ota/ParseError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <variant>

// What STS AssumeRole answered (REFERENCE.md section 6): the temporary pair and its token, when it expires,
// and the role session it belongs to.
struct AssumedRole
{
    Credentials credentials; // AccessKeyId "STS.…", secret and SecurityToken
    QDateTime expiration; // UTC
    QString assumedRoleArn; // AssumedRoleUser.Arn, e.g. acs:ram::123:role/ota-reader/otadash
    QString requestId;
};

// Reads a successful AssumeRole body (JSON). A body that is not a JSON object, lacks any of the three parts
// of Credentials, or whose Expiration is not an ISO 8601 UTC time is a ParseError; error bodies are the
// envelope's to read (ResponseEnvelopeReader), not this function's.
std::variant<AssumedRole, ParseError> parseAssumeRoleResponse(const QByteArray &body);
