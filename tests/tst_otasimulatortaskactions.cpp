#include "OtaSimulator.h"
#include "SimFixture.h"
#include "SimFleet.h"
#include "TaskGenerator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// otasim's task actions, ReupgradeOTATask, ConfirmOTATask and CancelOTATaskByDevice, over loopback: what they
// change (read back with ListOTATaskByJob), what they refuse (all or nothing), and the record of the writes
// the gateway received.
class TestOtaSimulatorTaskActions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void readsTheBatchAndIndexBackFromATaskId();
    void sendsFailedAndCanceledTasksAgain();
    void refusesTheWholeCallForOneTaskItCannotRetry_data();
    void refusesTheWholeCallForOneTaskItCannotRetry();
    void confirmsTasksThatWaitForConfirmation();
    void cancelsTheOpenTasksOfNamedDevices();
    void recordsTheWritesItReceived();

private:
    using Reply = SimFixture::Reply;
    int count(const QString &jobId, const QString &status);
    // The tasks of the batch for these devices, as ListOTATaskByJob answers, by DeviceName.
    QMap<QString, QJsonObject> tasksOf(const QString &jobId, const QStringList &devices);
    // A generated batch with at least n tasks of this status.
    QString jobWith(const QString &status, int n) const;
    QueryPairs taskParams(const QString &jobId, const QList<SimTaskRecord> &tasks) const;

    std::unique_ptr<SimFixture> m_fx;
};

namespace {

QString fieldOf(const SimTaskRecord &record, QStringView name)
{
    for (const auto &[field, value] : record) {
        if (field == name)
            return value;
    }
    return QString();
}

} // namespace

void TestOtaSimulatorTaskActions::init()
{
    m_fx = std::make_unique<SimFixture>();
    QVERIFY(m_fx->listening());
    m_fx->sim().setRateLimit(0);
}

void TestOtaSimulatorTaskActions::cleanup()
{
    m_fx.reset();
}

int TestOtaSimulatorTaskActions::count(const QString &jobId, const QString &status)
{
    const Reply reply = m_fx->call(u"ListOTATaskByJob"_s,
                                   {{u"JobId"_s, jobId},
                                    {u"TaskStatus"_s, status},
                                    {u"CurrentPage"_s, u"1"_s},
                                    {u"PageSize"_s, u"1"_s}});
    return reply.json().value(u"Success").toBool() ? reply.json().value(u"Total").toInt() : -1;
}

QMap<QString, QJsonObject> TestOtaSimulatorTaskActions::tasksOf(const QString &jobId,
                                                                const QStringList &devices)
{
    QueryPairs params {{u"JobId"_s, jobId}};
    for (qsizetype i = 0; i < devices.size(); ++i)
        params.append({u"DeviceNames.%1"_s.arg(i + 1), devices.at(i)});
    const QJsonArray tasks = m_fx->call(u"ListOTATaskByJob"_s, params)
                                     .json()
                                     .value(u"Data")
                                     .toObject()
                                     .value(u"SimpleOTATaskInfo")
                                     .toArray();
    QMap<QString, QJsonObject> byDevice;
    for (const QJsonValue &task : tasks)
        byDevice.insert(task.toObject().value(u"DeviceName").toString(), task.toObject());
    return byDevice;
}

QString TestOtaSimulatorTaskActions::jobWith(const QString &status, int n) const
{
    const SimFleet &fleet = m_fx->sim().fleet();
    for (const QString &jobId : fleet.generatedJobIds()) {
        if (jobId != SimFleet::liveJobId() && fleet.taskCount(jobId, status) >= n)
            return jobId;
    }
    return {};
}

QueryPairs TestOtaSimulatorTaskActions::taskParams(const QString &jobId,
                                                   const QList<SimTaskRecord> &tasks) const
{
    QueryPairs params;
    if (!jobId.isEmpty())
        params.append({u"JobId"_s, jobId});
    for (qsizetype i = 0; i < tasks.size(); ++i)
        params.append({u"TaskId.%1"_s.arg(i + 1), fieldOf(tasks.at(i), u"TaskId")});
    return params;
}

void TestOtaSimulatorTaskActions::readsTheBatchAndIndexBackFromATaskId()
{
    const SimFleet &fleet = m_fx->sim().fleet();
    QStringList jobIds;
    for (const QString &jobId : fleet.generatedJobIds()) {
        if (fleet.taskCount(jobId) > 0)
            jobIds.append(jobId);
    }
    QVERIFY(jobIds.size() > 2);
    int checked = 0;
    for (const QString &jobId : {jobIds.first(), jobIds.at(jobIds.size() / 2), SimFleet::bigJobId()}) {
        const int total = fleet.taskCount(jobId);
        for (const qint64 offset : {qint64(0), qint64(total / 2), qint64(total - 1)}) {
            const SimTaskRecord task = fleet.taskRecords(jobId, {}, offset, 1).constFirst();
            const auto found = TaskGenerator::taskOfId(fieldOf(task, u"TaskId"));
            QVERIFY(found);
            QCOMPARE(found->second, int(offset));
            ++checked;
        }
    }
    QCOMPARE(checked, 9);
    QVERIFY(!TaskGenerator::taskOfId(u"not-a-task-id"_s));
    QVERIFY(!TaskGenerator::taskOfId(u"zzzzzzzzzzzzzzzz0300"_s));
}

void TestOtaSimulatorTaskActions::sendsFailedAndCanceledTasksAgain()
{
    const QString jobId = jobWith(u"CANCELED"_s, 1);
    QVERIFY(!jobId.isEmpty());
    QVERIFY(count(jobId, u"FAILED"_s) >= 2);
    const SimFleet &fleet = m_fx->sim().fleet();
    QList<SimTaskRecord> tasks = fleet.taskRecords(jobId, u"FAILED"_s, 0, 2);
    tasks.append(fleet.taskRecords(jobId, u"CANCELED"_s, 0, 1));
    const int failed = count(jobId, u"FAILED"_s);
    const int canceled = count(jobId, u"CANCELED"_s);
    const int queued = count(jobId, u"QUEUED"_s);
    m_fx->clock().advanceMs(60000);

    const Reply reply = m_fx->call(u"ReupgradeOTATask"_s, taskParams(jobId, tasks));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.json().value(u"Success").toBool(), reply.body.constData());
    QCOMPARE(count(jobId, u"FAILED"_s), failed - 2);
    QCOMPARE(count(jobId, u"CANCELED"_s), canceled - 1);
    QCOMPARE(count(jobId, u"QUEUED"_s), queued + 3);
    QStringList devices;
    for (const SimTaskRecord &task : tasks)
        devices.append(fieldOf(task, u"DeviceName"));
    const QMap<QString, QJsonObject> now = tasksOf(jobId, devices);
    QCOMPARE(now.size(), 3);
    for (const QJsonObject &task : now) {
        QCOMPARE(task.value(u"TaskStatus").toString(), u"QUEUED"_s);
        QCOMPARE(task.value(u"Progress").toString(), u"0"_s);
        QVERIFY(!task.contains(u"TaskDesc"));
        QCOMPARE(task.value(u"UtcModified").toString(), u"2024-01-15T08:31:00.000Z"_s);
    }
    QCOMPARE(m_fx->call(u"QueryOTAJob"_s, {{u"JobId"_s, jobId}})
                     .json()
                     .value(u"Data")
                     .toObject()
                     .value(u"UtcModified")
                     .toString(),
             u"2024-01-15T08:31:00.000Z"_s);
}

void TestOtaSimulatorTaskActions::refusesTheWholeCallForOneTaskItCannotRetry_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("succeeded") << u"succeeded"_s << u"iot.system.IllegalRequest"_s
                               << u"is SUCCEEDED; only FAILED or CANCELED tasks can be."_s;
    QTest::newRow("other-batch") << u"other"_s << u"iot.system.IllegalRequest"_s
                                 << u"is not a task of batch"_s;
    QTest::newRow("unknown-task") << u"unknown"_s << u"iot.system.IllegalRequest"_s << u"does not exist"_s;
    QTest::newRow("eleven") << u"eleven"_s << u"iot.system.IllegalRequest"_s << u"At most 10 TaskId"_s;
    QTest::newRow("none") << u"none"_s << u"MissingParameter"_s << u"TaskId.1"_s;
}

void TestOtaSimulatorTaskActions::refusesTheWholeCallForOneTaskItCannotRetry()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const QString jobId = jobWith(u"FAILED"_s, 11);
    QVERIFY(!jobId.isEmpty());
    const SimFleet &fleet = m_fx->sim().fleet();
    QList<SimTaskRecord> tasks = fleet.taskRecords(jobId, u"FAILED"_s, 0, 2);
    QueryPairs params = taskParams(jobId, tasks);
    if (kind == u"succeeded") {
        params.append({u"TaskId.3"_s,
                       fieldOf(fleet.taskRecords(jobId, u"SUCCEEDED"_s, 0, 1).constFirst(), u"TaskId")});
    } else if (kind == u"other") {
        QString other;
        for (const QString &id : fleet.generatedJobIds()) {
            if (id != jobId && fleet.taskCount(id, u"FAILED"_s) > 0)
                other = id;
        }
        params.append({u"TaskId.3"_s,
                       fieldOf(fleet.taskRecords(other, u"FAILED"_s, 0, 1).constFirst(), u"TaskId")});
    } else if (kind == u"unknown") {
        params.append({u"TaskId.3"_s, u"ffffffffffffffff0300"_s});
    } else if (kind == u"eleven") {
        params = taskParams(jobId, fleet.taskRecords(jobId, u"FAILED"_s, 0, 11));
    } else {
        params = {{u"JobId"_s, jobId}};
    }
    const int failed = count(jobId, u"FAILED"_s);
    const Reply reply = m_fx->call(u"ReupgradeOTATask"_s, params);
    QCOMPARE(reply.json().value(u"Code").toString(), code);
    const QString text
            = reply.json().value(u"ErrorMessage").toString() + reply.json().value(u"Message").toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    QCOMPARE(count(jobId, u"FAILED"_s), failed); // nothing changed, not even the two that could
}

void TestOtaSimulatorTaskActions::confirmsTasksThatWaitForConfirmation()
{
    const QString jobId = jobWith(u"CONFIRM"_s, 2);
    QVERIFY(!jobId.isEmpty());
    const QList<SimTaskRecord> tasks = m_fx->sim().fleet().taskRecords(jobId, u"CONFIRM"_s, 0, 2);
    const int waiting = count(jobId, u"CONFIRM"_s);
    const Reply reply = m_fx->call(u"ConfirmOTATask"_s, taskParams({}, tasks));
    QVERIFY2(reply.json().value(u"Success").toBool(), reply.body.constData());
    QCOMPARE(count(jobId, u"CONFIRM"_s), waiting - 2);
    // Confirming them again is refused: they no longer wait.
    const Reply again = m_fx->call(u"ConfirmOTATask"_s, taskParams({}, tasks));
    QCOMPARE(again.json().value(u"Code").toString(), u"iot.system.IllegalRequest"_s);
    QVERIFY(again.json()
                    .value(u"ErrorMessage")
                    .toString()
                    .contains(u"is QUEUED; only CONFIRM tasks can be."));
}

void TestOtaSimulatorTaskActions::cancelsTheOpenTasksOfNamedDevices()
{
    SimFleet &fleet = m_fx->sim().fleet();
    fleet.setLiveJobStart(m_fx->clock().nowUtc());
    const QString jobId = SimFleet::liveJobId();
    const QList<SimTaskRecord> tasks = fleet.taskRecords(jobId, u"QUEUED"_s, 0, 2);
    const QString productKey = fieldOf(tasks.first(), u"ProductKey");
    const QString firmwareId = fieldOf(tasks.first(), u"FirmwareId");
    const QStringList devices {fieldOf(tasks.at(0), u"DeviceName"), fieldOf(tasks.at(1), u"DeviceName"),
                               u"dev-999999"_s};
    const int queued = count(jobId, u"QUEUED"_s);
    const Reply reply = m_fx->call(u"CancelOTATaskByDevice"_s,
                                   {{u"ProductKey"_s, productKey},
                                    {u"FirmwareId"_s, firmwareId},
                                    {u"DeviceName.1"_s, devices.at(0)},
                                    {u"DeviceName.2"_s, devices.at(1)},
                                    {u"DeviceName.3"_s, devices.at(2)},
                                    {u"JobId"_s, jobId}});
    QVERIFY2(reply.json().value(u"Success").toBool(), reply.body.constData());
    QCOMPARE(count(jobId, u"QUEUED"_s), queued - 2);
    QCOMPARE(count(jobId, u"CANCELED"_s), 2);
    const QMap<QString, QJsonObject> now = tasksOf(jobId, devices);
    QCOMPARE(now.value(devices.at(0)).value(u"TaskStatus").toString(), u"CANCELED"_s);
    QCOMPARE(now.value(devices.at(1)).value(u"TaskStatus").toString(), u"CANCELED"_s);
    // Still canceled once the clock has moved on (the live batch would have pushed them by now).
    m_fx->clock().advanceMs(5 * 60000);
    QCOMPARE(tasksOf(jobId, devices).value(devices.at(0)).value(u"TaskStatus").toString(), u"CANCELED"_s);
    // Without the firmware it is refused.
    const Reply missing = m_fx->call(u"CancelOTATaskByDevice"_s,
                                     {{u"ProductKey"_s, productKey}, {u"DeviceName.1"_s, devices.at(0)}});
    QCOMPARE(missing.json().value(u"Code").toString(), u"MissingParameter"_s);
}

void TestOtaSimulatorTaskActions::recordsTheWritesItReceived()
{
    const QString jobId = jobWith(u"FAILED"_s, 1);
    const QList<SimTaskRecord> tasks = m_fx->sim().fleet().taskRecords(jobId, u"FAILED"_s, 0, 1);
    count(jobId, u"FAILED"_s); // a read is no write
    const Reply sent = m_fx->call(u"ReupgradeOTATask"_s, taskParams(jobId, tasks));
    const Reply refused = m_fx->call(u"ReupgradeOTATask"_s, taskParams(jobId, tasks)); // now QUEUED
    const QList<OtaSimulator::Write> writes = m_fx->sim().writesReceived();
    QCOMPARE(writes.size(), 2);
    QCOMPARE(writes.at(0).action, u"ReupgradeOTATask"_s);
    QCOMPARE(writes.at(0).requestId, sent.json().value(u"RequestId").toString());
    QVERIFY(writes.at(0).code.isEmpty());
    QVERIFY(writes.at(0).params.contains({u"TaskId.1"_s, fieldOf(tasks.first(), u"TaskId")}));
    QCOMPARE(writes.at(1).requestId, refused.json().value(u"RequestId").toString());
    QCOMPARE(writes.at(1).code, u"iot.system.IllegalRequest"_s);
}

QTEST_GUILESS_MAIN(TestOtaSimulatorTaskActions)
#include "tst_otasimulatortaskactions.moc"
