#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "TaskActionDialog.h"
#include "history/HistoryStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The confirmation of a task action: it says what happens to how many devices, keeps only the tasks the
// action applies to, asks for the batch ID above 100 devices, sends nothing for a read-only profile, and
// sends each call once into the audit log.
class TestTaskActionDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void saysWhatHappensToHowManyDevices();
    void sendsNothingForAReadOnlyProfile();
    void asksForTheBatchIdAboveAHundredDevices();
    void sendsEachCallOnceIntoTheAuditLog();
    void cancelsTheUnfinishedTasksOfTheChosenDevices();

private:
    QList<TaskInfo> tasksOf(const QString &jobId, const QString &status, int count) const;
    QString jobWithFailed(int atLeast) const { return jobWith(u"FAILED"_s, atLeast); }
    QString jobWith(const QString &status, int atLeast) const;
    Account account(bool readOnly = false) const { return Account {u"ops"_s, m_net->config(), {}, readOnly}; }
    std::unique_ptr<SchedulerOnSimulator> m_net;
};

void TestTaskActionDialog::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
}

void TestTaskActionDialog::cleanup()
{
    m_net.reset();
}

QList<TaskInfo> TestTaskActionDialog::tasksOf(const QString &jobId, const QString &status, int count) const
{
    QList<TaskInfo> tasks;
    for (const SimTaskRecord &record : m_net->sim.fleet().taskRecords(jobId, status, 0, count)) {
        TaskInfo task;
        for (const auto &[key, value] : record) {
            if (key == u"TaskId")
                task.taskId = value;
            else if (key == u"DeviceName")
                task.deviceName = value;
            else if (key == u"TaskStatus")
                task.taskStatusCode = value;
            else if (key == u"ProductKey")
                task.productKey = value;
            else if (key == u"FirmwareId")
                task.firmwareId = value;
        }
        task.taskStatus = TaskStatuses::fromCode(task.taskStatusCode);
        tasks.append(task);
    }
    return tasks;
}

QString TestTaskActionDialog::jobWith(const QString &status, int atLeast) const
{
    for (const QString &jobId : m_net->sim.fleet().generatedJobIds()) {
        if (jobId != SimFleet::liveJobId() && m_net->sim.fleet().taskCount(jobId, status) >= atLeast)
            return jobId;
    }
    return {};
}

void TestTaskActionDialog::saysWhatHappensToHowManyDevices()
{
    const QString jobId = jobWithFailed(12);
    QList<TaskInfo> chosen = tasksOf(jobId, u"FAILED"_s, 12);
    chosen.append(tasksOf(jobId, u"SUCCEEDED"_s, 3)); // not upgraded again: left out
    TaskActionDialog dialog(m_net->scheduler.get(), nullptr, account(), TaskActionRun::Kind::Retry, jobId,
                            chosen);
    dialog.show();
    QCOMPARE(dialog.taskIds().size(), 12);
    const QString summary = dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
    // (Without a catalogue loaded, %Ln reads "device(s)"; otadash_en.ts gives the plural.)
    QVERIFY2(summary.startsWith(u"12 device"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"of batch %1 will be upgraded again from the start"_s.arg(jobId)));
    QVERIFY(summary.contains(u"(ReupgradeOTATask, 2 call"));
    QVERIFY(dialog.sendButton()->text().startsWith(u"&Upgrade 12 device"_s));
    QVERIFY(dialog.sendButton()->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(u"confirmEdit"_s)->isVisible());
    QVERIFY(dialog.findChild<QPlainTextEdit *>(u"targetsList"_s)
                    ->toPlainText()
                    .contains(chosen.first().taskId));
    QVERIFY(m_net->sim.writesReceived().isEmpty()); // nothing before the click
}

void TestTaskActionDialog::sendsNothingForAReadOnlyProfile()
{
    const QString jobId = jobWithFailed(1);
    TaskActionDialog dialog(m_net->scheduler.get(), nullptr, account(true), TaskActionRun::Kind::Retry, jobId,
                            tasksOf(jobId, u"FAILED"_s, 1));
    dialog.show();
    QVERIFY(!dialog.sendButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"readOnlyNote"_s)->isVisible());
    dialog.send();
    m_net->time.advance(5000);
    QVERIFY(m_net->sim.writesReceived().isEmpty());
}

void TestTaskActionDialog::asksForTheBatchIdAboveAHundredDevices()
{
    const QString jobId = jobWithFailed(101);
    QVERIFY(!jobId.isEmpty());
    TaskActionDialog dialog(m_net->scheduler.get(), nullptr, account(), TaskActionRun::Kind::Retry, jobId,
                            tasksOf(jobId, u"FAILED"_s, 101));
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(u"confirmEdit"_s);
    QVERIFY(edit->isVisible());
    QVERIFY(!dialog.sendButton()->isEnabled());
    QTest::keyClicks(edit, jobId.left(jobId.size() - 1));
    QVERIFY(!dialog.sendButton()->isEnabled());
    QTest::keyClicks(edit, jobId.right(1));
    QVERIFY(dialog.sendButton()->isEnabled());
}

void TestTaskActionDialog::sendsEachCallOnceIntoTheAuditLog()
{
    const QString jobId = jobWithFailed(12);
    QTemporaryDir dir;
    HistoryStore audit(dir.filePath(u"h.sqlite"_s));
    TaskActionDialog dialog(m_net->scheduler.get(), &audit, account(), TaskActionRun::Kind::Retry, jobId,
                            tasksOf(jobId, u"FAILED"_s, 12));
    dialog.show();
    QSignalSpy finished(&dialog, &TaskActionDialog::finished);
    QSignalSpy changed(&dialog, &TaskActionDialog::batchChanged);
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QVERIFY(!dialog.sendButton()->isEnabled()); // once
    QVERIFY(m_net->waitFor(finished));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(changed.size(), 1);
    const QList<OtaSimulator::Write> writes = m_net->sim.writesReceived();
    QCOMPARE(writes.size(), 2);
    const QList<AuditEntry> entries = audit.auditLog(jobId);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].requestId, writes[0].requestId);
    QCOMPARE(entries[0].targets.size(), 10);
    QCOMPARE(entries[1].targets.size(), 2);
    const QString results = dialog.findChild<QPlainTextEdit *>(u"resultsLog"_s)->toPlainText();
    QVERIFY2(results.contains(u"Call 1 of 2 (10 device"_s), qPrintable(results));
    QVERIFY(results.contains(u"): done. Request ID %1\n"_s.arg(writes[0].requestId)));
    QVERIFY(results.contains(u"2 done, 0 refused, 0 with an unknown outcome."));
    QVERIFY(!dialog.sendButton()->isEnabled()); // a second send is a new dialog
    QCOMPARE(m_net->sim.fleet().taskCount(jobId, u"QUEUED"_s) >= 12, true);
}

void TestTaskActionDialog::cancelsTheUnfinishedTasksOfTheChosenDevices()
{
    const QString jobId = jobWith(u"IN_PROGRESS"_s, 3);
    QVERIFY(!jobId.isEmpty());
    QList<TaskInfo> chosen = tasksOf(jobId, u"IN_PROGRESS"_s, 3);
    chosen.append(tasksOf(jobId, u"SUCCEEDED"_s, 2)); // finished: nothing to cancel, left out
    QTemporaryDir dir;
    HistoryStore audit(dir.filePath(u"h.sqlite"_s));
    TaskActionDialog dialog(m_net->scheduler.get(), &audit, account(), TaskActionRun::Kind::CancelDevices,
                            jobId, chosen);
    dialog.show();
    QCOMPARE(dialog.deviceNames().size(), 3);
    const QString summary = dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"The tasks of 3 device"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"in batch %1 will be canceled"_s.arg(jobId)));
    QVERIFY(summary.contains(u"firmware %1 (CancelOTATaskByDevice, 1 call"_s.arg(chosen.first().firmwareId)));
    QVERIFY(m_net->sim.writesReceived().isEmpty());

    QSignalSpy finished(&dialog, &TaskActionDialog::finished);
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QVERIFY(m_net->waitFor(finished));
    QCOMPARE(finished.first().at(0).toInt(), 1);
    const QList<OtaSimulator::Write> writes = m_net->sim.writesReceived();
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes[0].action, u"CancelOTATaskByDevice"_s);
    QStringList names;
    QString productKey, firmwareId, sentJobId;
    for (const auto &[key, value] : writes[0].params) {
        if (key.startsWith(u"DeviceName."))
            names.append(value);
        else if (key == u"ProductKey")
            productKey = value;
        else if (key == u"FirmwareId")
            firmwareId = value;
        else if (key == u"JobId")
            sentJobId = value;
    }
    QCOMPARE(names, dialog.deviceNames());
    QCOMPARE(productKey, chosen.first().productKey);
    QCOMPARE(firmwareId, chosen.first().firmwareId);
    QCOMPARE(sentJobId, jobId);
    const QList<AuditEntry> entries = audit.auditLog(jobId);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, u"CancelOTATaskByDevice"_s);
    QCOMPARE(entries[0].targets, names);
    QCOMPARE(entries[0].requestId, writes[0].requestId);
    // The three devices' tasks are canceled now; the finished ones are as they were.
    QCOMPARE(m_net->sim.fleet().taskRecordsOfDevices(jobId, u"CANCELED"_s, names).size(), 3);
    QStringList finishedNames;
    for (qsizetype i = 3; i < chosen.size(); ++i)
        finishedNames.append(chosen[i].deviceName);
    QCOMPARE(m_net->sim.fleet().taskRecordsOfDevices(jobId, u"SUCCEEDED"_s, finishedNames).size(), 2);
}

QTEST_MAIN(TestTaskActionDialog)
#include "tst_taskactiondialog.moc"
