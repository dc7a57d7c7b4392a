#include "models/HistoryTableModel.h"
#include "util/DisplayZone.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// HistoryTableModel: the history of one batch, newest first, one row per refresh: a fetch with the counts of
// its own round or none, and rounds read without a fetch as rows of their own.
class TestHistoryTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void passesModelTesterThroughEveryOperation();
    void listsFetchesNewestFirstInTheChosenZone();
    void showsTheStatusAsAWordAndTheCodeOnHover();
    void carriesOnlyItsOwnRound();
    void showsRoundsWithoutAFetchAsRowsOfTheirOwn();
    void neverRepeatsARoundOnLaterFetches();
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
    QCOMPARE(model.rowCount(), 5); // four fetches, one round of its own
    QCOMPARE(model.columnCount(), HistoryTableModel::ColumnCount);
    model.setTimeZone(kShanghai);
    model.setHistory(m_snapshots.mid(0, 1), {});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setHistory({}, m_counts); // counts without fetches: a row per round
    QCOMPARE(model.rowCount(), 3);
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
    // The round at 11:00 (19:00 here) was read without a fetch: its row has no fetch time.
    QCOMPARE(times,
             (QStringList {u"2024-05-01 20:00:00"_s, QString(), u"2024-05-01 18:40:00"_s,
                           u"2024-05-01 18:20:00"_s, u"2024-05-01 18:00:00"_s}));
    QCOMPARE(model.index(1, HistoryTableModel::CountedAt).data().toString(), u"2024-05-01 19:00:00"_s);
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
    const QModelIndex status = model.index(2, HistoryTableModel::JobStatus);
    QCOMPARE(status.data().toString(), u"In progress"_s);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"IN_PROGRESS"_s);
    QCOMPARE(status.data(HistoryTableModel::RawStatusRole).toString(), u"IN_PROGRESS"_s);
    QCOMPARE(model.index(0, HistoryTableModel::JobStatus).data().toString(), u"Completed"_s);
    // A status the reference does not list is kept as received.
    model.setHistory({snapshot(u"2024-05-02T00:00:00Z"_s, u"PAUSED"_s)}, {});
    QCOMPARE(model.index(0, HistoryTableModel::JobStatus).data().toString(), u"PAUSED"_s);
}

void TestHistoryTableModel::carriesOnlyItsOwnRound()
{
    HistoryTableModel model;
    model.setHistory(m_snapshots, m_counts);
    const auto count = [&model](int row, int column) {
        return model.index(row, column).data(HistoryTableModel::CountRole);
    };
    const int succeeded = HistoryTableModel::columnOf(TaskStatus::Succeeded);
    const int failed = HistoryTableModel::columnOf(TaskStatus::Failed);
    const int queued = HistoryTableModel::columnOf(TaskStatus::Queued);
    // 12:00 with the round 3 s later, 10:00 with the round 5 s later: one refresh each.
    QCOMPARE(count(0, succeeded).toLongLong(), 1200);
    QCOMPARE(count(0, failed).toLongLong(), 30);
    QCOMPARE(count(0, HistoryTableModel::Total).toLongLong(), 1230);
    QCOMPARE(model.index(0, HistoryTableModel::CountedAt)
                     .data(HistoryTableModel::CountsAtUtcRole)
                     .toDateTime(),
             utc(u"2024-05-01T12:00:03Z"_s));
    QCOMPARE(count(4, queued).toLongLong(), 100);
    QCOMPARE(model.index(4, HistoryTableModel::Total).data(HistoryTableModel::CountsAtUtcRole).toDateTime(),
             utc(u"2024-05-01T10:00:05Z"_s));
    // 10:40 and 10:20 were fetched without counting: no numbers, not those of 11:00 nor of 10:00:05.
    for (const int row : {2, 3}) {
        for (int column = HistoryTableModel::CountedAt; column < HistoryTableModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            QVERIFY2(!index.data().isValid(), qPrintable(index.data().toString()));
            QVERIFY(!index.data(HistoryTableModel::CountRole).isValid());
            QVERIFY(!index.data(HistoryTableModel::CountsAtUtcRole).isValid());
            QCOMPARE(index.data(Qt::ToolTipRole).toString(),
                     u"No device tasks were counted with this fetch."_s);
        }
    }
    // Shown with the locale's digit grouping, right-aligned, with the time they were counted.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(model.index(0, succeeded).data().toString(), u"1,200"_s);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(model.index(0, succeeded).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(model.index(0, succeeded)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Device tasks counted at "));
    QCOMPARE(model.index(0, HistoryTableModel::CountedAt).data(Qt::ToolTipRole).toString(),
             u"2024-05-01 12:00:03 UTC"_s);
}

void TestHistoryTableModel::showsRoundsWithoutAFetchAsRowsOfTheirOwn()
{
    HistoryTableModel model;
    model.setTimeZone(QTimeZone(0));
    model.setHistory(m_snapshots, m_counts);
    // The round at 11:00: its counts beside its own time, no fetch time and no status.
    const QModelIndex fetched = model.index(1, HistoryTableModel::FetchedAt);
    QVERIFY(!fetched.data().isValid());
    QVERIFY(!fetched.data(HistoryTableModel::FetchedAtUtcRole).isValid());
    QVERIFY(!model.index(1, HistoryTableModel::JobStatus).data().isValid());
    QCOMPARE(
            fetched.data(Qt::ToolTipRole).toString(),
            u"Only the device tasks were counted at 2024-05-01 11:00:00; the batch itself was not read then."_s);
    QCOMPARE(model.index(1, HistoryTableModel::CountedAt).data().toString(), u"2024-05-01 11:00:00"_s);
    QCOMPARE(model.index(1, HistoryTableModel::columnOf(TaskStatus::Succeeded))
                     .data(HistoryTableModel::CountRole)
                     .toLongLong(),
             45);
    QCOMPARE(model.index(1, HistoryTableModel::Total).data(HistoryTableModel::CountRole).toLongLong(), 100);
}

void TestHistoryTableModel::neverRepeatsARoundOnLaterFetches()
{
    // The case of the issue: a fetch at 06:24:52, a count round a minute later, fetches every minute until
    // 06:31 and a second round at 06:31:02 with the last fetch.
    const QDateTime first = utc(u"2024-05-01T06:24:52Z"_s);
    QList<HistoryJobSnapshot> snapshots;
    for (int minute = 0; minute <= 6; ++minute)
        snapshots.append(snapshot(first.addSecs(60 * minute).toString(Qt::ISODate), u"IN_PROGRESS"_s));
    const QList<HistoryCountsPoint> counts {point(u"2024-05-01T06:25:30Z"_s, 1800, 30, 147, 23),
                                            point(u"2024-05-01T06:30:55Z"_s, 1000, 200, 700, 100)};
    HistoryTableModel model;
    model.setTimeZone(QTimeZone(0));
    model.setHistory(snapshots, counts);
    QCOMPARE(model.rowCount(), 8); // seven fetches and the round of its own at 06:25:30
    const int succeeded = HistoryTableModel::columnOf(TaskStatus::Succeeded);
    QStringList shown; // "fetched | counted | succeeded", oldest first
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        shown.append(model.index(row, HistoryTableModel::FetchedAt).data().toString() + u" | "_s
                     + model.index(row, HistoryTableModel::CountedAt).data().toString() + u" | "_s
                     + model.index(row, succeeded).data().toString());
    }
    QCOMPARE(shown,
             (QStringList {u"2024-05-01 06:24:52 |  | "_s, u" | 2024-05-01 06:25:30 | 147"_s,
                           u"2024-05-01 06:25:52 |  | "_s, u"2024-05-01 06:26:52 |  | "_s,
                           u"2024-05-01 06:27:52 |  | "_s, u"2024-05-01 06:28:52 |  | "_s,
                           u"2024-05-01 06:29:52 |  | "_s,
                           u"2024-05-01 06:30:52 | 2024-05-01 06:30:55 | 700"_s}));
}

void TestHistoryTableModel::leavesCountsBlankWithoutARound()
{
    HistoryTableModel model;
    model.setHistory(m_snapshots, {});
    for (int column = HistoryTableModel::CountedAt; column < HistoryTableModel::ColumnCount; ++column) {
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
             (QStringList {u"Fetched at (%1)"_s.arg(DisplayZone::nameOf(QTimeZone::systemTimeZone())),
                           u"Batch status"_s, u"Counted at"_s, u"Devices"_s, u"Awaiting confirmation"_s,
                           u"Queued"_s, u"Notified"_s, u"In progress"_s, u"Succeeded"_s, u"Failed"_s,
                           u"Canceled"_s}));
}

QTEST_GUILESS_MAIN(TestHistoryTableModel)
#include "tst_historytablemodel.moc"
