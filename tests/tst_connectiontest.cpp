#include "OtaSimulator.h"
#include "auth/ConnectionTest.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

// "Test connection": one signed QueryOTAJob for a batch that does not exist, judged by who answered what.
class TestConnectionTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void acceptsGoodCredentialsThroughABusinessError();
    void acceptsStsCredentials();
    void rejectsAWrongSecret();
    void rejectsAnUnknownAccessKey();
    void rejectsAMissingStsToken();
    void failsWhenNothingListens();
    void judgesAccountErrorsAsFailures_data();
    void judgesAccountErrorsAsFailures();

private:
    ConnectionTestResult run(const RpcConfig &config, const QString &instanceId = {});
    RpcConfig config(const Credentials &credentials) const;

    std::unique_ptr<OtaSimulator> m_sim;
    QNetworkAccessManager m_network;
};

void TestConnectionTest::init()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
}

RpcConfig TestConnectionTest::config(const Credentials &credentials) const
{
    RpcConfig config;
    config.endpoint = m_sim->endpoint();
    config.credentials = credentials;
    return config;
}

ConnectionTestResult TestConnectionTest::run(const RpcConfig &config, const QString &instanceId)
{
    RpcClient client(&m_network);
    RequestScheduler scheduler(&client);
    ScheduledRequest *call = ConnectionTest::start(&scheduler, config, instanceId);
    QSignalSpy finished(call, &ScheduledRequest::finished);
    if (!finished.wait(10000))
        return {};
    return ConnectionTest::interpret(finished.first().first().value<RpcResponse>());
}

void TestConnectionTest::acceptsGoodCredentialsThroughABusinessError()
{
    const ConnectionTestResult result = run(config(OtaSimulator::demoCredentials()));
    QVERIFY2(result.ok, qPrintable(result.summary));
    QVERIFY(result.summary.contains(u"accepted the signature"));
    QVERIFY(!result.requestId.isEmpty());
    QCOMPARE(result.error->kind, ApiError::Kind::Business);
    QCOMPARE(m_sim->acceptedCount(), 1); // exactly one signed call
}

void TestConnectionTest::acceptsStsCredentials()
{
    m_sim->addAccessKey(u"STS.NUTestKey"_s, u"sts-secret"_s, u"sts-token"_s);
    RpcConfig v1 = config({u"STS.NUTestKey"_s, u"sts-secret"_s, u"sts-token"_s});
    v1.signature = SignatureVersion::V1;
    QVERIFY(run(v1).ok);
}

void TestConnectionTest::rejectsAWrongSecret()
{
    Credentials wrong = OtaSimulator::demoCredentials();
    wrong.accessKeySecret = u"not-the-secret"_s;
    const ConnectionTestResult result = run(config(wrong));
    QVERIFY(!result.ok);
    QCOMPARE(result.error->code, u"SignatureDoesNotMatch"_s);
    QVERIFY(result.summary.startsWith(u"Connection failed"));
    QVERIFY(!result.summary.contains(u"not-the-secret"));
}

void TestConnectionTest::rejectsAnUnknownAccessKey()
{
    const ConnectionTestResult result = run(config({u"LTAI5tNobody"_s, u"whatever"_s, {}}));
    QVERIFY(!result.ok);
    QCOMPARE(result.error->code, u"InvalidAccessKeyId.NotFound"_s);
}

void TestConnectionTest::rejectsAMissingStsToken()
{
    m_sim->addAccessKey(u"STS.NUTestKey"_s, u"sts-secret"_s, u"sts-token"_s);
    QVERIFY(!run(config({u"STS.NUTestKey"_s, u"sts-secret"_s, {}})).ok);
}

void TestConnectionTest::failsWhenNothingListens()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    RpcConfig closed = config(OtaSimulator::demoCredentials());
    closed.endpoint = QUrl(u"http://127.0.0.1:%1/"_s.arg(probe.serverPort()));
    probe.close();
    const ConnectionTestResult result = run(closed);
    QVERIFY(!result.ok);
    QCOMPARE(result.error->kind, ApiError::Kind::Transport);
}

void TestConnectionTest::judgesAccountErrorsAsFailures_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("ok");
    QTest::newRow("batch-unknown") << u"iot.system.IllegalRequest"_s << true;
    QTest::newRow("ota-specific") << u"iot.ota.JobNotFound"_s << true;
    QTest::newRow("instance-unknown") << u"iot.system.InstanceNotFound"_s << false;
    QTest::newRow("sre-instance-unknown") << u"iot.Sre.IotInstanceNotFound"_s << false;
    QTest::newRow("tenant") << u"iot.common.InvalidTenant"_s << false;
    QTest::newRow("ram-deny") << u"iot.common.RamActionPermissionDeny"_s << false;
    QTest::newRow("system-exception") << u"iot.system.SystemException"_s << false;
}

void TestConnectionTest::judgesAccountErrorsAsFailures()
{
    QFETCH(QString, code);
    QFETCH(bool, ok);
    RpcResponse response;
    response.httpStatus = 200;
    ApiError error;
    error.kind = ApiError::Kind::Business;
    error.code = code;
    error.requestId = u"REQ-1"_s;
    response.error = error;
    const ConnectionTestResult result = ConnectionTest::interpret(response);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.requestId, u"REQ-1"_s);
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
