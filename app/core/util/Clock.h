#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

// A timer that runs on a Clock's time: a QTimer for the system clock, the clock's own list of due times for
// a ManualClock, which fires them when a test advances it. Single-shot unless told otherwise.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    void setInterval(int ms) { m_intervalMs = qMax(0, ms); }
    int interval() const { return m_intervalMs; }

    // Starts (or restarts) with the interval set, or with this one (which becomes the interval).
    void start() { restart(m_intervalMs); }
    void start(int ms)
    {
        setInterval(ms);
        restart(m_intervalMs);
    }
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // Until it fires; -1 when not active.
    virtual qint64 remainingMs() const = 0;

signals:
    void timeout();

protected:
    virtual void restart(int ms) = 0;

private:
    bool m_singleShot = true;
    int m_intervalMs = 0;
};

// The one source of time: wall-clock time (UTC, for what is shown and signed), monotonic time (for rates,
// ages and timeouts) and timers on that monotonic time. Injected wherever a test must control time; a test
// uses ManualClock and advances it, so nothing waits for real time to pass.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Microseconds since an arbitrary start; never goes back.
    virtual qint64 monotonicUs() const = 0;
    qint64 monotonicMs() const { return monotonicUs() / 1000; }
    // A stopped, single-shot timer owned by parent.
    virtual ClockTimer *createTimer(QObject *parent) const = 0;
    // Calls f once after ms, unless context is destroyed first.
    void singleShot(int ms, QObject *context, std::function<void()> f) const;

    // The computer's clock, for whoever is given no other (not owned by anyone; lives as long as the
    // process).
    static const Clock &system();
};
