#include "SimFleet.h"
#include "SimTaskStatus.h"
#include "TaskIndex.h"
#include "TaskLedger.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace SimTaskStatus;

// A batch's device tasks by status: the checkpointed index pages exactly like a scan over every task, across
// its 1,024-task blocks, and the user's cancellations (TaskLedger) move tasks to CANCELED.
class TestTaskIndex : public QObject
{
    Q_OBJECT
private slots:
    void countsTheStatusShown();
    void pagesLikeAFilteredScan_data();
    void pagesLikeAFilteredScan();
    void answersEmptyPagesForWhatIsNotThere();
    void showsCanceledTasksAsCanceled();
    void showsATaskSentAgainAsQueued();
    void coversStatusesByFlag_data();
    void coversStatusesByFlag();
};

namespace {

// status | failure reason << 3, from a fixed sequence: every status, FAILED with every reason.
std::vector<quint8> someCodes(int n, quint32 seed = 42)
{
    QRandomGenerator random(seed);
    std::vector<quint8> codes(static_cast<std::size_t>(n));
    for (quint8 &code : codes) {
        const int status = int(random.bounded(int(kCount)));
        code = quint8(status == Failed ? status | random.bounded(5) << 3 : status);
    }
    return codes;
}

// What page() must give, by brute force.
QList<int> scan(const TaskIndex &index, std::optional<int> status, qint64 offset, int limit)
{
    QList<int> all;
    for (int i = 0; i < index.size(); ++i) {
        if (!status || index.status(i) == *status)
            all.append(i);
    }
    return all.mid(offset, limit);
}

} // namespace

void TestTaskIndex::countsTheStatusShown()
{
    const std::vector<quint8> codes = someCodes(3000);
    const TaskIndex index(codes, TaskLedger());
    QCOMPARE(index.size(), 3000);
    TaskIndex::Counts expected {};
    for (std::size_t i = 0; i < codes.size(); ++i) {
        ++expected[codes[i] & 7];
        QCOMPARE(index.code(int(i)), codes[i]);
        QCOMPARE(index.status(int(i)), codes[i] & 7);
    }
    QCOMPARE(index.counts(), expected);
    int total = 0;
    for (int s = 0; s < kCount; ++s)
        total += index.count(s);
    QCOMPARE(total, 3000);
}

void TestTaskIndex::pagesLikeAFilteredScan_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("a block less one") << TaskIndex::kBlock - 1;
    QTest::newRow("a block") << TaskIndex::kBlock;
    QTest::newRow("a block and one") << TaskIndex::kBlock + 1;
    QTest::newRow("many blocks") << 10 * TaskIndex::kBlock + 317;
}

void TestTaskIndex::pagesLikeAFilteredScan()
{
    QFETCH(int, size);
    const TaskIndex index(someCodes(size), TaskLedger());
    QList<std::optional<int>> filters {std::nullopt};
    for (int s = 0; s < kCount; ++s)
        filters.append(s);
    for (const std::optional<int> &status : std::as_const(filters)) {
        const qint64 count = status ? index.count(*status) : index.size();
        for (const qint64 offset : {qint64(0), qint64(1), count / 2, count - 1, count, count + 5,
                                    qint64(TaskIndex::kBlock / 7 - 1), qint64(TaskIndex::kBlock / 7)}) {
            if (offset < 0)
                continue;
            for (const int limit : {1, 7, 100, 2000}) {
                QCOMPARE(index.page(status, offset, limit), scan(index, status, offset, limit));
            }
        }
    }
}

void TestTaskIndex::answersEmptyPagesForWhatIsNotThere()
{
    const TaskIndex index(someCodes(50), TaskLedger());
    QVERIFY(index.page(std::nullopt, -1, 10).isEmpty());
    QVERIFY(index.page(std::nullopt, 0, 0).isEmpty());
    QVERIFY(index.page(int(kCount), 0, 10).isEmpty()); // an unknown status
    QVERIFY(index.page(std::nullopt, 50, 10).isEmpty());
    QCOMPARE(index.page(std::nullopt, 45, 10), (QList<int> {45, 46, 47, 48, 49}));
}

void TestTaskIndex::showsCanceledTasksAsCanceled()
{
    const std::vector<quint8> codes = someCodes(5000);
    TaskLedger ledger;
    TaskIndex index(codes, ledger);
    const TaskIndex::Counts before = index.counts();
    QVERIFY(ledger.isEmpty());
    QCOMPARE(ledger.changedAtMs(7), -1);
    QCOMPARE(ledger.statusOf(7), -1);

    const qint64 at = 1705307400000;
    const int canceled = ledger.cancel(index, 1 << Queued | 1 << InProgress, at);
    QCOMPARE(canceled, before[Queued] + before[InProgress]);
    // The ledger has them; the index shows them once it is told.
    QCOMPARE(index.counts(), before);
    index.reindex(ledger);
    QCOMPARE(index.count(Queued), 0);
    QCOMPARE(index.count(InProgress), 0);
    QCOMPARE(index.count(Canceled), before[Canceled] + canceled);
    QCOMPARE(index.count(Failed), before[Failed]);
    for (int i = 0; i < index.size(); ++i) {
        const int generated = codes[std::size_t(i)] & 7;
        const bool byUser = generated == Queued || generated == InProgress;
        QCOMPARE(ledger.statusOf(i) == Canceled, byUser);
        QCOMPARE(ledger.changedAtMs(i), byUser ? at : -1);
        QCOMPARE(index.status(i), byUser ? int(Canceled) : generated);
        QCOMPARE(index.code(i), codes[std::size_t(i)]); // the generated code stays, failure reason and all
    }
    QCOMPARE(index.page(int(Canceled), 3, 50), scan(index, int(Canceled), 3, 50));

    // Canceled tasks are not canceled again: nothing is left to cancel, and the times stay.
    QCOMPARE(ledger.cancel(index, 1 << Queued | 1 << InProgress, at + 1000), 0);
    for (int i = 0; i < index.size(); ++i) {
        if (ledger.statusOf(i) == Canceled)
            QCOMPARE(ledger.changedAtMs(i), at);
    }

    ledger.clear();
    index.reindex(ledger);
    QCOMPARE(index.counts(), before);
}

void TestTaskIndex::coversStatusesByFlag_data()
{
    QTest::addColumn<int>("targets");
    QTest::addColumn<bool>("scheduled");
    QTest::addColumn<int>("statuses");
    QTest::newRow("queued, started") << int(SimFleet::CancelQueued) << false << (1 << Queued);
    QTest::newRow("queued, planned") << int(SimFleet::CancelQueued) << true << 0;
    QTest::newRow("scheduled, planned") << int(SimFleet::CancelScheduled) << true << (1 << Queued);
    QTest::newRow("scheduled, started") << int(SimFleet::CancelScheduled) << false << 0;
    QTest::newRow("notified") << int(SimFleet::CancelNotified) << false << (1 << Notified);
    QTest::newRow("in progress") << int(SimFleet::CancelInProgress) << false << (1 << InProgress);
    QTest::newRow("unconfirmed") << int(SimFleet::CancelUnconfirmed) << false << (1 << Confirm);
    QTest::newRow("every flag") << int(SimFleet::CancelScheduled | SimFleet::CancelQueued
                                       | SimFleet::CancelNotified | SimFleet::CancelInProgress
                                       | SimFleet::CancelUnconfirmed)
                                << false << (1 << Confirm | 1 << Queued | 1 << Notified | 1 << InProgress);
}

void TestTaskIndex::coversStatusesByFlag()
{
    QFETCH(int, targets);
    QFETCH(bool, scheduled);
    QFETCH(int, statuses);
    QCOMPARE(int(TaskLedger::statusesCovered(targets, scheduled)), statuses);
}

void TestTaskIndex::showsATaskSentAgainAsQueued()
{
    const std::vector<quint8> codes = someCodes(3000);
    TaskLedger ledger;
    TaskIndex index(codes, ledger);
    const TaskIndex::Counts before = index.counts();
    const QList<int> failed = index.page(int(Failed), 0, 3);
    QCOMPARE(failed.size(), 3);
    for (const int task : failed)
        ledger.set(index.size(), task, Queued, 1000);
    index.reindex(ledger);
    QCOMPARE(index.count(Failed), before[Failed] - 3);
    QCOMPARE(index.count(Queued), before[Queued] + 3);
    for (const int task : failed) {
        QCOMPARE(index.status(task), int(Queued));
        QCOMPARE(index.code(task), codes[std::size_t(task)]);
        QCOMPARE(ledger.changedAtMs(task), 1000);
    }
    QCOMPARE(index.page(int(Queued), 0, 5000), scan(index, int(Queued), 0, 5000));
}

QTEST_GUILESS_MAIN(TestTaskIndex)
#include "tst_taskindex.moc"
