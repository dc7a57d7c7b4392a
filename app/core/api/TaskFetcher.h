#pragma once

#include "api/RequestScheduler.h"
#include "ota/TaskInfo.h"
#include "ota/TaskStatusCounts.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <array>
#include <optional>

// Reads the device tasks of one batch (ListOTATaskByJob) status by status: the API serves at most
// CurrentPage × PageSize = 100,000 rows of one query, so a larger batch is reachable only per TaskStatus.
// Failures come first, as the reasons are what a reviewer looks for. Pages are read one at a time on demand
// (lazy paging behind a table) or all at once through the scheduler (a long fetch with progress and stop).
class TaskFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    // The order of the walk.
    static constexpr std::array<TaskStatus, 7> kFetchOrder {
            TaskStatus::Failed,  TaskStatus::InProgress, TaskStatus::Notified, TaskStatus::Queued,
            TaskStatus::Confirm, TaskStatus::Canceled,   TaskStatus::Succeeded};

    explicit TaskFetcher(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~TaskFetcher() override;

    // Starts over for this batch: stops what runs and forgets what was read.
    void setBatch(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId = {});
    // Only these statuses (in kFetchOrder); empty = all seven. Starts over like setBatch.
    void setStatuses(const QList<TaskStatus> &statuses);
    const QString &jobId() const { return m_jobId; }

    // Lazy paging: reads the next page of the walk unless one is already on its way.
    void fetchNextPage();
    // Reads every remaining page; pages already read are not read again. finished() follows.
    void fetchAll(RequestPriority priority = RequestPriority::Bulk);
    // Cancels what is queued or running and keeps what was read; a running fetchAll finishes (incomplete).
    void stop();

    bool isFetchingAll() const { return m_fetchingAll; }
    bool isBusy() const { return m_inFlight > 0; }
    // Pages left to read, as far as known (true until every walked status has answered once).
    bool hasMore() const;
    qint64 fetchedCount() const { return m_fetched; } // rows received, duplicates included
    // Rows the walk can reach (each status's Total, capped at 100,000); -1 until every status answered once.
    qint64 expectedCount() const;
    // Totals per status as the API reported them (statuses not walked stay 0).
    const TaskStatusCounts &totals() const { return m_totals; }
    // Rows beyond the API's 100,000-row window of one status: they cannot be listed at all.
    qint64 unreachableCount() const;

signals:
    void tasksArrived(const QList<TaskInfo> &tasks);
    void progress(qint64 fetched, qint64 expected); // expected -1 while unknown
    void pageFailed(const ApiError &error);
    // After fetchAll: complete when every reachable page arrived; else error tells why (or it was stopped).
    void finished(bool complete, const std::optional<ApiError> &error);
    void busyChanged(bool busy);

private:
    struct Walk
    {
        TaskStatus status;
        qint64 total = -1; // unknown until the first page answered
        QSet<int> done; // pages received
        QSet<int> requested; // pages on their way
        int lastPage() const; // 0 when total is 0; -1 while unknown
        bool complete() const;
    };
    void request(Walk &walk, int page, RequestPriority priority);
    void onPage(TaskStatus status, int page, const RpcResponse &response);
    void requestRemaining(Walk &walk);
    void checkFinished();
    Walk *walkFor(TaskStatus status);
    void reset();

    RequestScheduler *m_scheduler;
    RpcConfig m_config;
    QString m_jobId;
    QString m_instanceId;
    QList<TaskStatus> m_statuses;
    QList<Walk> m_walks;
    TaskStatusCounts m_totals;
    qint64 m_fetched = 0;
    int m_inFlight = 0;
    bool m_fetchingAll = false;
    RequestPriority m_allPriority = RequestPriority::Bulk;
    std::optional<ApiError> m_error;
    QObject *m_owner = nullptr; // owns the requests of the current walk; replaced on every start-over
};
