#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "api/TaskCountsFetcher.h"
#include "ota/CountsSummary.h"
#include "services/BatchCounts.h"
#include "state/BatchStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// A round of task counts: what it reads, in which order and why, and what it says when tasks moved while it
// read them (CountsSummary), against the simulated gateway's live batch on a manual clock.
class TestCountsRound : public QObject
{
    Q_OBJECT
private slots:
    void readsTheTotalFirstThenAgainstTheFlow();
    void liveRoundsMissMovingTasksButNeverCountThemTwice();
    void sharesAreOfTheBatchTotal();
    void saysHowMuchTheCountsMoved();
    void roundsPercentagesDown();
    void headlineNamesEveryGroup();
};

void TestCountsRound::readsTheTotalFirstThenAgainstTheFlow()
{
    SchedulerOnSimulator net;
    QVERIFY(net.listen());
    QStringList order;
    net.sim.setFaultRule(
            [&order](const QString &action, const QueryPairs &params) -> std::optional<OtaSimulator::Fault> {
                if (action == u"ListOTATaskByJob") {
                    QString status = u"(none)"_s;
                    for (const auto &[key, value] : params) {
                        if (key == u"TaskStatus")
                            status = value;
                    }
                    order.append(status);
                }
                return std::nullopt;
            });
    TaskCountsFetcher counts(net.scheduler.get());
    QSignalSpy finished(&counts, &TaskCountsFetcher::finished);
    counts.fetch(net.config(), SimFleet::bigJobId());
    QVERIFY(net.waitFor(finished));
    QCOMPARE(order,
             (QStringList {u"(none)"_s, u"CANCELED"_s, u"FAILED"_s, u"SUCCEEDED"_s, u"IN_PROGRESS"_s,
                           u"NOTIFIED"_s, u"QUEUED"_s, u"CONFIRM"_s}));
}

void TestCountsRound::liveRoundsMissMovingTasksButNeverCountThemTwice()
{
    SchedulerOnSimulator net;
    QVERIFY(net.listen());
    net.sim.fleet().setLiveJobStart(net.clock.nowUtc());
    BatchStore store;
    BatchCounts counts(net.scheduler.get(), &store);
    const Account account {u"Demo"_s, net.config(), {}, false};
    QSignalSpy finished(&counts, &BatchCounts::finished);
    int rounds = 0;
    int roundsThatMoved = 0;
    qint64 mostMissed = 0;
    // A round every 10 s of the clock for the whole rollout (and a minute after it).
    for (qint64 elapsed = 0; elapsed <= (SimFleet::kLiveJobMinutes + 1) * 60 * 1000; elapsed += 10000) {
        counts.fetch(account, SimFleet::liveJobId());
        QVERIFY(net.waitFor(finished));
        const auto reading = finished.last().at(1).value<std::optional<CountsReading>>();
        QVERIFY(reading);
        const CountsSummary summary = CountsSummary::of(reading->counts, reading->batchTotal);
        QCOMPARE(summary.total(), qint64(SimFleet::kLiveJobTaskCount));
        QVERIFY2(summary.moved() >= 0,
                 qPrintable(u"round at %1 ms counted %2"_s.arg(elapsed).arg(summary.counted())));
        ++rounds;
        if (summary.moved() > 0)
            ++roundsThatMoved;
        mostMissed = std::max(mostMissed, summary.moved());
        const qint64 spent = net.clock.monotonicMs() % 10000;
        QVERIFY(net.time.advance(10000 - spent));
    }
    // Tasks move every 120 ms while the eight reads take 728 ms: most rounds in the rollout miss a few.
    QVERIFY2(roundsThatMoved > 5, qPrintable(QString::number(roundsThatMoved)));
    QVERIFY(mostMissed < 20);
    // After the rollout nothing moves: the last round adds up exactly, every task complete.
    const auto last = finished.last().at(1).value<std::optional<CountsReading>>();
    const CountsSummary end = CountsSummary::of(last->counts, last->batchTotal);
    QCOMPARE(end.moved(), 0);
    QCOMPARE(end.complete(), qint64(SimFleet::kLiveJobTaskCount));
    QCOMPARE(end.movedNote(), QString());
    QVERIFY(rounds > 60);
}

void TestCountsRound::sharesAreOfTheBatchTotal()
{
    TaskStatusCounts counts;
    counts[TaskStatus::Succeeded] = 780;
    counts[TaskStatus::Failed] = 35;
    counts[TaskStatus::Canceled] = 5;
    counts[TaskStatus::InProgress] = 100;
    counts[TaskStatus::Notified] = 20;
    counts[TaskStatus::Queued] = 50;
    counts[TaskStatus::Confirm] = 4; // 994 counted
    const CountsSummary read = CountsSummary::of(counts, 1000);
    QCOMPARE(read.total(), 1000);
    QCOMPARE(read.counted(), 994);
    QCOMPARE(read.moved(), 6);
    QCOMPARE(read.succeededPercent(), 78.0);
    QCOMPARE(read.failedPercent(), 3.5);
    QCOMPARE(read.completePercent(), 82.0);
    QCOMPARE(read.inFlight(), 120);
    QCOMPARE(read.notStarted(), 54);
    // Without the batch's total (an older record): of the statuses' sum, and nothing said to have moved.
    const CountsSummary unread = CountsSummary::of(counts);
    QCOMPARE(unread.total(), 994);
    QCOMPARE(unread.moved(), 0);
    QCOMPARE(CountsSummary().completePercent(), 0.0);
}

void TestCountsRound::saysHowMuchTheCountsMoved()
{
    TaskStatusCounts counts;
    counts[TaskStatus::Succeeded] = 1994;
    const QLocale c(QLocale::English, QLocale::UnitedStates); // no translator: the source's plurals
    QCOMPARE(CountsSummary::of(counts, 2000).movedNote(c),
             u"Tasks moved while they were counted: the statuses add up to 1,994 of the batch's 2,000 (6 "
             u"task(s) "
             u"changed status between two reads and were missed)."_s);
    QCOMPARE(CountsSummary::of(counts, 1993).movedNote(c),
             u"Tasks moved while they were counted: the statuses add up to 1,994, 1 more than the batch's "
             u"1,993 "
             u"(counted twice between two reads)."_s);
    QCOMPARE(CountsSummary::of(counts, 1994).movedNote(c), QString());
    QVERIFY(CountsSummary::of(counts, 2000)
                    .details(c)
                    .endsWith(CountsSummary::of(counts, 2000).movedNote(c)));
}

void TestCountsRound::roundsPercentagesDown()
{
    const QLocale c = QLocale::c();
    QCOMPARE(CountsSummary::percentText(99.99, c), u"99.9 %"_s); // not 100.0 % while one task is left
    QCOMPARE(CountsSummary::percentText(100.0, c), u"100.0 %"_s);
    QCOMPARE(CountsSummary::percentText(0.04, c), u"0.0 %"_s);
}

void TestCountsRound::headlineNamesEveryGroup()
{
    TaskStatusCounts counts;
    counts[TaskStatus::Succeeded] = 1560;
    counts[TaskStatus::Failed] = 70;
    counts[TaskStatus::InProgress] = 100;
    counts[TaskStatus::Notified] = 20;
    counts[TaskStatus::Queued] = 250;
    const CountsSummary summary = CountsSummary::of(counts, 2000);
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(summary.headline(c),
             u"1,560 succeeded (78.0 %) · 70 failed (3.5 %) · 120 in flight · 250 not started"_s);
    QCOMPARE(summary.shortHeadline(c), u"78.0 % succeeded · 3.5 % failed"_s);
    QVERIFY(summary.details(c).startsWith(u"2,000 task(s): 1,630 complete (81.5 %)"_s));
    QVERIFY(summary.details(c).contains(CountsSummary::definitions()));
}

QTEST_GUILESS_MAIN(TestCountsRound)
#include "tst_countsround.moc"
