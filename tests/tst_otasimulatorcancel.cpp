#include "OtaSimulator.h"
#include "SignedRequest.h"
#include "SimFixture.h"
#include "SimFleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QueryPairs)

// otasim's write actions, CancelOTATaskByJob and CancelOTAStrategyByJob, and the live batch whose device
// tasks move on with the simulator's clock; every count is read back over loopback with ListOTATaskByJob.
class TestOtaSimulatorCancel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void cancelsExactlyTheStatusesOfItsFlags_data();
    void cancelsExactlyTheStatusesOfItsFlags();
    void marksCanceledTasksAndTheBatchAsChangedNow();
    void answersOnlyTheEnvelope();
    void refusesACancelWithoutAFlag_data();
    void refusesACancelWithoutAFlag();
    void reportsAnUnknownBatch_data();
    void reportsAnUnknownBatch();
    void requiresTheJobId_data();
    void requiresTheJobId();
    void limitsCancelTaskByJobToFivePerSecond();
    void refusesToCancelTheStrategyOfAStaticBatch();
    void cancelsTheStrategyOfADynamicBatch();
    void servesCancelSignedWithV3();
    void liveBatchMovesOnWithTheClock();
    void liveBatchProgressRisesAndTimesFollow();
    void liveBatchKeepsItsCanceledTasks();

private:
    using Reply = SimFixture::Reply;
    using Counts = QMap<QString, int>;

    // Per TaskStatus, the Total of a ListOTATaskByJob with that filter (what the dashboard's counts read).
    Counts counts(const QString &jobId);
    QJsonObject job(const QString &jobId);
    QJsonArray tasksOf(const QString &jobId, const QStringList &devices);

    std::unique_ptr<SimFixture> m_fx;
};

namespace {
const QDateTime kNow = SimFixture::defaultNow();
const QString kNowText = u"2024-01-15T08:30:00.000Z"_s;
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
const QString kDynamicJobId = u"HvKuBpuk3rdk6E92CPdyna0200"_s;
const QString kUserCanceled = u"The task was canceled by the user."_s;

// The first batch that has not started yet and has device tasks (they wait as QUEUED).
QString plannedJobWithTasks()
{
    const SimFleet fleet;
    for (const QString &jobId : fleet.generatedJobIds()) {
        if (fleet.job(jobId).value_or(QJsonObject()).value(u"JobStatus").toString() == u"PLANNED"
            && fleet.taskCount(jobId) > 0)
            return jobId;
    }
    return {};
}

QueryPairs flags(const QStringList &trueFlags, const QString &jobId)
{
    QueryPairs pairs {{u"JobId"_s, jobId}};
    for (const QString &flag : trueFlags)
        pairs.append({flag, u"true"_s});
    return pairs;
}
} // namespace

void TestOtaSimulatorCancel::init()
{
    m_fx = std::make_unique<SimFixture>();
    QVERIFY(m_fx->listening());
    m_fx->sim().setRateLimit(0); // counts take many requests; the rate test sets its own
}

void TestOtaSimulatorCancel::cleanup()
{
    m_fx.reset();
}

TestOtaSimulatorCancel::Counts TestOtaSimulatorCancel::counts(const QString &jobId)
{
    Counts result;
    for (const QString &status : SimFleet::taskStatuses()) {
        const Reply reply = m_fx->call(u"ListOTATaskByJob"_s,
                                       {{u"JobId"_s, jobId},
                                        {u"TaskStatus"_s, status},
                                        {u"CurrentPage"_s, u"1"_s},
                                        {u"PageSize"_s, u"1"_s}});
        result.insert(status,
                      reply.json().value(u"Success").toBool() ? reply.json().value(u"Total").toInt() : -1);
    }
    return result;
}

QJsonObject TestOtaSimulatorCancel::job(const QString &jobId)
{
    return m_fx->call(u"QueryOTAJob"_s, {{u"JobId"_s, jobId}}).json().value(u"Data").toObject();
}

QJsonArray TestOtaSimulatorCancel::tasksOf(const QString &jobId, const QStringList &devices)
{
    QueryPairs operation {{u"JobId"_s, jobId}};
    for (int i = 0; i < devices.size(); ++i)
        operation.append({u"DeviceNames.%1"_s.arg(i + 1), devices.at(i)});
    const Reply reply = m_fx->call(u"ListOTATaskByJob"_s, operation);
    return reply.json().value(u"Data").toObject().value(u"SimpleOTATaskInfo").toArray();
}

void TestOtaSimulatorCancel::cancelsExactlyTheStatusesOfItsFlags_data()
{
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QStringList>("flagsSet");
    QTest::addColumn<QStringList>("canceledStatuses");

    const QString planned = plannedJobWithTasks();
    QVERIFY(!planned.isEmpty());
    // The dynamic fixture batch has tasks in every unfinished status (it needs confirmation).
    QTest::newRow("queued") << kDynamicJobId << QStringList {u"CancelQueuedTask"_s}
                            << QStringList {u"QUEUED"_s};
    QTest::newRow("notified") << kDynamicJobId << QStringList {u"CancelNotifiedTask"_s}
                              << QStringList {u"NOTIFIED"_s};
    QTest::newRow("in progress") << kDynamicJobId << QStringList {u"CancelInProgressTask"_s}
                                 << QStringList {u"IN_PROGRESS"_s};
    QTest::newRow("unconfirmed") << kDynamicJobId << QStringList {u"CancelUnconfirmedTask"_s}
                                 << QStringList {u"CONFIRM"_s};
    QTest::newRow("queued and notified")
            << kDynamicJobId << QStringList {u"CancelQueuedTask"_s, u"CancelNotifiedTask"_s}
            << QStringList {u"QUEUED"_s, u"NOTIFIED"_s};
    // Scheduled: the tasks of a batch that has not started, and only those.
    QTest::newRow("scheduled, planned batch")
            << planned << QStringList {u"CancelScheduledTask"_s} << QStringList {u"QUEUED"_s};
    QTest::newRow("scheduled, started batch")
            << kDynamicJobId << QStringList {u"CancelScheduledTask"_s} << QStringList {};
    QTest::newRow("queued, planned batch")
            << planned << QStringList {u"CancelQueuedTask"_s} << QStringList {};
    QTest::newRow("every flag") << kSeedJobId
                                << QStringList {u"CancelScheduledTask"_s, u"CancelQueuedTask"_s,
                                                u"CancelNotifiedTask"_s, u"CancelInProgressTask"_s,
                                                u"CancelUnconfirmedTask"_s}
                                << QStringList {u"CONFIRM"_s, u"QUEUED"_s, u"NOTIFIED"_s, u"IN_PROGRESS"_s};
}

void TestOtaSimulatorCancel::cancelsExactlyTheStatusesOfItsFlags()
{
    QFETCH(QString, jobId);
    QFETCH(QStringList, flagsSet);
    QFETCH(QStringList, canceledStatuses);

    const Counts before = counts(jobId);
    int moved = 0;
    for (const QString &status : canceledStatuses) {
        QVERIFY2(before.value(status) > 0, qPrintable(status)); // the row cancels something
        moved += before.value(status);
    }
    // The other flags stay false, spelled out as the SDK sends them.
    QueryPairs operation = flags(flagsSet, jobId);
    for (const QString &flag : {u"CancelScheduledTask"_s, u"CancelQueuedTask"_s, u"CancelNotifiedTask"_s,
                                u"CancelInProgressTask"_s, u"CancelUnconfirmedTask"_s}) {
        if (!flagsSet.contains(flag))
            operation.append({flag, u"false"_s});
    }
    const Reply reply = m_fx->call(u"CancelOTATaskByJob"_s, operation);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"Success"), QJsonValue(true));

    const Counts after = counts(jobId);
    for (const QString &status : SimFleet::taskStatuses()) {
        int expected = before.value(status);
        if (canceledStatuses.contains(status))
            expected = 0;
        else if (status == u"CANCELED")
            expected += moved;
        QVERIFY2(after.value(status) == expected,
                 qPrintable(u"%1: %2 instead of %3"_s.arg(status).arg(after.value(status)).arg(expected)));
    }
}

void TestOtaSimulatorCancel::marksCanceledTasksAndTheBatchAsChangedNow()
{
    const QJsonArray queued = m_fx->call(u"ListOTATaskByJob"_s,
                                         {{u"JobId"_s, kDynamicJobId},
                                          {u"TaskStatus"_s, u"QUEUED"_s},
                                          {u"PageSize"_s, u"5"_s}})
                                      .json()
                                      .value(u"Data")
                                      .toObject()
                                      .value(u"SimpleOTATaskInfo")
                                      .toArray();
    QCOMPARE(queued.size(), 5);
    QStringList devices;
    for (const QJsonValue &task : queued)
        devices.append(task[u"DeviceName"].toString());
    QVERIFY(job(kDynamicJobId).value(u"UtcModified").toString() != kNowText);

    QCOMPARE(m_fx->call(u"CancelOTATaskByJob"_s, flags({u"CancelQueuedTask"_s}, kDynamicJobId)).status, 200);
    const QJsonArray canceled = tasksOf(kDynamicJobId, devices);
    QCOMPARE(canceled.size(), 5);
    for (int i = 0; i < canceled.size(); ++i) {
        const QJsonObject task = canceled.at(i).toObject();
        QCOMPARE(task.value(u"TaskStatus").toString(), u"CANCELED"_s);
        QCOMPARE(task.value(u"TaskDesc").toString(), kUserCanceled);
        QCOMPARE(task.value(u"UtcModified").toString(), kNowText);
        QCOMPARE(task.value(u"TaskId"), queued.at(i).toObject().value(u"TaskId")); // the same tasks
    }
    QCOMPARE(job(kDynamicJobId).value(u"UtcModified").toString(), kNowText);
    QCOMPARE(job(kDynamicJobId).value(u"JobStatus").toString(), u"IN_PROGRESS"_s); // tasks only
}

void TestOtaSimulatorCancel::answersOnlyTheEnvelope()
{
    const Reply tasks = m_fx->call(u"CancelOTATaskByJob"_s, flags({u"CancelQueuedTask"_s}, kSeedJobId));
    QCOMPARE(tasks.status, 200);
    QStringList keys = tasks.json().keys();
    QCOMPARE(keys, (QStringList {u"RequestId"_s, u"Success"_s}));
    const Reply strategy = m_fx->call(u"CancelOTAStrategyByJob"_s, {{u"JobId"_s, kDynamicJobId}});
    QCOMPARE(strategy.status, 200);
    keys = strategy.json().keys();
    QCOMPARE(keys, (QStringList {u"RequestId"_s, u"Success"_s}));
    const Reply refused = m_fx->call(u"CancelOTAStrategyByJob"_s, {{u"JobId"_s, kSeedJobId}});
    keys = refused.json().keys();
    QCOMPARE(keys, (QStringList {u"Code"_s, u"ErrorMessage"_s, u"RequestId"_s, u"Success"_s}));
}

void TestOtaSimulatorCancel::refusesACancelWithoutAFlag_data()
{
    QTest::addColumn<QueryPairs>("operation");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no flag") << QueryPairs {{u"JobId"_s, kDynamicJobId}} << u"at least one"_s;
    QTest::newRow("every flag false") << QueryPairs {{u"JobId"_s, kDynamicJobId},
                                                     {u"CancelScheduledTask"_s, u"false"_s},
                                                     {u"CancelQueuedTask"_s, u"false"_s},
                                                     {u"CancelNotifiedTask"_s, u"false"_s},
                                                     {u"CancelInProgressTask"_s, u"false"_s},
                                                     {u"CancelUnconfirmedTask"_s, u"false"_s}}
                                      << u"at least one"_s;
    QTest::newRow("not a boolean") << QueryPairs {{u"JobId"_s, kDynamicJobId},
                                                  {u"CancelQueuedTask"_s, u"yes"_s}}
                                   << u"CancelQueuedTask parameter must be true or false"_s;
}

void TestOtaSimulatorCancel::refusesACancelWithoutAFlag()
{
    QFETCH(QueryPairs, operation);
    QFETCH(QString, messagePart);
    const Counts before = counts(kDynamicJobId);
    const Reply reply = m_fx->call(u"CancelOTATaskByJob"_s, operation);
    QCOMPARE(reply.status, 200); // a business error, in the normal shape
    QCOMPARE(reply.json().value(u"Success"), QJsonValue(false));
    QCOMPARE(reply.json().value(u"Code").toString(), u"iot.system.IllegalRequest"_s);
    QVERIFY2(reply.json().value(u"ErrorMessage").toString().contains(messagePart), reply.body.constData());
    QCOMPARE(counts(kDynamicJobId), before);
}

void TestOtaSimulatorCancel::reportsAnUnknownBatch_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryPairs>("operation");
    QTest::newRow("tasks") << u"CancelOTATaskByJob"_s << flags({u"CancelQueuedTask"_s}, u"NoSuchJob0200"_s);
    QTest::newRow("strategy") << u"CancelOTAStrategyByJob"_s << QueryPairs {{u"JobId"_s, u"NoSuchJob0200"_s}};
}

void TestOtaSimulatorCancel::reportsAnUnknownBatch()
{
    QFETCH(QString, action);
    QFETCH(QueryPairs, operation);
    const Reply reply = m_fx->call(action, operation);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"Success"), QJsonValue(false));
    QCOMPARE(reply.json().value(u"Code").toString(), u"iot.system.IllegalRequest"_s);
    QCOMPARE(reply.json().value(u"ErrorMessage").toString(), u"The specified update batch does not exist."_s);
}

void TestOtaSimulatorCancel::requiresTheJobId_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QueryPairs>("operation");
    QTest::newRow("tasks") << u"CancelOTATaskByJob"_s << QueryPairs {{u"CancelQueuedTask"_s, u"true"_s}};
    QTest::newRow("strategy") << u"CancelOTAStrategyByJob"_s << QueryPairs {};
}

void TestOtaSimulatorCancel::requiresTheJobId()
{
    QFETCH(QString, action);
    QFETCH(QueryPairs, operation);
    const Reply reply = m_fx->call(action, operation);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"Code").toString(), u"MissingParameter"_s);
    QVERIFY(reply.json().value(u"Message").toString().contains(u"\"JobId\""));
}

void TestOtaSimulatorCancel::limitsCancelTaskByJobToFivePerSecond()
{
    m_fx->sim().setRateLimit(10); // the account's limit, which the sixth cancel stays under
    for (int i = 0; i < 5; ++i) {
        const Reply reply = m_fx->call(u"CancelOTATaskByJob"_s, flags({u"CancelQueuedTask"_s}, kSeedJobId));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"Success"), QJsonValue(true));
    }
    const Reply sixth = m_fx->call(u"CancelOTATaskByJob"_s, flags({u"CancelQueuedTask"_s}, kSeedJobId));
    QCOMPARE(sixth.status, 400);
    QCOMPARE(sixth.json().value(u"Code").toString(), u"Throttling.User"_s);
    QCOMPARE(m_fx->sim().throttledCount(), 1);
    // Other actions still have room in the account's ten.
    const Reply query = m_fx->call(u"QueryOTAJob"_s, {{u"JobId"_s, kSeedJobId}});
    QCOMPARE(query.status, 200);
    QCOMPARE(m_fx->sim().acceptedCount(), 6);

    // Without the account limit the action's own still holds.
    m_fx->sim().setRateLimit(0);
    const Reply again = m_fx->call(u"CancelOTATaskByJob"_s, flags({u"CancelQueuedTask"_s}, kSeedJobId));
    QCOMPARE(again.json().value(u"Code").toString(), u"Throttling.User"_s);
}

void TestOtaSimulatorCancel::refusesToCancelTheStrategyOfAStaticBatch()
{
    const QJsonObject before = job(kSeedJobId);
    QCOMPARE(before.value(u"SelectionType").toString(), u"STATIC"_s);
    const Reply reply = m_fx->call(u"CancelOTAStrategyByJob"_s, {{u"JobId"_s, kSeedJobId}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"Success"), QJsonValue(false));
    QCOMPARE(reply.json().value(u"Code").toString(), u"iot.ota.JobNotDynamic"_s);
    QVERIFY(reply.json().value(u"ErrorMessage").toString().contains(kSeedJobId));
    QCOMPARE(job(kSeedJobId), before);
}

void TestOtaSimulatorCancel::cancelsTheStrategyOfADynamicBatch()
{
    const QJsonObject before = job(kDynamicJobId);
    QCOMPARE(before.value(u"SelectionType").toString(), u"DYNAMIC"_s);
    QCOMPARE(before.value(u"JobStatus").toString(), u"IN_PROGRESS"_s);
    const Counts tasks = counts(kDynamicJobId);

    const Reply reply = m_fx->call(u"CancelOTAStrategyByJob"_s, {{u"JobId"_s, kDynamicJobId}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"Success"), QJsonValue(true));
    const QJsonObject after = job(kDynamicJobId);
    QCOMPARE(after.value(u"JobStatus").toString(), u"CANCELED"_s);
    QCOMPARE(after.value(u"UtcModified").toString(), kNowText);
    QCOMPARE(counts(kDynamicJobId), tasks); // the policy stops; the tasks stay as they are
    // The batch lists show it too.
    const QJsonArray listed = m_fx->call(u"ListOTAJobByFirmware"_s,
                                         {{u"FirmwareId"_s, before.value(u"FirmwareId").toString()},
                                          {u"CurrentPage"_s, u"1"_s},
                                          {u"PageSize"_s, u"10"_s}})
                                      .json()
                                      .value(u"Data")
                                      .toObject()
                                      .value(u"SimpleOTAJobInfo")
                                      .toArray();
    bool seen = false;
    for (const QJsonValue &summary : listed) {
        if (summary[u"JobId"].toString() == kDynamicJobId) {
            QCOMPARE(summary[u"JobStatus"].toString(), u"CANCELED"_s);
            seen = true;
        }
    }
    QVERIFY(seen);
}

void TestOtaSimulatorCancel::servesCancelSignedWithV3()
{
    const Counts before = counts(kDynamicJobId);
    const SignedRequest::V3 v3 = SignedRequest::v3Post(
            m_fx->sim().endpoint(), OtaSimulator::demoCredentials(), u"CancelOTATaskByJob"_s,
            {{u"JobId"_s, kDynamicJobId}, {u"CancelNotifiedTask"_s, u"true"_s}}, {}, m_fx->clock().nowUtc());
    const Reply reply = m_fx->exchange(v3.raw);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"Success"), QJsonValue(true));
    QCOMPARE(counts(kDynamicJobId).value(u"NOTIFIED"_s), 0);
    QCOMPARE(counts(kDynamicJobId).value(u"CANCELED"_s),
             before.value(u"CANCELED"_s) + before.value(u"NOTIFIED"_s));
}

void TestOtaSimulatorCancel::liveBatchMovesOnWithTheClock()
{
    const QString live = SimFleet::liveJobId();
    QVERIFY(m_fx->sim().fleet().generatedJobIds().contains(live));
    QVERIFY(!m_fx->sim().jobIds().contains(live)); // not a fixture: their lists stay as they are
    const Counts none {{u"CONFIRM"_s, 0},   {u"QUEUED"_s, 0}, {u"NOTIFIED"_s, 0}, {u"IN_PROGRESS"_s, 0},
                       {u"SUCCEEDED"_s, 0}, {u"FAILED"_s, 0}, {u"CANCELED"_s, 0}};
    // It starts at the clock's now: every task waits to be pushed.
    Counts expected = none;
    expected[u"QUEUED"_s] = SimFleet::kLiveJobTaskCount;
    QCOMPARE(counts(live), expected);
    QCOMPARE(job(live).value(u"JobStatus").toString(), u"IN_PROGRESS"_s);
    QCOMPARE(job(live).value(u"UtcStartTime").toString(), kNowText);
    QCOMPARE(job(live).value(u"UtcModified").toString(), kNowText);

    // Two minutes on: pushed 500 a minute after 10 s, upgrading for one to five minutes.
    m_fx->clock().advanceSecs(120);
    Counts two = counts(live);
    QCOMPARE(two,
             (Counts {{u"CONFIRM"_s, 0},
                      {u"QUEUED"_s, 1083},
                      {u"NOTIFIED"_s, 98},
                      {u"IN_PROGRESS"_s, 785},
                      {u"SUCCEEDED"_s, 27},
                      {u"FAILED"_s, 7},
                      {u"CANCELED"_s, 0}}));
    // The same clock shows the same counts.
    QCOMPARE(counts(live), two);

    // Five minutes in: every task has been pushed.
    m_fx->clock().advanceSecs(180);
    const Counts five = counts(live);
    QCOMPARE(five.value(u"QUEUED"_s), 0);
    QVERIFY(five.value(u"SUCCEEDED"_s) > two.value(u"SUCCEEDED"_s));
    QCOMPARE(job(live).value(u"JobStatus").toString(), u"IN_PROGRESS"_s);
    QVERIFY(!job(live).contains(u"UtcEndTime"_s));

    // Within ten minutes every task has ended, a few percent of them failed.
    m_fx->clock().setNow(kNow.addSecs(SimFleet::kLiveJobMinutes * 60));
    const Counts ten = counts(live);
    QCOMPARE(ten.value(u"SUCCEEDED"_s) + ten.value(u"FAILED"_s), SimFleet::kLiveJobTaskCount);
    // 65 failed on the way (3.25 %), 23 hung past the timeout and were failed as timed out (1.15 %).
    QCOMPARE(ten.value(u"FAILED"_s), 88);
    const QJsonObject done = job(live);
    QCOMPARE(done.value(u"JobStatus").toString(), u"COMPLETED"_s);
    QVERIFY(done.value(u"UtcEndTime").toString() > kNowText);
    QCOMPARE(done.value(u"UtcEndTime"), done.value(u"UtcModified"));
    QVERIFY(done.value(u"UtcEndTime").toString() < kNow.addSecs(600).toString(Qt::ISODateWithMs));
}

void TestOtaSimulatorCancel::liveBatchProgressRisesAndTimesFollow()
{
    const QString live = SimFleet::liveJobId();
    m_fx->clock().advanceSecs(120);
    const QJsonArray running
            = m_fx->call(u"ListOTATaskByJob"_s,
                         {{u"JobId"_s, live}, {u"TaskStatus"_s, u"IN_PROGRESS"_s}, {u"PageSize"_s, u"20"_s}})
                      .json()
                      .value(u"Data")
                      .toObject()
                      .value(u"SimpleOTATaskInfo")
                      .toArray();
    QCOMPARE(running.size(), 20);
    QStringList devices;
    for (const QJsonValue &task : running) {
        devices.append(task[u"DeviceName"].toString());
        QCOMPARE(task[u"UtcCreate"].toString(), kNowText); // created when the batch started
        QVERIFY(task[u"UtcModified"].toString() > kNowText);
        QVERIFY(task[u"UtcModified"].toString() <= kNow.addSecs(120).toString(Qt::ISODateWithMs));
    }
    m_fx->clock().advanceSecs(20);
    const QJsonArray later = tasksOf(live, devices);
    QCOMPARE(later.size(), 20);
    for (int i = 0; i < later.size(); ++i) {
        const QJsonObject before = running.at(i).toObject();
        const QJsonObject now = later.at(i).toObject();
        QCOMPARE(now.value(u"TaskId"), before.value(u"TaskId"));
        const QString status = now.value(u"TaskStatus").toString();
        QVERIFY2(status == u"IN_PROGRESS" || status == u"SUCCEEDED" || status == u"FAILED",
                 qPrintable(status));
        if (status == u"IN_PROGRESS" || status == u"SUCCEEDED")
            QVERIFY(now.value(u"Progress").toString().toInt() > before.value(u"Progress").toString().toInt());
        if (status == u"FAILED")
            QVERIFY(!now.value(u"TaskDesc").toString().isEmpty());
        QVERIFY(now.value(u"UtcModified").toString() >= before.value(u"UtcModified").toString());
    }
}

void TestOtaSimulatorCancel::liveBatchKeepsItsCanceledTasks()
{
    const QString live = SimFleet::liveJobId();
    m_fx->clock().advanceSecs(120);
    const Counts two = counts(live);
    QCOMPARE(m_fx->call(u"CancelOTATaskByJob"_s, flags({u"CancelQueuedTask"_s}, live))
                     .json()
                     .value(u"Success"),
             QJsonValue(true));
    const Counts canceled = counts(live);
    QCOMPARE(canceled.value(u"QUEUED"_s), 0);
    QCOMPARE(canceled.value(u"CANCELED"_s), two.value(u"QUEUED"_s));
    QCOMPARE(job(live).value(u"UtcModified").toString(), kNow.addSecs(120).toString(Qt::ISODateWithMs));

    // The canceled tasks never move on; the others all end.
    m_fx->clock().advanceSecs(SimFleet::kLiveJobMinutes * 60);
    const Counts ten = counts(live);
    QCOMPARE(ten.value(u"CANCELED"_s), two.value(u"QUEUED"_s));
    QCOMPARE(ten.value(u"SUCCEEDED"_s) + ten.value(u"FAILED"_s) + ten.value(u"CANCELED"_s),
             SimFleet::kLiveJobTaskCount);
    QCOMPARE(job(live).value(u"JobStatus").toString(), u"COMPLETED"_s);

    // Starting it over forgets them.
    m_fx->sim().setClock(&m_fx->clock());
    QCOMPARE(counts(live).value(u"QUEUED"_s), SimFleet::kLiveJobTaskCount);
}

QTEST_GUILESS_MAIN(TestOtaSimulatorCancel)
#include "tst_otasimulatorcancel.moc"
