#include "api/RateLimiter.h"

#include <algorithm>

RateLimiter::RateLimiter(int maxPerSecond, QObject *parent)
    : QObject(parent), m_max(std::max(1, maxPerSecond))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::pump);
}

void RateLimiter::setMaxPerSecond(int maxPerSecond)
{
    m_max = std::clamp(maxPerSecond, 1, kAccountLimitPerSecond);
    pump();
}

void RateLimiter::schedule(QObject *context, std::function<void()> start)
{
    m_queue.push_back({context, std::move(start)});
    pump();
}

void RateLimiter::pump()
{
    while (!m_queue.empty()) {
        const qint64 now = m_clock.elapsed();
        while (!m_starts.empty() && m_starts.front() <= now - kWindowMs)
            m_starts.pop_front();
        if (static_cast<int>(m_starts.size()) >= m_max) {
            m_timer.start(static_cast<int>(m_starts.front() + kWindowMs - now + 1));
            return;
        }
        Pending next = std::move(m_queue.front());
        m_queue.pop_front();
        if (!next.context)
            continue;
        m_starts.push_back(now);
        next.start();
    }
}
