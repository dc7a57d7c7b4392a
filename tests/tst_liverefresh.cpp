#include "services/LiveRefresh.h"
#include "util/ManualClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
OtaJob job(const QString &status, const std::optional<QDateTime> &scheduled = std::nullopt)
{
    OtaJob result;
    result.jobStatus = status;
    result.utcScheduleTime = scheduled;
    return result;
}
} // namespace

// When the open batch is read again by itself, on a manual clock.
class TestLiveRefresh : public QObject
{
    Q_OBJECT
private slots:
    void followsRunningBatchesAndThoseAboutToStart();
    void isDueEveryIntervalAfterTheLastRoundEnded();
    void pauseHoldsTheRounds();
    void oneLastRoundWhenTheBatchEnds();
    void aBatchThatNeverRanIsNotFollowed();
    void aPlannedBatchGoesLiveAsItsTimeComesNear();
    void aReadByAnotherViewDoesNotPutTheRoundOff();
};

void TestLiveRefresh::followsRunningBatchesAndThoseAboutToStart()
{
    const QDateTime now(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    QVERIFY(LiveRefresh::isLive(job(u"IN_PROGRESS"_s), now));
    QVERIFY(!LiveRefresh::isLive(job(u"COMPLETED"_s), now));
    QVERIFY(!LiveRefresh::isLive(job(u"CANCELED"_s), now));
    QVERIFY(!LiveRefresh::isLive(job(u"PLANNED"_s), now)); // no scheduled time: nothing to wait for
    QVERIFY(LiveRefresh::isLive(job(u"PLANNED"_s, now.addSecs(9 * 60)), now));
    QVERIFY(!LiveRefresh::isLive(job(u"PLANNED"_s, now.addSecs(11 * 60)), now));
    QVERIFY(LiveRefresh::isLive(job(u"PLANNED"_s, now.addSecs(-60)), now)); // late to start
}

void TestLiveRefresh::isDueEveryIntervalAfterTheLastRoundEnded()
{
    ManualClock clock;
    LiveRefresh live(clock);
    QSignalSpy due(&live, &LiveRefresh::due);
    live.follow(job(u"IN_PROGRESS"_s));
    QVERIFY(live.isLive());
    QCOMPARE(live.msUntilNext(), qint64(LiveRefresh::kDefaultIntervalSecs) * 1000);
    clock.advanceMs(29999);
    QCOMPARE(due.size(), 0);
    clock.advanceMs(1);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.last().at(0).toBool(), false);
    QVERIFY(live.isRoundRunning());
    QCOMPARE(live.msUntilNext(), std::nullopt);
    // A slow round: nothing more is due until it ends, then a whole interval later.
    clock.advanceMs(90000);
    QCOMPARE(due.size(), 1);
    live.roundFinished();
    live.setIntervalSecs(10);
    clock.advanceMs(9999);
    QCOMPARE(due.size(), 1);
    clock.advanceMs(1);
    QCOMPARE(due.size(), 2);
}

void TestLiveRefresh::pauseHoldsTheRounds()
{
    ManualClock clock;
    LiveRefresh live(clock);
    QSignalSpy due(&live, &LiveRefresh::due);
    live.follow(job(u"IN_PROGRESS"_s));
    live.setPaused(true);
    QCOMPARE(live.msUntilNext(), std::nullopt);
    clock.advanceMs(10 * 60 * 1000);
    QCOMPARE(due.size(), 0);
    live.setPaused(false);
    clock.advanceMs(30000);
    QCOMPARE(due.size(), 1);
}

void TestLiveRefresh::oneLastRoundWhenTheBatchEnds()
{
    ManualClock clock;
    LiveRefresh live(clock);
    QSignalSpy due(&live, &LiveRefresh::due);
    live.follow(job(u"IN_PROGRESS"_s));
    // Someone read the batch (the user's query): it has completed. One last round, at once.
    live.follow(job(u"COMPLETED"_s));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.last().at(0).toBool(), true);
    QVERIFY(!live.isLive());
    live.roundFinished();
    clock.advanceMs(10 * 60 * 1000);
    QCOMPARE(due.size(), 1);
    // The end seen by a running round: that round is the last; nothing is added to it.
    LiveRefresh other(clock);
    QSignalSpy otherDue(&other, &LiveRefresh::due);
    other.follow(job(u"IN_PROGRESS"_s));
    clock.advanceMs(30000);
    QCOMPARE(otherDue.size(), 1);
    other.follow(job(u"COMPLETED"_s));
    QCOMPARE(otherDue.size(), 1);
    other.roundFinished();
    clock.advanceMs(10 * 60 * 1000);
    QCOMPARE(otherDue.size(), 1);
}

void TestLiveRefresh::aBatchThatNeverRanIsNotFollowed()
{
    ManualClock clock;
    LiveRefresh live(clock);
    QSignalSpy due(&live, &LiveRefresh::due);
    live.follow(job(u"COMPLETED"_s));
    clock.advanceMs(10 * 60 * 1000);
    QCOMPARE(due.size(), 0);
    live.follow(job(u"IN_PROGRESS"_s));
    live.stop(); // another batch, or none
    clock.advanceMs(10 * 60 * 1000);
    QCOMPARE(due.size(), 0);
}

void TestLiveRefresh::aPlannedBatchGoesLiveAsItsTimeComesNear()
{
    ManualClock clock;
    LiveRefresh live(clock);
    QSignalSpy due(&live, &LiveRefresh::due);
    live.follow(job(u"PLANNED"_s, clock.nowUtc().addSecs(15 * 60)));
    QVERIFY(!live.isLive());
    clock.advanceMs(4 * 60 * 1000);
    QCOMPARE(due.size(), 0);
    clock.advanceMs(2 * 60 * 1000); // 9 minutes before its time, at the next interval
    QCOMPARE(due.size(), 1);
    QVERIFY(live.isLive());
}

void TestLiveRefresh::aReadByAnotherViewDoesNotPutTheRoundOff()
{
    ManualClock clock;
    LiveRefresh live(clock);
    QSignalSpy due(&live, &LiveRefresh::due);
    live.follow(job(u"IN_PROGRESS"_s));
    // The watch list reads the batch every 20 s: the live round still comes every 30 s.
    for (int read = 1; read <= 3; ++read) {
        clock.advanceMs(20000);
        live.follow(job(u"IN_PROGRESS"_s));
    }
    QCOMPARE(due.size(), 1);
    live.roundFinished();
    clock.advanceMs(20000);
    live.follow(job(u"IN_PROGRESS"_s));
    QCOMPARE(live.msUntilNext(), qint64(10000));
}

QTEST_GUILESS_MAIN(TestLiveRefresh)
#include "tst_liverefresh.moc"
