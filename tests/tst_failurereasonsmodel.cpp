#include "models/FailureReasonsModel.h"
#include "models/TaskTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// FailureReasonsModel: the FAILED tasks of a TaskTableModel grouped by TaskDesc.
class TestFailureReasonsModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTesterThroughEveryOperation();
    void groupsFailedTasksByReason();
    void countsRowsTheTableFiltersOut();
    void sumsReasonsBeyondMaximumRows();
    void followsAppendsInPlace();
    void recountsRowsUpdatedInPlace();
    void followsTheSourceBeingClearedOrDestroyed();
    void switchesSources();
    void namesColumnsInEnglish();
};

namespace {

int g_taskNumber = 0;

TaskInfo failed(const QString &reason)
{
    TaskInfo task;
    task.taskId = u"task-%1"_s.arg(++g_taskNumber);
    task.deviceName = u"dev-%1"_s.arg(g_taskNumber);
    task.taskStatus = TaskStatus::Failed;
    task.taskStatusCode = u"FAILED"_s;
    task.taskDesc = reason;
    return task;
}

TaskInfo succeeded()
{
    TaskInfo task = failed(u"not a failure"_s);
    task.taskStatus = TaskStatus::Succeeded;
    task.taskStatusCode = u"SUCCEEDED"_s;
    return task;
}

QList<TaskInfo> failures(const QString &reason, int count)
{
    QList<TaskInfo> tasks;
    for (int i = 0; i < count; ++i)
        tasks.append(failed(reason));
    return tasks;
}

// "reason: count" per row, as shown.
QStringList rows(const QAbstractItemModel &model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        shown.append(model.index(row, FailureReasonsModel::Reason).data().toString() + u": "_s
                     + model.index(row, FailureReasonsModel::Devices).data().toString());
    }
    return shown;
}

} // namespace

void TestFailureReasonsModel::passesModelTesterThroughEveryOperation()
{
    TaskTableModel table;
    FailureReasonsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    table.appendTasks(failures(u"a"_s, 3) + failures(u"b"_s, 1));
    model.setSource(&table);
    model.setMaximumRows(1);
    table.appendTasks(failures(u"b"_s, 5) + failures(u"c"_s, 1));
    model.setMaximumRows(0);
    table.appendTasks(failures(u"d"_s, 1));
    model.setMaximumRows(2);
    table.setStatusFilter(0);
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    table.clear();
    table.appendTasks(failures(QString(), 2));
    model.setSource(nullptr);
}

void TestFailureReasonsModel::groupsFailedTasksByReason()
{
    TaskTableModel table;
    table.appendTasks(failures(u"Download timed out"_s, 3) + QList<TaskInfo> {succeeded(), succeeded()}
                      + failures(QString(), 2) + failures(u"Checksum mismatch"_s, 2)
                      + failures(u"Low battery"_s, 5));
    FailureReasonsModel model;
    model.setLocale(QLocale::c());
    model.setSource(&table);
    // Most devices first; equal counts by reason (the empty reason sorts first).
    QCOMPARE(rows(model),
             (QStringList {u"Low battery: 5"_s, u"Download timed out: 3"_s, u"(no reason given): 2"_s,
                           u"Checksum mismatch: 2"_s}));
    QCOMPARE(model.failedTasks(), 12);
    QCOMPARE(model.index(0, 0).data(FailureReasonsModel::CountRole).toLongLong(), 5);
    QCOMPARE(model.index(2, 1).data(FailureReasonsModel::ReasonRole).toString(), QString());
    QVERIFY(model.index(2, 1).data(FailureReasonsModel::ReasonRole).isValid());
    QCOMPARE(model.index(3, 0).data(FailureReasonsModel::ReasonRole).toString(), u"Checksum mismatch"_s);
    QCOMPARE(model.index(3, 0).data(FailureReasonsModel::IsOtherRole).toBool(), false);
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"Low battery"_s);
    QVERIFY(model.index(0, FailureReasonsModel::Devices).data(Qt::TextAlignmentRole).isValid());
}

void TestFailureReasonsModel::countsRowsTheTableFiltersOut()
{
    TaskTableModel table;
    table.setStatusFilter(TaskStatuses::bit(TaskStatus::Succeeded));
    table.setNameFilter(u"nothing-matches"_s);
    FailureReasonsModel model;
    model.setSource(&table);
    table.appendTasks(failures(u"x"_s, 2));
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(rows(model), QStringList {u"x: 2"_s});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    table.setStatusFilter(TaskStatuses::kAllBits); // the table resets; the grouping is the same
    QCOMPARE(rows(model), QStringList {u"x: 2"_s});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestFailureReasonsModel::sumsReasonsBeyondMaximumRows()
{
    TaskTableModel table;
    QList<TaskInfo> tasks;
    for (int reason = 0; reason < 12; ++reason)
        tasks += failures(u"reason %1"_s.arg(QChar(u'a' + reason)), 20 - reason);
    table.appendTasks(tasks);
    FailureReasonsModel model;
    model.setLocale(QLocale::c());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.maximumRows(), 10);
    model.setSource(&table);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(0, 0).data().toString(), u"reason a"_s);
    QCOMPARE(model.index(9, 0).data().toString(), u"reason j"_s);
    QCOMPARE(model.index(10, 0).data().toString(), u"Other reasons"_s);
    QCOMPARE(model.index(10, 1).data().toString(), u"19"_s); // 10 + 9
    QCOMPARE(model.index(10, 0).data(FailureReasonsModel::IsOtherRole).toBool(), true);
    QVERIFY(!model.index(10, 0).data(FailureReasonsModel::ReasonRole).isValid());

    model.setMaximumRows(3);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, 1).data(FailureReasonsModel::CountRole).toLongLong(),
             20 * 12 - 66 - 20 - 19 - 18);
    model.setMaximumRows(12); // exactly as many as there are: no "Other reasons"
    QCOMPARE(model.rowCount(), 12);
    model.setMaximumRows(0); // no limit
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.failedTasks(), 20 * 12 - 66);
}

void TestFailureReasonsModel::followsAppendsInPlace()
{
    TaskTableModel table;
    FailureReasonsModel model;
    model.setLocale(QLocale::c());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&table);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    table.appendTasks(failures(u"a"_s, 1));
    QCOMPARE(rows(model), QStringList {u"a: 1"_s});
    QCOMPARE(inserted.size(), 1);
    table.appendTasks({succeeded()}); // no failure: nothing to announce
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 0);
    table.appendTasks(failures(u"b"_s, 2));
    QCOMPARE(rows(model), (QStringList {u"b: 2"_s, u"a: 1"_s}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1);
    table.appendTasks(failures(u"a"_s, 1));
    QCOMPARE(rows(model), (QStringList {u"a: 2"_s, u"b: 2"_s}));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(reset.size(), 0);

    model.setMaximumRows(1);
    QCOMPARE(rows(model), (QStringList {u"a: 2"_s, u"Other reasons: 2"_s}));
    table.appendTasks(failures(u"c"_s, 1));
    QCOMPARE(rows(model), (QStringList {u"a: 2"_s, u"Other reasons: 3"_s}));
    QCOMPARE(reset.size(), 0);
}

void TestFailureReasonsModel::followsTheSourceBeingClearedOrDestroyed()
{
    auto table = std::make_unique<TaskTableModel>();
    table->appendTasks(failures(u"a"_s, 2));
    FailureReasonsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(table.get());
    QCOMPARE(model.rowCount(), 1);
    table->clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.failedTasks(), 0);
    table->appendTasks(failures(u"b"_s, 2));
    QCOMPARE(model.rowCount(), 1);
    table.reset();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.source(), nullptr);
}

void TestFailureReasonsModel::switchesSources()
{
    TaskTableModel first;
    first.appendTasks(failures(u"a"_s, 1));
    TaskTableModel second;
    second.appendTasks(failures(u"b"_s, 1) + failures(u"c"_s, 1));
    FailureReasonsModel model;
    model.setLocale(QLocale::c());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&first);
    model.setSource(&second);
    QCOMPARE(rows(model), (QStringList {u"b: 1"_s, u"c: 1"_s}));
    first.appendTasks(failures(u"a"_s, 5)); // no longer followed
    QCOMPARE(model.rowCount(), 2);
    model.setSource(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestFailureReasonsModel::namesColumnsInEnglish()
{
    FailureReasonsModel model;
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(FailureReasonsModel::Reason, Qt::Horizontal).toString(), u"Reason"_s);
    QCOMPARE(model.headerData(FailureReasonsModel::Devices, Qt::Horizontal).toString(), u"Devices"_s);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    QCOMPARE(headers.size(), 1);
}

void TestFailureReasonsModel::recountsRowsUpdatedInPlace()
{
    TaskTableModel table;
    FailureReasonsModel model;
    model.setLocale(QLocale::c());
    model.setSource(&table);
    TaskInfo running = succeeded();
    running.taskStatus = TaskStatus::InProgress;
    running.taskStatusCode = u"IN_PROGRESS"_s;
    table.appendTasks({running, failed(u"a"_s)});
    QCOMPARE(rows(model), QStringList {u"a: 1"_s});
    // Read again: the running task failed too, for another reason.
    running.taskStatus = TaskStatus::Failed;
    running.taskStatusCode = u"FAILED"_s;
    running.taskDesc = u"b"_s;
    table.updateTasks({running});
    QCOMPARE(rows(model), (QStringList {u"a: 1"_s, u"b: 1"_s}));
    QCOMPARE(model.failedTasks(), 2);
}

QTEST_GUILESS_MAIN(TestFailureReasonsModel)
#include "tst_failurereasonsmodel.moc"
