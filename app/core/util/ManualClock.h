#pragma once

#include "util/Clock.h"

#include <QList>

#include <algorithm>

class ManualClockTimer;

// A clock that stands still until a test moves it. advanceMs() moves wall and monotonic time together and
// fires every timer that falls due on the way, each at its own due time, in due order (a timer started by one
// that fires is fired too if it falls due within the advance). Lives on one thread, longer than its timers.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &now = QDateTime::currentDateTimeUtc());
    ~ManualClock() override;
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;

    QDateTime nowUtc() const override;
    qint64 monotonicUs() const override { return m_monotonicUs; }
    ClockTimer *createTimer(QObject *parent) const override;

    // Sets wall time only (as a user changing the computer's clock would); no timer fires.
    void setNow(const QDateTime &now);
    void advanceMs(qint64 ms);
    void advanceSecs(qint64 secs) { advanceMs(secs * 1000); }
    // Moves time on without firing anything, as a blocked event loop would: what fell due meanwhile fires
    // late, at the current time, on the next advance.
    void stallMs(qint64 ms) { m_monotonicUs += std::max<qint64>(0, ms) * 1000; }
    // Advances to the earliest due time within limitMs and fires the timers due then; false (and time stands
    // still) when none falls due within limitMs.
    bool advanceToNextDue(qint64 limitMs);
    // Milliseconds until the earliest active timer is due (0 when one is overdue); -1 when none is active.
    qint64 nextDueInMs() const;
    int activeTimerCount() const;

private:
    friend class ManualClockTimer;
    qint64 earliestDueUs() const; // -1 when no timer is active
    void fireDue();

    QDateTime m_wallAtZero; // wall time at monotonic 0
    qint64 m_monotonicUs = 0;
    qint64 m_sequence = 0; // start order, to fire timers due at the same time in the order they were started
    mutable QList<ManualClockTimer *> m_timers;
};
