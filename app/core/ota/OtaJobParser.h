#pragma once

#include "ota/OtaJob.h"
#include "ota/ParseError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>

// A QueryOTAJob response body, read into its envelope and its Data.
struct ParsedQueryOtaJob
{
    OtaJob job; // empty when the body carries no Data (a failed call)
    QString requestId;
    bool success = false;
    QString code; // set when the call failed
    QString errorMessage; // ErrorMessage, or the gateway's Message
    QStringList warnings; // tolerated oddities: unknown fields, unreadable values, duplicates
};

using QueryOtaJobResult = std::variant<ParsedQueryOtaJob, ParseError>;

// Both readers give the same OtaJob for equivalent bodies and accept the same quirks:
// - SrcVersions as {"SrcVersion":[...]}, {"SrcVersion":"1.0.0"}, a plain array or string, or null
//   (null = present with no versions, raw "null");
// - Tags as {"OtaTagDTO":[...]}, {"OtaTagDTO":{...}}, a plain array or a single {Key, Value} object;
// - numbers and booleans sent as strings ("5", "true"); unknown fields (skipped, listed in warnings);
// - enum values the reference does not list (kept verbatim); times with or without milliseconds.
// Success missing from the envelope means "no Code present" (gateway errors carry Code and Message only).
// Malformed bodies, non-object roots and a successful call without Data give a ParseError.
QueryOtaJobResult parseQueryOtaJobJson(const QByteArray &body);
QueryOtaJobResult parseQueryOtaJobXml(const QByteArray &body);
// Picks the reader from the first non-blank byte ('<' for XML, otherwise JSON).
QueryOtaJobResult parseQueryOtaJob(const QByteArray &body);

// ISO 8601 as the API sends it ("2019-12-28T02:43:10.000Z", milliseconds optional) as a UTC QDateTime;
// a time without a zone designator is taken as UTC. Invalid QDateTime when unreadable.
QDateTime parseApiUtcTime(const QString &text);
