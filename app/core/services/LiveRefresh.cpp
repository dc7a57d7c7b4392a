#include "services/LiveRefresh.h"

#include "util/Clock.h"

using namespace Qt::StringLiterals;

LiveRefresh::LiveRefresh(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_timer(clock.createTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, [this] {
        // A PLANNED batch is looked at again at each interval: it may have come near its time.
        if (m_job && !m_live && isLive(*m_job, m_clock.nowUtc()))
            m_live = true;
        if (m_live && !m_paused)
            announce(false);
        else
            arm();
    });
}

LiveRefresh::~LiveRefresh() = default;

bool LiveRefresh::isLive(const OtaJob &job, const QDateTime &nowUtc)
{
    const QString status = job.jobStatus.value_or(QString());
    if (status == u"IN_PROGRESS")
        return true;
    if (status == u"PLANNED" && job.utcScheduleTime && job.utcScheduleTime->isValid())
        return nowUtc.secsTo(*job.utcScheduleTime) <= qint64(kLeadMinutes) * 60;
    return false;
}

void LiveRefresh::setIntervalSecs(int secs)
{
    secs = std::max(1, secs);
    if (secs == m_intervalSecs)
        return;
    m_intervalSecs = secs;
    arm();
    emit stateChanged();
}

void LiveRefresh::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    arm();
    emit stateChanged();
}

void LiveRefresh::follow(const OtaJob &job)
{
    const bool wasLive = m_live;
    m_job = job;
    m_live = isLive(job, m_clock.nowUtc());
    const QString status = job.jobStatus.value_or(QString());
    const bool ended = status == u"COMPLETED" || status == u"CANCELED";
    // The read that showed the end is followed by one of everything else, unless it was a round's own read
    // (which reads everything else next anyway).
    if (wasLive && !m_live && ended && !m_paused && !m_running) {
        announce(true);
        return;
    }
    // A read by another view (the watch list's refresh) keeps the round where it was: the round reads the
    // counts and rows too, which that read did not, so it must not be put off.
    if (!m_running && (wasLive != m_live || !m_timer->isActive()))
        arm();
    if (wasLive != m_live)
        emit stateChanged();
}

void LiveRefresh::stop()
{
    m_job.reset();
    m_live = false;
    m_running = false;
    m_timer->stop();
    emit stateChanged();
}

void LiveRefresh::roundFinished()
{
    m_running = false;
    arm();
    emit stateChanged();
}

std::optional<qint64> LiveRefresh::msUntilNext() const
{
    if (!m_live || m_paused || m_running || !m_timer->isActive())
        return std::nullopt;
    return m_timer->remainingMs();
}

void LiveRefresh::arm()
{
    // A PLANNED batch is checked at each interval too, so that it goes live when its time comes near.
    if (m_running || !m_job || (!m_live && m_job->jobStatus.value_or(QString()) != u"PLANNED")) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_intervalSecs * 1000);
}

void LiveRefresh::announce(bool last)
{
    m_running = true;
    m_timer->stop();
    emit stateChanged();
    emit due(last);
}
