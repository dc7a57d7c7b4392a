#include "models/WatchListRefresher.h"

#include "api/QueryOtaJob.h"
#include "api/RequestScheduler.h"
#include "api/TaskCountsFetcher.h"
#include "models/WatchListModel.h"
#include "util/Clock.h"

#include <QHash>

namespace {
ApiError missingCredentials(const QString &profile)
{
    return ApiError::transportError(ApiError::Transport::MissingCredentials, [profile] {
        return WatchListRefresher::tr("The credentials of profile %1 are not available.").arg(profile);
    });
}
} // namespace

WatchListRefresher::WatchListRefresher(WatchListModel *model, RequestScheduler *scheduler, Resolver resolver,
                                       QObject *parent)
    : QObject(parent), m_model(model), m_scheduler(scheduler), m_resolver(std::move(resolver))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { refreshAll(); });
    if (model) {
        connect(model, &WatchListModel::statusChanged, this,
                [this](const QString &profile, const QString &jobId, const QString &name,
                       const QString &oldStatus, const QString &newStatus) {
                    if (m_forwarding)
                        emit statusChanged(profile, jobId, name, oldStatus, newStatus);
                });
    }
}

// The round's requests are owned by this object: the scheduler drops them without a word.
WatchListRefresher::~WatchListRefresher() = default;

void WatchListRefresher::setInterval(int seconds)
{
    m_intervalSecs = std::max(0, seconds);
    if (m_intervalSecs == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_intervalSecs * 1000);
}

bool WatchListRefresher::refreshAll()
{
    if (m_running || !m_model)
        return false;
    m_running = true;
    m_pending = 0;
    // One look-up per profile and round: the resolver may ask the keychain.
    QHash<QString, std::optional<Target>> targets;
    const QList<WatchListModel::Entry> entries = m_model->entries();
    for (const WatchListModel::Entry &entry : entries) {
        auto found = targets.find(entry.profile);
        if (found == targets.end())
            found = targets.insert(entry.profile, m_resolver ? m_resolver(entry.profile) : std::nullopt);
        if (!found.value() || !m_scheduler) {
            m_model->setError(entry.profile, entry.jobId, missingCredentials(entry.profile));
            continue;
        }
        const Target &target = *found.value();
        ScheduledRequest *request = m_scheduler->submit(
                target.config, QueryOtaJob::kAction, QueryOtaJob::params(entry.jobId, target.iotInstanceId),
                RequestPriority::Background, this);
        ++m_pending;
        connect(request, &ScheduledRequest::finished, this,
                [this, profile = entry.profile, jobId = entry.jobId](const RpcResponse &response) {
                    requestFinished(profile, jobId, response);
                });
        if (entry.failureAlert.isEnabled())
            fetchCounts(entry.profile, entry.jobId, target);
    }
    if (m_pending == 0) // still a round: it ends once control is back in the event loop
        QTimer::singleShot(0, this, &WatchListRefresher::finishRound);
    return true;
}

void WatchListRefresher::cancel()
{
    if (m_scheduler)
        m_scheduler->cancelAll(this);
    const QList<QPointer<TaskCountsFetcher>> fetchers = m_countFetchers;
    for (const QPointer<TaskCountsFetcher> &fetcher : fetchers) {
        if (fetcher)
            fetcher->cancel(); // finishes its round at once, canceled
    }
}

void WatchListRefresher::fetchCounts(const QString &profile, const QString &jobId, const Target &target)
{
    auto *fetcher = new TaskCountsFetcher(m_scheduler, this);
    m_countFetchers.append(fetcher);
    ++m_pending;
    connect(fetcher, &TaskCountsFetcher::finished, this,
            [this, fetcher, profile](const QString &countedJobId, const TaskStatusCounts &counts,
                                     const std::optional<ApiError> &error) {
                m_countFetchers.removeAll(fetcher);
                fetcher->deleteLater();
                // Partial counts would misstate the rate: only a complete set is checked.
                if (!error && m_model)
                    m_model->updateCounts(profile, countedJobId, counts);
                if (--m_pending == 0)
                    finishRound();
            });
    fetcher->fetch(target.config, jobId, target.iotInstanceId, RequestPriority::Background);
}

void WatchListRefresher::requestFinished(const QString &profile, const QString &jobId,
                                         const RpcResponse &response)
{
    --m_pending;
    if (m_model) {
        const BatchQueryResult result = QueryOtaJob::interpret(response);
        if (result.job) {
            const QDateTime now = m_model->clock().nowUtc();
            m_forwarding = true;
            m_model->updateFromJob(profile, jobId, *result.job, now);
            m_forwarding = false;
            emit jobFetched(profile, jobId, now, response, result.job->jobStatus.value_or(QString()));
        } else if (result.error && result.error->transport != ApiError::Transport::Canceled) {
            m_model->setError(profile, jobId, *result.error);
        }
    }
    if (m_pending == 0)
        finishRound();
}

void WatchListRefresher::finishRound()
{
    m_running = false;
    emit refreshed();
}
