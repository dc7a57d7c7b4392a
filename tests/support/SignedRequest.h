#pragma once

#include "api/Credentials.h"
#include "api/PercentEncoding.h"
#include "api/RpcSigner.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QUrl>
#include <QUuid>

// Raw OpenAPI requests built and signed by hand, so simulator tests do not depend on the production client.
namespace SignedRequest {

// What goes on the wire: method, URL and headers, body.
struct Raw
{
    QByteArray method;
    QNetworkRequest request;
    QByteArray body;
};

inline QString timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

inline QString newNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "enc(k)=enc(v)&..." in the given order; plusForSpace writes spaces as '+' like an HTML form.
inline QByteArray encodePairs(const QueryPairs &pairs, bool plusForSpace = false)
{
    QByteArrayList items;
    for (const auto &[name, value] : pairs) {
        QByteArray encodedValue = PercentEncoding::encode(value);
        if (plusForSpace)
            encodedValue.replace("%20", "+");
        items.append(PercentEncoding::encode(name) + '=' + encodedValue);
    }
    return items.join('&');
}

// The common V1 parameters (as pop-core sends them) plus the operation's, not yet signed.
inline QueryPairs v1Params(const Credentials &credentials, const QString &action, const QueryPairs &operation,
                           const QDateTime &now, const QString &nonce = newNonce(),
                           const QString &format = QStringLiteral("JSON"))
{
    QueryPairs params {{QStringLiteral("Action"), action},
                       {QStringLiteral("Version"), QStringLiteral("2018-01-20")},
                       {QStringLiteral("Format"), format},
                       {QStringLiteral("AccessKeyId"), credentials.accessKeyId},
                       {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
                       {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
                       {QStringLiteral("SignatureNonce"), nonce},
                       {QStringLiteral("Timestamp"), timestamp(now)},
                       {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")}};
    if (!credentials.securityToken.isEmpty())
        params.append({QStringLiteral("SecurityToken"), credentials.securityToken});
    params.append(operation);
    return params;
}

inline QByteArray v1Signature(const QByteArray &method, const QueryPairs &allParams, const QString &secret)
{
    return RpcSigner::signatureV1(RpcSigner::stringToSignV1(method, allParams), secret);
}

inline Raw get(const QUrl &endpoint, const QByteArray &rawQuery)
{
    QUrl url = endpoint;
    url.setQuery(QString::fromLatin1(rawQuery), QUrl::StrictMode);
    return {QByteArrayLiteral("GET"), QNetworkRequest(url), {}};
}

// V1 GET: everything in the query, Signature last.
inline Raw v1Get(const QUrl &endpoint, const QueryPairs &params, const QString &secret)
{
    QueryPairs all = params;
    all.append({QStringLiteral("Signature"), QString::fromLatin1(v1Signature("GET", params, secret))});
    return get(endpoint, encodePairs(all));
}

// V1 POST: queryParams in the URL, formParams (and the Signature) in an x-www-form-urlencoded body.
inline Raw v1PostForm(const QUrl &endpoint, const QueryPairs &queryParams, const QueryPairs &formParams,
                      const QString &secret, bool plusForSpace = false)
{
    QueryPairs form = formParams;
    form.append({QStringLiteral("Signature"),
                 QString::fromLatin1(v1Signature("POST", queryParams + formParams, secret))});
    QUrl url = endpoint;
    if (!queryParams.isEmpty())
        url.setQuery(QString::fromLatin1(encodePairs(queryParams)), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    return {QByteArrayLiteral("POST"), request, encodePairs(form, plusForSpace)};
}

inline QByteArray hostHeader(const QUrl &endpoint)
{
    return endpoint.host().toLatin1() + ':' + QByteArray::number(endpoint.port(80));
}

// A V3 (ACS3-HMAC-SHA256) request with everything that went into its signature.
struct V3
{
    Raw raw;
    QByteArray stringToSign;
    QByteArray signedHeaders;
    QByteArray signature;
};

// V3 POST as the Tea SDK sends an RPC call: query parameters in the URL, operation parameters optionally in
// a form body, x-acs-* headers, host and content-type signed.
inline V3 v3Post(const QUrl &endpoint, const Credentials &credentials, const QString &action,
                 const QueryPairs &query, const QueryPairs &form, const QDateTime &now,
                 const QString &nonce = newNonce())
{
    V3 v3;
    v3.raw.method = QByteArrayLiteral("POST");
    v3.raw.body = form.isEmpty() ? QByteArray() : encodePairs(form);
    RpcSigner::V3Request request;
    request.httpMethod = v3.raw.method;
    request.query = query;
    request.hashedPayload = RpcSigner::sha256Hex(v3.raw.body);
    request.headers = {{"host", hostHeader(endpoint)},
                       {"x-acs-action", action.toUtf8()},
                       {"x-acs-version", "2018-01-20"},
                       {"x-acs-date", timestamp(now).toLatin1()},
                       {"x-acs-signature-nonce", nonce.toUtf8()},
                       {"x-acs-content-sha256", request.hashedPayload}};
    if (!form.isEmpty())
        request.headers.append(
                {QByteArrayLiteral("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    if (!credentials.securityToken.isEmpty())
        request.headers.append(
                {QByteArrayLiteral("x-acs-security-token"), credentials.securityToken.toUtf8()});
    v3.signedHeaders = RpcSigner::signedHeadersV3(request);
    v3.stringToSign = RpcSigner::stringToSignV3(RpcSigner::canonicalRequestV3(request));
    v3.signature = RpcSigner::signatureV3(v3.stringToSign, credentials.accessKeySecret);

    QUrl url = endpoint;
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(encodePairs(query)), QUrl::StrictMode);
    v3.raw.request = QNetworkRequest(url);
    for (const auto &[name, value] : std::as_const(request.headers))
        v3.raw.request.setRawHeader(name, value);
    v3.raw.request.setRawHeader(
            "Authorization",
            RpcSigner::authorizationV3(credentials.accessKeyId, v3.signedHeaders, v3.signature));
    return v3;
}

} // namespace SignedRequest
