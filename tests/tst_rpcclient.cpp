#include "OtaSimulator.h"
#include "api/QueryOtaJob.h"
#include "api/RpcClient.h"
#include "util/ManualClock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SignatureVersion)
Q_DECLARE_METATYPE(ResponseFormat)

namespace {
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;

// Rewrites JobId in GET queries after they were signed, as a meddling proxy would.
class TamperingNetwork : public QNetworkAccessManager
{
protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request = original;
        QUrl url = request.url();
        url.setQuery(url.query(QUrl::FullyEncoded).replace(u"JobId="_s, u"JobId=X"_s), QUrl::StrictMode);
        request.setUrl(url);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};
} // namespace

// The real client against the simulated gateway over loopback sockets.
class TestRpcClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void queriesSeedBatch_data();
    void queriesSeedBatch();
    void jsonAndXmlGiveTheSameBatch();
    void usesAFreshNonceForEveryRequest();
    void reportsReusedNonce();
    void diagnosesWrongSecret();
    void diagnosesAlteredRequest();
    void reportsUnknownAccessKey();
    void reportsExpiredTimestamp();
    void reportsMissingParameter();
    void reportsUnknownAction();
    void reportsThrottlingAsRetryable();
    void reportsBusinessErrors_data();
    void reportsBusinessErrors();
    void signsStsToken();
    void refusesOversizedBodyWhileStreaming();
    void timesOutExactlyOnce();
    void reportsMalformedBodies_data();
    void reportsMalformedBodies();
    void refusesPlainHttpToRemoteHosts_data();
    void refusesPlainHttpToRemoteHosts();
    void reportsConnectionRefused();
    void neverSendsEmptyParameters();
    void timestampHasNoMilliseconds();

private:
    RpcConfig config(SignatureVersion version = SignatureVersion::V3,
                     ResponseFormat format = ResponseFormat::Json) const;
    RpcResponse run(const RpcConfig &config, const QString &action, const QueryPairs &params,
                    RpcClient *client = nullptr);

    std::unique_ptr<OtaSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RpcClient> m_client;
};

void TestRpcClient::init()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<RpcClient>(m_network.get());
}

void TestRpcClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sim.reset();
}

RpcConfig TestRpcClient::config(SignatureVersion version, ResponseFormat format) const
{
    RpcConfig config;
    config.endpoint = m_sim->endpoint();
    config.credentials = OtaSimulator::demoCredentials();
    config.signature = version;
    config.format = format;
    config.timeoutMs = 5000;
    return config;
}

RpcResponse TestRpcClient::run(const RpcConfig &config, const QString &action, const QueryPairs &params,
                               RpcClient *client)
{
    RpcCall *call = (client ? client : m_client.get())->call(config, action, params);
    QSignalSpy spy(call, &RpcCall::finished);
    if (!spy.wait(10000))
        return {};
    return spy.constFirst().constFirst().value<RpcResponse>();
}

void TestRpcClient::queriesSeedBatch_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<ResponseFormat>("format");
    QTest::newRow("v3-post-json") << SignatureVersion::V3 << QByteArray("POST") << ResponseFormat::Json;
    QTest::newRow("v3-get-json") << SignatureVersion::V3 << QByteArray("GET") << ResponseFormat::Json;
    QTest::newRow("v3-post-xml") << SignatureVersion::V3 << QByteArray("POST") << ResponseFormat::Xml;
    QTest::newRow("v1-post-json") << SignatureVersion::V1 << QByteArray("POST") << ResponseFormat::Json;
    QTest::newRow("v1-get-json") << SignatureVersion::V1 << QByteArray("GET") << ResponseFormat::Json;
    QTest::newRow("v1-get-xml") << SignatureVersion::V1 << QByteArray("GET") << ResponseFormat::Xml;
}

void TestRpcClient::queriesSeedBatch()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    QFETCH(ResponseFormat, format);
    RpcConfig cfg = config(version, format);
    cfg.httpMethod = method;
    const RpcResponse response = run(cfg, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QVERIFY2(response.ok(),
             qPrintable(response.error ? response.error->code + u' ' + response.error->message : QString()));
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.format, format);
    QVERIFY(!response.requestId.isEmpty());
    QVERIFY(response.serverDate.isValid());
    const BatchQueryResult result = QueryOtaJob::interpret(response);
    QVERIFY(result.job);
    QCOMPARE(result.job->jobId, kSeedJobId);
    QCOMPARE(result.job->destVersion, u"1.0.1"_s);
    QCOMPARE(m_sim->acceptedCount(), 1);
}

void TestRpcClient::jsonAndXmlGiveTheSameBatch()
{
    m_sim->setRateLimit(0); // this test is about formats, not rates
    for (const QString &jobId : m_sim->jobIds()) {
        const auto json = QueryOtaJob::interpret(run(config(SignatureVersion::V3, ResponseFormat::Json),
                                                     QueryOtaJob::kAction, QueryOtaJob::params(jobId)));
        const auto xml = QueryOtaJob::interpret(run(config(SignatureVersion::V1, ResponseFormat::Xml),
                                                    QueryOtaJob::kAction, QueryOtaJob::params(jobId)));
        QVERIFY2(json.job && xml.job, qPrintable(jobId));
        QVERIFY2(*json.job == *xml.job, qPrintable(jobId));
    }
}

void TestRpcClient::usesAFreshNonceForEveryRequest()
{
    QStringList nonces;
    m_client->setNonceSource([&nonces] {
        nonces.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        return nonces.constLast();
    });
    for (int i = 0; i < 3; ++i)
        QVERIFY(run(config(), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId)).ok());
    QCOMPARE(nonces.size(), 3);
    QCOMPARE(QSet<QString>(nonces.begin(), nonces.end()).size(), 3);
}

void TestRpcClient::reportsReusedNonce()
{
    m_client->setNonceSource([] { return u"fixed-nonce-0001"_s; });
    QVERIFY(run(config(), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId)).ok());
    const RpcResponse replay = run(config(), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QVERIFY(replay.error);
    QCOMPARE(replay.error->kind, ApiError::Kind::Gateway);
    QCOMPARE(replay.error->code, u"SignatureNonceUsed"_s);
    QCOMPARE(replay.error->httpStatus, 400);
    QVERIFY(!replay.error->requestId.isEmpty());
}

void TestRpcClient::diagnosesWrongSecret()
{
    for (const SignatureVersion version : {SignatureVersion::V1, SignatureVersion::V3}) {
        RpcConfig cfg = config(version);
        cfg.credentials.accessKeySecret = u"not-the-secret"_s;
        const RpcResponse response = run(cfg, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
        QVERIFY(response.error);
        QCOMPARE(response.error->code, u"SignatureDoesNotMatch"_s);
        QCOMPARE(response.error->diagnosis, ApiError::SignatureDiagnosis::SecretWrong);
        QVERIFY(response.error->hint().contains(u"secret"));
        QVERIFY(!response.error->message.contains(u"not-the-secret"));
    }
}

void TestRpcClient::diagnosesAlteredRequest()
{
    TamperingNetwork tampering;
    RpcClient client(&tampering);
    RpcConfig cfg = config(SignatureVersion::V1);
    cfg.httpMethod = "GET";
    const RpcResponse response = run(cfg, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId), &client);
    QVERIFY(response.error);
    QCOMPARE(response.error->code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(response.error->diagnosis, ApiError::SignatureDiagnosis::RequestAltered);
    QVERIFY(!response.error->detail.isEmpty());
}

void TestRpcClient::reportsUnknownAccessKey()
{
    RpcConfig cfg = config();
    cfg.credentials.accessKeyId = u"LTAI5tUnknownKey000000"_s;
    const RpcResponse response = run(cfg, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QVERIFY(response.error);
    QCOMPARE(response.error->code, u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(response.error->httpStatus, 404);
}

void TestRpcClient::reportsExpiredTimestamp()
{
    ManualClock late(QDateTime::currentDateTimeUtc().addSecs(-16 * 60));
    m_client->setClock(&late);
    const RpcResponse response = run(config(), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QVERIFY(response.error);
    QCOMPARE(response.error->code, u"InvalidTimeStamp.Expired"_s);
    QVERIFY(response.error->hint().contains(u"15"));
    late.setNow(QDateTime::currentDateTimeUtc().addSecs(-14 * 60)); // within the allowed skew
    QVERIFY(run(config(), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId)).ok());
}

void TestRpcClient::reportsMissingParameter()
{
    const RpcResponse response = run(config(), QueryOtaJob::kAction, {});
    QVERIFY(response.error);
    QCOMPARE(response.error->code, u"MissingParameter"_s);
    QVERIFY(response.error->message.contains(u"JobId"));
}

void TestRpcClient::reportsUnknownAction()
{
    const RpcResponse response = run(config(), u"QueryOTAJobs"_s, QueryOtaJob::params(kSeedJobId));
    QVERIFY(response.error);
    QCOMPARE(response.error->code, u"InvalidApi.NotFound"_s);
    QCOMPARE(response.error->httpStatus, 404);
}

void TestRpcClient::reportsThrottlingAsRetryable()
{
    m_sim->setFault(OtaSimulator::Fault::Throttle);
    const RpcResponse response = run(config(), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QVERIFY(response.error);
    QCOMPARE(response.error->code, u"Throttling.User"_s);
    QVERIFY(response.error->isRetryable());
}

void TestRpcClient::reportsBusinessErrors_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("system-exception") << int(OtaSimulator::Fault::SystemException) << kSeedJobId
                                      << u"iot.system.SystemException"_s << true;
    QTest::newRow("unknown-batch") << int(OtaSimulator::Fault::None) << u"NoSuchBatch0000000000000"_s
                                   << u"iot.system.IllegalRequest"_s << false;
}

void TestRpcClient::reportsBusinessErrors()
{
    QFETCH(int, fault);
    QFETCH(QString, jobId);
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    m_sim->setFault(static_cast<OtaSimulator::Fault>(fault));
    for (const ResponseFormat format : {ResponseFormat::Json, ResponseFormat::Xml}) {
        const RpcResponse response
                = run(config(SignatureVersion::V3, format), QueryOtaJob::kAction, QueryOtaJob::params(jobId));
        QVERIFY(response.error);
        QCOMPARE(response.error->kind, ApiError::Kind::Business);
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.error->code, code);
        QVERIFY(!response.error->message.isEmpty());
        QVERIFY(!response.error->requestId.isEmpty());
        QCOMPARE(response.error->isRetryable(), retryable);
    }
}

void TestRpcClient::signsStsToken()
{
    m_sim->addAccessKey(u"STS.NUk7demo"_s, u"sts-secret"_s, u"sts-token-value"_s);
    for (const SignatureVersion version : {SignatureVersion::V1, SignatureVersion::V3}) {
        RpcConfig cfg = config(version);
        cfg.credentials = {u"STS.NUk7demo"_s, u"sts-secret"_s, u"sts-token-value"_s};
        QVERIFY(run(cfg, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId)).ok());
        cfg.credentials.securityToken = u"other-token"_s;
        const RpcResponse refused = run(cfg, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
        QVERIFY(refused.error);
        QCOMPARE(refused.error->kind, ApiError::Kind::Gateway);
    }
}

void TestRpcClient::refusesOversizedBodyWhileStreaming()
{
    m_sim->setFault(OtaSimulator::Fault::OversizedBody);
    const RpcResponse response = run(config(), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QVERIFY(response.error);
    QCOMPARE(response.error->transport, ApiError::Transport::TooLarge);
    QVERIFY(response.body.isEmpty());
}

void TestRpcClient::timesOutExactlyOnce()
{
    // The timeout runs on the client's clock: a manual one here, moved once the gateway holds the request.
    ManualClock clock;
    m_sim->setClock(&clock);
    m_client->setClock(&clock);
    m_sim->setFault(OtaSimulator::Fault::NeverAnswer);
    QSignalSpy held(m_sim.get(), &OtaSimulator::requestHandled);
    RpcConfig cfg = config();
    cfg.timeoutMs = 300;
    RpcCall *call = m_client->call(cfg, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QSignalSpy spy(call, &RpcCall::finished);
    QVERIFY(held.wait(5000));
    clock.advanceMs(299);
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 0);
    clock.advanceMs(1);
    QCOMPARE(spy.size(), 1);
    clock.advanceMs(60000);
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 1);
    const auto response = spy.constFirst().constFirst().value<RpcResponse>();
    QVERIFY(response.error);
    QCOMPARE(response.error->transport, ApiError::Transport::Timeout);
    QVERIFY(response.error->isRetryable());
}

void TestRpcClient::reportsMalformedBodies_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("transport");
    QTest::newRow("truncated-json") << int(OtaSimulator::Fault::TruncatedJson)
                                    << int(ApiError::Kind::Transport) << int(ApiError::Transport::Malformed);
    QTest::newRow("html-500") << int(OtaSimulator::Fault::Html500) << int(ApiError::Kind::Gateway)
                              << int(ApiError::Transport::None);
}

void TestRpcClient::reportsMalformedBodies()
{
    QFETCH(int, fault);
    QFETCH(int, kind);
    QFETCH(int, transport);
    m_sim->setFault(static_cast<OtaSimulator::Fault>(fault));
    const RpcResponse response = run(config(), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QVERIFY(response.error);
    QCOMPARE(int(response.error->kind), kind);
    QCOMPARE(int(response.error->transport), transport);
    QVERIFY(!response.error->title().isEmpty());
}

void TestRpcClient::refusesPlainHttpToRemoteHosts_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http-remote") << u"http://iot.cn-shanghai.aliyuncs.com/"_s << false;
    QTest::newRow("http-private") << u"http://192.168.1.10:8080/"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false;
    QTest::newRow("userinfo") << u"https://user:pw@iot.cn-shanghai.aliyuncs.com/"_s << false;
    QTest::newRow("no-host") << u"https:///"_s << false;
    QTest::newRow("https") << u"https://iot.cn-shanghai.aliyuncs.com/"_s << true;
    QTest::newRow("http-loopback-v4") << u"http://127.0.0.1:8080/"_s << true;
    QTest::newRow("http-loopback-name") << u"http://localhost:8080/"_s << true;
    QTest::newRow("http-loopback-v6") << u"http://[::1]:8080/"_s << true;
}

void TestRpcClient::refusesPlainHttpToRemoteHosts()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, allowed);
    const QUrl url(endpoint, QUrl::StrictMode);
    QCOMPARE(!RpcClient::validateEndpoint(url).has_value(), allowed);
    if (!allowed) {
        RpcConfig cfg = config();
        cfg.endpoint = url;
        const RpcResponse response = run(cfg, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
        QVERIFY(response.error);
        QCOMPARE(response.error->transport, ApiError::Transport::InvalidEndpoint);
        QCOMPARE(m_sim->acceptedCount(), 0);
    }
}

void TestRpcClient::reportsConnectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    RpcConfig cfg = config();
    cfg.endpoint = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
    const RpcResponse response = run(cfg, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QVERIFY(response.error);
    QCOMPARE(response.error->transport, ApiError::Transport::ConnectionRefused);
}

void TestRpcClient::neverSendsEmptyParameters()
{
    ManualClock clock(QDateTime(QDate(2024, 1, 15), QTime(8, 30, 0, 789), Qt::UTC));
    m_client->setClock(&clock);
    RpcConfig cfg = config(SignatureVersion::V1);
    cfg.httpMethod = "GET";
    const PreparedRequest prepared = m_client->prepare(
            cfg, QueryOtaJob::kAction, {{u"JobId"_s, kSeedJobId}, {u"IotInstanceId"_s, QString()}});
    const QUrlQuery query(prepared.request.url());
    QVERIFY(!query.hasQueryItem(u"IotInstanceId"_s));
    for (const auto &[name, value] : query.queryItems())
        QVERIFY2(!value.isEmpty(), qPrintable(name));
    QVERIFY(!prepared.stringToSign.contains("IotInstanceId"));
}

void TestRpcClient::timestampHasNoMilliseconds()
{
    ManualClock clock(QDateTime(QDate(2024, 1, 15), QTime(8, 30, 0, 789), Qt::UTC));
    m_client->setClock(&clock);
    m_client->setNonceSource([] { return u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s; });
    RpcConfig cfg = config(SignatureVersion::V1);
    cfg.httpMethod = "GET";
    cfg.regionId = u"cn-shanghai"_s;
    cfg.credentials = {u"testid"_s, u"testsecret"_s, {}};
    const PreparedRequest prepared = m_client->prepare(cfg, QueryOtaJob::kAction,
                                                       QueryOtaJob::params(u"HvP7BQ1XWF0iKO2ld5hD0200"_s));
    // The same request as REFERENCE.md's IOT-1 vector, so the signature must be the same.
    QCOMPARE(QUrlQuery(prepared.request.url()).queryItemValue(u"Timestamp"_s, QUrl::FullyDecoded),
             u"2024-01-15T08:30:00Z"_s);
    QCOMPARE(QUrlQuery(prepared.request.url()).queryItemValue(u"Signature"_s, QUrl::FullyDecoded),
             u"r4wCSgGWpsgwawtd56BtSP3TMTY="_s);
}

QTEST_GUILESS_MAIN(TestRpcClient)
#include "tst_rpcclient.moc"
