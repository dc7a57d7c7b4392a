#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "services/SuccessVerifier.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Verified success against the simulated gateway: every SUCCEEDED task's device is asked for its version, and
// exactly those that report another one than the task's DestVersion are listed (the simulator's own detail is
// the oracle), in calls of at most 100 devices at most 5 a second.
class TestSuccessVerifier : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsExactlyTheDevicesThatReportAnotherVersion();
    void checksARandomSampleOfTheSizeAsked();
    void ignoresTasksThatDidNotSucceed();

private:
    QList<TaskInfo> succeededTasks(const QString &jobId) const;
    std::unique_ptr<SchedulerOnSimulator> m_net;
};

void TestSuccessVerifier::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_net->sim.fleet().setLiveJobStart(m_net->clock.nowUtc().addSecs(-3600)); // ended an hour ago
}

void TestSuccessVerifier::cleanup()
{
    m_net.reset();
}

QList<TaskInfo> TestSuccessVerifier::succeededTasks(const QString &jobId) const
{
    QList<TaskInfo> tasks;
    for (const SimTaskRecord &record : m_net->sim.fleet().taskRecords(jobId, u"SUCCEEDED"_s, 0, 5000)) {
        TaskInfo task;
        for (const auto &[key, value] : record) {
            if (key == u"TaskId")
                task.taskId = value;
            else if (key == u"DeviceName")
                task.deviceName = value;
            else if (key == u"ProductKey")
                task.productKey = value;
            else if (key == u"DestVersion")
                task.destVersion = value;
        }
        task.taskStatus = TaskStatus::Succeeded;
        tasks.append(task);
    }
    return tasks;
}

void TestSuccessVerifier::listsExactlyTheDevicesThatReportAnotherVersion()
{
    const QList<TaskInfo> tasks = succeededTasks(SimFleet::liveJobId());
    QVERIFY(tasks.size() > 1000);
    QSet<QString> expected;
    for (const TaskInfo &task : tasks) {
        const QJsonObject detail = m_net->sim.fleet().deviceDetail(
                *m_net->sim.fleet().findDevice(task.productKey, task.deviceName));
        if (detail.value(u"FirmwareVersion").toString() != task.destVersion)
            expected.insert(task.deviceName);
    }
    QVERIFY(!expected.isEmpty());
    SuccessVerifier verifier(m_net->scheduler.get());
    QSignalSpy finished(&verifier, &SuccessVerifier::finished);
    const int before = m_net->sim.acceptedCount();
    verifier.verify(Account {u"Demo"_s, m_net->config(), {}, false}, tasks);
    QVERIFY(m_net->waitFor(finished));
    const VerifyReport report = finished.first().first().value<VerifyReport>();
    QCOMPARE(report.succeeded, tasks.size());
    QCOMPARE(report.checked, tasks.size());
    QVERIFY(!report.sampled);
    QSet<QString> listed;
    for (const VersionMismatch &mismatch : report.mismatches) {
        listed.insert(mismatch.deviceName);
        QVERIFY(!mismatch.reportedVersion.isEmpty());
        QVERIFY(mismatch.reportedVersion != mismatch.destVersion);
    }
    QCOMPARE(listed, expected);
    // 100 devices a call, starts at least 200 ms apart.
    const int calls = m_net->sim.acceptedCount() - before;
    QCOMPARE(calls, int((tasks.size() + 99) / 100));
    const QList<qint64> times = m_net->sim.acceptedTimesMs().mid(before);
    for (qsizetype i = 1; i < times.size(); ++i)
        QVERIFY2(times[i] - times[i - 1] >= 1000 / SuccessVerifier::kMaxPerSecond,
                 qPrintable(u"%1 ms"_s.arg(times[i] - times[i - 1])));
    QVERIFY(report.readAtUtc.isValid());
}

void TestSuccessVerifier::checksARandomSampleOfTheSizeAsked()
{
    const QList<TaskInfo> tasks = succeededTasks(SimFleet::liveJobId());
    SuccessVerifier verifier(m_net->scheduler.get());
    QSignalSpy finished(&verifier, &SuccessVerifier::finished);
    verifier.verify(Account {u"Demo"_s, m_net->config(), {}, false}, tasks, 150, 7);
    QVERIFY(m_net->waitFor(finished));
    const VerifyReport report = finished.first().first().value<VerifyReport>();
    QCOMPARE(report.checked, 150);
    QVERIFY(report.sampled);
    QCOMPARE(report.succeeded, tasks.size());
    QVERIFY(report.mismatches.size() < 150);
}

void TestSuccessVerifier::ignoresTasksThatDidNotSucceed()
{
    QList<TaskInfo> tasks = succeededTasks(SimFleet::liveJobId()).mid(0, 3);
    tasks[1].taskStatus = TaskStatus::Failed;
    SuccessVerifier verifier(m_net->scheduler.get());
    QSignalSpy finished(&verifier, &SuccessVerifier::finished);
    verifier.verify(Account {u"Demo"_s, m_net->config(), {}, false}, tasks);
    QVERIFY(m_net->waitFor(finished));
    QCOMPARE(finished.first().first().value<VerifyReport>().checked, 2);
}

QTEST_GUILESS_MAIN(TestSuccessVerifier)
#include "tst_successverifier.moc"
