#include "ota/RolloutEta.h"

#include <QTest>

using namespace Qt::StringLiterals;
using RolloutEta::Estimate;
using RolloutEta::Sample;

// The finish estimate of a rollout from its count rounds.
class TestRolloutEta : public QObject
{
    Q_OBJECT
private slots:
    void saysNothingWithoutTwoRounds();
    void estimatesFromTheRoundsOfTheWindow();
    void saysWhenEveryDeviceFinished();
    void callsAStallAfterItsTime();
    void forgetsABurstOnceItLeavesTheWindow();
    void countsTheDevicesADynamicBatchAdds();
    void capsThePaceAtThePushLimit();
    void comparesWithTheScheduledFinish();
    void takesRoundsInAnyOrder();
    void followsThePushWhileDevicesWait();
};

namespace {
const QDateTime kStart(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);

// A round `minutes` after kStart.
Sample at(double minutes, qint64 complete, qint64 total)
{
    return {kStart.addMSecs(qint64(minutes * 60000.0)), complete, total};
}
} // namespace

void TestRolloutEta::saysNothingWithoutTwoRounds()
{
    QCOMPARE(RolloutEta::estimate({}).state, Estimate::State::NoData);
    QCOMPARE(RolloutEta::estimate({}).remaining, qint64(-1));
    const Estimate one = RolloutEta::estimate({at(0, 100, 1000)});
    QCOMPARE(one.state, Estimate::State::NoData);
    QCOMPARE(one.remaining, qint64(900));
    QCOMPARE(one.readAtUtc, kStart);
    QVERIFY(!one.finishUtc.isValid());
    // Two rounds, nothing finished between them, not long enough to be a stall.
    const Estimate still = RolloutEta::estimate({at(0, 100, 1000), at(1, 100, 1000)});
    QCOMPARE(still.state, Estimate::State::NoData);
    QCOMPARE(still.lastProgressUtc, kStart);
    // No task at all.
    QCOMPARE(RolloutEta::estimate({at(0, 0, 0), at(1, 0, 0)}).state, Estimate::State::NoData);
}

void TestRolloutEta::estimatesFromTheRoundsOfTheWindow()
{
    // 20 devices a minute from minute 10 to 20: 600 remain, 30 minutes more.
    const Estimate eta
            = RolloutEta::estimate({at(0, 0, 1000), at(10, 200, 1000), at(15, 300, 1000), at(20, 400, 1000)});
    QCOMPARE(eta.state, Estimate::State::Estimated);
    QCOMPARE(eta.remaining, qint64(600));
    QCOMPARE(eta.measuredPerMinute, 20.0);
    QCOMPARE(eta.perMinute, 20.0);
    QVERIFY(!eta.capped);
    QCOMPARE(eta.finishUtc, kStart.addSecs(50 * 60));
    QCOMPARE(eta.lastProgressUtc, kStart.addSecs(20 * 60));
    QVERIFY(!eta.lateBySecs);
    // Rounds a long time apart still give a pace: the one before the window with the newest.
    const Estimate sparse = RolloutEta::estimate({at(0, 0, 1000), at(60, 600, 1000)});
    QCOMPARE(sparse.state, Estimate::State::Estimated);
    QCOMPARE(sparse.perMinute, 10.0);
    QCOMPARE(sparse.finishUtc, kStart.addSecs(100 * 60));
}

void TestRolloutEta::saysWhenEveryDeviceFinished()
{
    const Estimate done = RolloutEta::estimate({at(0, 900, 1000), at(1, 1000, 1000)});
    QCOMPARE(done.state, Estimate::State::Done);
    QCOMPARE(done.remaining, qint64(0));
    QCOMPARE(done.finishUtc, kStart.addSecs(60));
}

void TestRolloutEta::callsAStallAfterItsTime()
{
    RolloutEta::Options options;
    options.stallSecs = 15 * 60;
    QList<Sample> rounds {at(0, 0, 1000), at(5, 100, 1000)};
    for (int minute = 6; minute <= 19; ++minute)
        rounds.append(at(minute, 100, 1000));
    // 14 minutes without a device finishing: not yet.
    QCOMPARE(RolloutEta::estimate(rounds, options).state, Estimate::State::NoData);
    rounds.append(at(20, 100, 1000));
    const Estimate stalled = RolloutEta::estimate(rounds, options);
    QCOMPARE(stalled.state, Estimate::State::Stalled);
    QCOMPARE(stalled.lastProgressUtc, kStart.addSecs(5 * 60));
    QCOMPARE(stalled.remaining, qint64(900));
    QVERIFY(!stalled.finishUtc.isValid());
    // One more device finishes: a pace again.
    rounds.append(at(21, 101, 1000));
    QCOMPARE(RolloutEta::estimate(rounds, options).state, Estimate::State::Estimated);
}

void TestRolloutEta::forgetsABurstOnceItLeavesTheWindow()
{
    RolloutEta::Options options;
    options.windowSecs = 10 * 60;
    // 5 devices a minute, then 500 at once in minute 11.
    QList<Sample> rounds;
    for (int minute = 0; minute <= 10; ++minute)
        rounds.append(at(minute, 5 * minute, 2000));
    rounds.append(at(11, 555, 2000));
    const Estimate during = RolloutEta::estimate(rounds, options);
    QCOMPARE(during.state, Estimate::State::Estimated);
    QCOMPARE(during.perMinute, 55.0); // 550 over the ten minutes from minute 1
    // Ten minutes on at 5 a minute, the window holds the steady pace only.
    for (int minute = 12; minute <= 21; ++minute)
        rounds.append(at(minute, 555 + 5 * (minute - 11), 2000));
    const Estimate after = RolloutEta::estimate(rounds, options);
    QCOMPARE(after.perMinute, 5.0);
    QCOMPARE(after.remaining, qint64(2000 - 605));
    QCOMPARE(after.finishUtc, kStart.addSecs((21 + 279) * 60));
}

void TestRolloutEta::countsTheDevicesADynamicBatchAdds()
{
    // A dynamic batch: devices join while others finish at 10 a minute.
    const Estimate eta = RolloutEta::estimate({at(0, 0, 100), at(5, 50, 150), at(10, 100, 300)});
    QCOMPARE(eta.perMinute, 10.0);
    QCOMPARE(eta.remaining, qint64(200));
    QCOMPARE(eta.finishUtc, kStart.addSecs(30 * 60));
}

void TestRolloutEta::capsThePaceAtThePushLimit()
{
    RolloutEta::Options options;
    options.maxPerMinute = 50;
    // 100 a minute in the rounds, but the batch pushes to 50 a minute at most.
    const Estimate eta = RolloutEta::estimate({at(0, 0, 1000), at(2, 200, 1000)}, options);
    QCOMPARE(eta.measuredPerMinute, 100.0);
    QCOMPARE(eta.perMinute, 50.0);
    QVERIFY(eta.capped);
    QCOMPARE(eta.finishUtc, kStart.addSecs((2 + 16) * 60));
    options.maxPerMinute = 200;
    QVERIFY(!RolloutEta::estimate({at(0, 0, 1000), at(2, 200, 1000)}, options).capped);
}

void TestRolloutEta::comparesWithTheScheduledFinish()
{
    RolloutEta::Options options;
    options.scheduledFinishUtc = kStart.addSecs(40 * 60);
    // At 10 a minute 400 remain at minute 10: it ends at minute 50, 10 minutes late.
    Estimate eta = RolloutEta::estimate({at(0, 500, 1000), at(10, 600, 1000)}, options);
    QCOMPARE(eta.finishUtc, kStart.addSecs(50 * 60));
    QCOMPARE(eta.lateBySecs, std::optional<qint64>(10 * 60));
    options.scheduledFinishUtc = kStart.addSecs(60 * 60);
    eta = RolloutEta::estimate({at(0, 500, 1000), at(10, 600, 1000)}, options);
    QCOMPARE(eta.lateBySecs, std::optional<qint64>(-10 * 60));
}

void TestRolloutEta::takesRoundsInAnyOrder()
{
    // Out of order, and two rounds at one time (the last one counts).
    const Estimate eta = RolloutEta::estimate({at(10, 100, 1000), at(0, 0, 1000), at(10, 200, 1000)});
    QCOMPARE(eta.perMinute, 20.0);
    QCOMPARE(eta.remaining, qint64(800));
    QCOMPARE(eta.finishUtc, kStart.addSecs(50 * 60));
}

void TestRolloutEta::followsThePushWhileDevicesWait()
{
    // 1,000 devices pushed 100 a minute: after 4 minutes 600 wait, 250 are upgrading, 150 finished (37.5 a
    // minute so far: the pipeline is filling, that pace would say 22.7 minutes more).
    const auto round = [](double minutes, qint64 complete, qint64 notStarted, qint64 inFlight, qint64 total) {
        Sample sample = at(minutes, complete, total);
        sample.notStarted = notStarted;
        sample.inFlight = inFlight;
        return sample;
    };
    const QList<Sample> pushing = {round(0, 0, 1000, 0, 1000), round(4, 150, 600, 250, 1000)};
    const Estimate early = RolloutEta::estimate(pushing);
    QCOMPARE(early.state, Estimate::State::Estimated);
    QVERIFY(early.byPush);
    QCOMPARE(early.perMinute, 100.0);
    QCOMPARE(early.measuredPerMinute, 37.5);
    QCOMPARE(early.finishUtc, kStart.addSecs(4 * 60 + 510)); // (600 + 250) / 100 = 8.5 minutes more
    QVERIFY(RolloutEta::describe(early, kStart).startsWith(u"Pushing to 100.0 devices a minute"_s));

    // The push limit caps it.
    RolloutEta::Options limited;
    limited.maxPerMinute = 80;
    const Estimate capped = RolloutEta::estimate(pushing, limited);
    QVERIFY(capped.capped);
    QCOMPARE(capped.finishUtc, kStart.addMSecs(4 * 60000 + 850 * 60000 / 80)); // 10.625 minutes more

    // A dynamic batch: 200 devices joined the queue, 300 left it.
    const Estimate grown = RolloutEta::estimate({round(0, 0, 1000, 0, 1000), round(2, 20, 900, 280, 1200)});
    QCOMPARE(grown.perMinute, 150.0);

    // Once every device was pushed, the finishing pace again.
    const Estimate pushed
            = RolloutEta::estimate({round(10, 600, 0, 400, 1000), round(12, 700, 0, 300, 1000)});
    QVERIFY(!pushed.byPush);
    QCOMPARE(pushed.perMinute, 50.0);
    QCOMPARE(pushed.finishUtc, kStart.addSecs(12 * 60 + 6 * 60));
}

QTEST_APPLESS_MAIN(TestRolloutEta)
#include "tst_rollouteta.moc"
