#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

// Starts queued work so that at most N starts fall in any sliding window of one second (plus a margin for
// network jitter): the IoT account limit is 10 requests per second, shared by all its RAM users.
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAccountLimitPerSecond = 10;
    static constexpr qint64 kWindowMs = 1100; // 1 s window + 10 % so jitter cannot push 11 into a second

    explicit RateLimiter(int maxPerSecond = kAccountLimitPerSecond, QObject *parent = nullptr);

    void setMaxPerSecond(int maxPerSecond);
    int maxPerSecond() const { return m_max; }

    // Runs start() as soon as the rate allows; dropped if context is destroyed before then.
    void schedule(QObject *context, std::function<void()> start);
    int pendingCount() const { return static_cast<int>(m_queue.size()); }

private:
    struct Pending
    {
        QPointer<QObject> context;
        std::function<void()> start;
    };
    void pump();

    int m_max;
    std::deque<qint64> m_starts; // monotonic ms of recent starts
    std::deque<Pending> m_queue;
    QTimer m_timer;
    QElapsedTimer m_clock;
};
