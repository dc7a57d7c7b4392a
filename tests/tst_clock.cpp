#include "util/ManualClock.h"
#include "util/SystemClock.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The injectable time source: a ManualClock fires its timers only when advanced, each at its due time.
class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void wallAndMonotonicMoveTogether();
    void setNowMovesWallTimeOnly();
    void singleShotFiresOnceWhenDue();
    void repeatingTimerFiresAtEachInterval();
    void timersFireInDueOrderAtTheirOwnTimes();
    void timerStartedByATimeoutFiresWithinTheSameAdvance();
    void stoppedAndDeletedTimersNeverFire();
    void advanceToNextDueStopsAtTheEarliest();
    void aStallFiresOverdueTimersLate();
    void singleShotIsDroppedWithItsContext();
    void timersOutlivingTheClockNeverFire();
    void systemClockTimerFiresOnTheEventLoop();
};

void TestClock::wallAndMonotonicMoveTogether()
{
    const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    ManualClock clock(start);
    QCOMPARE(clock.nowUtc(), start);
    QCOMPARE(clock.monotonicUs(), 0);
    clock.advanceMs(1500);
    QCOMPARE(clock.nowUtc(), start.addMSecs(1500));
    QCOMPARE(clock.monotonicMs(), 1500);
    clock.advanceSecs(60);
    QCOMPARE(clock.nowUtc(), start.addSecs(61).addMSecs(500));
}

void TestClock::setNowMovesWallTimeOnly()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    clock.advanceMs(250);
    ClockTimer *timer = clock.createTimer(this);
    QSignalSpy fired(timer, &ClockTimer::timeout);
    timer->start(100);
    const QDateTime jumped(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    clock.setNow(jumped);
    QCOMPARE(clock.nowUtc(), jumped);
    QCOMPARE(clock.monotonicMs(), 250); // monotonic time never jumps
    QCOMPARE(fired.count(), 0);
    clock.advanceMs(100);
    QCOMPARE(fired.count(), 1);
    QCOMPARE(clock.nowUtc(), jumped.addMSecs(100));
    delete timer;
}

void TestClock::singleShotFiresOnceWhenDue()
{
    ManualClock clock;
    ClockTimer *timer = clock.createTimer(this);
    QSignalSpy fired(timer, &ClockTimer::timeout);
    timer->start(1000);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->remainingMs(), 1000);
    clock.advanceMs(999);
    QCOMPARE(fired.count(), 0);
    QCOMPARE(timer->remainingMs(), 1);
    clock.advanceMs(1);
    QCOMPARE(fired.count(), 1);
    QVERIFY(!timer->isActive());
    QCOMPARE(timer->remainingMs(), -1);
    clock.advanceSecs(10);
    QCOMPARE(fired.count(), 1);
    delete timer;
}

void TestClock::repeatingTimerFiresAtEachInterval()
{
    ManualClock clock;
    ClockTimer *timer = clock.createTimer(this);
    timer->setSingleShot(false);
    QList<qint64> at;
    connect(timer, &ClockTimer::timeout, this, [&] { at.append(clock.monotonicMs()); });
    timer->start(300);
    clock.advanceMs(1000);
    QCOMPARE(at, (QList<qint64> {300, 600, 900}));
    QVERIFY(timer->isActive());
    timer->stop();
    clock.advanceMs(1000);
    QCOMPARE(at.size(), 3);
    delete timer;
}

void TestClock::timersFireInDueOrderAtTheirOwnTimes()
{
    ManualClock clock;
    QStringList order;
    std::unique_ptr<ClockTimer> late(clock.createTimer(nullptr));
    std::unique_ptr<ClockTimer> early(clock.createTimer(nullptr));
    std::unique_ptr<ClockTimer> same(clock.createTimer(nullptr));
    connect(late.get(), &ClockTimer::timeout, this,
            [&] { order << u"late@"_s + QString::number(clock.monotonicMs()); });
    connect(early.get(), &ClockTimer::timeout, this,
            [&] { order << u"early@"_s + QString::number(clock.monotonicMs()); });
    connect(same.get(), &ClockTimer::timeout, this,
            [&] { order << u"same@"_s + QString::number(clock.monotonicMs()); });
    late->start(500);
    early->start(200);
    same->start(500); // due with late, started after it: fires after it
    clock.advanceMs(2000);
    QCOMPARE(order, (QStringList {u"early@200"_s, u"late@500"_s, u"same@500"_s}));
    QCOMPARE(clock.monotonicMs(), 2000);
}

void TestClock::timerStartedByATimeoutFiresWithinTheSameAdvance()
{
    ManualClock clock;
    std::unique_ptr<ClockTimer> first(clock.createTimer(nullptr));
    std::unique_ptr<ClockTimer> second(clock.createTimer(nullptr));
    qint64 secondAt = -1;
    int delay = 150;
    connect(first.get(), &ClockTimer::timeout, this, [&] { second->start(delay); });
    connect(second.get(), &ClockTimer::timeout, this, [&] { secondAt = clock.monotonicMs(); });
    first->start(100);
    clock.advanceMs(300);
    QCOMPARE(secondAt, 250); // started at 100, due at 250, within this advance
    delay = 250;
    first->start(100); // at 400 it starts the second for 650
    clock.advanceMs(300);
    QCOMPARE(secondAt, 250); // not yet
    clock.advanceMs(50);
    QCOMPARE(secondAt, 650);
}

void TestClock::stoppedAndDeletedTimersNeverFire()
{
    ManualClock clock;
    ClockTimer *stopped = clock.createTimer(this);
    ClockTimer *deleted = clock.createTimer(this);
    ClockTimer *deleter = clock.createTimer(this);
    QSignalSpy stoppedSpy(stopped, &ClockTimer::timeout);
    bool deletedFired = false;
    connect(deleted, &ClockTimer::timeout, this, [&] { deletedFired = true; });
    // Due first, it deletes a timer due at the same time: the deleted one must not fire.
    connect(deleter, &ClockTimer::timeout, this, [&] { delete deleted; });
    deleter->start(100);
    deleted->start(100);
    stopped->start(50);
    stopped->stop();
    clock.advanceMs(500);
    QCOMPARE(stoppedSpy.count(), 0);
    QVERIFY(!deletedFired);
    QCOMPARE(clock.activeTimerCount(), 0);
    delete stopped;
    delete deleter;
}

void TestClock::advanceToNextDueStopsAtTheEarliest()
{
    ManualClock clock;
    QCOMPARE(clock.nextDueInMs(), -1);
    QVERIFY(!clock.advanceToNextDue(1000));
    std::unique_ptr<ClockTimer> a(clock.createTimer(nullptr));
    std::unique_ptr<ClockTimer> b(clock.createTimer(nullptr));
    QSignalSpy aSpy(a.get(), &ClockTimer::timeout);
    QSignalSpy bSpy(b.get(), &ClockTimer::timeout);
    a->start(104);
    b->start(900);
    QCOMPARE(clock.nextDueInMs(), 104);
    QVERIFY(!clock.advanceToNextDue(100)); // beyond the limit: time stands still
    QCOMPARE(clock.monotonicMs(), 0);
    QVERIFY(clock.advanceToNextDue(1000));
    QCOMPARE(clock.monotonicMs(), 104);
    QCOMPARE(aSpy.count(), 1);
    QCOMPARE(bSpy.count(), 0);
    QCOMPARE(clock.nextDueInMs(), 796);
    QCOMPARE(clock.activeTimerCount(), 1);
}

void TestClock::aStallFiresOverdueTimersLate()
{
    ManualClock clock;
    std::unique_ptr<ClockTimer> timer(clock.createTimer(nullptr));
    qint64 firedAt = -1;
    connect(timer.get(), &ClockTimer::timeout, this, [&] { firedAt = clock.monotonicMs(); });
    timer->start(100);
    clock.stallMs(250);
    QCOMPARE(firedAt, -1);
    QCOMPARE(clock.nextDueInMs(), 0); // overdue
    QVERIFY(clock.advanceToNextDue(0));
    QCOMPARE(firedAt, 250); // late, at the time the loop got to it
}

void TestClock::singleShotIsDroppedWithItsContext()
{
    ManualClock clock;
    int calls = 0;
    auto context = std::make_unique<QObject>();
    clock.singleShot(100, context.get(), [&] { ++calls; });
    clock.singleShot(200, this, [&] { calls += 10; });
    context.reset();
    clock.advanceMs(300);
    QCOMPARE(calls, 10);
}

void TestClock::timersOutlivingTheClockNeverFire()
{
    std::unique_ptr<ClockTimer> timer;
    {
        ManualClock clock;
        timer.reset(clock.createTimer(nullptr));
        timer->start(10);
    }
    QVERIFY(!timer->isActive());
    timer->start(10); // nothing to run on any more
    QVERIFY(!timer->isActive());
}

// The real clock is only smoke-tested here: its timer is a QTimer and fires from the event loop.
void TestClock::systemClockTimerFiresOnTheEventLoop()
{
    const Clock &clock = Clock::system();
    const qint64 before = clock.monotonicUs();
    std::unique_ptr<ClockTimer> timer(clock.createTimer(nullptr));
    QSignalSpy fired(timer.get(), &ClockTimer::timeout);
    timer->start(0);
    QVERIFY(fired.wait(10000));
    QVERIFY(!timer->isActive());
    QVERIFY(clock.monotonicUs() >= before);
    QVERIFY(qAbs(clock.nowUtc().secsTo(QDateTime::currentDateTimeUtc())) <= 1);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
