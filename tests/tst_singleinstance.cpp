#include "util/SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
const QString kJobId = u"HvKuBpuk3rdk6E92CPgray0200"_s;
// Generous: the real dashboard starts on a machine that may be busy with other builds and tests.
constexpr int kProcessTimeoutMs = 60000;

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

// One dashboard per user and mode, with the real otadash as the later launch (and as the first one where it
// matters): its request reaches the dashboard that runs, it exits 0, a socket left by a dashboard that died
// is taken over, demo and real runs never meet, and screenshot and benchmark runs stay on their own. Each
// test has a socket name of its own (OTADASH_INSTANCE_NAME) and settings and history folders of its own, so
// it never meets the developer's own dashboard.
class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void demoAndRealRunsHaveNamesOfTheirOwn();
    void secondLaunchHandsItsBatchToTheRunningOne_data();
    void secondLaunchHandsItsBatchToTheRunningOne();
    void demoAndRealLaunchesReachTheirOwnKind();
    void twoRealDashboards();
    void takesOverASocketLeftByADashboardThatDied();
    void badLinkExitsWithOneAndTellsTheRunningOne_data();
    void badLinkExitsWithOneAndTellsTheRunningOne();
    void badLinkWithoutADashboardStartsNothing();
    void usageErrorsContactNobody_data();
    void usageErrorsContactNobody();
    void screenshotAndBenchmarkRunsStayOnTheirOwn_data();
    void screenshotAndBenchmarkRunsStayOnTheirOwn();
    void silentDashboardMeansExitTwoAndTheRequestWaits();
    void refusesMalformedRequests();

private:
    QProcessEnvironment environment() const;
    // Starts otadash (the event loop runs meanwhile, so that an in-process dashboard can answer).
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;
    Run finish(QProcess &process, int timeoutMs = kProcessTimeoutMs) const;
    Run run(const QStringList &arguments, int timeoutMs = kProcessTimeoutMs) const;
    // A dashboard answers on name (an empty request only brings its window to the front).
    static bool answers(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name; // real runs; demo runs add "-demo"
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_name = m_dir->filePath(u"instance"_s);
}

void TestSingleInstance::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestSingleInstance::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(SingleInstance::kNameVariable), m_name);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    // Settings, profiles and history of the test's own, never the developer's.
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir->filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->path()); // private (0700), as the user's is
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"))
            env.remove(name);
    }
    return env;
}

std::unique_ptr<QProcess> TestSingleInstance::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(OTADASH_BINARY), arguments);
    return process;
}

Run TestSingleInstance::finish(QProcess &process, int timeoutMs) const
{
    Run result;
    if (process.error() == QProcess::FailedToStart) {
        result.err = "otadash could not be started: " + process.errorString().toUtf8();
        return result;
    }
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished(kProcessTimeoutMs);
            result.err = process.readAllStandardError();
            return result;
        }
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    // A crash says so in the failure message (one was seen once in CI, under load, without any output).
    if (!result.finished)
        result.err.prepend("otadash crashed (" + process.errorString().toUtf8() + ", exit code "
                           + QByteArray::number(process.exitCode()) + "); stdout: " + result.out
                           + "; stderr: ");
    return result;
}

Run TestSingleInstance::run(const QStringList &arguments, int timeoutMs) const
{
    const std::unique_ptr<QProcess> process = start(arguments);
    return finish(*process, timeoutMs);
}

bool TestSingleInstance::answers(const QString &name)
{
    return SingleInstance::handOver(name, {}, 2000) == SingleInstance::HandOver::Delivered;
}

void TestSingleInstance::demoAndRealRunsHaveNamesOfTheirOwn()
{
    const QByteArray variable(SingleInstance::kNameVariable);
    const QByteArray saved = qgetenv(variable);
    qunsetenv(variable);
    const QString real = SingleInstance::serverName(false);
    const QString demo = SingleInstance::serverName(true);
    QVERIFY2(QFileInfo(real).fileName().startsWith(u"otadash-"), qPrintable(real));
    QCOMPARE(demo, real + u"-demo"_s);
    QVERIFY(real != demo);
    QCOMPARE(SingleInstance::serverName(false), real); // the same user and settings: the same name
    // Another settings folder is another set of profiles: another dashboard.
    const QByteArray config = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(u"elsewhere"_s)));
    const QString elsewhere = SingleInstance::serverName(false);
    config.isNull() ? qunsetenv("XDG_CONFIG_HOME") : qputenv("XDG_CONFIG_HOME", config);
#ifdef Q_OS_LINUX
    QVERIFY(elsewhere != real);
#endif
    qputenv(variable, "some-name");
    QCOMPARE(SingleInstance::serverName(false), u"some-name"_s);
    QCOMPARE(SingleInstance::serverName(true), u"some-name-demo"_s);
    saved.isNull() ? qunsetenv(variable) : qputenv(variable, saved);
}

void TestSingleInstance::secondLaunchHandsItsBatchToTheRunningOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QString>("profile");
    QTest::newRow("job-id-and-profile")
            << QStringList {u"--job-id"_s, kJobId, u"--profile"_s, u"测试 profile"_s} << kJobId
            << u"测试 profile"_s;
    QTest::newRow("link") << QStringList {u"otadash://batch/%1?profile=%E6%B5%8B%E8%AF%95%20profile"_s.arg(
            kJobId)} << kJobId
                          << u"测试 profile"_s;
    QTest::newRow("link-without-profile")
            << QStringList {u"otadash://batch/"_s + kJobId} << kJobId << QString();
    // --job-id is what the user typed, as in the JobId field: not held to a link's rules.
    QTest::newRow("masked-job-id") << QStringList {u"--job-id"_s, u"HvKuBpuk3rdk6E92CP****0200"_s}
                                   << u"HvKuBpuk3rdk6E92CP****0200"_s << QString();
    QTest::newRow("nothing-but-the-window") << QStringList() << QString() << QString();
}

void TestSingleInstance::secondLaunchHandsItsBatchToTheRunningOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, jobId);
    QFETCH(QString, profile);
    SingleInstance running;
    QString error;
    QVERIFY2(running.listen(m_name, &error), qPrintable(error));
    QSignalSpy received(&running, &SingleInstance::requestReceived);

    const Run launch = run(arguments);
    QVERIFY2(launch.finished, launch.err.constData());
    QCOMPARE(launch.exitCode, 0);
    QVERIFY2(!launch.err.contains("otadash:"), launch.err.constData()); // Qt's own warnings aside
    QCOMPARE(received.size(), 1);
    const auto request = received.at(0).at(0).value<SingleInstance::Request>();
    QCOMPARE(request.jobId, jobId);
    QCOMPARE(request.profile, profile);
    QVERIFY(request.error.isEmpty());
}

void TestSingleInstance::demoAndRealLaunchesReachTheirOwnKind()
{
    SingleInstance real;
    SingleInstance demo;
    QVERIFY(real.listen(m_name));
    QVERIFY(demo.listen(m_name + u"-demo"_s));
    QSignalSpy toReal(&real, &SingleInstance::requestReceived);
    QSignalSpy toDemo(&demo, &SingleInstance::requestReceived);

    const Run demoLaunch = run({u"--demo"_s, u"--job-id"_s, u"HvKuBpuk3rdk6E92CPdyna0200"_s});
    QCOMPARE(demoLaunch.exitCode, 0);
    QCOMPARE(toDemo.size(), 1);
    QCOMPARE(toDemo.at(0).at(0).value<SingleInstance::Request>().jobId, u"HvKuBpuk3rdk6E92CPdyna0200"_s);
    QCOMPARE(toReal.size(), 0);

    const Run realLaunch = run({u"--job-id"_s, kJobId});
    QCOMPARE(realLaunch.exitCode, 0);
    QCOMPARE(toReal.size(), 1);
    QCOMPARE(toReal.at(0).at(0).value<SingleInstance::Request>().jobId, kJobId);
    QCOMPARE(toDemo.size(), 1);
}

void TestSingleInstance::twoRealDashboards()
{
    const std::unique_ptr<QProcess> first = start({u"--demo"_s});
    // It answers once its event loop runs.
    QTRY_VERIFY_WITH_TIMEOUT(first->state() != QProcess::NotRunning && answers(m_name + u"-demo"_s),
                             kProcessTimeoutMs);
    const Run second = run({u"--demo"_s, u"--job-id"_s, kJobId});
    QVERIFY2(second.finished, second.err.constData());
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(!second.err.contains("otadash:"), second.err.constData());
    QCOMPARE(first->state(), QProcess::Running); // the first goes on, with the batch
    first->terminate();
    first->waitForFinished(kProcessTimeoutMs);
}

void TestSingleInstance::takesOverASocketLeftByADashboardThatDied()
{
    const QString name = m_name + u"-demo"_s;
    const std::unique_ptr<QProcess> first = start({u"--demo"_s});
    QTRY_VERIFY_WITH_TIMEOUT(first->state() != QProcess::NotRunning && answers(name), kProcessTimeoutMs);
    first->kill(); // SIGKILL: no chance to remove its socket
    QVERIFY(first->waitForFinished(kProcessTimeoutMs));
    QVERIFY2(QFileInfo::exists(name), qPrintable(name));
    QCOMPARE(SingleInstance::handOver(name, {}), SingleInstance::HandOver::NoInstance);

    SingleInstance next;
    QString detail;
    QCOMPARE(next.start(name, {}, SingleInstance::kDefaultTimeoutMs, &detail), SingleInstance::Role::Primary);
    QVERIFY(next.isListening());
    QCOMPARE(next.fullServerName(), name);
    // It is the one later launches reach now.
    QSignalSpy received(&next, &SingleInstance::requestReceived);
    const Run launch = run({u"--demo"_s, u"--job-id"_s, kJobId, u"--profile"_s, u"Demo"_s});
    QCOMPARE(launch.exitCode, 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<SingleInstance::Request>(),
             (SingleInstance::Request {kJobId, u"Demo"_s, {}}));
}

void TestSingleInstance::badLinkExitsWithOneAndTellsTheRunningOne_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing-jobid") << u"otadash://batch/"_s << u"JobId is missing"_s;
    QTest::newRow("too-long") << u"otadash://batch/"_s + QString(80, u'a') << u"80 characters"_s;
    QTest::newRow("wrong-scheme") << u"https://batch/"_s + kJobId << u"Not an OtaDash link"_s;
    QTest::newRow("extra-segment") << u"otadash://batch/%1/tasks"_s.arg(kJobId) << u"more after the JobId"_s;
    QTest::newRow("secret") << u"otadash://batch/%1?profile=prod&AccessKeySecret=sentinelSecretValue1"_s.arg(
            kJobId) << u"credential (AccessKeySecret)"_s;
}

void TestSingleInstance::badLinkExitsWithOneAndTellsTheRunningOne()
{
    QFETCH(QString, link);
    QFETCH(QString, says);
    SingleInstance running;
    QVERIFY(running.listen(m_name));
    QSignalSpy received(&running, &SingleInstance::requestReceived);

    const Run launch = run({link});
    QVERIFY(launch.finished);
    QCOMPARE(launch.exitCode, 1);
    const QString err = QString::fromUtf8(launch.err);
    QVERIFY2(err.contains(u"cannot open the link"), qPrintable(err));
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY2(!err.contains(u"sentinelSecretValue1"), qPrintable(err));
    // The running dashboard hears why (its status bar says it), never the link itself.
    QCOMPARE(received.size(), 1);
    const auto request = received.at(0).at(0).value<SingleInstance::Request>();
    QVERIFY(request.jobId.isEmpty());
    QVERIFY2(request.error.contains(says), qPrintable(request.error));
    QVERIFY(!request.error.contains(u"sentinelSecretValue1"));
}

void TestSingleInstance::badLinkWithoutADashboardStartsNothing()
{
    const Run launch = run({u"otadash://batch/HvKuBpuk3rdk6E92CP****0200"_s});
    QVERIFY(launch.finished);
    QCOMPARE(launch.exitCode, 1);
    QVERIFY2(launch.err.contains("letters and digits only"), launch.err.constData());
    QVERIFY(!QFileInfo::exists(m_name)); // it did not become the dashboard
}

void TestSingleInstance::usageErrorsContactNobody_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("link-and-job-id") << QStringList {u"otadash://batch/"_s + kJobId, u"--job-id"_s, kJobId}
                                     << u"either a link or --job-id"_s;
    QTest::newRow("two-links") << QStringList {u"otadash://batch/"_s + kJobId, u"otadash://batch/abc"_s}
                               << u"one link at most"_s;
    QTest::newRow("profile-alone") << QStringList {u"--profile"_s, u"prod"_s}
                                   << u"--profile goes with --job-id"_s;
}

void TestSingleInstance::usageErrorsContactNobody()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    QLocalServer running;
    QVERIFY(running.listen(m_name));
    QSignalSpy connections(&running, &QLocalServer::newConnection);
    const Run launch = run(arguments);
    QCOMPARE(launch.exitCode, 1);
    QVERIFY2(QString::fromUtf8(launch.err).contains(says), launch.err.constData());
    QCOMPARE(connections.size(), 0);
}

void TestSingleInstance::screenshotAndBenchmarkRunsStayOnTheirOwn_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("printed");
    QTest::newRow("quit-after-paint")
            << QStringList {u"--demo"_s, u"--quit-after-paint"_s} << QByteArray("painted");
    QTest::newRow("screenshot") << QStringList {u"--demo"_s, u"--screenshot"_s} << QByteArray();
}

void TestSingleInstance::screenshotAndBenchmarkRunsStayOnTheirOwn()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, printed);
    // A dashboard runs in the same mode; the run neither reaches it nor takes its name.
    QLocalServer running;
    QVERIFY(running.listen(m_name + u"-demo"_s));
    QSignalSpy connections(&running, &QLocalServer::newConnection);
    const QString picture = m_dir->filePath(u"window.png"_s);
    if (arguments.last() == u"--screenshot")
        arguments.append(picture);
    const Run launch = run(arguments);
    QVERIFY2(launch.finished, launch.err.constData());
    // What it printed says why when it did not end well (a sanitizer's report, a message).
    QVERIFY2(launch.exitCode == 0,
             qPrintable(
                     u"exit code %1, stderr:\n%2"_s.arg(launch.exitCode).arg(QString::fromUtf8(launch.err))));
    QVERIFY2(launch.out.contains(printed), launch.out.constData());
    if (arguments.contains(u"--screenshot"_s))
        QVERIFY(QFileInfo(picture).size() > 0);
    QCOMPARE(connections.size(), 0);
    QVERIFY(running.isListening());
}

void TestSingleInstance::silentDashboardMeansExitTwoAndTheRequestWaits()
{
    // A dashboard that takes the connection but never answers (hung, or busy for long).
    QLocalServer silent;
    QVERIFY(silent.listen(m_name));
    const Run launch = run({u"--job-id"_s, kJobId});
    QVERIFY2(launch.finished, launch.err.constData());
    QCOMPARE(launch.exitCode, 2);
    QVERIFY2(launch.err.contains("did not answer within 5 seconds"), launch.err.constData());
    // No window of its own (it would open the batch twice): the request waits where the dashboard reads it.
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), kProcessTimeoutMs);
    QLocalSocket *connection = silent.nextPendingConnection();
    QTRY_VERIFY_WITH_TIMEOUT(connection->bytesAvailable() > 0 || connection->canReadLine(),
                             kProcessTimeoutMs);
    const auto request = SingleInstance::Request::fromJson(connection->readLine().trimmed());
    QVERIFY(request);
    QCOMPARE(request->jobId, kJobId);
}

void TestSingleInstance::refusesMalformedRequests()
{
    SingleInstance running;
    QVERIFY(running.listen(m_name));
    QSignalSpy received(&running, &SingleInstance::requestReceived);

    QLocalSocket client;
    client.connectToServer(m_name);
    QVERIFY(client.waitForConnected(5000));
    client.write("{\"jobId\": 42}\n");
    QTRY_VERIFY(client.canReadLine());
    const QByteArray answer = client.readLine();
    QVERIFY2(answer.contains("\"ok\":false"), answer.constData());
    QVERIFY2(answer.contains("jobId"), answer.constData());
    QCOMPARE(received.size(), 0);

    // A line that never ends is cut off.
    QLocalSocket endless;
    endless.connectToServer(m_name);
    QVERIFY(endless.waitForConnected(5000));
    QSignalSpy gone(&endless, &QLocalSocket::disconnected);
    endless.write(QByteArray(SingleInstance::kMaxLineBytes + 100, 'x'));
    QVERIFY(gone.wait(10000));
    QCOMPARE(received.size(), 0);

    // The launch's side of a refusal (it waits for the answer: on a thread of its own here).
    SingleInstance::Request tooLong;
    tooLong.jobId = QString(1000, u'a');
    std::atomic<int> outcome {-1};
    QString refusal;
    std::thread launch(
            [&] { outcome = int(SingleInstance::handOver(m_name, tooLong, kProcessTimeoutMs, &refusal)); });
    const auto joined = qScopeGuard([&launch] { launch.join(); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.load() >= 0, kProcessTimeoutMs);
    QCOMPARE(SingleInstance::HandOver(outcome.load()), SingleInstance::HandOver::Refused);
    QVERIFY2(refusal.contains(u"jobId"), qPrintable(refusal));
    QCOMPARE(received.size(), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
