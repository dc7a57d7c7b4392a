#include "util/Clock.h"

#include "util/ManualClock.h"
#include "util/SystemClock.h"

#include <QTimer>

#include <algorithm>

void Clock::singleShot(int ms, QObject *context, std::function<void()> f) const
{
    ClockTimer *timer = createTimer(context);
    QObject::connect(timer, &ClockTimer::timeout, context, [timer, f = std::move(f)] {
        timer->deleteLater();
        f();
    });
    timer->start(ms);
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

// --- SystemClock

namespace {
// A precise QTimer behind the ClockTimer interface.
class SystemClockTimer final : public ClockTimer
{
public:
    explicit SystemClockTimer(QObject *parent) : ClockTimer(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (isSingleShot())
                m_timer.stop();
            emit timeout();
        });
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    qint64 remainingMs() const override { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

protected:
    void restart(int ms) override { m_timer.start(ms); }

private:
    QTimer m_timer;
};
} // namespace

SystemClock::SystemClock()
{
    m_elapsed.start();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicUs() const
{
    return m_elapsed.nsecsElapsed() / 1000;
}

ClockTimer *SystemClock::createTimer(QObject *parent) const
{
    return new SystemClockTimer(parent);
}

// --- ManualClock

// A due time on a ManualClock; fired by the clock, never by the event loop.
class ManualClockTimer final : public ClockTimer
{
public:
    ManualClockTimer(ManualClock *clock, QObject *parent) : ClockTimer(parent), m_clock(clock)
    {
        m_clock->m_timers.append(this);
    }
    ~ManualClockTimer() override
    {
        if (m_clock)
            m_clock->m_timers.removeOne(this);
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    qint64 remainingMs() const override
    {
        if (!m_active || !m_clock)
            return -1;
        return std::max<qint64>(0, (m_dueUs - m_clock->monotonicUs() + 999) / 1000);
    }

protected:
    void restart(int ms) override
    {
        if (!m_clock)
            return; // the clock is gone: its time will not come
        m_active = true;
        m_dueUs = m_clock->monotonicUs() + qint64(ms) * 1000;
        m_order = ++m_clock->m_sequence;
    }

private:
    friend class ManualClock;
    ManualClock *m_clock;
    bool m_active = false;
    qint64 m_dueUs = 0;
    qint64 m_order = 0;
};

ManualClock::ManualClock(const QDateTime &now) : m_wallAtZero(now.toUTC()) { }

ManualClock::~ManualClock()
{
    // Timers that outlive the clock (a test's objects torn down after it) never fire and forget it.
    for (ManualClockTimer *timer : std::as_const(m_timers)) {
        timer->m_clock = nullptr;
        timer->m_active = false;
    }
}

QDateTime ManualClock::nowUtc() const
{
    return m_wallAtZero.addMSecs(m_monotonicUs / 1000);
}

ClockTimer *ManualClock::createTimer(QObject *parent) const
{
    // The timers are the clock's mutable state, not its time: creating one does not change what it says.
    return new ManualClockTimer(const_cast<ManualClock *>(this), parent);
}

void ManualClock::setNow(const QDateTime &now)
{
    m_wallAtZero = now.toUTC().addMSecs(-(m_monotonicUs / 1000));
}

qint64 ManualClock::earliestDueUs() const
{
    qint64 earliest = -1;
    for (const ManualClockTimer *timer : std::as_const(m_timers)) {
        if (timer->m_active && (earliest < 0 || timer->m_dueUs < earliest))
            earliest = timer->m_dueUs;
    }
    return earliest;
}

qint64 ManualClock::nextDueInMs() const
{
    const qint64 earliest = earliestDueUs();
    return earliest < 0 ? -1 : std::max<qint64>(0, (earliest - m_monotonicUs + 999) / 1000);
}

int ManualClock::activeTimerCount() const
{
    return int(std::count_if(m_timers.cbegin(), m_timers.cend(),
                             [](const ManualClockTimer *timer) { return timer->m_active; }));
}

void ManualClock::fireDue()
{
    // One at a time, earliest (then first started) first: a timeout may start, stop or delete any timer.
    for (;;) {
        ManualClockTimer *next = nullptr;
        for (ManualClockTimer *timer : std::as_const(m_timers)) {
            if (!timer->m_active || timer->m_dueUs > m_monotonicUs)
                continue;
            if (!next || timer->m_dueUs < next->m_dueUs
                || (timer->m_dueUs == next->m_dueUs && timer->m_order < next->m_order))
                next = timer;
        }
        if (!next)
            return;
        if (next->isSingleShot()) {
            next->m_active = false;
        } else {
            // A repeating timer of interval 0 comes back on the next advance, not in an endless loop here.
            next->m_dueUs += std::max<qint64>(1, qint64(next->interval()) * 1000);
            next->m_order = ++m_sequence;
        }
        emit next->timeout();
    }
}

bool ManualClock::advanceToNextDue(qint64 limitMs)
{
    const qint64 earliest = earliestDueUs();
    if (earliest < 0 || earliest - m_monotonicUs > limitMs * 1000)
        return false;
    m_monotonicUs = std::max(m_monotonicUs, earliest);
    fireDue();
    return true;
}

void ManualClock::advanceMs(qint64 ms)
{
    const qint64 targetUs = m_monotonicUs + std::max<qint64>(0, ms) * 1000;
    for (qint64 earliest = earliestDueUs(); earliest >= 0 && earliest <= targetUs;
         earliest = earliestDueUs()) {
        m_monotonicUs = std::max(m_monotonicUs, earliest);
        fireDue();
    }
    m_monotonicUs = targetUs;
}
