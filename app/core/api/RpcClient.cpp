#include "api/RpcClient.h"

#include "api/RpcSigner.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QIODevice>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "otadash.api", QtInfoMsg)

namespace {
QString timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

// Host header value exactly as the network stack will send it.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QueryPairs withoutEmptyValues(const QueryPairs &params)
{
    QueryPairs out;
    for (const auto &pair : params) {
        if (!pair.first.isEmpty() && !pair.second.isEmpty())
            out.append(pair);
    }
    return out;
}

// An HTTP Date header ("Mon, 15 Jan 2024 08:30:00 GMT"); Qt 6.4's RFC2822Date rejects the "GMT" zone.
QDateTime parseHttpDate(const QByteArray &header)
{
    QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(header).trimmed(),
                                               u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (parsed.isValid()) {
        parsed.setTimeSpec(Qt::UTC);
        return parsed;
    }
    return QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date).toUTC();
}

// The server's string to sign, from "... server string to sign is:<string>".
QString serverStringToSign(const QString &message)
{
    static const QString marker = u"server string to sign is:"_s;
    const qsizetype at = message.indexOf(marker);
    return at < 0 ? QString() : message.mid(at + marker.size()).trimmed();
}

ApiError::Transport transportKind(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::Transport::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ContentReSendError: // closed before an answer; see SendOnceBody
        return ApiError::Transport::ConnectionClosed;
    case QNetworkReply::HostNotFoundError:
        return ApiError::Transport::HostNotFound;
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return ApiError::Transport::Proxy;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError::Transport::ProxyAuth;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError::Transport::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        return ApiError::Transport::Network;
    case QNetworkReply::OperationCanceledError:
        return ApiError::Transport::Canceled;
    default:
        return ApiError::Transport::Network;
    }
}

// A request body the network stack can read once only. When the connection a request went out on closes
// before any answer, Qt sends the request again by itself on a new one (its reconnect attempts; the same for
// a GET and a POST): the same signature, the same nonce, which a gateway that saw the first copy refuses as a
// replay (SignatureNonceUsed), and a write it may carry out twice. Before it resends, Qt rewinds the body;
// this one cannot be rewound, so the reply fails with ContentReSendError instead and the scheduler decides: a
// read is signed again with a fresh nonce, a write is not repeated.
class SendOnceBody : public QIODevice
{
public:
    SendOnceBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        if (m_read >= m_data.size())
            return -1;
        const qint64 n = qMin(maxSize, m_data.size() - m_read);
        std::memcpy(out, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
    qint64 m_read = 0;
};

// The proxy a reply's request was to go through (NoProxy when none).
QNetworkProxy proxyOf(QNetworkReply *reply)
{
    QNetworkProxyFactory *factory = reply->manager() ? reply->manager()->proxyFactory() : nullptr;
    if (!factory)
        return reply->manager() ? reply->manager()->proxy() : QNetworkProxy(QNetworkProxy::NoProxy);
    return factory->queryProxy(QNetworkProxyQuery(reply->url()))
            .value(0, QNetworkProxy(QNetworkProxy::NoProxy));
}

// Failures of the connection itself (codes below 200), as opposed to an HTTP status Qt maps to an error.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}
} // namespace

QUrl RpcConfig::regionEndpoint(const QString &regionId)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"iot."_s + regionId + u".aliyuncs.com"_s);
    url.setPath(u"/"_s);
    return url;
}

// ---------------------------------------------------------------------------------------------- RpcCall

void RpcCall::start(QNetworkAccessManager *network, const PreparedRequest &prepared, int timeoutMs)
{
    m_prepared = prepared;
    m_startedUs = m_clock->monotonicUs();
    // Streamed from a body that cannot be rewound (SendOnceBody), a GET's empty one too: never sent twice.
    // HTTP/1.1 only: HTTP/2's own handling of a connection lost mid-request is another path to resend on, and
    // the account's 10 requests per second need no multiplexing.
    QNetworkRequest request = prepared.request;
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentLengthHeader, prepared.body.size());
    auto *body = new SendOnceBody(prepared.body, this);
    m_reply = network->sendCustomRequest(request, prepared.httpMethod, body);
    body->setParent(m_reply); // read until the reply is done with it
    connect(m_reply, &QNetworkReply::readyRead, this, &RpcCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RpcCall::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > RpcClient::kMaxResponseBytes)
            fail(ApiError::transportError(ApiError::Transport::TooLarge, [announced = length.toLongLong()] {
                return tr("The response announced %1 bytes; the limit is %2.")
                        .arg(QLocale().toString(announced), QLocale().toString(RpcClient::kMaxResponseBytes));
            }));
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: remember why, the reply then fails with a handshake error.
        QStringList texts;
        QSslCertificate certificate;
        for (const QSslError &error : errors) {
            texts.append(error.errorString());
            if (certificate.isNull())
                certificate = error.certificate();
        }
        if (certificate.isNull())
            certificate = m_reply->sslConfiguration().peerCertificate();
        // Who the certificate names and who signed it: a company's TLS inspection shows in the issuer.
        const auto name = [](const QStringList &common, const QStringList &organization) {
            const QString cn = common.join(u", "_s);
            const QString o = organization.join(u", "_s);
            return o.isEmpty() || o == cn ? cn : cn.isEmpty() ? o : QString(cn + u" (" + o + u')');
        };
        const QString subject = name(certificate.subjectInfo(QSslCertificate::CommonName),
                                     certificate.subjectInfo(QSslCertificate::Organization));
        const QString issuer = name(certificate.issuerInfo(QSslCertificate::CommonName),
                                    certificate.issuerInfo(QSslCertificate::Organization));
        m_pendingError
                = ApiError::transportError(ApiError::Transport::Tls, [texts, subject, issuer]() -> QString {
                      const QString why
                              = tr("The server's certificate was not accepted: %1").arg(texts.join(u"; "_s));
                      if (subject.isEmpty() && issuer.isEmpty())
                          return why;
                      return why + u' ' + tr("It names %1 and was issued by %2.").arg(subject, issuer);
                  });
    });
    if (!m_timeout)
        m_timeout = m_clock->createTimer(this);
    m_timeout->disconnect(this); // a call signed again starts over
    connect(m_timeout, &ClockTimer::timeout, this, [this, timeoutMs] {
        fail(ApiError::transportError(ApiError::Transport::Timeout, [timeoutMs] {
            return tr("No complete answer within %1 seconds.")
                    .arg(QLocale().toString(timeoutMs / 1000.0, 'f', 1));
        }));
    });
    m_timeout->start(timeoutMs);
}

void RpcCall::abort()
{
    fail(ApiError::transportError(ApiError::Transport::Canceled,
                                  [] { return tr("The request was canceled."); }));
}

void RpcCall::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > RpcClient::kMaxResponseBytes) {
        fail(ApiError::transportError(ApiError::Transport::TooLarge, [] {
            return tr("The response exceeded %1 bytes and was discarded.")
                    .arg(QLocale().toString(RpcClient::kMaxResponseBytes));
        }));
    }
}

void RpcCall::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_pendingError = error;
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // finished() follows synchronously or soon; onFinished reports m_pendingError
    else
        onFinished();
}

ApiError RpcCall::closedEarly(int httpStatus, qint64 announced) const
{
    // Qt only says the connection closed; say how far the answer had come.
    return ApiError::transportError(
            ApiError::Transport::ConnectionClosed, [httpStatus, received = qint64(m_body.size()), announced] {
                if (httpStatus == 0)
                    return tr("The server closed the connection before it answered.");
                if (announced > 0)
                    return tr("The connection closed after %1 of the %2 bytes the server announced.")
                            .arg(QLocale().toString(received), QLocale().toString(announced));
                return tr("The connection closed after %1 bytes, before the answer was complete.")
                        .arg(QLocale().toString(received));
            });
}

void RpcCall::onFinished()
{
    if (m_done)
        return;
    RpcResponse response;
    response.latencyMs = (m_clock->monotonicUs() - m_startedUs) / 1000;
    QNetworkReply *reply = m_reply;
    if (reply) {
        if (!m_pendingError || m_pendingError->transport == ApiError::Transport::Tls)
            m_body += reply->readAll();
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        // The gateway also names the request in a header, which survives bodies we cannot read.
        response.requestId = QString::fromLatin1(reply->rawHeader("x-acs-request-id"));
        const QByteArray date = reply->rawHeader("Date");
        if (!date.isEmpty())
            response.serverDate = parseHttpDate(date);
    }
    if (m_pendingError && m_pendingError->transport != ApiError::Transport::Tls) {
        response.error = *m_pendingError;
        finish(response);
        return;
    }
    // A connection failure wins over a status line that did arrive (a body cut short is no answer).
    if (reply && reply->error() != QNetworkReply::NoError
        && (response.httpStatus == 0 || isConnectionError(reply->error()))) {
        if (m_pendingError) { // TLS: the sslErrors handler kept the precise reason
            response.error = *m_pendingError;
        } else if (transportKind(reply->error()) == ApiError::Transport::ConnectionClosed) {
            response.error = closedEarly(response.httpStatus,
                                         reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
        } else {
            ApiError::Transport kind = transportKind(reply->error());
            QString message = reply->errorString();
            // Qt reports a proxy that refused the connection or broke the tunnel as an unknown error: name
            // the proxy this request was to take.
            const QNetworkProxy proxy = proxyOf(reply);
            if (kind == ApiError::Transport::Network && proxy.type() != QNetworkProxy::NoProxy
                && proxy.type() != QNetworkProxy::DefaultProxy) {
                kind = ApiError::Transport::Proxy;
                message = tr("%1 (proxy %2:%3)").arg(message, proxy.hostName()).arg(proxy.port());
            }
            response.error = ApiError::transportError(kind, message);
        }
        finish(response);
        return;
    }
    // Qt may also end a body cut short without an error, when the close races the last bytes: the length
    // the server announced tells (not for a compressed body, which Qt inflates).
    if (reply && reply->rawHeader("Content-Encoding").isEmpty()) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > 0 && m_body.size() < announced) {
            response.error = closedEarly(response.httpStatus, announced);
            finish(response);
            return;
        }
    }
    if (response.httpStatus >= 300 && response.httpStatus < 400) {
        const QString location = QString::fromUtf8(reply->rawHeader("Location"));
        response.error = ApiError::transportError(ApiError::Transport::Redirect, [location] {
            return tr("The endpoint redirected to %1; redirects are not followed.").arg(location);
        });
        finish(response);
        return;
    }

    response.body = m_body;
    const std::optional<ResponseFormat> format
            = ResponseEnvelopeReader::detectFormat(response.contentType, response.body);
    const std::optional<ResponseEnvelope> envelope
            = format ? ResponseEnvelopeReader::read(*format, response.body) : std::nullopt;
    if (format)
        response.format = *format;
    if (envelope && !envelope->requestId.isEmpty())
        response.requestId = envelope->requestId;

    if (response.httpStatus >= 400) {
        ApiError error;
        error.kind = ApiError::Kind::Gateway;
        error.httpStatus = response.httpStatus;
        if (envelope && !envelope->code.isEmpty()) {
            error.code = envelope->code;
            error.message = envelope->message;
            error.requestId = envelope->requestId;
            error.hostId = envelope->hostId;
            error.recommend = envelope->recommend;
        } else {
            error.code = u"HTTP %1"_s.arg(response.httpStatus);
            error.composeMessage = [status = response.httpStatus] {
                return tr("The server answered HTTP %1 without an API error body.").arg(status);
            };
            error.message = error.composeMessage();
        }
        if (error.code == u"SignatureDoesNotMatch" || error.code == u"IncompleteSignature") {
            const QString server = serverStringToSign(error.message);
            if (!server.isEmpty()) {
                const QString ours = QString::fromUtf8(m_prepared.stringToSign);
                const QString oursCanonical = QString::fromUtf8(m_prepared.canonicalRequest);
                if (server == ours || (!oursCanonical.isEmpty() && server == oursCanonical)) {
                    error.diagnosis = ApiError::SignatureDiagnosis::SecretWrong;
                } else {
                    error.diagnosis = ApiError::SignatureDiagnosis::RequestAltered;
                    qsizetype at = 0;
                    while (at < server.size() && at < ours.size() && server[at] == ours[at])
                        ++at;
                    error.composeDetail = [at] {
                        return tr("The strings to sign differ from character %1 on.")
                                .arg(QLocale().toString(at + 1));
                    };
                    error.detail = error.composeDetail();
                }
            }
        }
        response.error = error;
    } else if (!envelope) {
        response.error
                = ApiError::transportError(ApiError::Transport::Malformed, [empty = response.body.isEmpty()] {
                      return empty ? tr("The response body was empty.")
                                   : tr("The response body is neither valid JSON nor valid XML.");
                  });
    } else if (envelope->success == false) {
        ApiError error;
        error.kind = ApiError::Kind::Business;
        error.httpStatus = response.httpStatus;
        error.code = envelope->code;
        error.message = envelope->message;
        error.requestId = envelope->requestId;
        // What the request said about the instance (the form body, else the query).
        const QUrlQuery sent(QString::fromLatin1(
                m_prepared.body.isEmpty() ? m_prepared.request.url().query(QUrl::FullyEncoded).toLatin1()
                                          : m_prepared.body));
        error.sentInstanceId = sent.queryItemValue(u"IotInstanceId"_s, QUrl::FullyDecoded);
        response.error = error;
    }
    finish(response);
}

void RpcCall::finish(RpcResponse response)
{
    if (m_done)
        return;
    if (response.serverDate.isValid() && m_clock) {
        // The Date header against this computer's clock: named in the error, and optionally compensated.
        const qint64 skew = m_clock->nowUtc().secsTo(response.serverDate);
        response.clockSkewSecs = skew;
        const bool resign = m_onClockSkew && m_onClockSkew(skew);
        if (response.error && qAbs(skew) > RpcClient::kMaxClockSkewSecs)
            response.error->clockSkewSecs = skew;
        if (resign && m_retryWithServerTime && response.error
            && response.error->code == u"InvalidTimeStamp.Expired") {
            qCInfo(lcApi) << "timestamp refused, server clock" << skew << "s from ours: signing again";
            const std::function<void()> retry = std::exchange(m_retryWithServerTime, {});
            if (m_reply) {
                m_reply->disconnect(this);
                m_reply->deleteLater();
            }
            m_body.clear();
            m_pendingError.reset();
            m_timeout->stop();
            retry();
            return;
        }
    }
    m_done = true;
    if (m_timeout)
        m_timeout->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
    }
    if (response.error && response.error->requestId.isEmpty())
        response.error->requestId = response.requestId;
    qCDebug(lcApi) << "finished" << response.httpStatus << response.requestId << response.latencyMs << "ms"
                   << (response.error ? response.error->code : QString());
    emit finished(response);
    deleteLater();
}

// -------------------------------------------------------------------------------------------- RpcClient

RpcClient::RpcClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network),
      m_nonce([] { return QUuid::createUuid().toString(QUuid::WithoutBraces); })
{
    qRegisterMetaType<RpcResponse>();
    qRegisterMetaType<ApiError>();
}

RpcClient::~RpcClient() = default;

void RpcClient::setClock(const Clock *clock)
{
    m_clock = clock;
}

const Clock &RpcClient::clock() const
{
    return m_clock ? *m_clock : Clock::system();
}

void RpcClient::setNonceSource(NonceSource source)
{
    m_nonce = std::move(source);
}

void RpcClient::setClockOffsetCompensation(bool enabled)
{
    m_compensateClockOffset = enabled;
}

bool RpcClient::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> RpcClient::validateEndpoint(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return tr("The endpoint is not a valid URL with a host.");
    if (!endpoint.userInfo().isEmpty())
        return tr("The endpoint must not contain a user name or password.");
    if (endpoint.hasQuery() || endpoint.hasFragment())
        return tr("The endpoint must not contain a query or a fragment.");
    if (endpoint.scheme() == u"https")
        return std::nullopt;
    if (endpoint.scheme() == u"http") {
        if (isLoopbackHost(endpoint.host()))
            return std::nullopt;
        return tr("Plain http:// is refused for %1: only a server on this computer (loopback) may be "
                  "reached without TLS.")
                .arg(endpoint.host());
    }
    return tr("The endpoint must use https://.");
}

PreparedRequest RpcClient::prepare(const RpcConfig &config, const QString &action,
                                   const QueryPairs &params) const
{
    const Clock *clock = m_clock ? m_clock : &Clock::system();
    // Compensating: an offset learned from a Date header puts the timestamp on the server's clock.
    const QString now = timestamp(clock->nowUtc().addSecs(m_compensateClockOffset ? m_clockOffsetSecs : 0));
    const QString nonce = m_nonce();
    const bool get = config.httpMethod == "GET";
    const QByteArray version = config.apiVersion.isEmpty() ? QByteArray(kApiVersion) : config.apiVersion;
    // A RAM-role profile's temporary pair as it is now: refreshed ones are used from the next request on.
    const Credentials credentials = config.credentials.current();
    const QString format = config.format == ResponseFormat::Xml ? u"XML"_s : u"JSON"_s;

    PreparedRequest prepared;
    prepared.httpMethod = get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
    QUrl url = config.endpoint;
    if (url.path().isEmpty())
        url.setPath(u"/"_s);

    QueryPairs all = withoutEmptyValues(params);
    all.append({u"Format"_s, format});
    if (!config.regionId.isEmpty())
        all.append({u"RegionId"_s, config.regionId});

    QNetworkRequest request;
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("User-Agent", QByteArrayLiteral("OtaDash/" OTADASH_VERSION " Qt/") + qVersion());
    request.setRawHeader("Accept", config.format == ResponseFormat::Xml ? "text/xml" : "application/json");

    if (config.signature == SignatureVersion::V1) {
        all.append({u"Action"_s, action});
        all.append({u"Version"_s, QString::fromLatin1(version)});
        all.append({u"AccessKeyId"_s, credentials.accessKeyId});
        all.append({u"SignatureMethod"_s, QString::fromLatin1(RpcSigner::kV1Method)});
        all.append({u"SignatureVersion"_s, u"1.0"_s});
        all.append({u"SignatureNonce"_s, nonce});
        all.append({u"Timestamp"_s, now});
        if (!credentials.securityToken.isEmpty())
            all.append({u"SecurityToken"_s, credentials.securityToken});
        prepared.stringToSign = RpcSigner::stringToSignV1(prepared.httpMethod, all);
        const QByteArray signature
                = RpcSigner::signatureV1(prepared.stringToSign, credentials.accessKeySecret);
        const QByteArray encoded = PercentEncoding::canonicalQuery(all)
                + "&Signature=" + PercentEncoding::encodeBytes(signature);
        if (get) {
            url = QUrl::fromEncoded(url.toEncoded(QUrl::RemoveQuery) + '?' + encoded, QUrl::StrictMode);
        } else {
            prepared.body = encoded;
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
        }
    } else {
        const QByteArray encoded = PercentEncoding::canonicalQuery(all);
        RpcSigner::V3Request v3;
        v3.httpMethod = prepared.httpMethod;
        if (get) {
            v3.query = all;
            url = QUrl::fromEncoded(url.toEncoded(QUrl::RemoveQuery) + '?' + encoded, QUrl::StrictMode);
        } else {
            prepared.body = encoded;
            const QByteArray contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
            v3.headers.append({"content-type", contentType});
        }
        v3.hashedPayload = RpcSigner::sha256Hex(prepared.body);
        v3.headers.append({"host", hostHeader(url)});
        v3.headers.append({"x-acs-action", action.toUtf8()});
        v3.headers.append({"x-acs-version", version});
        v3.headers.append({"x-acs-date", now.toLatin1()});
        v3.headers.append({"x-acs-signature-nonce", nonce.toUtf8()});
        v3.headers.append({"x-acs-content-sha256", v3.hashedPayload});
        if (!credentials.securityToken.isEmpty())
            v3.headers.append({"x-acs-security-token", credentials.securityToken.toUtf8()});
        prepared.canonicalRequest = RpcSigner::canonicalRequestV3(v3);
        prepared.stringToSign = RpcSigner::stringToSignV3(prepared.canonicalRequest);
        const QByteArray signature
                = RpcSigner::signatureV3(prepared.stringToSign, credentials.accessKeySecret);
        for (const auto &[name, value] : std::as_const(v3.headers)) {
            if (name != "host" && name != "content-type")
                request.setRawHeader(name, value);
        }
        request.setRawHeader("Authorization",
                             RpcSigner::authorizationV3(credentials.accessKeyId,
                                                        RpcSigner::signedHeadersV3(v3), signature));
    }
    request.setUrl(url);
    prepared.request = request;
    return prepared;
}

RpcCall *RpcClient::call(const RpcConfig &config, const QString &action, const QueryPairs &params)
{
    auto *call = new RpcCall(this);
    call->m_clock = &clock();
    std::optional<ApiError> refused;
    if (validateEndpoint(config.endpoint))
        refused = ApiError::transportError(
                ApiError::Transport::InvalidEndpoint,
                [endpoint = config.endpoint] { return validateEndpoint(endpoint).value_or(QString()); });
    else if (!config.credentials.isComplete())
        refused = ApiError::transportError(ApiError::Transport::MissingCredentials, [] {
            return tr("An AccessKeyId and an AccessKey secret are required.");
        });
    if (refused) {
        // Finish on the next event-loop turn so callers can connect first, as for any other call.
        QTimer::singleShot(0, call, [call, error = *refused] { call->fail(error); });
        return call;
    }
    qCDebug(lcApi) << "call" << action << config.endpoint.host()
                   << (config.signature == SignatureVersion::V1 ? "v1" : "v3");
    // Learns the offset from each Date header; true when compensating and it differs from the one used.
    call->m_onClockSkew = [this, signedWith = m_compensateClockOffset ? m_clockOffsetSecs : 0](qint64 skew) {
        m_clockOffsetSecs = qAbs(skew) > kMaxClockSkewSecs ? skew : 0;
        return m_compensateClockOffset && m_clockOffsetSecs != signedWith;
    };
    if (m_compensateClockOffset) {
        call->m_retryWithServerTime = [this, call, config, action, params] {
            call->start(m_network, prepare(config, action, params), config.timeoutMs);
        };
    }
    call->start(m_network, prepare(config, action, params), config.timeoutMs);
    return call;
}
