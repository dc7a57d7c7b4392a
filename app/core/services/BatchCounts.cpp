#include "services/BatchCounts.h"

#include "api/TaskCountsFetcher.h"
#include "state/BatchStore.h"
#include "util/Clock.h"

BatchCounts::BatchCounts(RequestScheduler *scheduler, BatchStore *store, QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_store(store),
      m_fetcher(new TaskCountsFetcher(scheduler, this))
{
    connect(m_fetcher, &TaskCountsFetcher::finished, this,
            [this](const QString &, const TaskStatusCounts &counts, const std::optional<ApiError> &error) {
                if (error) {
                    emit finished(m_key, std::nullopt, error);
                    return;
                }
                CountsReading reading;
                reading.counts = counts;
                reading.batchTotal = m_fetcher->batchTotal();
                reading.startedAtUtc = m_startedAtUtc;
                reading.finishedAtUtc = m_scheduler->clock().nowUtc();
                reading.requestId = m_fetcher->lastRequestId();
                if (m_store)
                    m_store->putCounts(m_key, reading);
                emit finished(m_key, reading, std::nullopt);
            });
}

BatchCounts::~BatchCounts() = default;

void BatchCounts::fetch(const Account &account, const QString &jobId, RequestPriority priority)
{
    m_fetcher->cancel(); // the replaced round finishes under its own key
    m_key = account.key(jobId);
    m_startedAtUtc = m_scheduler->clock().nowUtc();
    m_fetcher->fetch(account.config, jobId, account.iotInstanceId, priority);
}

void BatchCounts::cancel()
{
    m_fetcher->cancel();
}

bool BatchCounts::isBusy() const
{
    return m_fetcher->isBusy();
}
