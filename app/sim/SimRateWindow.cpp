#include "SimRateWindow.h"

#include "util/Clock.h"

SimRateWindow::SimRateWindow(const Clock *clock, int limit, qint64 windowMs)
    : m_clock(clock), m_limit(limit), m_windowMs(windowMs)
{ }

void SimRateWindow::setClock(const Clock *clock)
{
    m_clock = clock;
    m_windows.clear();
}

void SimRateWindow::setLimit(int limit)
{
    m_limit = limit;
}

std::deque<qint64> &SimRateWindow::window(const QString &key)
{
    std::deque<qint64> &times = m_windows[key];
    const qint64 now = m_clock->monotonicMs();
    while (!times.empty() && now - times.front() >= m_windowMs)
        times.pop_front();
    return times;
}

bool SimRateWindow::hasRoom(const QString &key)
{
    const std::deque<qint64> &times = window(key);
    return m_limit <= 0 || times.size() < static_cast<std::size_t>(m_limit);
}

void SimRateWindow::record(const QString &key)
{
    window(key).push_back(m_clock->monotonicMs());
}

bool SimRateWindow::admit(const QString &key)
{
    if (!hasRoom(key))
        return false;
    record(key);
    return true;
}

int SimRateWindow::count(const QString &key)
{
    return int(window(key).size());
}
