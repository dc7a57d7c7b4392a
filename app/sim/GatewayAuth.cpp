#include "GatewayAuth.h"

#include "SimRequest.h"
#include "api/RpcSigner.h"
#include "util/Clock.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

GatewayAuth::GatewayAuth(const Clock *clock) : m_clock(clock) { }

void GatewayAuth::setClock(const Clock *clock)
{
    m_clock = clock;
}

void GatewayAuth::addAccessKey(const QString &accessKeyId, const QString &secret,
                               const QString &securityToken, const QDateTime &expiration)
{
    Key &key = m_keys[accessKeyId];
    key.secret = secret;
    key.securityToken = securityToken;
    key.expiration = expiration;
}

const GatewayAuth::Key *GatewayAuth::validKey(const QString &accessKeyId) const
{
    const auto key = m_keys.constFind(accessKeyId);
    if (key == m_keys.cend())
        return nullptr;
    if (key->expiration.isValid() && m_clock->nowUtc() >= key->expiration)
        return nullptr;
    return &*key;
}

std::optional<GatewayError> GatewayAuth::authenticate(SimRequest &request)
{
    QString timestamp;
    QString nonce;
    const std::optional<GatewayError> error = request.hasHeader("authorization")
            ? verifyV3(request, timestamp, nonce)
            : verifyV1(request, timestamp, nonce);
    if (error)
        return error;
    return checkFreshness(request.accessKeyId, timestamp, nonce);
}

std::optional<GatewayError> GatewayAuth::verifyV1(SimRequest &in, QString &timestamp, QString &nonce) const
{
    in.action = in.param(u"Action"_s);
    in.version = in.param(u"Version"_s);
    const QStringList required {u"Action"_s,          u"Version"_s,          u"AccessKeyId"_s,
                                u"SignatureMethod"_s, u"SignatureVersion"_s, u"SignatureNonce"_s,
                                u"Timestamp"_s};
    for (const QString &name : required) {
        if (in.param(name).isEmpty())
            return GatewayError::missingParameter(name);
    }
    in.accessKeyId = in.param(u"AccessKeyId"_s);
    const Key *key = validKey(in.accessKeyId);
    if (!key)
        return GatewayError::accessKeyNotFound();
    // A wrong or missing STS token: the KMS docs say NotFound is also what an expired token gets; the
    // InvalidSecurityToken.* family is not verified for IoT.
    if (!key->securityToken.isEmpty() && in.param(u"SecurityToken"_s) != key->securityToken)
        return GatewayError::accessKeyNotFound();

    // Every parameter received except Signature, from the query and the form body alike.
    const QByteArray serverStringToSign = RpcSigner::stringToSignV1(in.method, in.params);
    if (in.param(u"SignatureMethod"_s) != QLatin1String(RpcSigner::kV1Method)
        || in.param(u"SignatureVersion"_s) != u"1.0")
        return GatewayError::incompleteSignature(serverStringToSign);
    const QString signature = in.param(u"Signature"_s);
    if (signature.isEmpty())
        return GatewayError::incompleteSignature(serverStringToSign);
    if (signature.toUtf8() != RpcSigner::signatureV1(serverStringToSign, key->secret))
        return GatewayError::signatureDoesNotMatch(serverStringToSign);

    timestamp = in.param(u"Timestamp"_s);
    nonce = in.param(u"SignatureNonce"_s);
    return std::nullopt;
}

std::optional<GatewayError> GatewayAuth::verifyV3(SimRequest &in, QString &timestamp, QString &nonce) const
{
    in.action = QString::fromUtf8(in.header("x-acs-action"));
    in.version = QString::fromUtf8(in.header("x-acs-version"));

    // What the server would sign by itself: every host, content-type and x-acs-* header, the real body.
    RpcSigner::V3Request own;
    own.httpMethod = in.method;
    own.query = in.query;
    own.headers = in.headers;
    own.hashedPayload = RpcSigner::sha256Hex(in.body);
    const QByteArray ownStringToSign = RpcSigner::stringToSignV3(RpcSigner::canonicalRequestV3(own));

    static const QRegularExpression authorizationPattern(
            u"^ACS3-HMAC-SHA256 Credential=([^,\\s]+),SignedHeaders=([^,\\s]+),Signature=([0-9a-fA-F]+)$"_s);
    const QRegularExpressionMatch match
            = authorizationPattern.match(QString::fromLatin1(in.header("authorization").trimmed()));
    if (!match.hasMatch())
        return GatewayError::incompleteSignature(ownStringToSign);
    const QList<QByteArray> requiredHeaders {"x-acs-action", "x-acs-version", "x-acs-date",
                                             "x-acs-signature-nonce"};
    for (const QByteArray &name : requiredHeaders) {
        if (in.header(name).isEmpty())
            return GatewayError::missingParameter(QString::fromLatin1(name));
    }
    if (in.header("x-acs-content-sha256").isEmpty())
        return GatewayError::incompleteSignature(ownStringToSign);

    in.accessKeyId = match.captured(1);
    const Key *key = validKey(in.accessKeyId);
    if (!key)
        return GatewayError::accessKeyNotFound();
    if (!key->securityToken.isEmpty()
        && QString::fromUtf8(in.header("x-acs-security-token")) != key->securityToken)
        return GatewayError::accessKeyNotFound(); // see verifyV1

    // The client's view: exactly the headers it names. They must cover host and every x-acs-* header sent,
    // each must have been received, and the list must be the canonical (lowercase, sorted) one.
    const QByteArray signedHeaders = match.captured(2).toLatin1();
    const QList<QByteArray> signedNames = signedHeaders.split(';');
    bool covered = signedNames.contains("host");
    RpcSigner::V3Request claimed = own;
    claimed.headers.clear();
    for (const QByteArray &name : signedNames) {
        covered = covered && in.hasHeader(name);
        claimed.headers.append({name, in.header(name)});
    }
    for (const auto &header : std::as_const(in.headers)) {
        if (header.first.startsWith("x-acs-") && !signedNames.contains(header.first))
            covered = false;
    }
    if (!covered || RpcSigner::signedHeadersV3(claimed) != signedHeaders)
        return GatewayError::incompleteSignature(ownStringToSign);
    if (in.header("x-acs-content-sha256") != own.hashedPayload)
        return GatewayError::incompleteSignature(ownStringToSign);

    const QByteArray serverStringToSign = RpcSigner::stringToSignV3(RpcSigner::canonicalRequestV3(claimed));
    if (match.captured(3).toLatin1() != RpcSigner::signatureV3(serverStringToSign, key->secret))
        return GatewayError::signatureDoesNotMatch(serverStringToSign);

    timestamp = QString::fromUtf8(in.header("x-acs-date"));
    nonce = QString::fromUtf8(in.header("x-acs-signature-nonce"));
    return std::nullopt;
}

std::optional<GatewayError> GatewayAuth::checkFreshness(const QString &accessKeyId, const QString &timestamp,
                                                        const QString &nonce)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    const QDateTime sent = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!pattern.match(timestamp).hasMatch() || !sent.isValid())
        return GatewayError::timestampFormat();
    const QDateTime now = m_clock->nowUtc();
    if (qAbs(now.secsTo(sent)) > kMaxSkewSecs)
        return GatewayError::timestampExpired();

    Key &key = m_keys[accessKeyId];
    for (auto it = key.nonces.begin(); it != key.nonces.end();) {
        if (it.value().secsTo(now) > kNonceMemorySecs)
            it = key.nonces.erase(it);
        else
            ++it;
    }
    if (key.nonces.contains(nonce))
        return GatewayError::nonceUsed();
    key.nonces.insert(nonce, now);
    return std::nullopt;
}
