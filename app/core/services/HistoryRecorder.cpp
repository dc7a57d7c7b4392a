#include "services/HistoryRecorder.h"

#include "history/HistoryStore.h"
#include "state/BatchStore.h"
#include "util/Clock.h"

#include <QCoreApplication>

HistoryRecorder::HistoryRecorder(HistoryStore *history, BatchStore *store, const Clock &clock,
                                 QObject *parent)
    : QObject(parent), m_history(history), m_store(store), m_clock(clock)
{
    if (m_store) {
        connect(m_store, &BatchStore::changed, this,
                [this](const BatchKey &key, BatchStore::Parts parts) { onChanged(key, int(parts)); });
    }
}

HistoryRecorder::HistoryRecorder(const QString &path, BatchStore *store, const Clock &clock, QObject *parent)
    : HistoryRecorder(static_cast<HistoryStore *>(nullptr), store, clock, parent)
{
    m_path = path;
}

HistoryRecorder::~HistoryRecorder() = default;

HistoryStore *HistoryRecorder::history()
{
    if (!m_history && !m_path.isEmpty()) {
        m_owned = std::make_unique<HistoryStore>(std::exchange(m_path, QString()));
        m_history = m_owned.get();
        if (!m_history->isOpen())
            emit historyOff(m_history->errorString());
    }
    return m_history;
}

bool HistoryRecorder::isOn()
{
    return history() && m_history->isOpen();
}

QString HistoryRecorder::errorString()
{
    if (!history())
        return QCoreApplication::translate("HistoryRecorder", "No history file is in use.");
    return m_history->errorString();
}

void HistoryRecorder::onChanged(const BatchKey &key, int parts)
{
    // A history that could not be opened said so once (isOn()); each reading does not repeat it.
    if (!isOn())
        return;
    const BatchState state = m_store->state(key);
    bool ok = true;
    bool wrote = false;
    if ((parts & BatchStore::Job) && state.job) {
        ok = m_history->recordJob(key.profile, key.jobId, state.job->readAtUtc, state.job->body,
                                  state.job->format, state.job->job.jobStatus.value_or(QString()));
        wrote = true;
    }
    if (ok && (parts & BatchStore::Counts) && state.counts) {
        // A round is recorded at the time it ended: its numbers were all known then.
        ok = m_history->recordCounts(key.profile, key.jobId, state.counts->finishedAtUtc,
                                     state.counts->counts, state.counts->batchTotal);
        wrote = true;
    }
    if (!wrote)
        return;
    if (ok)
        emit recorded(key);
    else
        emit recordFailed(m_history->errorString());
}

bool HistoryRecorder::recordJob(const BatchKey &key, const JobReading &reading)
{
    if (!isOn())
        return false;
    return m_history->recordJob(key.profile, key.jobId, reading.readAtUtc, reading.body, reading.format,
                                reading.job.jobStatus.value_or(QString()));
}

LastLook HistoryRecorder::lastLook(const BatchKey &key)
{
    if (!isOn())
        return {};
    return LastLook::read(*m_history, key.profile, key.jobId);
}

bool HistoryRecorder::markSeen(const BatchKey &key, const QDateTime &atUtc)
{
    if (!isOn())
        return false;
    if (m_history->markSeen(key.profile, key.jobId, atUtc))
        return true;
    emit recordFailed(m_history->errorString());
    return false;
}

std::optional<JobReading> HistoryRecorder::lastRecorded(const BatchKey &key)
{
    if (!isOn())
        return std::nullopt;
    const std::optional<HistoryJobSnapshot> latest = m_history->latestJob(key.profile, key.jobId);
    if (!latest)
        return std::nullopt;
    const std::optional<OtaJob> job = jobOfSnapshot(*latest);
    if (!job)
        return std::nullopt;
    JobReading reading;
    reading.job = *job;
    reading.body = latest->body;
    reading.format = latest->format;
    reading.readAtUtc = latest->fetchedAtUtc;
    return reading;
}

bool HistoryRecorder::isNetworkFailure(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Transport)
        return false;
    switch (error.transport) {
    case ApiError::Transport::Timeout:
    case ApiError::Transport::ConnectionRefused:
    case ApiError::Transport::ConnectionClosed:
    case ApiError::Transport::HostNotFound:
    case ApiError::Transport::Tls:
    case ApiError::Transport::Proxy:
    case ApiError::Transport::Network:
        return true;
    default:
        return false;
    }
}

int HistoryRecorder::pruneOlderThanDays(int days)
{
    if (!isOn() || days <= 0)
        return 0;
    return m_history->pruneOlderThan(m_clock.nowUtc().addDays(-days));
}
