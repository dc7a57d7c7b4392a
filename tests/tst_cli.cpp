#include "Csv.h"
#include "LoopbackProxy.h"
#include "OtaSimulator.h"
#include "SimFleet.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;

const QStringList kTaskStatuses {u"CONFIRM"_s,   u"QUEUED"_s, u"NOTIFIED"_s, u"IN_PROGRESS"_s,
                                 u"SUCCEEDED"_s, u"FAILED"_s, u"CANCELED"_s};
const QStringList kTaskCsvHeader {u"TaskId"_s,      u"DeviceName"_s, u"TaskStatus"_s,  u"Progress"_s,
                                  u"TaskDesc"_s,    u"SrcVersion"_s, u"DestVersion"_s, u"UtcCreate"_s,
                                  u"UtcModified"_s, u"IotId"_s,      u"ProductKey"_s,  u"FirmwareId"_s,
                                  u"JobId"_s};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The object the simulator answered for a task, without the empty strings a parsed list cannot tell from
// absent.
QJsonObject withoutEmptyStrings(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end();) {
        if (it->isString() && it->toString().isEmpty())
            it = object.erase(it);
        else
            ++it;
    }
    return object;
}
} // namespace

// The headless commands as a script runs them: otadash-cli in a separate process, no display; and the
// dashboard's `otadash query`, which hands over to it.
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
    void sendsNoRetryWithRetriesZero();
    void queriesThroughTheProxyOfProxyOption();
    void saysWhenTheAccountNeedsItsInstanceId();
    void printsHelpAndVersionWithoutADisplay();
    // otadash tasks
    void tasksPrintsEveryTaskOnceAsCsv();
    void tasksFiltersByStatus();
    void tasksPrintsTheApiFieldsAsJson();
    void tasksRejectsAnUnknownStatus();
    void tasksPrintsNothingOnAnApiError();
    void tasksPrintsNothingWhenAPageFailsMidway();
    // otadash jobs
    void jobsListsEveryBatchOfAFirmwareOverTwoPages();
    void jobsPrintsATableAndCsv();
    void jobsExitsWithApiErrorForAnUnknownFirmware();
    // otadash device
    void deviceShowsWhatTheDeviceReports();
    void devicePrintsTheDocumentedJsonKeys();
    void deviceNeverPrintsNorWritesItsSecret();
    void deviceExitsWithApiErrorForAnUnknownDevice();
    // otadash retry, confirm, audit
    void retryWithoutYesSaysWhatItWouldSendAndSendsNothing();
    void retrySendsEachCallOnceAndTheAuditLogSaysSo();
    void retrySaysWhichCallWasRefused();
    void confirmConfirmsEveryWaitingTask();
    void auditReadsNothingButTheLocalFile();
    void verifyListsTheDevicesThatReportAnotherVersion();
    void listingCommandsHaveHelpAndUsageErrors_data();
    void listingCommandsHaveHelpAndUsageErrors();
    // otadash-cli itself, and otadash handing over to it
    void cliRejectsAnUnknownCommand();
    void loadsNeitherGuiNorKeychain_data();
    void loadsNeitherGuiNorKeychain();
    void dashboardHandsHeadlessCommandsToTheCli_data();
    void dashboardHandsHeadlessCommandsToTheCli();
    void dashboardSaysWhenTheCliIsMissing();
    void cliSaysWhenTheKeychainModuleIsMissing();

private:
    Run run(const QStringList &arguments, const QMap<QString, QString> &env = {},
            const QString &program = QStringLiteral(OTADASH_CLI_BIN));
    QMap<QString, QString> simEnv() const;
    // A generated batch of a few hundred tasks with failed ones, so that paging and filters have work to do.
    QString smallJobId() const;
    // The simulator's tasks of a batch (every status, or these), keyed by TaskId.
    QHash<QString, QJsonObject> simTasks(const QString &jobId,
                                         const QStringList &statuses = kTaskStatuses) const;
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

Run TestCli::run(const QStringList &arguments, const QMap<QString, QString> &env, const QString &program)
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
    process.start(program, arguments);
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
    QFile seed(QStringLiteral(OTA_SIM_FIXTURES "/seed_queryotajob.json"));
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
    // Times as the window writes them, the zone once, in the schedule's title (TZ=UTC).
    QVERIFY2(text.contains(u"\n  Schedule (UTC)\n    Created: 2019-12-28 02:43:10\n"_s), qPrintable(text));
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
    // The command's scheduler logs each start on its own clock: the rate is checked where it is decided.
    // (Across two processes the arrivals here could bunch on a loaded machine; each throttled one would
    // be retried, so the starts are the retried count more than the requests.)
    QMap<QString, QString> env = simEnv();
    env.insert(u"QT_LOGGING_RULES"_s, u"otadash.api.scheduler.debug=true"_s);
    const Run result = run(args, env);
    QCOMPARE(result.exitCode, 0);
    static const QRegularExpression startLine(u"start QueryOTAJob at (\\d+) ms"_s);
    QList<qint64> starts;
    for (auto it = startLine.globalMatch(QString::fromUtf8(result.err)); it.hasNext();)
        starts.append(it.next().captured(1).toLongLong());
    QCOMPARE(starts.size(), 24 + m_sim->throttledCount());
    QCOMPARE(m_sim->acceptedCount(), 24);
    for (int i = 10; i < starts.size(); ++i)
        QVERIFY2(starts[i] - starts[i - 10] >= 1000, "more than 10 requests started within one second");
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
    QTest::newRow("bad-proxy") << QStringList {u"query"_s, u"--demo"_s,  u"--job-id"_s,
                                               u"x"_s,     u"--proxy"_s, u"ftp://proxy:21"_s}
                               << u"--proxy"_s;
    for (const QString &retries : {u"-1"_s, u"11"_s, u"twice"_s}) {
        QTest::addRow("bad-retries-%s", qPrintable(retries))
                << QStringList {u"query"_s, u"--demo"_s, u"--job-id"_s, u"x"_s, u"--retries"_s, retries}
                << u"--retries"_s;
    }
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

// --retries 0: a server error is reported at once, the request sent once. (Retries themselves wait on the
// system clock in a separate process; the scheduler's tests drive them on a manual clock.)
void TestCli::sendsNoRetryWithRetriesZero()
{
    m_sim->setFault(OtaSimulator::Fault::Html500);
    QSignalSpy handled(m_sim.get(), &OtaSimulator::requestHandled);
    const Run result = run({u"query"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s,
                            kSeedJobId, u"--retries"_s, u"0"_s},
                           simEnv());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("Server error"));
    QVERIFY(!result.err.contains("retrying"));
    QCOMPARE(handled.size(), 1);
}

// --proxy: through a loopback proxy (real sockets), with the credentials of its URL; a refusal says so.
void TestCli::queriesThroughTheProxyOfProxyOption()
{
    LoopbackProxy proxy;
    proxy.requireCredentials("alice", "s3cret");
    QVERIFY(proxy.listen());
    const QStringList query {u"query"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s,
                             kSeedJobId};
    const Run through
            = run(query + QStringList {u"--proxy"_s, u"http://alice:s3cret@127.0.0.1:%1"_s.arg(proxy.port())},
                  simEnv());
    QCOMPARE(through.exitCode, 0);
    QCOMPARE(proxy.forwardedCount(), 1);
    const Run refused
            = run(query + QStringList {u"--proxy"_s, u"http://alice:wrong@127.0.0.1:%1"_s.arg(proxy.port())},
                  simEnv());
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("Proxy refused the credentials"), refused.err.constData());
    QCOMPARE(proxy.forwardedCount(), 1);
}

void TestCli::saysWhenTheAccountNeedsItsInstanceId()
{
    m_sim->setEnterpriseInstance(u"iot-cn-sim0ent01"_s);
    const QStringList query {u"query"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s,
                             kSeedJobId};
    const Run without = run(query, simEnv());
    QCOMPARE(without.exitCode, 2);
    QVERIFY(without.err.contains("Code: iot.common.InvalidTenant"));
    QVERIFY2(without.err.contains("live in an enterprise instance: the profile needs its instance ID"),
             without.err.constData());
    const Run wrong = run(query + QStringList {u"--instance-id"_s, u"iot-cn-wrong"_s}, simEnv());
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("The instance ID iot-cn-wrong is not one of this account's"),
             wrong.err.constData());
    QCOMPARE(run(query + QStringList {u"--instance-id"_s, u"iot-cn-sim0ent01"_s}, simEnv()).exitCode, 0);
}

void TestCli::printsHelpAndVersionWithoutADisplay()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(OTADASH_VERSION));
    const Run help = run({u"query"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--job-id", "--instance-id", "--region", "--endpoint", "--signature",
                               "--format", "--output", "--timeout", "--retries", "--proxy", "--demo"})
        QVERIFY2(help.out.contains(option), option);
}

QString TestCli::smallJobId() const
{
    const SimFleet &fleet = m_sim->fleet();
    const QStringList jobIds = fleet.generatedJobIds();
    for (const QString &jobId : jobIds) {
        const int total = fleet.taskCount(jobId);
        if (total >= 150 && total <= 800 && fleet.taskCount(jobId, u"FAILED"_s) > 0
            && fleet.taskCount(jobId, u"SUCCEEDED"_s) > 0)
            return jobId;
    }
    return {};
}

QHash<QString, QJsonObject> TestCli::simTasks(const QString &jobId, const QStringList &statuses) const
{
    QHash<QString, QJsonObject> tasks;
    for (const QString &status : statuses) {
        const QJsonArray array
                = m_sim->fleet().tasks(jobId, status, 0, m_sim->fleet().taskCount(jobId, status));
        for (const QJsonValue &task : array)
            tasks.insert(task[u"TaskId"].toString(), task.toObject());
    }
    return tasks;
}

void TestCli::tasksPrintsEveryTaskOnceAsCsv()
{
    const QString jobId = smallJobId();
    QVERIFY2(!jobId.isEmpty(), "no generated batch of a few hundred tasks");
    const Run result = run({u"tasks"_s, u"--demo"_s, u"--job-id"_s, jobId});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData()); // no terminal: no progress line
    QVERIFY(result.out.endsWith("\r\n"));
    const std::optional<QList<QStringList>> records = parseCsv(QString::fromUtf8(result.out));
    QVERIFY(records);
    QCOMPARE(records->constFirst(), kTaskCsvHeader);

    const QHash<QString, QJsonObject> expected = simTasks(jobId);
    QCOMPARE(records->size() - 1, expected.size());
    QSet<QString> seen;
    QHash<QString, int> perStatus;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const QStringList &row = records->at(i);
        QCOMPARE(row.size(), kTaskCsvHeader.size());
        QVERIFY2(!seen.contains(row[0]), qPrintable(row[0]));
        seen.insert(row[0]);
        ++perStatus[row[2]];
        // Every column as the simulator answered it (a comma, quote or line break survives the quoting).
        const QJsonObject task = expected.value(row[0]);
        QVERIFY2(!task.isEmpty(), qPrintable(row[0]));
        for (qsizetype column = 0; column < kTaskCsvHeader.size(); ++column)
            QCOMPARE(row[column], task[kTaskCsvHeader[column]].toString());
    }
    for (const QString &status : kTaskStatuses)
        QCOMPARE(perStatus.value(status), m_sim->fleet().taskCount(jobId, status));
}

void TestCli::tasksFiltersByStatus()
{
    const QString jobId = smallJobId();
    const Run result = run({u"tasks"_s, u"--demo"_s, u"--job-id"_s, jobId, u"--status"_s, u"FAILED"_s,
                            u"--status"_s, u"succeeded,CANCELED"_s});
    QCOMPARE(result.exitCode, 0);
    const std::optional<QList<QStringList>> records = parseCsv(QString::fromUtf8(result.out));
    QVERIFY(records);
    const QStringList wanted {u"FAILED"_s, u"SUCCEEDED"_s, u"CANCELED"_s};
    QCOMPARE(records->size() - 1, simTasks(jobId, wanted).size());
    QHash<QString, int> perStatus;
    for (qsizetype i = 1; i < records->size(); ++i)
        ++perStatus[records->at(i).at(2)];
    QCOMPARE(perStatus.keys().size(), perStatus.contains(u"CANCELED"_s) ? 3 : 2);
    for (const QString &status : wanted)
        QCOMPARE(perStatus.value(status), m_sim->fleet().taskCount(jobId, status));
}

void TestCli::tasksPrintsTheApiFieldsAsJson()
{
    const QString jobId = smallJobId();
    const Run result = run({u"tasks"_s, u"--demo"_s, u"--job-id"_s, jobId, u"--output"_s, u"json"_s});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QHash<QString, QJsonObject> expected = simTasks(jobId);
    QCOMPARE(document.array().size(), expected.size());
    QSet<QString> seen;
    for (const QJsonValue &value : document.array()) {
        const QString taskId = value[u"TaskId"].toString();
        QVERIFY(!seen.contains(taskId));
        seen.insert(taskId);
        QCOMPARE(value.toObject(), withoutEmptyStrings(expected.value(taskId)));
    }
}

void TestCli::tasksRejectsAnUnknownStatus()
{
    const Run result
            = run({u"tasks"_s, u"--demo"_s, u"--job-id"_s, smallJobId(), u"--status"_s, u"FAILED,DONE"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"'DONE'"), qPrintable(err));
    for (const QString &status : kTaskStatuses)
        QVERIFY2(err.contains(status), qPrintable(status));
}

void TestCli::tasksPrintsNothingOnAnApiError()
{
    const Run unknown = run({u"tasks"_s, u"--demo"_s, u"--job-id"_s, u"NoSuchBatch0000000000000"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.err.contains("Code: iot.system.IllegalRequest"), unknown.err.constData());

    QMap<QString, QString> env = simEnv();
    env[u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s] = u"sentinel-secret-ZZ9"_s;
    const Run wrongSecret = run(
            {u"tasks"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, smallJobId()}, env);
    QCOMPARE(wrongSecret.exitCode, 2);
    QVERIFY(wrongSecret.out.isEmpty());
    QVERIFY(wrongSecret.err.contains("Code: SignatureDoesNotMatch"));
    QVERIFY(!wrongSecret.err.contains("sentinel-secret-ZZ9"));
}

void TestCli::tasksPrintsNothingWhenAPageFailsMidway()
{
    // Three pages arrive, then every answer is cut in half.
    int listed = 0;
    QObject watcher;
    connect(m_sim.get(), &OtaSimulator::requestHandled, &watcher, [this, &listed](const QString &action) {
        if (action == u"ListOTATaskByJob" && ++listed == 3)
            m_sim->setFault(OtaSimulator::Fault::TruncatedJson);
    });
    const Run result = run({u"tasks"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s,
                            smallJobId(), u"--output"_s, u"json"_s},
                           simEnv());
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(listed >= 3, "the fault came before any page");
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("Malformed response"), result.err.constData());
}

void TestCli::jobsListsEveryBatchOfAFirmwareOverTwoPages()
{
    const Run result = run({u"jobs"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--firmware-id"_s,
                            SimFleet::manyJobsFirmwareId(), u"--output"_s, u"json"_s},
                           simEnv());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_sim->acceptedCount(), 2); // PageSize 200: two pages for 250 batches
    const QJsonArray jobs = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(jobs.size(), SimFleet::kManyJobsCount);
    const QStringList expected = m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId());
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        QCOMPARE(jobs[i][u"JobId"].toString(), expected[i]);
        const QJsonObject summary = *m_sim->fleet().jobSummary(expected[i]);
        QCOMPARE(jobs[i][u"JobStatus"], summary[u"JobStatus"]);
        QCOMPARE(jobs[i][u"FirmwareId"].toString(), SimFleet::manyJobsFirmwareId());
    }
}

void TestCli::jobsPrintsATableAndCsv()
{
    const QStringList expected = m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId());
    const Run text = run({u"jobs"_s, u"--demo"_s, u"--firmware-id"_s, SimFleet::manyJobsFirmwareId()});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + SimFleet::kManyJobsCount + 1); // header, batches, count
    QVERIFY2(lines[0].startsWith(u"Batch ID"), qPrintable(lines[0]));
    QVERIFY(lines[0].contains(u"Batch status"));
    QVERIFY(lines[1].startsWith(expected[0] + u' '));
    QCOMPARE(lines.last(), u"250 batches"_s);

    const Run csv = run({u"jobs"_s, u"--demo"_s, u"--firmware-id"_s, SimFleet::manyJobsFirmwareId(),
                         u"--output"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const std::optional<QList<QStringList>> records = parseCsv(QString::fromUtf8(csv.out));
    QVERIFY(records);
    QCOMPARE(records->size(), 1 + SimFleet::kManyJobsCount);
    QCOMPARE(records->at(0).at(0), u"JobId"_s);
    QCOMPARE(records->at(0).at(1), u"JobStatus"_s);
    for (qsizetype i = 1; i < records->size(); ++i)
        QCOMPARE(records->at(i).at(0), expected[i - 1]);
}

void TestCli::jobsExitsWithApiErrorForAnUnknownFirmware()
{
    const Run result = run({u"jobs"_s, u"--demo"_s, u"--firmware-id"_s, u"NoSuchFirmware000000"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("Code: iot.ota.FirmwareNotFound"), result.err.constData());
}

namespace {
// A task of the live batch as the simulator has it now: (field, text).
QString fieldOf(const SimTaskRecord &record, QStringView name)
{
    for (const auto &[field, value] : record) {
        if (field == name)
            return value;
    }
    return QString();
}
} // namespace

void TestCli::deviceShowsWhatTheDeviceReports()
{
    const SimTaskRecord task = m_sim->fleet().taskRecords(SimFleet::liveJobId(), {}, 0, 1).constFirst();
    const QString productKey = fieldOf(task, u"ProductKey");
    const QString name = fieldOf(task, u"DeviceName");
    const Run result = run({u"device"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--product-key"_s,
                            productKey, u"--device-name"_s, name, u"--job-id"_s, SimFleet::liveJobId()},
                           simEnv());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QString out = QString::fromUtf8(result.out);
    const QJsonObject detail = m_sim->fleet().deviceDetail(*m_sim->fleet().findDevice(productKey, name));
    QVERIFY2(out.startsWith(u"Device %1 of %2 (%3)\n"_s.arg(name, fieldOf(task, u"ProductName"), productKey)),
             qPrintable(out));
    QVERIFY(out.contains(u"  IotId: "_s + fieldOf(task, u"IotId") + u'\n'));
    QVERIFY(out.contains(u"  Status: "_s + detail.value(u"Status").toString() + u'\n'));
    QVERIFY(out.contains(u"  Firmware version: "_s + detail.value(u"FirmwareVersion").toString() + u'\n'));
    QVERIFY(out.contains(u"  Modules: default "_s + detail.value(u"FirmwareVersion").toString()
                         + u", bootloader 2.1."_s));
    QVERIFY(out.contains(
            u"  Task in batch %1: %2"_s.arg(SimFleet::liveJobId(), fieldOf(task, u"TaskStatus"))));
    QVERIFY(out.contains(u"\nRead at "_s));
    QVERIFY2(out.endsWith(u"\nTimes are in UTC.\n"_s), qPrintable(out)); // the zone is said once (TZ=UTC)
}

void TestCli::devicePrintsTheDocumentedJsonKeys()
{
    const SimTaskRecord task = m_sim->fleet().taskRecords(SimFleet::liveJobId(), {}, 0, 1).constFirst();
    const Run result
            = run({u"device"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--iot-id"_s,
                   fieldOf(task, u"IotId"), u"--job-id"_s, SimFleet::liveJobId(), u"--output"_s, u"json"_s},
                  simEnv());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject printed = QJsonDocument::fromJson(result.out).object();
    const QStringList keys {u"DeviceName"_s,      u"FirmwareVersion"_s, u"IotId"_s,  u"Modules"_s,
                            u"ProductKey"_s,      u"ReadAt"_s,          u"Status"_s, u"Task"_s,
                            u"UnfinishedTasks"_s, u"UtcOnline"_s};
    QCOMPARE(printed.keys(), keys);
    QCOMPARE(printed.value(u"DeviceName").toString(), fieldOf(task, u"DeviceName"));
    const QJsonArray modules = printed.value(u"Modules").toArray();
    QCOMPARE(modules.size(), 2);
    QCOMPARE(modules.at(0).toObject().keys(), QStringList({u"ModuleName"_s, u"ModuleVersion"_s}));
    const QJsonObject printedTask = printed.value(u"Task").toObject();
    QCOMPARE(printedTask.value(u"TaskId").toString(), fieldOf(task, u"TaskId"));
    QCOMPARE(printedTask.value(u"JobId").toString(), SimFleet::liveJobId());
    // At the start of the live batch the task waits: it is the device's one unfinished task.
    const QJsonArray unfinished = printed.value(u"UnfinishedTasks").toArray();
    QVERIFY(!unfinished.isEmpty());
    QCOMPARE(unfinished.at(0).toObject().value(u"ModuleName").toString(), u"default"_s);
}

void TestCli::deviceNeverPrintsNorWritesItsSecret()
{
    // Every file the command could write goes under one home; every log category is on.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QMap<QString, QString> env = simEnv();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
    env.insert(u"TMPDIR"_s, home.filePath(u"tmp"_s));
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    QVERIFY(QDir(home.path()).mkpath(u"tmp"_s));
    QStringList secrets;
    QByteArray everything;
    for (const SimTaskRecord &task : m_sim->fleet().taskRecords(SimFleet::liveJobId(), {}, 0, 3)) {
        const QString productKey = fieldOf(task, u"ProductKey");
        const QString name = fieldOf(task, u"DeviceName");
        secrets.append(m_sim->fleet().deviceSecret(*m_sim->fleet().findDevice(productKey, name)));
        for (const QString &output : {u"text"_s, u"json"_s}) {
            const Run result = run({u"device"_s, u"--endpoint"_s, m_sim->endpoint().toString(),
                                    u"--product-key"_s, productKey, u"--device-name"_s, name, u"--job-id"_s,
                                    SimFleet::liveJobId(), u"--output"_s, output},
                                   env);
            QCOMPARE(result.exitCode, 0);
            QVERIFY(result.err.contains("qt.")); // the debug log did run
            everything += result.out + result.err;
        }
    }
    for (const QString &secret : std::as_const(secrets)) {
        QCOMPARE(secret.size(), 32);
        QVERIFY(!everything.contains(secret.toLatin1()));
        QVERIFY(!everything.contains(secret.toUpper().toLatin1()));
    }
    // The simulator does send them.
    const SimTaskRecord first = m_sim->fleet().taskRecords(SimFleet::liveJobId(), {}, 0, 1).constFirst();
    const QJsonObject sent = m_sim->fleet().deviceDetail(
            *m_sim->fleet().findDevice(fieldOf(first, u"ProductKey"), fieldOf(first, u"DeviceName")));
    QCOMPARE(sent.value(u"DeviceSecret").toString(), secrets.constFirst());
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!content.contains(secret.toLatin1()), qPrintable(file.fileName()));
    }
    qInfo("%d file(s) written under the command's home, none with a device secret", files);
}

void TestCli::deviceExitsWithApiErrorForAnUnknownDevice()
{
    const Run result = run({u"device"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--product-key"_s,
                            u"a19mzPZ****"_s, u"--device-name"_s, u"dev-999999"_s},
                           simEnv());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("Code: iot.device.NotExistingDevice"), result.err.constData());
    QVERIFY(result.err.contains("Check the product key and device name"));
}

namespace {
// A generated batch (not the live one) with at least n tasks of this status.
QString batchWith(const SimFleet &fleet, const QString &status, int n)
{
    for (const QString &jobId : fleet.generatedJobIds()) {
        if (jobId != SimFleet::liveJobId() && fleet.taskCount(jobId, status) >= n
            && fleet.taskCount(jobId, status) <= 60)
            return jobId;
    }
    return {};
}
} // namespace

void TestCli::retryWithoutYesSaysWhatItWouldSendAndSendsNothing()
{
    const QString jobId = batchWith(m_sim->fleet(), u"FAILED"_s, 11);
    QVERIFY(!jobId.isEmpty());
    const int failed = m_sim->fleet().taskCount(jobId, u"FAILED"_s);
    const Run result = run({u"retry"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, jobId,
                            u"--status"_s, u"FAILED"_s},
                           simEnv());
    QCOMPARE(result.exitCode, 0);
    const int calls = (failed + 9) / 10;
    QVERIFY2(result.out.startsWith(u"Would upgrade %1 device tasks of batch %2 again with %3 calls of "
                                   "ReupgradeOTATask:\n"_s.arg(failed)
                                           .arg(jobId)
                                           .arg(calls)
                                           .toUtf8()),
             result.out.constData());
    QVERIFY(result.out.contains("  call 1: "));
    QVERIFY(result.out.endsWith("Nothing was sent. Add --yes to send.\n"));
    QVERIFY(m_sim->writesReceived().isEmpty());
    QCOMPARE(m_sim->fleet().taskCount(jobId, u"FAILED"_s), failed);
}

void TestCli::retrySendsEachCallOnceAndTheAuditLogSaysSo()
{
    const QString jobId = batchWith(m_sim->fleet(), u"FAILED"_s, 11);
    const int failed = m_sim->fleet().taskCount(jobId, u"FAILED"_s);
    QTemporaryDir dir;
    const QString history = dir.filePath(u"history.sqlite"_s);
    const Run result = run({u"retry"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, jobId,
                            u"--status"_s, u"FAILED"_s, u"--yes"_s, u"--history-db"_s, history},
                           simEnv());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_sim->fleet().taskCount(jobId, u"FAILED"_s), 0);
    const QList<OtaSimulator::Write> writes = m_sim->writesReceived();
    QCOMPARE(writes.size(), (failed + 9) / 10);
    int sentIds = 0;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        QCOMPARE(writes.at(i).action, u"ReupgradeOTATask"_s);
        QVERIFY(writes.at(i).code.isEmpty());
        for (const auto &[name, value] : writes.at(i).params)
            sentIds += name.startsWith(u"TaskId.") ? 1 : 0;
        QVERIFY(result.out.contains(u"call %1 of %2 "_s.arg(i + 1).arg(writes.size()).toUtf8()));
        QVERIFY(result.out.contains(u"done, RequestId %1\n"_s.arg(writes.at(i).requestId).toUtf8()));
    }
    QCOMPARE(sentIds, failed); // each task once
    QVERIFY(result.out.endsWith(u"%1 done, 0 refused, 0 unknown.\n"_s.arg(writes.size()).toUtf8()));

    // The audit log has one line per call, with what the gateway received; never the secret.
    const Run audit
            = run({u"audit"_s, u"--history-db"_s, history, u"--job-id"_s, jobId, u"--output"_s, u"json"_s});
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(audit.out).array();
    QCOMPARE(entries.size(), writes.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        QCOMPARE(entry.value(u"RequestId").toString(), writes.at(i).requestId);
        QCOMPARE(entry.value(u"Action").toString(), u"ReupgradeOTATask"_s);
        QCOMPARE(entry.value(u"JobId").toString(), jobId);
        QCOMPARE(entry.value(u"Outcome").toString(), u"done"_s);
        QCOMPARE(entry.value(u"AccessKeyId").toString(), OtaSimulator::demoCredentials().accessKeyId);
        QCOMPARE(entry.value(u"Profile").toString(), u"Environment"_s);
        QMap<int, QString>
                byIndex; // TaskId.1, TaskId.2, … (the simulator keeps the parameters sorted by name)
        for (const auto &[name, value] : writes.at(i).params) {
            if (name.startsWith(u"TaskId."))
                byIndex.insert(name.mid(7).toInt(), value);
        }
        const QStringList sent = byIndex.values();
        QCOMPARE(entry.value(u"Targets").toVariant().toStringList(), sent);
        QCOMPARE(entry.value(u"TargetCount").toInt(), sent.size());
    }
    QFile file(history);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(OtaSimulator::demoCredentials().accessKeySecret.toUtf8()));
}

void TestCli::retrySaysWhichCallWasRefused()
{
    const QString jobId = batchWith(m_sim->fleet(), u"FAILED"_s, 1);
    const QString succeeded
            = m_sim->fleet().tasks(jobId, u"SUCCEEDED"_s, 0, 1).at(0).toObject().value(u"TaskId").toString();
    QTemporaryDir dir;
    const QString history = dir.filePath(u"history.sqlite"_s);
    const Run result = run({u"retry"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, jobId,
                            u"--task-id"_s, succeeded, u"--yes"_s, u"--history-db"_s, history},
                           simEnv());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.contains("call 1 of 1 (1 task): refused (iot.system.IllegalRequest: The task "),
             result.out.constData());
    QCOMPARE(m_sim->writesReceived().size(), 1);
    const Run audit = run({u"audit"_s, u"--history-db"_s, history, u"--output"_s, u"csv"_s});
    const std::optional<QList<QStringList>> parsed = parseCsv(QString::fromUtf8(audit.out));
    QVERIFY(parsed);
    const QList<QStringList> rows = *parsed;
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).value(8), u"Outcome"_s);
    QCOMPARE(rows.at(1).value(8), u"refused"_s);
    QCOMPARE(rows.at(1).value(6), succeeded);
    QVERIFY(rows.at(1).value(9).startsWith(u"iot.system.IllegalRequest: "));
}

void TestCli::confirmConfirmsEveryWaitingTask()
{
    QString jobId; // the batch with the fewest tasks waiting for confirmation
    for (const QString &id : m_sim->fleet().generatedJobIds()) {
        const int waiting = m_sim->fleet().taskCount(id, u"CONFIRM"_s);
        if (waiting > 0 && (jobId.isEmpty() || waiting < m_sim->fleet().taskCount(jobId, u"CONFIRM"_s)))
            jobId = id;
    }
    QVERIFY(!jobId.isEmpty());
    const int waiting = m_sim->fleet().taskCount(jobId, u"CONFIRM"_s);
    QTemporaryDir dir;
    const Run result = run({u"confirm"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, jobId,
                            u"--all"_s, u"--yes"_s, u"--history-db"_s, dir.filePath(u"h.sqlite"_s)},
                           simEnv());
    QVERIFY2(result.exitCode == 0, result.out.constData());
    QCOMPARE(m_sim->fleet().taskCount(jobId, u"CONFIRM"_s), 0);
    QCOMPARE(m_sim->writesReceived().size(), (waiting + 9) / 10);
    QCOMPARE(m_sim->writesReceived().constFirst().action, u"ConfirmOTATask"_s);
}

void TestCli::auditReadsNothingButTheLocalFile()
{
    QTemporaryDir dir;
    const QString history = dir.filePath(u"none.sqlite"_s);
    const Run empty = run({u"audit"_s, u"--history-db"_s, history});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QByteArray("No write action was sent from this computer.\n"));
    QVERIFY(!QFile::exists(history)); // looking leaves no file behind
    QCOMPARE(run({u"audit"_s, u"--output"_s, u"xml"_s}).exitCode, 1);
}

void TestCli::verifyListsTheDevicesThatReportAnotherVersion()
{
    const QString jobId
            = batchWith(m_sim->fleet(), u"FAILED"_s, 1); // a finished batch of a few hundred tasks
    const QJsonArray succeeded = m_sim->fleet().tasks(jobId, u"SUCCEEDED"_s, 0, 5000);
    QSet<QString> expected; // the simulator's own detail says which devices run another version
    for (const QJsonValue &value : succeeded) {
        const QJsonObject task = value.toObject();
        const QJsonObject detail = m_sim->fleet().deviceDetail(*m_sim->fleet().findDevice(
                task.value(u"ProductKey").toString(), task.value(u"DeviceName").toString()));
        if (detail.value(u"FirmwareVersion") != task.value(u"DestVersion"))
            expected.insert(task.value(u"DeviceName").toString());
    }
    const Run result = run({u"verify"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, jobId,
                            u"--output"_s, u"json"_s},
                           simEnv());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.keys(),
             QStringList(
                     {u"Checked"_s, u"JobId"_s, u"Mismatches"_s, u"ReadAt"_s, u"Sampled"_s, u"Succeeded"_s}));
    QCOMPARE(report.value(u"Succeeded").toInt(), succeeded.size());
    QCOMPARE(report.value(u"Checked").toInt(), succeeded.size());
    QSet<QString> listed;
    for (const QJsonValue &mismatch : report.value(u"Mismatches").toArray())
        listed.insert(mismatch.toObject().value(u"DeviceName").toString());
    QCOMPARE(listed, expected);

    const Run text = run({u"verify"_s, u"--endpoint"_s, m_sim->endpoint().toString(), u"--job-id"_s, jobId,
                          u"--sample"_s, u"20"_s},
                         simEnv());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(u"Batch %1: %2 succeeded, 20 checked (a random sample) at "_s.arg(jobId)
                                         .arg(succeeded.size())
                                         .toUtf8()),
             text.out.constData());
}

void TestCli::listingCommandsHaveHelpAndUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // in stdout on success, else in stderr
    QTest::newRow("main-help")
            << QStringList {u"--help"_s} << 0
            << QStringList {u"otadash-cli query"_s,   u"otadash-cli tasks"_s,  u"otadash-cli jobs"_s,
                            u"otadash-cli history"_s, u"otadash-cli report"_s, u"otadash-cli profile"_s,
                            u"otadash-cli device"_s,  u"--version"_s,          u"--lang"_s};
    QTest::newRow("retry-neither") << QStringList {u"retry"_s, u"--demo"_s, u"--job-id"_s, u"j1"_s} << 1
                                   << QStringList {u"give either --task-id or --status"_s};
    QTest::newRow("retry-succeeded") << QStringList {u"retry"_s, u"--demo"_s,   u"--job-id"_s,
                                                     u"j1"_s,    u"--status"_s, u"SUCCEEDED"_s}
                                     << 1 << QStringList {u"--status must be FAILED or CANCELED"_s};
    QTest::newRow("confirm-both") << QStringList {u"confirm"_s, u"--demo"_s,    u"--job-id"_s, u"j1"_s,
                                                  u"--all"_s,   u"--task-id"_s, u"t1"_s}
                                  << 1 << QStringList {u"give either --task-id or --all"_s};
    QTest::newRow("retry-help") << QStringList {u"retry"_s, u"--help"_s} << 0
                                << QStringList {u"--job-id"_s, u"--task-id"_s, u"--status"_s, u"--yes"_s};
    QTest::newRow("device-help") << QStringList {u"device"_s, u"--help"_s} << 0
                                 << QStringList {u"--product-key"_s, u"--device-name"_s, u"--iot-id"_s,
                                                 u"--job-id"_s,      u"--output"_s,      u"--profile"_s};
    QTest::newRow("device-unnamed") << QStringList {u"device"_s, u"--demo"_s, u"--device-name"_s, u"d1"_s}
                                    << 1 << QStringList {u"--product-key and --device-name, or --iot-id"_s};
    QTest::newRow("device-both-names")
            << QStringList {u"device"_s, u"--demo"_s, u"--iot-id"_s, u"x1"_s, u"--product-key"_s, u"pk"_s}
            << 1 << QStringList {u"leave out --product-key"_s};
    QTest::newRow("device-bad-name") << QStringList {u"device"_s, u"--demo"_s,        u"--product-key"_s,
                                                     u"pk"_s,     u"--device-name"_s, u"dev 1"_s}
                                     << 1 << QStringList {u"'dev 1' is not a valid device name"_s};
    QTest::newRow("device-bad-output")
            << QStringList {u"device"_s, u"--demo"_s, u"--iot-id"_s, u"x1"_s, u"--output"_s, u"csv"_s} << 1
            << QStringList {u"--output must be text or json"_s};
    QTest::newRow("no-command") << QStringList {} << 1 << QStringList {u"otadash-cli query"_s};
    QTest::newRow("tasks-help") << QStringList {u"tasks"_s, u"--help"_s} << 0
                                << QStringList {u"--job-id"_s,    u"--status"_s,   u"--output"_s,
                                                u"--profile"_s,   u"--region"_s,   u"--endpoint"_s,
                                                u"--signature"_s, u"--timeout"_s,  u"--lang"_s,
                                                u"--demo"_s,      u"IN_PROGRESS"_s};
    QTest::newRow("jobs-help") << QStringList {u"jobs"_s, u"--help"_s} << 0
                               << QStringList {u"--firmware-id"_s, u"--output"_s, u"--profile"_s,
                                               u"--demo"_s};
    QTest::newRow("tasks-no-job-id") << QStringList {u"tasks"_s, u"--demo"_s} << 1
                                     << QStringList {u"otadash-cli tasks: --job-id is required"_s};
    QTest::newRow("tasks-two-job-ids")
            << QStringList {u"tasks"_s, u"--demo"_s, u"--job-id"_s, u"a"_s, u"--job-id"_s, u"b"_s} << 1
            << QStringList {u"--job-id"_s};
    QTest::newRow("tasks-bad-output")
            << QStringList {u"tasks"_s, u"--demo"_s, u"--job-id"_s, u"a"_s, u"--output"_s, u"text"_s} << 1
            << QStringList {u"--output"_s};
    QTest::newRow("tasks-no-credentials")
            << QStringList {u"tasks"_s, u"--region"_s, u"cn-shanghai"_s, u"--job-id"_s, u"a"_s} << 1
            << QStringList {u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s};
    QTest::newRow("jobs-no-firmware-id") << QStringList {u"jobs"_s, u"--demo"_s} << 1
                                         << QStringList {u"otadash-cli jobs: --firmware-id is required"_s};
    QTest::newRow("jobs-bad-output") << QStringList {u"jobs"_s, u"--demo"_s,   u"--firmware-id"_s,
                                                     u"f"_s,    u"--output"_s, u"yaml"_s}
                                     << 1 << QStringList {u"--output"_s};
    QTest::newRow("jobs-demo-and-region") << QStringList {u"jobs"_s,        u"--demo"_s,        u"--region"_s,
                                                          u"cn-shanghai"_s, u"--firmware-id"_s, u"f"_s}
                                          << 1 << QStringList {u"--demo"_s};
}

void TestCli::listingCommandsHaveHelpAndUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    const QString shown = QString::fromUtf8(exitCode == 0 ? result.out : result.err);
    if (exitCode != 0)
        QVERIFY(result.out.isEmpty());
    for (const QString &text : expected)
        QVERIFY2(shown.contains(text), qPrintable(text + u" not in:\n"_s + shown));
}

void TestCli::cliRejectsAnUnknownCommand()
{
    const Run result = run({u"frobnicate"_s, u"--demo"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("otadash-cli: unknown command 'frobnicate'"), result.err.constData());
    QVERIFY(result.err.contains("otadash-cli --help"));
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("otadash-cli " OTADASH_VERSION "\n"));
}

void TestCli::loadsNeitherGuiNorKeychain_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("query") << QStringList {u"query"_s, u"--demo"_s, u"--job-id"_s, kSeedJobId} << 0;
    QTest::newRow("tasks") << QStringList {u"tasks"_s, u"--demo"_s, u"--job-id"_s,
                                           u"NoSuchBatch0000000000000"_s}
                           << 2;
    QTest::newRow("jobs") << QStringList {u"jobs"_s, u"--demo"_s, u"--firmware-id"_s,
                                          u"NoSuchFirmware000000"_s}
                          << 2;
    QTest::newRow("history") << QStringList {u"history"_s, u"--demo"_s, u"--job-id"_s, kSeedJobId} << 0;
    QTest::newRow("profile") << QStringList {u"profile"_s, u"list"_s} << 0;
    QTest::newRow("help") << QStringList {u"--help"_s} << 0;
}

void TestCli::loadsNeitherGuiNorKeychain()
{
#ifndef Q_OS_LINUX
    QSKIP("The dynamic loader's trace (LD_DEBUG) is glibc's");
#else
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    // Every shared object the process maps, linked or loaded later (plugins), as the dynamic loader tells.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString trace = dir.filePath(u"ld"_s);
    const Run result = run(arguments, {{u"LD_DEBUG"_s, u"files"_s}, {u"LD_DEBUG_OUTPUT"_s, trace}});
    QCOMPARE(result.exitCode, exitCode);
    QString loaded;
    const QStringList traces = QDir(dir.path()).entryList({u"ld.*"_s}, QDir::Files);
    QCOMPARE(traces.size(), 1); // one process: nothing was handed over
    QFile file(dir.filePath(traces.constFirst()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    static const QRegularExpression fileLine(u"file=(\\S+)"_s);
    for (const QString &line : QString::fromLocal8Bit(file.readAll()).split(u'\n')) {
        const QRegularExpressionMatch match = fileLine.match(line);
        if (match.hasMatch())
            loaded += match.captured(1) + u'\n';
    }
    // The trace is real: Qt Core is there, and `query` records into the history through the SQLite plugin.
    QVERIFY2(loaded.contains(u"libQt6Core.so"), qPrintable(loaded));
    if (arguments.constFirst() == u"query")
        QVERIFY2(loaded.contains(u"sqldrivers/libqsqlite.so"), qPrintable(loaded));
    for (const QString &gui : {u"libQt6Gui.so"_s, u"libQt6Widgets.so"_s, u"libQt6Charts.so"_s,
                               u"libQt6OpenGL"_s, u"/platforms/"_s, u"libxcb"_s, u"libGL"_s})
        QVERIFY2(!loaded.contains(gui), qPrintable(gui + u" loaded:\n"_s + loaded));
    // Without a secret to read, the keychain module and its D-Bus stack stay unloaded too.
    for (const QString &keychain :
         {u"otadash-keychain"_s, u"libqt6keychain"_s, u"libQt6DBus"_s, u"libdbus"_s})
        QVERIFY2(!loaded.contains(keychain), qPrintable(keychain + u" loaded:\n"_s + loaded));
#endif
}

void TestCli::dashboardHandsHeadlessCommandsToTheCli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("query") << QStringList {u"query"_s, u"--demo"_s, u"--job-id"_s, kSeedJobId} << 0;
    QTest::newRow("api-error") << QStringList {u"query"_s, u"--demo"_s, u"--job-id"_s,
                                               u"NoSuchBatch0000000000000"_s}
                               << 2;
    QTest::newRow("usage-error") << QStringList {u"tasks"_s, u"--demo"_s} << 1;
    QTest::newRow("help") << QStringList {u"jobs"_s, u"--help"_s, u"--lang"_s, u"ja"_s} << 0;
}

void TestCli::dashboardHandsHeadlessCommandsToTheCli()
{
#ifdef Q_OS_WIN
    QSKIP("On Windows otadash shows a message box instead: otadash-cli.exe is the headless command there");
#else
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run direct = run(arguments);
    const Run handedOver = run(arguments, {}, QStringLiteral(OTADASH_BIN));
    QCOMPARE(direct.exitCode, exitCode);
    QCOMPARE(handedOver.exitCode, exitCode);
    // The same output, but for the request IDs the simulator makes up for every answer.
    static const QRegularExpression requestId(u"\"?RequestId\"?: \"?[0-9A-F-]+"_s);
    const auto same = [](const QByteArray &text) {
        return QString::fromUtf8(text).remove(requestId);
    };
    QCOMPARE(same(handedOver.out), same(direct.out));
    QCOMPARE(same(handedOver.err), same(direct.err));
    QVERIFY(!(exitCode == 0 ? direct.out : direct.err).isEmpty());
#endif
}

void TestCli::dashboardSaysWhenTheCliIsMissing()
{
#ifndef Q_OS_LINUX
    QSKIP("Copies the dashboard's executable alone to a folder of its own (Linux layout)");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString lonely = dir.filePath(u"otadash"_s);
    QVERIFY(QFile::copy(QStringLiteral(OTADASH_BIN), lonely));
    const Run result = run({u"query"_s, u"--demo"_s, u"--job-id"_s, kSeedJobId}, {}, lonely);
    QCOMPARE(result.exitCode, 127);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("otadash-cli"), result.err.constData());
    QVERIFY2(result.err.contains(QFile::encodeName(dir.filePath(u"otadash-cli"_s))), result.err.constData());
#endif
}

void TestCli::cliSaysWhenTheKeychainModuleIsMissing()
{
#ifndef Q_OS_LINUX
    QSKIP("The keychain is a module of its own on Linux only");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString lonely = dir.filePath(u"otadash-cli"_s);
    QVERIFY(QFile::copy(QStringLiteral(OTADASH_CLI_BIN), lonely));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    process.setProcessEnvironment(environment);
    process.start(lonely,
                  {u"profile"_s, u"add"_s, u"Lonely"_s, u"--access-key-id"_s, u"LTAI5tLonely0001"_s,
                   u"--region"_s, u"cn-shanghai"_s});
    QVERIFY(process.waitForStarted());
    process.write("not-a-secret\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    // The store's error, as for any unusable keychain: exit code 4, nothing saved, and why.
    QCOMPARE(process.exitCode(), 4);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"otadash-keychain.so"_s) && err.contains(u"could not be loaded"_s),
             qPrintable(err));
    QFile settings(dir.filePath(u"config/OtaDash/otadash.conf"_s));
    QVERIFY(!settings.open(QIODevice::ReadOnly) || !settings.readAll().contains("Lonely"));
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
