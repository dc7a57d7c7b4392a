#pragma once

#include "api/RequestScheduler.h"
#include "ota/TaskStatusCounts.h"

#include <QObject>

#include <optional>

// How many device tasks a batch has in each status: one ListOTATaskByJob per TaskStatus with PageSize 1,
// read for its Total (there is no statistics API for OTA batches).
class TaskCountsFetcher : public QObject
{
    Q_OBJECT
public:
    explicit TaskCountsFetcher(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~TaskCountsFetcher() override;

    // Replaces a round still running (which finishes as canceled).
    void fetch(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId = {},
               RequestPriority priority = RequestPriority::Interactive);
    void cancel();
    bool isBusy() const { return m_pending > 0; }
    // The RequestId of the round's last answer (empty before one).
    const QString &lastRequestId() const { return m_lastRequestId; }

signals:
    // Once per fetch: the seven counts, or the first error (counts then hold what did arrive); a canceled or
    // replaced round finishes with a Canceled error.
    void finished(const QString &jobId, const TaskStatusCounts &counts, const std::optional<ApiError> &error);

private:
    RequestScheduler *m_scheduler;
    QObject *m_owner = nullptr;
    QString m_jobId;
    TaskStatusCounts m_counts;
    std::optional<ApiError> m_error;
    QString m_lastRequestId;
    int m_pending = 0;
};
