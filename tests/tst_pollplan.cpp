#include "services/PollPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);

PollPlan::Batch batch(const QString &status, const QDateTime &lastRead = {}, bool settled = false)
{
    PollPlan::Batch b;
    b.status = status;
    b.lastReadUtc = lastRead;
    b.settled = settled;
    return b;
}

// 50 watched batches: 40 running, 2 planned to start in 30 s, 3 planned in two hours, 3 finished and read
// once more since, 2 finished and not yet.
QList<PollPlan::Batch> fiftyBatches(const QDateTime &lastRead)
{
    QList<PollPlan::Batch> batches;
    for (int i = 0; i < 40; ++i)
        batches.append(batch(u"IN_PROGRESS"_s, lastRead));
    for (int i = 0; i < 5; ++i) {
        PollPlan::Batch planned = batch(u"PLANNED"_s, lastRead);
        planned.scheduledStartUtc = kNow.addSecs(i < 2 ? 30 : 7200);
        batches.append(planned);
    }
    for (int i = 0; i < 5; ++i)
        batches.append(batch(u"COMPLETED"_s, lastRead, i < 3));
    return batches;
}
} // namespace

class TestPollPlan : public QObject
{
    Q_OBJECT
private slots:
    void readsWhatEachStatusNeeds();
    void fiftyBatchesAtOneMinuteFitTheBudget();
    void stretchesTheIntervalWhenTheyDoNotFitAndSaysSo();
    void readsAPlannedBatchAroundItsStart();
    void putsTheOpenBatchFirst();
};

void TestPollPlan::readsWhatEachStatusNeeds()
{
    QCOMPARE(PollPlan::callsFor(batch(u"IN_PROGRESS"_s)), 9);
    QCOMPARE(PollPlan::callsFor(batch(QString())), 9); // not known yet: it may be running
    QCOMPARE(PollPlan::callsFor(batch(u"PLANNED"_s)), 1);
    QCOMPARE(PollPlan::callsFor(batch(u"COMPLETED"_s)), 9); // once more, with its last counts
    QCOMPARE(PollPlan::callsFor(batch(u"CANCELED"_s, {}, true)), 0); // then never again
    QCOMPARE(PollPlan::budgetPerMinute(10), 450); // three quarters of 600
    QCOMPARE(PollPlan::budgetPerMinute(4), 180);
}

void TestPollPlan::fiftyBatchesAtOneMinuteFitTheBudget()
{
    const QList<PollPlan::Batch> batches = fiftyBatches({});
    const PollPlan::Result first = PollPlan::plan(batches, kNow, 60, PollPlan::budgetPerMinute(10));
    QVERIFY(!first.stretched);
    QCOMPARE(first.intervalSecs, 60);
    QCOMPARE(first.batchCount, 47);
    // 40 × 9 + 2 × 1 + 3 × 1 every 15 min + 2 × 9 a minute.
    QCOMPARE(first.wantedPerMinute, 40 * 9 + 2 + 3 * 60.0 / 900 + 2 * 9);
    QVERIFY(first.plannedPerMinute <= first.budgetPerMinute);
    QVERIFY(first.plannedPerMinute <= 600); // the account's 10 a second
    QCOMPARE(first.due.size(), 47); // every batch not settled: none was read yet
    QVERIFY(PollPlan::describe(first).isEmpty());

    // A minute after every batch was read: the running ones, the two about to start and the finished ones
    // not settled; the far planned ones wait for their 15 minutes.
    const PollPlan::Result next = PollPlan::plan(fiftyBatches(kNow.addSecs(-60)), kNow, 60, 450);
    QCOMPARE(next.due.size(), 40 + 2 + 2);
    QVERIFY(!next.due.contains(42));
    QVERIFY(!next.due.contains(45)); // settled
    const PollPlan::Result later = PollPlan::plan(fiftyBatches(kNow.addSecs(-900)), kNow, 60, 450);
    QCOMPARE(later.due.size(), 47);
    // Half a minute after: nothing is due.
    QVERIFY(PollPlan::plan(fiftyBatches(kNow.addSecs(-30)), kNow, 60, 450).due.isEmpty());
}

void TestPollPlan::stretchesTheIntervalWhenTheyDoNotFitAndSaysSo()
{
    QList<PollPlan::Batch> running;
    for (int i = 0; i < 50; ++i)
        running.append(batch(u"IN_PROGRESS"_s));
    // 50 × 9 = 450 a minute: exactly the budget at 10 a second.
    QVERIFY(!PollPlan::plan(running, kNow, 60, PollPlan::budgetPerMinute(10)).stretched);

    // At 5 a second (225 a minute for the watch list) every 2 minutes instead.
    const PollPlan::Result slow = PollPlan::plan(running, kNow, 60, PollPlan::budgetPerMinute(5));
    QVERIFY(slow.stretched);
    QCOMPARE(slow.chosenSecs, 60);
    QCOMPARE(slow.intervalSecs, 120);
    QCOMPARE(slow.plannedPerMinute, 225.0);
    QVERIFY(slow.plannedPerMinute <= slow.budgetPerMinute);
    QCOMPARE(PollPlan::describe(slow),
             u"Refreshing 50 batch(es) every 1 min needs 450 requests a minute, more than the 225 the watch "
             u"list "
             u"may use (three quarters of the rate chosen in Preferences): they are refreshed every 2 min "
             u"instead."_s);
    // An uneven stretch: 51 batches at 5 a second need 459 a minute, 225 allowed: 123 s.
    running.append(batch(u"IN_PROGRESS"_s));
    const PollPlan::Result uneven = PollPlan::plan(running, kNow, 60, 225);
    QCOMPARE(uneven.intervalSecs, 123);
    QVERIFY(uneven.plannedPerMinute <= 225);
    QVERIFY(PollPlan::describe(uneven).endsWith(u"every 123 s instead."_s));
    // Planned batches far from their start do not stretch: their own pace is slower than the rounds.
    QList<PollPlan::Batch> planned(400, batch(u"PLANNED"_s, kNow.addSecs(-900)));
    const PollPlan::Result calm = PollPlan::plan(planned, kNow, 60, 225);
    QVERIFY(!calm.stretched); // 400 reads every 15 min: 26.7 a minute
}

void TestPollPlan::readsAPlannedBatchAroundItsStart()
{
    PollPlan::Batch planned = batch(u"PLANNED"_s, kNow.addSecs(-60));
    planned.scheduledStartUtc = kNow.addSecs(300);
    QVERIFY(PollPlan::plan({planned}, kNow, 60, 450).due.isEmpty()); // 5 minutes before: not yet
    planned.scheduledStartUtc = kNow.addSecs(60);
    QCOMPARE(PollPlan::plan({planned}, kNow, 60, 450).due, QList<int>({0})); // within a round of it
    planned.scheduledStartUtc = kNow.addSecs(-120);
    QCOMPARE(PollPlan::plan({planned}, kNow, 60, 450).due, QList<int>({0})); // should have started
    // Without a scheduled start, every 15 minutes.
    planned.scheduledStartUtc = QDateTime();
    QVERIFY(PollPlan::plan({planned}, kNow, 60, 450).due.isEmpty());
    planned.lastReadUtc = kNow.addSecs(-900);
    QCOMPARE(PollPlan::plan({planned}, kNow, 60, 450).due, QList<int>({0}));
}

void TestPollPlan::putsTheOpenBatchFirst()
{
    QList<PollPlan::Batch> batches = fiftyBatches({});
    batches[30].open = true;
    const PollPlan::Result result = PollPlan::plan(batches, kNow, 60, 450);
    QCOMPARE(result.due.first(), 30);
    QCOMPARE(result.due.at(1), 0); // then in list order
    QCOMPARE(result.due.at(30), 29);
    QCOMPARE(result.due.at(31), 31);
}

QTEST_GUILESS_MAIN(TestPollPlan)
#include "tst_pollplan.moc"
