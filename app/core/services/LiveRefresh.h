#pragma once

#include "ota/OtaJob.h"

#include <QObject>

#include <array>
#include <optional>

class Clock;
class ClockTimer;

// When the open batch is read again by itself: every interval the user picked while it is IN_PROGRESS, or
// PLANNED within kLeadMinutes of its scheduled time, unless paused. When a read shows that it ended
// (COMPLETED, CANCELED), one last round follows at once, so every view shows the batch as it ended, and then
// nothing more. Decides only; whoever listens to due() reads and calls roundFinished() when done, and the
// next round is due an interval after that (a slow round never piles up rounds).
class LiveRefresh : public QObject
{
    Q_OBJECT
public:
    static constexpr std::array<int, 4> kIntervalChoicesSecs {10, 30, 60, 300};
    static constexpr int kDefaultIntervalSecs = 30;
    static constexpr int kLeadMinutes = 10;

    explicit LiveRefresh(const Clock &clock, QObject *parent = nullptr);
    ~LiveRefresh() override;

    void setIntervalSecs(int secs); // at least 1
    int intervalSecs() const { return m_intervalSecs; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // The batch as it was just read (the first reading of a newly opened batch, or a newer one).
    void follow(const OtaJob &job);
    // No batch any more: nothing is due.
    void stop();
    // A round that was due (or the user's own refresh) is done: the next is an interval from now.
    void roundFinished();

    // The batch is one to follow (whether or not paused).
    bool isLive() const { return m_live; }
    // A round was announced and roundFinished() has not come yet.
    bool isRoundRunning() const { return m_running; }
    // Until the next round; nullopt when none is coming (not live, paused, or a round is running).
    std::optional<qint64> msUntilNext() const;
    // Whether this status and schedule make a batch one to follow at nowUtc.
    static bool isLive(const OtaJob &job, const QDateTime &nowUtc);

signals:
    // A round is due; last: the batch has just ended, and this round shows how.
    void due(bool last);
    // isLive(), isPaused(), the interval or the time of the next round changed.
    void stateChanged();

private:
    void arm();
    void announce(bool last);

    const Clock &m_clock;
    ClockTimer *m_timer;
    int m_intervalSecs = kDefaultIntervalSecs;
    bool m_paused = false;
    bool m_live = false;
    bool m_running = false;
    std::optional<OtaJob> m_job; // as last followed, to tell when a PLANNED batch comes near its time
};
