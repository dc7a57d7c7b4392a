#include "OtaSimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

// The headless `otadash query` as a script would run it: a separate process, no display.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void printsTheSeedBatchAsTheCliDoes();
    void printsTextLikeTheForm();
    void printsXmlAsReceived();
    void printsAnArrayForSeveralBatches();
    void staysUnderTheRateLimitForManyBatches();
    void exitsWithUsageErrors_data();
    void exitsWithUsageErrors();
    void exitsWithApiErrorForAWrongSecret();
    void exitsWithApiErrorForAnUnknownBatch();
    void exitsWithTransportErrorWhenNothingListens();
    void exitsWithTransportErrorOnAMalformedBody();
    void printsHelpAndVersionWithoutADisplay();

private:
    Run run(const QStringList &arguments, const QMap<QString, QString> &env = {});
    QMap<QString, QString> simEnv() const;
    std::unique_ptr<OtaSimulator> m_sim;
};

void TestCli::init()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
}

QMap<QString, QString> TestCli::simEnv() const
{
    const Credentials demo = OtaSimulator::demoCredentials();
    return {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, demo.accessKeyId},
            {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, demo.accessKeySecret}};
}

Run TestCli::run(const QStringList &arguments, const QMap<QString, QString> &env)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Headless: no display, no platform plugin forced.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    environment.remove(u"ALIBABA_CLOUD_REGION_ID"_s);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(OTADASH_BIN), arguments);
    // Wait with the event loop running: the simulator of this process answers meanwhile.
    if (!finished.wait(30000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCli::printsTheSeedBatchAsTheCliDoes()
{
    const Run result = run({u"query"_s, u"--demo"_s, u"--job-id"_s, kSeedJobId});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    // Sorted keys, tab indentation, like `aliyun iot QueryOTAJob`.
    QVERIFY(result.out.startsWith(
            "{\n\t\"Data\": {\n\t\t\"DestVersion\": \"1.0.1\",\n\t\t\"DownloadProtocol\""));
    QVERIFY(result.out.contains("\n\t\"RequestId\": \""));
    QVERIFY(result.out.endsWith("\t\"Success\": true\n}\n"));
    QFile seed(QStringLiteral(OTA_TEST_DATA "/seed_queryotajob.json"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(seed.readAll()).object();
    const QJsonObject printed = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(printed.value(u"Data"), expected.value(u"Data"));
}

void TestCli::printsTextLikeTheForm()
{
    const Run result = run({u"query"_s, u"--demo"_s, u"--job-id"_s, kSeedJobId, u"--output"_s, u"text"_s});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(kSeedJobId), qPrintable(text));
    QVERIFY(text.contains(u"In progress"));
    QVERIFY(text.contains(u"(not returned)"));
    QVERIFY(text.contains(u"1.0.0"));
}

void TestCli::printsXmlAsReceived()
{
    const Run result = run({u"query"_s, u"--demo"_s, u"--job-id"_s, kSeedJobId, u"--format"_s, u"xml"_s,
                            u"--signature"_s, u"v1"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("<"));
    QVERIFY(result.out.contains("<QueryOTAJobResponse>"));
    QVERIFY(result.out.contains("<SrcVersion>1.0.0</SrcVersion>"));
}

void TestCli::printsAnArrayForSeveralBatches()
{
    const QStringList ids = m_sim->jobIds().mid(0, 3);
    QStringList args {u"query"_s, u"--demo"_s};
    for (const QString &id : ids)
        args << u"--job-id"_s << id;
    const Run result = run(args);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(array.size(), ids.size());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(array[i].toObject().value(u"Data").toObject().value(u"JobId").toString(), ids[i]);
}

void TestCli::staysUnderTheRateLimitForManyBatches()
{
    QStringList args {u"query"_s, u"--endpoint"_s, m_sim->endpoint().toString()};
    for (int i = 0; i < 24; ++i)
        args << u"--job-id"_s << m_sim->jobIds().at(i % m_sim->jobIds().size());
    const Run result = run(args, simEnv());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_sim->throttledCount(), 0);
    const QList<qint64> times = m_sim->acceptedTimesMs();
    QCOMPARE(times.size(), 24);
    for (int i = 10; i < times.size(); ++i)
        QVERIFY2(times[i] - times[i - 10] >= 1000, "more than 10 requests within one second");
}

void TestCli::exitsWithUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no-job-id") << QStringList {u"query"_s, u"--demo"_s} << u"--job-id"_s;
    QTest::newRow("bad-job-id") << QStringList {u"query"_s, u"--demo"_s, u"--job-id"_s, u"a b"_s} << u"a b"_s;
    QTest::newRow("bad-signature") << QStringList {u"query"_s, u"--demo"_s,      u"--job-id"_s,
                                                   u"x"_s,     u"--signature"_s, u"v2"_s}
                                   << u"v1 or v3"_s;
    QTest::newRow("bad-output") << QStringList {u"query"_s, u"--demo"_s,   u"--job-id"_s,
                                                u"x"_s,     u"--output"_s, u"yaml"_s}
                                << u"--output"_s;
    QTest::newRow("unknown-option") << QStringList {u"query"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("no-credentials") << QStringList {u"query"_s, u"--region"_s, u"cn-shanghai"_s,
                                                    u"--job-id"_s, u"x"_s}
                                    << u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s;
    QTest::newRow("no-region") << QStringList {u"query"_s, u"--job-id"_s, u"x"_s} << u"--region"_s;
    QTest::newRow("plain-http-remote")
            << QStringList {u"query"_s, u"--endpoint"_s, u"http://iot.cn-shanghai.aliyuncs.com/"_s,
                            u"--job-id"_s, u"x"_s}
            << u"http://"_s;
    QTest::newRow("bad-timeout") << QStringList {u"query"_s, u"--demo"_s,    u"--job-id"_s,
                                                 u"x"_s,     u"--timeout"_s, u"soon"_s}
                                 << u"--timeout"_s;
}

void TestCli::exitsWithUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
}

void TestCli::exitsWithApiErrorForAWrongSecret()
{
    QMap<QString, QString> env = simEnv();
    env[u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s] = u"sentinel-secret-ZZ9"_s;
    const Run result = run(
            {u"query"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, kSeedJobId}, env);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("Code: SignatureDoesNotMatch"));
    QVERIFY(result.err.contains("RequestId: "));
    QVERIFY(result.err.contains("secret is wrong"));
    QVERIFY(!result.err.contains("sentinel-secret-ZZ9"));
}

void TestCli::exitsWithApiErrorForAnUnknownBatch()
{
    const Run result = run({u"query"_s, u"--demo"_s, u"--job-id"_s, u"NoSuchBatch0000000000000"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("Code: iot.system.IllegalRequest"));
}

void TestCli::exitsWithTransportErrorWhenNothingListens()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run result = run(
            {u"query"_s, u"--endpoint"_s, u"http://127.0.0.1:%1/"_s.arg(port), u"--job-id"_s, kSeedJobId},
            simEnv());
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains("Connection refused"));
}

void TestCli::exitsWithTransportErrorOnAMalformedBody()
{
    m_sim->setFault(OtaSimulator::Fault::TruncatedJson);
    const Run result = run(
            {u"query"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, kSeedJobId}, simEnv());
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains("Malformed response"));
    QVERIFY(result.out.isEmpty());
}

void TestCli::printsHelpAndVersionWithoutADisplay()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(OTADASH_VERSION));
    const Run help = run({u"query"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--job-id", "--instance-id", "--region", "--endpoint", "--signature",
                               "--format", "--output", "--timeout", "--demo"})
        QVERIFY2(help.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
