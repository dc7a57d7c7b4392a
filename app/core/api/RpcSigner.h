#pragma once

#include "api/PercentEncoding.h"

#include <QByteArray>
#include <QString>

// Alibaba Cloud RPC request signatures: V1 (HMAC-SHA1, SignatureVersion 1.0) and V3 (ACS3-HMAC-SHA256).
// Pure functions: the caller decides what is sent and signs exactly that.
namespace RpcSigner {

inline constexpr char kV1Method[] = "HMAC-SHA1";
inline constexpr char kV3Algorithm[] = "ACS3-HMAC-SHA256";

// METHOD & %2F & enc(canonicalQuery(params)); every parameter but Signature.
QByteArray stringToSignV1(const QByteArray &httpMethod, const QueryPairs &params);
// Base64(HMAC-SHA1(secret + "&", stringToSign)).
QByteArray signatureV1(const QByteArray &stringToSign, const QString &accessKeySecret);

QByteArray hmacSha1Base64(const QByteArray &key, const QByteArray &data);

struct V3Request
{
    QByteArray httpMethod;
    QByteArray canonicalUri = QByteArrayLiteral("/");
    QueryPairs query;
    QList<std::pair<QByteArray, QByteArray>> headers; // host, content-type and every x-acs-* header
    QByteArray hashedPayload; // hex SHA-256 of the body as sent
};

QByteArray sha256Hex(const QByteArray &data);
// Lowercased, sorted names of the headers that are signed (host, content-type, x-acs-*), ';'-joined.
QByteArray signedHeadersV3(const V3Request &request);
QByteArray canonicalRequestV3(const V3Request &request);
QByteArray stringToSignV3(const QByteArray &canonicalRequest);
// hex(HMAC-SHA256(secret, stringToSign)).
QByteArray signatureV3(const QByteArray &stringToSign, const QString &accessKeySecret);
QByteArray authorizationV3(const QString &accessKeyId, const QByteArray &signedHeaders,
                           const QByteArray &signature);

} // namespace RpcSigner
