#include "auth/AssumeRoleResponse.h"

#include "ota/OtaJobParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

ParseError failure(const char *text, qsizetype offset = -1)
{
    return {QCoreApplication::translate("AssumeRoleResponse", text), offset};
}

} // namespace

std::variant<AssumedRole, ParseError> parseAssumeRoleResponse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(QT_TRANSLATE_NOOP("AssumeRoleResponse", "The STS answer is not JSON."), error.offset);
    if (!document.isObject())
        return failure(QT_TRANSLATE_NOOP("AssumeRoleResponse", "The STS answer is not a JSON object."));
    const QJsonObject root = document.object();
    const QJsonObject credentials = root.value(u"Credentials"_s).toObject();
    AssumedRole role;
    role.credentials.accessKeyId = credentials.value(u"AccessKeyId"_s).toString();
    role.credentials.accessKeySecret = credentials.value(u"AccessKeySecret"_s).toString();
    role.credentials.securityToken = credentials.value(u"SecurityToken"_s).toString();
    if (role.credentials.accessKeyId.isEmpty() || role.credentials.accessKeySecret.isEmpty()
        || role.credentials.securityToken.isEmpty())
        return failure(QT_TRANSLATE_NOOP("AssumeRoleResponse",
                                         "The STS answer lacks the AccessKeyId, AccessKeySecret or "
                                         "SecurityToken of its Credentials."));
    role.expiration = parseApiUtcTime(credentials.value(u"Expiration"_s).toString());
    if (!role.expiration.isValid())
        return failure(QT_TRANSLATE_NOOP("AssumeRoleResponse",
                                         "The STS answer has no Expiration time that can be read."));
    role.assumedRoleArn = root.value(u"AssumedRoleUser"_s).toObject().value(u"Arn"_s).toString();
    role.requestId = root.value(u"RequestId"_s).toString();
    return role;
}
