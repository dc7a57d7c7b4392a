#pragma once

#include "api/RequestScheduler.h"
#include "ota/TaskStatusCounts.h"

#include <QObject>

#include <array>

#include <optional>

// How many device tasks a batch has in each status: one ListOTATaskByJob per TaskStatus with PageSize 1,
// read for its Total (there is no statistics API for OTA batches), and the batch's own total (the same call
// without TaskStatus).
//
// The eight reads go out one after the other while tasks move, in this order: the total first, then the
// statuses against the direction tasks move (kCountOrder: CANCELED, FAILED, SUCCEEDED, IN_PROGRESS,
// NOTIFIED, QUEUED, CONFIRM). A task that moves from a status not yet read to one already read is then
// missed, never counted twice, so the statuses add up to at most the total, and the total says by how much
// they fell short (CountsSummary::moved()). Read the other way round, a moving task would be counted twice
// and the sum would exceed the batch.
class TaskCountsFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr std::array<TaskStatus, 7> kCountOrder {
            TaskStatus::Canceled, TaskStatus::Failed, TaskStatus::Succeeded, TaskStatus::InProgress,
            TaskStatus::Notified, TaskStatus::Queued, TaskStatus::Confirm};

    explicit TaskCountsFetcher(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~TaskCountsFetcher() override;

    // Replaces a round still running (which finishes as canceled).
    void fetch(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId = {},
               RequestPriority priority = RequestPriority::Interactive);
    void cancel();
    bool isBusy() const { return m_pending > 0; }
    // The RequestId of the round's last answer (empty before one).
    const QString &lastRequestId() const { return m_lastRequestId; }
    // The batch's total as the round read it (nullopt before, or when that read failed).
    std::optional<qint64> batchTotal() const { return m_batchTotal; }

signals:
    // Once per fetch: the seven counts, or the first error (counts then hold what did arrive); a canceled or
    // replaced round finishes with a Canceled error.
    void finished(const QString &jobId, const TaskStatusCounts &counts, const std::optional<ApiError> &error);

private:
    RequestScheduler *m_scheduler;
    QObject *m_owner = nullptr;
    QString m_jobId;
    TaskStatusCounts m_counts;
    std::optional<qint64> m_batchTotal;
    std::optional<ApiError> m_error;
    QString m_lastRequestId;
    int m_pending = 0;
};
