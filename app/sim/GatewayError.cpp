#include "GatewayError.h"

using namespace Qt::StringLiterals;

GatewayError GatewayError::missingParameter(const QString &name)
{
    return {400, u"MissingParameter"_s,
            u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s
                    .arg(name)};
}

GatewayError GatewayError::signatureDoesNotMatch(const QByteArray &serverStringToSign)
{
    return {400, u"SignatureDoesNotMatch"_s,
            u"Specified signature is not matched with our calculation. server string to sign is:"_s
                    + QString::fromUtf8(serverStringToSign)};
}

GatewayError GatewayError::incompleteSignature(const QByteArray &serverStringToSign)
{
    return {400, u"IncompleteSignature"_s,
            u"The request signature does not conform to Aliyun standards. server string to sign is:"_s
                    + QString::fromUtf8(serverStringToSign)};
}

GatewayError GatewayError::accessKeyNotFound()
{
    return {404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s};
}

GatewayError GatewayError::nonceUsed()
{
    return {400, u"SignatureNonceUsed"_s, u"Specified signature nonce was used already."_s};
}

GatewayError GatewayError::timestampExpired()
{
    return {400, u"InvalidTimeStamp.Expired"_s, u"Specified time stamp or date value is expired."_s};
}

GatewayError GatewayError::timestampFormat()
{
    // The code exists by name; status and message are not verified (REFERENCE.md section 4).
    return {400, u"InvalidTimeStamp.Format"_s,
            u"Specified time stamp or date value is not well formatted."_s};
}

GatewayError GatewayError::throttled()
{
    // HTTP status not verified (REFERENCE.md section 4); 400 is what other POP products send.
    return {400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s};
}

GatewayError GatewayError::apiNotFound()
{
    return {404, u"InvalidApi.NotFound"_s,
            u"Specified api is not found, please check your url and method."_s};
}
