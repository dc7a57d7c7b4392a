#pragma once

#include <QHash>
#include <QString>

#include <deque>

class Clock;

// Flow control: at most limit() requests per key within any windowMs() of a clock's monotonic time.
class SimRateWindow
{
public:
    // clock: not owned; its monotonic time is what the windows slide on.
    SimRateWindow(const Clock *clock, int limit, qint64 windowMs = 1000);

    // Forgets every window: their times were on the previous clock.
    void setClock(const Clock *clock);
    // 0 or less: off. Requests are recorded while it is off too, so a limit set later counts those in the
    // window.
    void setLimit(int limit);
    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }

    // Whether one more request of key now stays within the limit (always, when the limit is off).
    bool hasRoom(const QString &key);
    // Counts a request of key now.
    void record(const QString &key);
    // hasRoom() and, if so, record(): whether the request is admitted.
    bool admit(const QString &key);
    // Requests of key within the window that ends now.
    int count(const QString &key);

private:
    std::deque<qint64> &window(const QString &key);

    const Clock *m_clock;
    int m_limit;
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_windows; // monotonic ms of the recorded requests still inside
};
