#include "api/RpcSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace RpcSigner {

QByteArray stringToSignV1(const QByteArray &httpMethod, const QueryPairs &params)
{
    QueryPairs signedParams;
    signedParams.reserve(params.size());
    for (const auto &pair : params) {
        if (pair.first != u"Signature")
            signedParams.append(pair);
    }
    return httpMethod + "&%2F&" + PercentEncoding::encodeBytes(PercentEncoding::canonicalQuery(signedParams));
}

QByteArray hmacSha1Base64(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha1).toBase64();
}

QByteArray signatureV1(const QByteArray &stringToSign, const QString &accessKeySecret)
{
    return hmacSha1Base64(accessKeySecret.toUtf8() + '&', stringToSign);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

namespace {
bool isSignedHeader(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

QList<std::pair<QByteArray, QByteArray>> canonicalHeaders(const V3Request &request)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (isSignedHeader(lower))
            headers.append({lower, value.trimmed()});
    }
    std::stable_sort(headers.begin(), headers.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return headers;
}
} // namespace

QByteArray signedHeadersV3(const V3Request &request)
{
    QByteArrayList names;
    for (const auto &header : canonicalHeaders(request))
        names.append(header.first);
    return names.join(';');
}

QByteArray canonicalRequestV3(const V3Request &request)
{
    QByteArray headerBlock;
    QByteArrayList names;
    for (const auto &[name, value] : canonicalHeaders(request)) {
        headerBlock += name + ':' + value + '\n';
        names.append(name);
    }
    return request.httpMethod + '\n' + request.canonicalUri + '\n'
            + PercentEncoding::canonicalQuery(request.query) + '\n' + headerBlock + '\n' + names.join(';')
            + '\n' + request.hashedPayload;
}

QByteArray stringToSignV3(const QByteArray &canonicalRequest)
{
    return QByteArray(kV3Algorithm) + '\n' + sha256Hex(canonicalRequest);
}

QByteArray signatureV3(const QByteArray &stringToSign, const QString &accessKeySecret)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret.toUtf8(),
                                            QCryptographicHash::Sha256)
            .toHex();
}

QByteArray authorizationV3(const QString &accessKeyId, const QByteArray &signedHeaders,
                           const QByteArray &signature)
{
    return QByteArray(kV3Algorithm) + " Credential=" + accessKeyId.toUtf8()
            + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature;
}

} // namespace RpcSigner
