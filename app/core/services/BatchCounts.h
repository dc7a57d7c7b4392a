#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "services/Account.h"
#include "state/BatchState.h"

#include <QObject>

#include <optional>

class BatchStore;
class TaskCountsFetcher;

// The task counts of a batch, one round at a time (one ListOTATaskByJob per TaskStatus, TaskCountsFetcher),
// put into the store with the time the round started and ended, so every view shows the same numbers.
class BatchCounts : public QObject
{
    Q_OBJECT
public:
    // Not owned; store may be nullptr (nothing is kept).
    BatchCounts(RequestScheduler *scheduler, BatchStore *store, QObject *parent = nullptr);
    ~BatchCounts() override;

    // Replaces a round still running (which finishes as canceled).
    void fetch(const Account &account, const QString &jobId,
               RequestPriority priority = RequestPriority::Interactive);
    void cancel();
    bool isBusy() const;
    TaskCountsFetcher *fetcher() const { return m_fetcher; }

signals:
    // Once per round: the reading when every status was counted, else the first error (a canceled or
    // replaced round finishes with a Canceled error).
    void finished(const BatchKey &key, const std::optional<CountsReading> &reading,
                  const std::optional<ApiError> &error);

private:
    RequestScheduler *m_scheduler;
    BatchStore *m_store;
    TaskCountsFetcher *m_fetcher;
    BatchKey m_key;
    QDateTime m_startedAtUtc;
};
