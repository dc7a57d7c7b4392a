#include "models/TaskTableModel.h"
#include "ota/DeviceNameQuery.h"
#include "util/DisplayZone.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// TaskTableModel: compact storage, dedupe by TaskId, client-side filter and sort, lazy paging.
class TestTaskTableModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTesterThroughEveryOperation();
    void showsEveryColumn();
    void namesColumnsInEnglish();
    void showsUnknownStatusCodeAsReceived();
    void roundTripsTasks();
    void skipsTaskIdsAlreadyLoaded();
    void keepsTasksWithoutTaskId();
    void filtersByStatus();
    void showsUnknownStatusesOnlyUnfiltered();
    void filtersByNameIgnoringCase_data();
    void filtersByNameIgnoringCase();
    void combinesFilters();
    void readsDeviceNameLists_data();
    void readsDeviceNameLists();
    void showsExactlyTheListedDevices();
    void sortsByEachColumn_data();
    void sortsByEachColumn();
    void keepsEqualRowsInPreviousOrder();
    void restoresLoadOrder();
    void keepsPersistentIndexesAcrossSort();
    void appendsIntoSortedPosition_data();
    void appendsIntoSortedPosition();
    void appendsOnlyMatchingRowsWhileFiltered();
    void sortsArbitraryTextAsAppendsPlaceIt_data();
    void sortsArbitraryTextAsAppendsPlaceIt();
    void asksForMoreOnceUntilNextAppend();
    void countsLoadedStatusesAndFailureReasons();
    void announcesRetranslation();
    void clearsEverything();
    void updatesRowsInPlaceKeepingSelection();
    void updateMovesRowsInAndOutOfTheFilter();
    void updateIgnoresTasksNotLoaded();
    void filtersByFailureReason();
    void filtersStuckDevicesByTheirTimeout();
    void listsDeviceNamesOfUnfinishedRows();
};

namespace {

const QDateTime kBase(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);

TaskInfo makeTask(const QString &device, TaskStatus status, int progress = -1, const QString &desc = {},
                  int modifiedMinutes = 0)
{
    TaskInfo task;
    task.deviceName = device;
    task.taskId = u"task-"_s + device;
    task.iotId = u"iot-"_s + device;
    task.jobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
    task.productKey = u"a19mzPZ****"_s;
    task.productName = u"Smart lamp"_s;
    task.firmwareId = u"UfuxnwygsuSkVE0VCN****0100"_s;
    task.srcVersion = u"1.0.0"_s;
    task.destVersion = u"1.0.1"_s;
    task.taskStatus = status;
    task.taskStatusCode = TaskStatuses::code(status);
    task.taskDesc = desc;
    task.progress = progress;
    task.timeoutMinutes = 5;
    task.utcCreate = kBase;
    task.utcModified = kBase.addSecs(modifiedMinutes * 60);
    return task;
}

// Five tasks in load order, chosen so that every column sorts them differently.
QList<TaskInfo> fiveTasks()
{
    QList<TaskInfo> tasks {
            makeTask(u"dev-10"_s, TaskStatus::Failed, 30, u"Download timed out"_s, 40),
            makeTask(u"Dev-9"_s, TaskStatus::Succeeded, 100, {}, 10),
            makeTask(u"dev-2"_s, TaskStatus::InProgress, 50, {}, 30),
            makeTask(u"alpha"_s, TaskStatus::Queued, -1, {}, 20),
            makeTask(u"beta"_s, TaskStatus::Failed, 0, u"Checksum mismatch"_s, 0),
    };
    tasks[0].srcVersion = u"1.10.0"_s;
    tasks[2].srcVersion = u"1.9.0"_s;
    tasks[3].destVersion = u"2.0.0"_s;
    return tasks;
}

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, col).data(role).toString());
    return values;
}

QStringList names(const QAbstractItemModel &model)
{
    return column(model, TaskTableModel::DeviceName);
}

} // namespace

void TestTaskTableModel::passesModelTesterThroughEveryOperation()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendTasks(fiveTasks());
    model.appendTasks(fiveTasks()); // all duplicates
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Failed));
    model.setNameFilter(u"DEV"_s);
    model.setNameFilter(QString());
    for (int col = -1; col < TaskTableModel::ColumnCount; ++col) {
        model.sort(col, Qt::AscendingOrder);
        model.sort(col, Qt::DescendingOrder);
    }
    model.sort(TaskTableModel::Progress, Qt::DescendingOrder);
    QList<TaskInfo> more;
    for (int i = 0; i < 40; ++i)
        more.append(makeTask(u"dev-%1"_s.arg(100 + i), kAllTaskStatuses[size_t(i % 7)], i * 2, {}, i));
    model.appendTasks(more);
    model.setStatusFilter(TaskStatuses::kAllBits);
    model.appendTasks({makeTask(u"late"_s, TaskStatus::Canceled, 10)});
    model.setTimeZone(QTimeZone(3600));
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    model.retranslate();
    model.setMoreAvailable(true);
    if (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    model.setReasonFilter(u"Checksum mismatch"_s);
    model.setStuckFilter(TaskTableModel::StuckRule {kBase.addSecs(3600).toMSecsSinceEpoch(), 5});
    model.setStuckFilter(TaskTableModel::StuckRule {kBase.addSecs(7200).toMSecsSinceEpoch(), 5});
    model.setStuckFilter(std::nullopt);
    model.setReasonFilter(std::nullopt);
    QList<TaskInfo> moved = fiveTasks();
    moved[2].taskStatus = TaskStatus::Succeeded;
    moved[3].taskStatus = TaskStatus::Failed;
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Failed));
    model.updateTasks(moved);
    model.clear();
    model.appendTasks(fiveTasks());
}

void TestTaskTableModel::showsEveryColumn()
{
    TaskTableModel model;
    model.setTimeZone(QTimeZone(8 * 3600));
    model.setLocale(QLocale::c());
    model.appendTasks({fiveTasks().at(0), fiveTasks().at(3)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(TaskTableModel::ColumnCount));
    const auto cell = [&model](int col, int role = Qt::DisplayRole) {
        return model.index(0, col).data(role);
    };
    QCOMPARE(cell(TaskTableModel::DeviceName).toString(), u"dev-10"_s);
    QCOMPARE(cell(TaskTableModel::Status).toString(), u"Failed"_s);
    QCOMPARE(cell(TaskTableModel::Status, Qt::ToolTipRole).toString(), u"FAILED"_s);
    QCOMPARE(cell(TaskTableModel::Progress).toString(), u"30 %"_s);
    QCOMPARE(cell(TaskTableModel::Progress, TaskTableModel::ProgressRole), QVariant(30));
    QCOMPARE(cell(TaskTableModel::DeviceName, TaskTableModel::ProgressRole), QVariant(30)); // row-wide
    QCOMPARE(cell(TaskTableModel::FailureReason).toString(), u"Download timed out"_s);
    QCOMPARE(cell(TaskTableModel::FailureReason, Qt::ToolTipRole).toString(), u"Download timed out"_s);
    QCOMPARE(cell(TaskTableModel::SourceVersion).toString(), u"1.10.0"_s);
    QCOMPARE(cell(TaskTableModel::DestinationVersion).toString(), u"1.0.1"_s);
    QCOMPARE(cell(TaskTableModel::Modified).toString(), u"2024-05-01 16:40:00"_s); // UTC+8
    QCOMPARE(cell(TaskTableModel::Modified, Qt::ToolTipRole).toString(), u"2024-05-01 08:40:00 UTC"_s);
    QCOMPARE(cell(TaskTableModel::TaskId).toString(), u"task-dev-10"_s);
    QCOMPARE(cell(TaskTableModel::Status, TaskTableModel::StatusRole), QVariant(int(TaskStatus::Failed)));
    QCOMPARE(cell(TaskTableModel::Status, TaskTableModel::TaskIdRole).toString(), u"task-dev-10"_s);
    QCOMPARE(cell(TaskTableModel::Status, TaskTableModel::IotIdRole).toString(), u"iot-dev-10"_s);
    QVERIFY(model.index(0, TaskTableModel::Progress).data(Qt::TextAlignmentRole).isValid());

    // No progress reported: nothing shown, and the role says so.
    QCOMPARE(model.index(1, TaskTableModel::Progress).data().toString(), QString());
    QVERIFY(!model.index(1, TaskTableModel::Progress).data(TaskTableModel::ProgressRole).isValid());
    QCOMPARE(model.index(1, TaskTableModel::Status).data().toString(), u"Queued"_s);

    // Another time zone and locale: only the presentation changes.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTimeZone(QTimeZone(0));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(TaskTableModel::Modified).toString(), u"2024-05-01 08:40:00"_s);
    model.setLocale(QLocale(QLocale::Arabic, QLocale::Egypt));
    QCOMPARE(changed.size(), 2);
    QVERIFY(!cell(TaskTableModel::Progress).toString().contains(u"30"_s)); // Arabic-Indic digits
}

void TestTaskTableModel::namesColumnsInEnglish()
{
    TaskTableModel model;
    QStringList headers;
    for (int col = 0; col < model.columnCount(); ++col)
        headers.append(model.headerData(col, Qt::Horizontal).toString());
    QCOMPARE(headers,
             (QStringList {u"Device name"_s, u"Status"_s, u"Progress"_s, u"Failure reason"_s,
                           u"Source version"_s, u"Destination version"_s,
                           u"Modified (%1)"_s.arg(DisplayZone::nameOf(QTimeZone::systemTimeZone())),
                           u"Task ID"_s}));
    QCOMPARE(model.roleNames().value(TaskTableModel::ProgressRole), QByteArray("progress"));
}

void TestTaskTableModel::showsUnknownStatusCodeAsReceived()
{
    TaskTableModel model;
    TaskInfo task = makeTask(u"odd"_s, TaskStatus::Queued);
    task.taskStatus.reset();
    task.taskStatusCode = u"PAUSED"_s;
    model.appendTasks({task});
    QCOMPARE(model.index(0, TaskTableModel::Status).data().toString(), u"PAUSED"_s);
    QCOMPARE(model.index(0, TaskTableModel::Status).data(Qt::ToolTipRole).toString(), u"PAUSED"_s);
    QVERIFY(!model.index(0, TaskTableModel::Status).data(TaskTableModel::StatusRole).isValid());
    QCOMPARE(model.loadedStatusCounts().total(), 0);
}

void TestTaskTableModel::roundTripsTasks()
{
    TaskTableModel model;
    const QList<TaskInfo> tasks = fiveTasks();
    TaskInfo noTimes = makeTask(u"no-times"_s, TaskStatus::Confirm);
    noTimes.utcCreate = QDateTime();
    noTimes.utcModified = QDateTime();
    noTimes.timeoutMinutes = -1;
    model.appendTasks(tasks + QList<TaskInfo> {noTimes});
    for (int row = 0; row < model.rowCount(); ++row) {
        const TaskInfo expected = row < tasks.size() ? tasks.at(row) : noTimes;
        const TaskInfo actual = model.taskAt(row);
        QCOMPARE(actual.taskId, expected.taskId);
        QCOMPARE(actual.jobId, expected.jobId);
        QCOMPARE(actual.iotId, expected.iotId);
        QCOMPARE(actual.deviceName, expected.deviceName);
        QCOMPARE(actual.productKey, expected.productKey);
        QCOMPARE(actual.productName, expected.productName);
        QCOMPARE(actual.firmwareId, expected.firmwareId);
        QCOMPARE(actual.srcVersion, expected.srcVersion);
        QCOMPARE(actual.destVersion, expected.destVersion);
        QCOMPARE(actual.taskStatusCode, expected.taskStatusCode);
        QCOMPARE(actual.taskStatus, expected.taskStatus);
        QCOMPARE(actual.taskDesc, expected.taskDesc);
        QCOMPARE(actual.progress, expected.progress);
        QCOMPARE(actual.timeoutMinutes, expected.timeoutMinutes);
        QCOMPARE(actual.utcCreate, expected.utcCreate);
        QCOMPARE(actual.utcModified, expected.utcModified);
    }
    QCOMPARE(model.taskAt(-1).taskId, QString());
    QCOMPARE(model.taskAt(model.rowCount()).taskId, QString());
}

void TestTaskTableModel::skipsTaskIdsAlreadyLoaded()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy appended(&model, &TaskTableModel::tasksAppended);
    model.appendTasks(fiveTasks());
    QCOMPARE(model.totalRows(), 5);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(0).toLongLong(), 0);
    QCOMPARE(appended.at(0).at(1).toLongLong(), 5);

    // A task that moved from QUEUED to IN_PROGRESS between two per-status pages comes twice.
    TaskInfo moved = fiveTasks().at(3);
    moved.taskStatus = TaskStatus::InProgress;
    const TaskInfo fresh = makeTask(u"gamma"_s, TaskStatus::Notified);
    model.appendTasks({moved, fresh, fresh});
    QCOMPARE(model.totalRows(), 6);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(appended.size(), 2);
    QCOMPARE(appended.at(1).at(0).toLongLong(), 5);
    QCOMPARE(appended.at(1).at(1).toLongLong(), 1);
    QCOMPARE(model.taskAt(3).taskStatus,
             std::optional<TaskStatus>(TaskStatus::Queued)); // the first one stays
    QCOMPARE(names(model).last(), u"gamma"_s);

    // Nothing new: no signal at all.
    model.appendTasks(fiveTasks());
    QCOMPARE(appended.size(), 2);
    QCOMPARE(inserted.size(), 2);

    // Enough rows to grow the TaskId index several times.
    QList<TaskInfo> many;
    for (int i = 0; i < 5000; ++i)
        many.append(makeTask(u"bulk-%1"_s.arg(i), TaskStatus::Queued));
    model.appendTasks(many);
    model.appendTasks(many);
    QCOMPARE(model.totalRows(), 5006);
}

void TestTaskTableModel::keepsTasksWithoutTaskId()
{
    TaskTableModel model;
    TaskInfo anonymous = makeTask(u"anon"_s, TaskStatus::Queued);
    anonymous.taskId.clear();
    model.appendTasks({anonymous, anonymous});
    QCOMPARE(model.totalRows(), 2);
}

void TestTaskTableModel::filtersByStatus()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendTasks(fiveTasks());
    QCOMPARE(model.statusFilter(), TaskStatuses::kAllBits);
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Failed));
    QCOMPARE(names(model), (QStringList {u"dev-10"_s, u"beta"_s}));
    QCOMPARE(model.totalRows(), 5);
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Succeeded) | TaskStatuses::bit(TaskStatus::Queued));
    QCOMPARE(names(model), (QStringList {u"Dev-9"_s, u"alpha"_s}));
    QCOMPARE(model.taskAt(1).deviceName, u"alpha"_s); // taskAt follows the filter
    model.setStatusFilter(0);
    QCOMPARE(model.rowCount(), 0);
    model.setStatusFilter(TaskStatuses::kAllBits);
    QCOMPARE(model.rowCount(), 5);
}

void TestTaskTableModel::showsUnknownStatusesOnlyUnfiltered()
{
    TaskTableModel model;
    TaskInfo odd = makeTask(u"odd"_s, TaskStatus::Queued);
    odd.taskStatus.reset();
    odd.taskStatusCode = u"PAUSED"_s;
    model.appendTasks({odd, makeTask(u"q"_s, TaskStatus::Queued)});
    QCOMPARE(model.rowCount(), 2);
    model.setStatusFilter(TaskStatuses::kAllBits & ~TaskStatuses::bit(TaskStatus::Canceled));
    QCOMPARE(names(model), QStringList {u"q"_s});
}

void TestTaskTableModel::filtersByNameIgnoringCase_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList {u"dev-10"_s, u"Dev-9"_s, u"dev-2"_s,
                                                        u"alpha"_s,  u"beta"_s,  u"GERÄT-1"_s};
    QTest::newRow("upper-case-filter") << u"DEV"_s << QStringList {u"dev-10"_s, u"Dev-9"_s, u"dev-2"_s};
    QTest::newRow("middle") << u"v-1"_s << QStringList {u"dev-10"_s};
    QTest::newRow("whole-name") << u"BETA"_s << QStringList {u"beta"_s};
    QTest::newRow("padded") << u" alpha "_s << QStringList {u"alpha"_s};
    QTest::newRow("longer-than-names") << u"alphabetical"_s << QStringList();
    QTest::newRow("ascii-filter-non-ascii-name") << u"t-1"_s << QStringList {u"GERÄT-1"_s};
    QTest::newRow("non-ascii-filter") << u"gerät"_s << QStringList {u"GERÄT-1"_s};
    QTest::newRow("no-match") << u"zzz"_s << QStringList();
}

void TestTaskTableModel::filtersByNameIgnoringCase()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendTasks(fiveTasks() + QList<TaskInfo> {makeTask(u"GERÄT-1"_s, TaskStatus::Queued)});
    model.setNameFilter(filter);
    QCOMPARE(names(model), expected);
    QCOMPARE(model.totalRows(), 6);
}

void TestTaskTableModel::combinesFilters()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendTasks(fiveTasks());
    model.setNameFilter(u"dev"_s);
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Failed));
    QCOMPARE(names(model), QStringList {u"dev-10"_s});
    model.sort(TaskTableModel::DeviceName, Qt::DescendingOrder);
    model.setStatusFilter(TaskStatuses::kAllBits);
    QCOMPARE(names(model), (QStringList {u"dev-10"_s, u"Dev-9"_s, u"dev-2"_s}));
}

void TestTaskTableModel::readsDeviceNameLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("invalid");
    QTest::addColumn<bool>("isList");
    QTest::newRow("empty") << u"  "_s << QStringList() << QStringList() << false;
    QTest::newRow("part-of-a-name") << u"dev"_s << QStringList() << QStringList {u"dev"_s} << false;
    QTest::newRow("one-name") << u" dev-0042 "_s << QStringList {u"dev-0042"_s} << QStringList() << false;
    QTest::newRow("one-per-line") << u"dev-0001\r\ndev-0002\n\n dev-0003 \n"_s
                                  << QStringList {u"dev-0001"_s, u"dev-0002"_s, u"dev-0003"_s}
                                  << QStringList() << true;
    QTest::newRow("commas-semicolons-spaces")
            << u"dev-0001, dev-0002;dev-0003\tdev-0001"_s
            << QStringList {u"dev-0001"_s, u"dev-0002"_s, u"dev-0003"_s} << QStringList() << true;
    QTest::newRow("one-name-then-a-comma")
            << u"dev-0001,"_s << QStringList {u"dev-0001"_s} << QStringList() << true;
    QTest::newRow("quoted-with-heading")
            << u"DeviceName\n\"dev-0001\"\n'dev-0002'"_s << QStringList {u"dev-0001"_s, u"dev-0002"_s}
            << QStringList() << true;
    // The task export's CSV: the DeviceName column of every line after the header.
    QTest::newRow("csv-table")
            << u"TaskId,DeviceName,TaskStatus,TaskDesc\nt1,dev-0001,FAILED,\"Timeout, retry later\"\n"
               "t2,dev-0002,SUCCEEDED,\nt3,dev-0001,FAILED,x\n"_s
            << QStringList {u"dev-0001"_s, u"dev-0002"_s} << QStringList() << true;
    QTest::newRow("tab-separated-table") << u"TaskId\tdevicename\nt1\tsensor@floor.2:a\n"_s
                                         << QStringList {u"sensor@floor.2:a"_s} << QStringList() << true;
    // A name has 4 to 32 letters, digits and - _ . @ :.
    QTest::newRow("not-names") << u"dev-0001, ab, dev/0002, 0123456789012345678901234567890123, Gerät-01"_s
                               << QStringList {u"dev-0001"_s}
                               << QStringList {u"ab"_s, u"dev/0002"_s,
                                               u"0123456789012345678901234567890123"_s, u"Gerät-01"_s}
                               << true;
}

void TestTaskTableModel::readsDeviceNameLists()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QStringList, invalid);
    QFETCH(bool, isList);
    const DeviceNameQuery query = parseDeviceNameQuery(text);
    QCOMPARE(query.names, names);
    QCOMPARE(query.invalid, invalid);
    QCOMPARE(query.isList, isList);
}

void TestTaskTableModel::showsExactlyTheListedDevices()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendTasks(fiveTasks());
    // Exact names, case and all: "dev-1" is part of "dev-10" and "dev-9" is "Dev-9" in another case.
    const QStringList list {u"dev-10"_s, u"dev-1"_s, u"beta"_s, u"dev-9"_s, u"gamma"_s};
    model.setDeviceListFilter(list);
    QVERIFY(model.isFiltered());
    QVERIFY(model.hasDeviceListFilter());
    QCOMPARE(names(model), (QStringList {u"dev-10"_s, u"beta"_s}));
    QCOMPARE(model.unloadedDevices(list), (QStringList {u"dev-1"_s, u"dev-9"_s, u"gamma"_s}));
    // With the other filters; a listed device loaded later shows where the sort puts it.
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Failed) | TaskStatuses::bit(TaskStatus::Queued));
    model.sort(TaskTableModel::DeviceName, Qt::AscendingOrder);
    model.appendTasks({makeTask(u"gamma"_s, TaskStatus::Queued), makeTask(u"delta"_s, TaskStatus::Queued)});
    QCOMPARE(names(model), (QStringList {u"beta"_s, u"dev-10"_s, u"gamma"_s}));
    QCOMPARE(model.unloadedDevices(list), (QStringList {u"dev-1"_s, u"dev-9"_s}));
    model.setDeviceListFilter({});
    QVERIFY(!model.hasDeviceListFilter());
    QCOMPARE(names(model), (QStringList {u"alpha"_s, u"beta"_s, u"delta"_s, u"dev-10"_s, u"gamma"_s}));
}

void TestTaskTableModel::sortsByEachColumn_data()
{
    QTest::addColumn<int>("col");
    QTest::addColumn<QStringList>("ascending"); // device names; descending is checked as its reverse
    // Names compare ignoring case, with numbers by value: dev-2 < Dev-9 < dev-10.
    QTest::newRow("device-name") << int(TaskTableModel::DeviceName)
                                 << QStringList {u"alpha"_s, u"beta"_s, u"dev-2"_s, u"Dev-9"_s, u"dev-10"_s};
    // Lifecycle order: Queued < In progress < Succeeded < Failed (load order among the two failed).
    QTest::newRow("status") << int(TaskTableModel::Status)
                            << QStringList {u"alpha"_s, u"dev-2"_s, u"Dev-9"_s, u"dev-10"_s, u"beta"_s};
    // No progress first.
    QTest::newRow("progress") << int(TaskTableModel::Progress)
                              << QStringList {u"alpha"_s, u"beta"_s, u"dev-10"_s, u"dev-2"_s, u"Dev-9"_s};
    QTest::newRow("failure-reason") << int(TaskTableModel::FailureReason)
                                    << QStringList {u"Dev-9"_s, u"dev-2"_s, u"alpha"_s, u"beta"_s,
                                                    u"dev-10"_s};
    // 1.0.0 < 1.9.0 < 1.10.0
    QTest::newRow("source-version") << int(TaskTableModel::SourceVersion)
                                    << QStringList {u"Dev-9"_s, u"alpha"_s, u"beta"_s, u"dev-2"_s,
                                                    u"dev-10"_s};
    QTest::newRow("destination-version")
            << int(TaskTableModel::DestinationVersion)
            << QStringList {u"dev-10"_s, u"Dev-9"_s, u"dev-2"_s, u"beta"_s, u"alpha"_s};
    QTest::newRow("modified") << int(TaskTableModel::Modified)
                              << QStringList {u"beta"_s, u"Dev-9"_s, u"alpha"_s, u"dev-2"_s, u"dev-10"_s};
    QTest::newRow("task-id") << int(TaskTableModel::TaskId)
                             << QStringList {u"alpha"_s, u"beta"_s, u"dev-2"_s, u"Dev-9"_s, u"dev-10"_s};
}

void TestTaskTableModel::sortsByEachColumn()
{
    QFETCH(int, col);
    QFETCH(QStringList, ascending);
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendTasks(fiveTasks());
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(col, Qt::AscendingOrder);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(model.sortColumn(), col);
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    QCOMPARE(names(model), ascending);
    model.sort(col, Qt::AscendingOrder); // already so: nothing to announce
    QCOMPARE(layout.size(), 1);

    // Descending from load order: the reverse, except that equal rows keep their previous order.
    model.sort(-1);
    model.sort(col, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    if (col == TaskTableModel::Status) // dev-10 and beta are both FAILED
        descending = QStringList {u"dev-10"_s, u"beta"_s, u"Dev-9"_s, u"dev-2"_s, u"alpha"_s};
    if (col == TaskTableModel::FailureReason) // three without reason, in load order
        descending = QStringList {u"dev-10"_s, u"beta"_s, u"Dev-9"_s, u"dev-2"_s, u"alpha"_s};
    if (col == TaskTableModel::SourceVersion) // three on 1.0.0
        descending = QStringList {u"dev-10"_s, u"dev-2"_s, u"Dev-9"_s, u"alpha"_s, u"beta"_s};
    if (col == TaskTableModel::DestinationVersion) // four on 1.0.1
        descending = QStringList {u"alpha"_s, u"dev-10"_s, u"Dev-9"_s, u"dev-2"_s, u"beta"_s};
    QCOMPARE(names(model), descending);
}

void TestTaskTableModel::keepsEqualRowsInPreviousOrder()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<TaskInfo> tasks;
    for (const QString &name : {u"d"_s, u"b"_s, u"e"_s, u"a"_s, u"c"_s, u"f"_s})
        tasks.append(makeTask(name, name < u"d"_s ? TaskStatus::Failed : TaskStatus::Succeeded));
    model.appendTasks(tasks);
    // Load order among equals first...
    model.sort(TaskTableModel::Status, Qt::AscendingOrder);
    QCOMPARE(names(model), (QStringList {u"d"_s, u"e"_s, u"f"_s, u"b"_s, u"a"_s, u"c"_s}));
    // ...then the order of the previous sort, as a header click after another one expects.
    model.sort(TaskTableModel::DeviceName, Qt::DescendingOrder);
    model.sort(TaskTableModel::Status, Qt::AscendingOrder);
    QCOMPARE(names(model), (QStringList {u"f"_s, u"e"_s, u"d"_s, u"c"_s, u"b"_s, u"a"_s}));
    model.sort(TaskTableModel::Status, Qt::DescendingOrder);
    QCOMPARE(names(model), (QStringList {u"c"_s, u"b"_s, u"a"_s, u"f"_s, u"e"_s, u"d"_s}));
}

void TestTaskTableModel::restoresLoadOrder()
{
    TaskTableModel model;
    model.appendTasks(fiveTasks());
    const QStringList loaded = names(model);
    model.sort(TaskTableModel::DeviceName, Qt::AscendingOrder);
    QVERIFY(names(model) != loaded);
    model.sort(-1);
    QCOMPARE(model.sortColumn(), -1);
    QCOMPARE(names(model), loaded);
    model.sort(TaskTableModel::Progress);
    model.sort(TaskTableModel::ColumnCount); // out of range: load order as well
    QCOMPARE(names(model), loaded);
}

void TestTaskTableModel::keepsPersistentIndexesAcrossSort()
{
    TaskTableModel model;
    model.appendTasks(fiveTasks());
    model.setStatusFilter(TaskStatuses::kAllBits & ~TaskStatuses::bit(TaskStatus::Queued));
    const QPersistentModelIndex dev2(model.index(2, TaskTableModel::Progress));
    QCOMPARE(model.index(dev2.row(), 0).data().toString(), u"dev-2"_s);
    model.sort(TaskTableModel::DeviceName, Qt::DescendingOrder);
    QVERIFY(dev2.isValid());
    QCOMPARE(dev2.column(), int(TaskTableModel::Progress));
    QCOMPARE(model.index(dev2.row(), 0).data().toString(), u"dev-2"_s);
    model.appendTasks({makeTask(u"dev-1"_s, TaskStatus::Failed), makeTask(u"zulu"_s, TaskStatus::Failed)});
    QCOMPARE(model.index(dev2.row(), 0).data().toString(), u"dev-2"_s);
}

void TestTaskTableModel::appendsIntoSortedPosition_data()
{
    QTest::addColumn<int>("col");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("filtered");
    for (const int col :
         {int(TaskTableModel::DeviceName), int(TaskTableModel::Status), int(TaskTableModel::Progress),
          int(TaskTableModel::FailureReason), int(TaskTableModel::Modified)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const bool filtered : {false, true}) {
                QTest::addRow("col%d-%s%s", col, order == Qt::AscendingOrder ? "asc" : "desc",
                              filtered ? "-filtered" : "")
                        << col << order << filtered;
            }
        }
    }
}

void TestTaskTableModel::appendsIntoSortedPosition()
{
    QFETCH(int, col);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, filtered);
    const auto generate = [](int from, int count) {
        QList<TaskInfo> tasks;
        for (int i = from; i < from + count; ++i) {
            // Scrambled names, statuses, progress and reasons, with many ties.
            const int n = (i * 7919) % 1000;
            tasks.append(makeTask(u"dev-%1"_s.arg(n), kAllTaskStatuses[size_t(n % 7)], (n * 13) % 101,
                                  u"reason %1"_s.arg(n % 4), (n * 31) % 97));
        }
        return tasks;
    };
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    if (filtered) {
        model.setStatusFilter(TaskStatuses::kAllBits & ~TaskStatuses::bit(TaskStatus::Queued));
        model.setNameFilter(u"1"_s);
    }
    model.appendTasks(generate(0, 60));
    model.sort(col, order);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendTasks(generate(60, 40));
    model.appendTasks(generate(100, 1));
    QVERIFY(!inserted.isEmpty());

    // The same as loading everything at once and sorting then.
    TaskTableModel reference;
    if (filtered) {
        reference.setStatusFilter(model.statusFilter());
        reference.setNameFilter(model.nameFilter());
    }
    reference.appendTasks(generate(0, 101));
    reference.sort(col, order);
    QCOMPARE(model.rowCount(), reference.rowCount());
    QCOMPARE(column(model, TaskTableModel::TaskId), column(reference, TaskTableModel::TaskId));
}

void TestTaskTableModel::appendsOnlyMatchingRowsWhileFiltered()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Failed));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy appended(&model, &TaskTableModel::tasksAppended);
    model.appendTasks({makeTask(u"a"_s, TaskStatus::Succeeded), makeTask(u"b"_s, TaskStatus::Failed),
                       makeTask(u"c"_s, TaskStatus::Queued), makeTask(u"d"_s, TaskStatus::Failed)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalRows(), 4);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    // None of them shows: no rows inserted, yet the table has them.
    model.appendTasks({makeTask(u"e"_s, TaskStatus::Succeeded)});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(appended.size(), 2);
    model.setStatusFilter(TaskStatuses::kAllBits);
    QCOMPARE(names(model), (QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
}

void TestTaskTableModel::sortsArbitraryTextAsAppendsPlaceIt_data()
{
    QTest::addColumn<int>("col");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("device-name-asc") << int(TaskTableModel::DeviceName) << Qt::AscendingOrder;
    QTest::newRow("device-name-desc") << int(TaskTableModel::DeviceName) << Qt::DescendingOrder;
    QTest::newRow("task-id-asc") << int(TaskTableModel::TaskId) << Qt::AscendingOrder;
    QTest::newRow("task-id-desc") << int(TaskTableModel::TaskId) << Qt::DescendingOrder;
}

// sort() orders whole columns by a precomputed key, appends place rows by comparing texts: the two must
// agree, also on case, leading zeros, long numbers, texts longer than the key and non-ASCII bytes.
void TestTaskTableModel::sortsArbitraryTextAsAppendsPlaceIt()
{
    QFETCH(int, col);
    QFETCH(Qt::SortOrder, order);
    const QString alphabet = u"aAbB0019-._\u00e4"_s;
    QList<TaskInfo> tasks;
    quint32 seed = 12345;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int i = 0; i < 600; ++i) {
        QString text;
        const int length = int(next() % 40);
        for (int c = 0; c < length; ++c)
            text += alphabet.at(qsizetype(next() % quint32(alphabet.size())));
        if (i % 50 == 0)
            text = u"n"_s + QString(300, u'7') + QString::number(i % 3); // longer than a length byte
        TaskInfo task = makeTask(text, TaskStatus::Queued);
        task.taskId = u"%1|%2"_s.arg(text).arg(i); // unique, yet mostly decided by the random part
        tasks.append(task);
    }
    TaskTableModel sortedAtOnce;
    sortedAtOnce.appendTasks(tasks);
    sortedAtOnce.sort(col, order);
    TaskTableModel placedOneByOne;
    placedOneByOne.sort(col, order);
    for (qsizetype first = 0; first < tasks.size(); first += 7)
        placedOneByOne.appendTasks(tasks.mid(first, 7));
    QCOMPARE(column(placedOneByOne, TaskTableModel::TaskId), column(sortedAtOnce, TaskTableModel::TaskId));
}

void TestTaskTableModel::asksForMoreOnceUntilNextAppend()
{
    TaskTableModel model;
    QSignalSpy requested(&model, &TaskTableModel::fetchMoreRequested);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(requested.size(), 0);

    model.setMoreAvailable(true);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.appendTasks(fiveTasks());
    QVERIFY(!model.canFetchMore(model.index(0, 0))); // a table: only the root has rows
    model.fetchMore(model.index(0, 0));
    QCOMPARE(requested.size(), 0);
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex()); // the view asks again while the page is on its way
    QCOMPARE(requested.size(), 1);
    QVERIFY(model.canFetchMore(QModelIndex()));

    model.appendTasks({makeTask(u"next"_s, TaskStatus::Queued)});
    model.fetchMore(QModelIndex());
    QCOMPARE(requested.size(), 2);
    model.appendTasks({}); // a page of duplicates or nothing still ends the request
    model.fetchMore(QModelIndex());
    QCOMPARE(requested.size(), 3);
    model.setMoreAvailable(true); // the loader gave up on a page and offers it again
    model.fetchMore(QModelIndex());
    QCOMPARE(requested.size(), 4);

    model.setMoreAvailable(false);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.appendTasks({makeTask(u"last"_s, TaskStatus::Queued)});
    model.fetchMore(QModelIndex());
    QCOMPARE(requested.size(), 4);

    model.setMoreAvailable(true);
    model.clear();
    QVERIFY(!model.moreAvailable());
}

void TestTaskTableModel::countsLoadedStatusesAndFailureReasons()
{
    TaskTableModel model;
    model.appendTasks(fiveTasks());
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Succeeded)); // counts ignore the filter
    TaskStatusCounts expected;
    expected[TaskStatus::Failed] = 2;
    expected[TaskStatus::Succeeded] = 1;
    expected[TaskStatus::InProgress] = 1;
    expected[TaskStatus::Queued] = 1;
    QCOMPARE(model.loadedStatusCounts(), expected);

    model.appendTasks({makeTask(u"x"_s, TaskStatus::Failed, 0, u"Checksum mismatch"_s),
                       makeTask(u"y"_s, TaskStatus::Failed),
                       makeTask(u"z"_s, TaskStatus::Canceled, 0, u"n/a"_s)});
    const QHash<QString, qint64> all = model.failureReasonCounts();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.value(u"Download timed out"_s), 1);
    QCOMPARE(all.value(u"Checksum mismatch"_s), 2);
    QCOMPARE(all.value(QString()), 1);
    const QHash<QString, qint64> recent = model.failureReasonCounts(5);
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.value(u"Checksum mismatch"_s), 1);
}

void TestTaskTableModel::announcesRetranslation()
{
    TaskTableModel model;
    model.appendTasks(fiveTasks());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(2).toInt(), TaskTableModel::ColumnCount - 1);
    QCOMPARE(data.size(), 1);
    // The application's language change reaches the model by itself too.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    QCOMPARE(headers.size(), 2);
}

void TestTaskTableModel::clearsEverything()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNameFilter(u"dev"_s);
    model.sort(TaskTableModel::Progress, Qt::DescendingOrder);
    model.appendTasks(fiveTasks());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalRows(), 0);
    QCOMPARE(model.loadedStatusCounts().total(), 0);
    QVERIFY(model.failureReasonCounts().isEmpty());
    // Filter and sort stay; the same tasks load again (their IDs were forgotten).
    QCOMPARE(model.nameFilter(), u"dev"_s);
    QCOMPARE(model.sortColumn(), int(TaskTableModel::Progress));
    model.appendTasks(fiveTasks());
    QCOMPARE(names(model), (QStringList {u"Dev-9"_s, u"dev-2"_s, u"dev-10"_s}));
}

void TestTaskTableModel::updatesRowsInPlaceKeepingSelection()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy updated(&model, &TaskTableModel::tasksUpdated);
    model.appendTasks(fiveTasks());
    model.sort(TaskTableModel::Progress, Qt::AscendingOrder);
    QItemSelectionModel selection(&model);
    const int dev2Row = int(names(model).indexOf(u"dev-2"_s));
    selection.setCurrentIndex(model.index(dev2Row, 0),
                              QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);

    QCOMPARE(dev2Row, 3);
    // dev-2 fails at 10 %: its status, progress, reason and time change; it sorts before dev-10 (30 %) now,
    // and stays the selected row.
    QList<TaskInfo> again = fiveTasks();
    again[2].taskStatus = TaskStatus::Failed;
    again[2].taskStatusCode = u"FAILED"_s;
    again[2].progress = 10;
    again[2].taskDesc = u"Checksum mismatch"_s;
    again[2].utcModified = kBase.addSecs(50 * 60);
    QCOMPARE(model.updateTasks(again), 1);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0).at(0).toInt(), 1);
    QCOMPARE(model.totalRows(), 5);
    QCOMPARE(model.loadedStatusCounts()[TaskStatus::InProgress], 0);
    QCOMPARE(model.loadedStatusCounts()[TaskStatus::Failed], 3);
    const QModelIndex current = selection.currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), 2);
    QCOMPARE(current.siblingAtColumn(TaskTableModel::DeviceName).data().toString(), u"dev-2"_s);
    QCOMPARE(current.siblingAtColumn(TaskTableModel::Progress).data(TaskTableModel::ProgressRole).toInt(),
             10);
    QCOMPARE(current.siblingAtColumn(TaskTableModel::FailureReason).data().toString(),
             u"Checksum mismatch"_s);
    QVERIFY(selection.isRowSelected(current.row()));
    QCOMPARE(names(model), (QStringList {u"alpha"_s, u"beta"_s, u"dev-2"_s, u"dev-10"_s, u"Dev-9"_s}));
    QCOMPARE(model.taskAt(current.row()).taskStatus, TaskStatus::Failed);

    // The same answer again changes nothing and says nothing.
    QCOMPARE(model.updateTasks(again), 0);
    QCOMPARE(updated.size(), 1);
}

void TestTaskTableModel::updateMovesRowsInAndOutOfTheFilter()
{
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendTasks(fiveTasks());
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::InProgress) | TaskStatuses::bit(TaskStatus::Queued));
    QCOMPARE(names(model), (QStringList {u"dev-2"_s, u"alpha"_s}));
    const QPersistentModelIndex dev2(model.index(0, 0));
    const QPersistentModelIndex alpha(model.index(1, 0));
    QList<TaskInfo> again = fiveTasks();
    again[2].taskStatus = TaskStatus::Failed; // leaves the filter
    again[2].taskDesc = u"Checksum mismatch"_s;
    again[1].taskStatus = TaskStatus::InProgress; // Dev-9 enters it
    QCOMPARE(model.updateTasks(again), 2);
    QCOMPARE(names(model), (QStringList {u"Dev-9"_s, u"alpha"_s}));
    QVERIFY(!dev2.isValid()); // the row no longer shown leaves the views
    QCOMPARE(alpha.data().toString(), u"alpha"_s);
    QCOMPARE(model.failureReasonCounts().value(u"Checksum mismatch"_s), 2);
}

void TestTaskTableModel::updateIgnoresTasksNotLoaded()
{
    TaskTableModel model;
    model.appendTasks(fiveTasks().mid(0, 2));
    QSignalSpy updated(&model, &TaskTableModel::tasksUpdated);
    QList<TaskInfo> others = fiveTasks().mid(2);
    others[0].taskStatus = TaskStatus::Canceled;
    TaskInfo noId = makeTask(u"dev-10"_s, TaskStatus::Canceled);
    noId.taskId.clear();
    others.append(noId);
    QCOMPARE(model.updateTasks(others), 0);
    QCOMPARE(model.totalRows(), 2);
    QCOMPARE(updated.size(), 0);
    QCOMPARE(model.loadedStatusCounts()[TaskStatus::Failed], 1);
}

void TestTaskTableModel::filtersByFailureReason()
{
    TaskTableModel model;
    QList<TaskInfo> tasks = fiveTasks();
    tasks.append(makeTask(u"gamma"_s, TaskStatus::Failed, 10, u"Checksum mismatch"_s));
    tasks.append(makeTask(u"nodesc"_s, TaskStatus::Failed, 10));
    tasks.append(makeTask(u"ok"_s, TaskStatus::Succeeded, 100, u"Checksum mismatch"_s)); // not failed
    model.appendTasks(tasks);
    model.setReasonFilter(u"Checksum mismatch"_s);
    QCOMPARE(names(model), (QStringList {u"beta"_s, u"gamma"_s}));
    QVERIFY(model.isFiltered());
    model.setReasonFilter(QString()); // failed without a reason
    QCOMPARE(names(model), QStringList {u"nodesc"_s});
    model.setNameFilter(u"x"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setNameFilter(QString());
    model.setReasonFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(!model.isFiltered());
}

void TestTaskTableModel::filtersStuckDevicesByTheirTimeout()
{
    TaskTableModel model;
    QList<TaskInfo> tasks {
            makeTask(u"fresh"_s, TaskStatus::InProgress, 40, {}, 58), // changed 2 min before "now"
            makeTask(u"stale"_s, TaskStatus::InProgress, 40, {}, 50), // 10 min: over its 5
            makeTask(u"waiting"_s, TaskStatus::Notified, 0, {}, 0), // 60 min
            makeTask(u"long"_s, TaskStatus::InProgress, 40, {}, 0), // 60 min, but its own timeout is 90
            makeTask(u"own"_s, TaskStatus::InProgress, 40, {}, 0), // no timeout of its own: the batch's
            makeTask(u"done"_s, TaskStatus::Succeeded, 100, {}, 0), // finished: never stuck
            makeTask(u"queued"_s, TaskStatus::Queued, -1, {}, 0), // not started: never stuck
    };
    tasks[3].timeoutMinutes = 90;
    tasks[4].timeoutMinutes = -1;
    model.appendTasks(tasks);
    const qint64 now = kBase.addSecs(60 * 60).toMSecsSinceEpoch();
    QCOMPARE(model.stuckCount({now, 120}), 2); // "own" waits for the batch's 120 minutes
    QCOMPARE(model.stuckCount({now, 30}), 3);
    QCOMPARE(model.stuckCount({now, -1}), 2); // without the batch's timeout, "own" says nothing
    model.setStuckFilter(TaskTableModel::StuckRule {now, 30});
    QCOMPARE(names(model), (QStringList {u"stale"_s, u"waiting"_s, u"own"_s}));
    // Time moves on: "fresh" joins, and a selected row stays selected.
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(1, 0), QItemSelectionModel::SelectCurrent);
    model.setStuckFilter(TaskTableModel::StuckRule {now + 4 * 60 * 1000, 30});
    QCOMPARE(names(model), (QStringList {u"fresh"_s, u"stale"_s, u"waiting"_s, u"own"_s}));
    QCOMPARE(selection.currentIndex().data().toString(), u"waiting"_s);
    model.setStuckFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 7);
}

void TestTaskTableModel::listsDeviceNamesOfUnfinishedRows()
{
    TaskTableModel model;
    model.appendTasks(fiveTasks());
    const quint8 unfinished
            = TaskStatuses::bit(TaskStatus::InProgress) | TaskStatuses::bit(TaskStatus::Queued);
    QCOMPARE(model.deviceNamesOf(unfinished, 50), (QStringList {u"dev-2"_s, u"alpha"_s}));
    QCOMPARE(model.deviceNamesOf(unfinished, 1), QStringList {u"dev-2"_s});
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Failed)); // whatever the filter shows
    QCOMPARE(model.deviceNamesOf(unfinished, 50).size(), 2);
}

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
