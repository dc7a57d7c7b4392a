#include "AuditLogDialog.h"
#include "history/HistoryStore.h"
#include "models/AuditLogModel.h"
#include "services/ActionAudit.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// File > Audit Log: the calls sent, newest first, filtered by any text (targets too) and by outcome, the
// targets of the selected call, and Export CSV of exactly the rows shown, whole or not at all.
class TestAuditLogDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void showsTheCallsNewestFirst();
    void filtersByTextTargetsAndOutcome();
    void exportsTheRowsShownAsCsv();
    void anUnwritableFileIsNotHalfWritten();
    void saysWhenThereIsNoHistory();

private:
    static AuditEntry entry(const QString &at, const QString &action, const QString &jobId,
                            const QStringList &targets, AuditEntry::Outcome outcome,
                            const QString &requestId);
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_history;
    int m_files = 0; // a new file for each test
};

AuditEntry TestAuditLogDialog::entry(const QString &at, const QString &action, const QString &jobId,
                                     const QStringList &targets, AuditEntry::Outcome outcome,
                                     const QString &requestId)
{
    AuditEntry entry;
    entry.atUtc = QDateTime::fromString(at, Qt::ISODate);
    entry.profile = u"ops"_s;
    entry.accessKeyId = u"LTAI5tTestKeyId"_s;
    entry.action = action;
    entry.jobId = jobId;
    entry.targets = targets;
    entry.outcome = outcome;
    entry.requestId = requestId;
    if (outcome == AuditEntry::Outcome::Refused)
        entry.detail = u"iot.system.IllegalRequest: refused"_s;
    return entry;
}

void TestAuditLogDialog::init()
{
    m_history = std::make_unique<HistoryStore>(m_dir.filePath(u"h%1.sqlite"_s.arg(++m_files)));
    QVERIFY(m_history->recordAction(entry(u"2026-12-01T10:00:00Z"_s, u"ReupgradeOTATask"_s, u"JobA"_s,
                                          {u"t1"_s, u"t2"_s}, AuditEntry::Outcome::Done, u"REQ-1"_s)));
    QVERIFY(m_history->recordAction(entry(u"2026-12-02T10:00:00Z"_s, u"CancelOTATaskByDevice"_s, u"JobB"_s,
                                          {u"pump-0042"_s}, AuditEntry::Outcome::Refused, u"REQ-2"_s)));
    QVERIFY(m_history->recordAction(entry(u"2026-12-03T10:00:00Z"_s, u"ConfirmOTATask"_s, u"JobA"_s,
                                          {u"t9"_s}, AuditEntry::Outcome::Unknown, u"REQ-3"_s)));
}

void TestAuditLogDialog::showsTheCallsNewestFirst()
{
    AuditLogDialog dialog(m_history.get());
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(u"auditTable"_s);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, AuditLogModel::RequestId).data().toString(), u"REQ-3"_s);
    QCOMPARE(table->model()->index(2, AuditLogModel::RequestId).data().toString(), u"REQ-1"_s);
    QCOMPARE(table->model()->index(1, AuditLogModel::Action).data().toString(),
             u"Cancel device tasks (CancelOTATaskByDevice)"_s);
    QCOMPARE(table->model()->index(0, AuditLogModel::Outcome).data().toString(), u"Outcome unknown"_s);
    QCOMPARE(table->model()->index(2, AuditLogModel::Targets).data().toString(), u"2"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"auditShownLabel"_s)->text().startsWith(u"3 of 3 call"_s));
    // Times in the zone the header names; the UTC time in the tooltip.
    AuditLogModel model;
    model.setEntries(m_history->auditLog());
    model.setTimeZone(QTimeZone(9 * 3600));
    QCOMPARE(model.headerData(AuditLogModel::Time, Qt::Horizontal).toString(), u"Sent at (UTC+09:00)"_s);
    QCOMPARE(model.index(0, AuditLogModel::Time).data().toString(), u"2026-12-01 19:00:00"_s);
    QCOMPARE(model.index(0, AuditLogModel::Time).data(Qt::ToolTipRole).toString(),
             u"2026-12-01 10:00:00 UTC"_s);
    table->setCurrentIndex(table->model()->index(2, 0));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"auditTargets"_s)->toPlainText(), u"t1\nt2"_s);
}

void TestAuditLogDialog::filtersByTextTargetsAndOutcome()
{
    AuditLogDialog dialog(m_history.get());
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(u"auditTable"_s);
    auto *edit = dialog.findChild<QLineEdit *>(u"auditFilterEdit"_s);
    QTest::keyClicks(edit, u"PUMP-0042"_s); // a target, in any case
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, AuditLogModel::RequestId).data().toString(), u"REQ-2"_s);
    edit->clear();
    QTest::keyClicks(edit, u"JobA"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    auto *outcome = dialog.findChild<QComboBox *>(u"auditOutcomeCombo"_s);
    outcome->setCurrentIndex(outcome->findData(int(AuditEntry::Outcome::Done)));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, AuditLogModel::RequestId).data().toString(), u"REQ-1"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"auditShownLabel"_s)->text().startsWith(u"1 of 3 call"_s));
    edit->clear();
    outcome->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestAuditLogDialog::exportsTheRowsShownAsCsv()
{
    AuditLogDialog dialog(m_history.get());
    dialog.setFilterText(u"JobA"_s);
    const QString path = m_dir.filePath(u"out/audit.csv"_s);
    QString asked;
    dialog.setFileChooser([&](const QString &, const QString &suggested, const QString &) {
        asked = suggested;
        return path;
    });
    QVERIFY(dialog.exportCsv());
    QVERIFY(asked.endsWith(u"otadash-audit.csv"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header and the two calls on JobA, newest first
    QCOMPARE(lines[0],
             u"Time,Profile,AccessKeyId,Action,JobId,TargetCount,Targets,RequestId,Outcome,Detail"_s);
    QCOMPARE(lines[1], u"2026-12-03T10:00:00Z,ops,LTAI5tTestKeyId,ConfirmOTATask,JobA,1,t9,REQ-3,unknown,"_s);
    QCOMPARE(lines[2],
             u"2026-12-01T10:00:00Z,ops,LTAI5tTestKeyId,ReupgradeOTATask,JobA,2,t1 t2,REQ-1,done,"_s);
    QCOMPARE(csv, ActionAudit::csv(dialog.filter()->shownEntries()));
}

void TestAuditLogDialog::anUnwritableFileIsNotHalfWritten()
{
    AuditLogDialog dialog(m_history.get());
    dialog.show();
    const QString blocker = m_dir.filePath(u"file"_s);
    QFile block(blocker);
    QVERIFY(block.open(QIODevice::WriteOnly));
    block.close();
    const QString path = blocker + u"/audit.csv"_s; // below a file: cannot be made
    dialog.setFileChooser([&](const QString &, const QString &, const QString &) { return path; });
    QVERIFY(!dialog.exportCsv());
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.findChild<QWidget *>(u"exportErrorBox"_s));
    QCOMPARE(dialog.findChild<QTableView *>(u"auditTable"_s)->model()->rowCount(), 3); // still shown
}

void TestAuditLogDialog::saysWhenThereIsNoHistory()
{
    AuditLogDialog dialog(nullptr);
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(u"auditShownLabel"_s)->text().contains(u"history is off"_s));
    QVERIFY(!dialog.findChild<QPushButton *>(u"auditExportButton"_s)->isEnabled());
    QCOMPARE(dialog.findChild<QTableView *>(u"auditTable"_s)->model()->rowCount(), 0);
}

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
