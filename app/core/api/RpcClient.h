#pragma once

#include "api/ApiError.h"
#include "api/Credentials.h"
#include "api/PercentEncoding.h"
#include "api/ResponseEnvelope.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class Clock;
class ClockTimer;
class QNetworkAccessManager;
class QNetworkReply;

enum class SignatureVersion { V1, V3 };

// Where and how to call: one per request, so a client can serve several profiles.
struct RpcConfig
{
    QUrl endpoint; // https://iot.<region>.aliyuncs.com/ or a custom endpoint
    QString regionId; // sent as RegionId when not empty
    Credentials credentials;
    SignatureVersion signature = SignatureVersion::V3;
    ResponseFormat format = ResponseFormat::Json;
    QByteArray httpMethod = QByteArrayLiteral("POST"); // GET: parameters in the query; POST: in a form body
    int timeoutMs = 15000;
    QByteArray apiVersion; // empty: Iot's (RpcClient::kApiVersion); STS calls name their own

    static QUrl regionEndpoint(const QString &regionId);
};

// What came back, or why nothing usable did.
struct RpcResponse
{
    int httpStatus = 0;
    QByteArray body; // as received
    QByteArray contentType;
    ResponseFormat format = ResponseFormat::Json;
    QString requestId;
    qint64 latencyMs = 0;
    QDateTime serverDate; // the HTTP Date header, when there was one
    std::optional<qint64> clockSkewSecs; // serverDate minus this computer's clock on arrival
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
};
Q_DECLARE_METATYPE(RpcResponse)

// A request exactly as it goes on the wire, with what its signature covered.
struct PreparedRequest
{
    QNetworkRequest request;
    QByteArray httpMethod;
    QByteArray body;
    QByteArray stringToSign; // V1 string to sign, or V3 string to sign
    QByteArray canonicalRequest; // V3 only
};

// One call in flight. Emits finished exactly once (success, error, timeout or abort), then deletes itself.
class RpcCall : public QObject
{
    Q_OBJECT
public:
    void abort();
    const PreparedRequest &prepared() const { return m_prepared; }

signals:
    void finished(const RpcResponse &response);

private:
    friend class RpcClient;
    explicit RpcCall(QObject *parent) : QObject(parent) { }
    void start(QNetworkAccessManager *network, const PreparedRequest &prepared, int timeoutMs);
    void onReadyRead();
    void onFinished();
    // The connection closed before the whole answer came: how far it had come (httpStatus 0: no status line;
    // announced: the Content-Length, 0 when none).
    ApiError closedEarly(int httpStatus, qint64 announced) const;
    void fail(const ApiError &error);
    void finish(RpcResponse response);

    PreparedRequest m_prepared;
    QPointer<QNetworkReply> m_reply;
    ClockTimer *m_timeout = nullptr; // on m_clock: a test's manual clock decides when a call times out
    qint64 m_startedUs = 0; // m_clock's monotonic time at start, for the latency
    QByteArray m_body;
    std::optional<ApiError> m_pendingError; // set when we abort the reply ourselves
    bool m_done = false;
    const Clock *m_clock = nullptr; // for timeouts, the latency and to read the server's Date against
    // Tells the client what each Date header showed; true when a retry with the server's time would help.
    std::function<bool(qint64)> m_onClockSkew;
    std::function<void()> m_retryWithServerTime; // set while one compensated retry is still allowed
};

// Signs and sends IoT OpenAPI RPC requests (product Iot, Version 2018-01-20) over an injected network
// manager.
class RpcClient : public QObject
{
    Q_OBJECT
public:
    using NonceSource = std::function<QString()>;

    // Bodies larger than this are refused while streaming.
    static constexpr qint64 kMaxResponseBytes = 4 * 1024 * 1024;
    static constexpr char kApiVersion[] = "2018-01-20";
    // The gateway refuses a timestamp further than this from its own clock (InvalidTimeStamp.Expired).
    static constexpr qint64 kMaxClockSkewSecs = 15 * 60;

    explicit RpcClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RpcClient() override;

    // Not owned; nullptr = the system clock. Signs with its wall time; times calls out and measures them on
    // its monotonic time. A RequestScheduler runs on its client's clock: set it before creating one.
    void setClock(const Clock *clock);
    const Clock &clock() const;
    void setNonceSource(NonceSource source);
    // Off by default. When on and a Date header shows the server's clock more than kMaxClockSkewSecs away,
    // requests are signed with the server's time: a call refused for its timestamp is signed again, once.
    void setClockOffsetCompensation(bool enabled);
    bool clockOffsetCompensation() const { return m_compensateClockOffset; }
    // The server's clock minus this computer's, from the last Date header beyond the allowed skew; else 0.
    qint64 clockOffsetSecs() const { return m_clockOffsetSecs; }

    // An error message when the endpoint may not be used (scheme, host, loopback rule), else nullopt.
    static std::optional<QString> validateEndpoint(const QUrl &endpoint);
    static bool isLoopbackHost(const QString &host);

    // Builds and signs a request; public so tests and "copy as command" see exactly what would be sent.
    PreparedRequest prepare(const RpcConfig &config, const QString &action, const QueryPairs &params) const;

    // Sends it. Never returns nullptr; invalid configurations finish asynchronously with an error.
    RpcCall *call(const RpcConfig &config, const QString &action, const QueryPairs &params);

private:
    QNetworkAccessManager *m_network;
    const Clock *m_clock = nullptr;
    NonceSource m_nonce;
    bool m_compensateClockOffset = false;
    qint64 m_clockOffsetSecs = 0;
};
