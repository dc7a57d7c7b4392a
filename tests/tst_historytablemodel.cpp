#include "models/HistoryTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// HistoryTableModel: the fetches of one batch, newest first, with the counts of the nearest count round.
class TestHistoryTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void passesModelTesterThroughEveryOperation();
    void listsFetchesNewestFirstInTheChosenZone();
    void showsTheStatusAsAWordAndTheCodeOnHover();
    void takesTheCountsOfTheNearestRound();
    void leavesCountsBlankWithoutARound();
    void namesColumnsInEnglish();

private:
    QList<HistoryJobSnapshot> m_snapshots;
    QList<HistoryCountsPoint> m_counts;
};

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

HistoryJobSnapshot snapshot(const QString &at, const QString &status)
{
    HistoryJobSnapshot s;
    s.profile = u"prod"_s;
    s.jobId = u"job-1"_s;
    s.fetchedAtUtc = utc(at);
    s.body = "{}";
    s.jobStatus = status;
    return s;
}

HistoryCountsPoint point(const QString &at, qint64 queued, qint64 inProgress, qint64 succeeded, qint64 failed)
{
    HistoryCountsPoint p;
    p.atUtc = utc(at);
    p.counts[TaskStatus::Queued] = queued;
    p.counts[TaskStatus::InProgress] = inProgress;
    p.counts[TaskStatus::Succeeded] = succeeded;
    p.counts[TaskStatus::Failed] = failed;
    return p;
}

const QTimeZone kShanghai(8 * 3600);

} // namespace

void TestHistoryTableModel::init()
{
    // As HistoryStore gives them: snapshots newest first, counts oldest first.
    m_snapshots = {snapshot(u"2024-05-01T12:00:00Z"_s, u"COMPLETED"_s),
                   snapshot(u"2024-05-01T10:40:00Z"_s, u"IN_PROGRESS"_s),
                   snapshot(u"2024-05-01T10:20:00Z"_s, u"IN_PROGRESS"_s),
                   snapshot(u"2024-05-01T10:00:00Z"_s, u"PLANNED"_s)};
    m_counts = {point(u"2024-05-01T10:00:05Z"_s, 100, 0, 0, 0),
                point(u"2024-05-01T11:00:00Z"_s, 20, 30, 45, 5),
                point(u"2024-05-01T12:00:03Z"_s, 0, 0, 1200, 30)};
}

void TestHistoryTableModel::passesModelTesterThroughEveryOperation()
{
    HistoryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(m_snapshots, m_counts);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), HistoryTableModel::ColumnCount);
    model.setTimeZone(kShanghai);
    model.setHistory(m_snapshots.mid(0, 1), {});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setHistory({}, m_counts); // counts without fetches: no rows
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestHistoryTableModel::listsFetchesNewestFirstInTheChosenZone()
{
    HistoryTableModel model;
    model.setTimeZone(kShanghai);
    // Given oldest first, still shown newest first.
    QList<HistoryJobSnapshot> reversed(m_snapshots.crbegin(), m_snapshots.crend());
    model.setHistory(reversed, m_counts);
    QStringList times;
    for (int row = 0; row < model.rowCount(); ++row)
        times.append(model.index(row, HistoryTableModel::FetchedAt).data().toString());
    QCOMPARE(times,
             (QStringList {u"2024-05-01 20:00:00"_s, u"2024-05-01 18:40:00"_s, u"2024-05-01 18:20:00"_s,
                           u"2024-05-01 18:00:00"_s}));
    const QModelIndex first = model.index(0, HistoryTableModel::FetchedAt);
    QCOMPARE(first.data(HistoryTableModel::FetchedAtUtcRole).toDateTime(), utc(u"2024-05-01T12:00:00Z"_s));
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), u"2024-05-01 12:00:00 UTC"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTimeZone(QTimeZone(0));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(first.data().toString(), u"2024-05-01 12:00:00"_s);
}

void TestHistoryTableModel::showsTheStatusAsAWordAndTheCodeOnHover()
{
    HistoryTableModel model;
    model.setHistory(m_snapshots, m_counts);
    const QModelIndex status = model.index(1, HistoryTableModel::JobStatus);
    QCOMPARE(status.data().toString(), u"In progress"_s);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"IN_PROGRESS"_s);
    QCOMPARE(status.data(HistoryTableModel::RawStatusRole).toString(), u"IN_PROGRESS"_s);
    QCOMPARE(model.index(0, HistoryTableModel::JobStatus).data().toString(), u"Completed"_s);
    // A status the reference does not list is kept as received.
    model.setHistory({snapshot(u"2024-05-02T00:00:00Z"_s, u"PAUSED"_s)}, {});
    QCOMPARE(model.index(0, HistoryTableModel::JobStatus).data().toString(), u"PAUSED"_s);
}

void TestHistoryTableModel::takesTheCountsOfTheNearestRound()
{
    HistoryTableModel model;
    model.setHistory(m_snapshots, m_counts);
    const auto count = [&model](int row, int column) {
        return model.index(row, column).data(HistoryTableModel::CountRole).toLongLong();
    };
    const int succeeded = HistoryTableModel::columnOf(TaskStatus::Succeeded);
    const int failed = HistoryTableModel::columnOf(TaskStatus::Failed);
    const int queued = HistoryTableModel::columnOf(TaskStatus::Queued);
    // 12:00 -> the round 3 s later; 10:40 -> 11:00 (20 min) rather than 10:00:05 (40 min); 10:20 and 10:00
    // -> 10:00:05.
    QCOMPARE(count(0, succeeded), 1200);
    QCOMPARE(count(0, failed), 30);
    QCOMPARE(count(0, HistoryTableModel::Total), 1230);
    QCOMPARE(count(1, succeeded), 45);
    QCOMPARE(count(1, HistoryTableModel::Total), 100);
    QCOMPARE(count(2, queued), 100);
    QCOMPARE(count(3, queued), 100);
    QCOMPARE(model.index(1, HistoryTableModel::Total).data(HistoryTableModel::CountsAtUtcRole).toDateTime(),
             utc(u"2024-05-01T11:00:00Z"_s));
    // Shown with the locale's digit grouping, right-aligned.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(model.index(0, succeeded).data().toString(), u"1,200"_s);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(model.index(0, succeeded).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(model.index(1, succeeded)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Device tasks counted at "));
}

void TestHistoryTableModel::leavesCountsBlankWithoutARound()
{
    HistoryTableModel model;
    model.setHistory(m_snapshots, {});
    for (int column = HistoryTableModel::Total; column < HistoryTableModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(0, column);
        QVERIFY(!index.data().isValid());
        QVERIFY(!index.data(HistoryTableModel::CountRole).isValid());
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), u"No device tasks were counted for this batch."_s);
    }
}

void TestHistoryTableModel::namesColumnsInEnglish()
{
    HistoryTableModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers,
             (QStringList {u"Fetched at"_s, u"Batch status"_s, u"Devices"_s, u"Awaiting confirmation"_s,
                           u"Queued"_s, u"Notified"_s, u"In progress"_s, u"Succeeded"_s, u"Failed"_s,
                           u"Canceled"_s}));
}

QTEST_GUILESS_MAIN(TestHistoryTableModel)
#include "tst_historytablemodel.moc"
