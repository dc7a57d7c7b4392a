#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "lint/BatchLint.h"
#include "ota/OtaJob.h"
#include "ota/TaskStatusCounts.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <optional>

class FailureReasonsModel;
class TaskCountsFetcher;
class TaskFetcher;
class TaskTableModel;

// Gathers through the scheduler what a sign-off report needs and is not known yet: the batch (QueryOTAJob),
// its task counts (TaskCountsFetcher) and the reasons of its failed tasks (the first maxFailedTasks() FAILED
// tasks through TaskFetcher, a page at a time). finished() follows start() exactly once, never from inside
// it.
class ReportFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxFailedTasks = 2000;

    explicit ReportFetcher(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~ReportFetcher() override;

    void setBatch(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId = {});
    // Known already: not asked for again. atUtc: when the counts' round ended.
    void setJob(const OtaJob &job);
    void setCounts(const TaskStatusCounts &counts, const QDateTime &atUtc,
                   std::optional<qint64> batchTotal = std::nullopt);
    // The reasons are counted from at most this many failed tasks (rounded up to whole pages); 0: none are
    // read (the caller has them).
    void setMaxFailedTasks(int maximum) { m_maxFailedTasks = maximum; }
    int maxFailedTasks() const { return m_maxFailedTasks; }

    void start();
    // Stops what runs; finished() follows with the scheduler's canceled error.
    void cancel();
    bool isBusy() const { return m_running; }

    const std::optional<OtaJob> &job() const { return m_job; }
    const std::optional<TaskStatusCounts> &counts() const { return m_counts; }
    // When the round of counts ended (by the scheduler's clock), or the time given with them.
    const QDateTime &countsAtUtc() const { return m_countsAtUtc; }
    std::optional<qint64> batchTotal() const { return m_batchTotal; }
    // The reasons of the failed tasks read (most frequent first, the rest as "Other reasons").
    const FailureReasonsModel &failureReasons() const { return *m_reasons; }
    // The FAILED Total the listing gave with its last page, and when that page arrived: how many tasks had
    // failed when the reasons were read. nullopt / invalid when no failed task was listed.
    std::optional<qint64> failedListed() const { return m_failedListed; }
    const QDateTime &failedListedAtUtc() const { return m_failedListedAtUtc; }
    // The batch's failed tasks: from the counts, else from the listing's Total.
    std::optional<qint64> failedTotal() const;
    // What BatchLint looks at: the batch, its counts, the source versions of the failed tasks read.
    LintInput lintInput() const;

signals:
    // error: the first thing that failed (a canceled round: RequestScheduler::canceledError()).
    void finished(const std::optional<ApiError> &error);

private:
    void onJob(const RpcResponse &response);
    void onCounts(const TaskStatusCounts &counts, const std::optional<ApiError> &error);
    void onFailedPage();
    void fail(const ApiError &error);
    void partDone();

    RequestScheduler *m_scheduler;
    RpcConfig m_config;
    QString m_jobId;
    QString m_instanceId;
    int m_maxFailedTasks = kDefaultMaxFailedTasks;
    std::optional<OtaJob> m_job;
    std::optional<TaskStatusCounts> m_counts;
    QDateTime m_countsAtUtc;
    std::optional<qint64> m_batchTotal;
    std::optional<qint64> m_failedListed; // the FAILED listing's Total
    QDateTime m_failedListedAtUtc;
    TaskCountsFetcher *m_countsFetcher;
    TaskFetcher *m_taskFetcher;
    TaskTableModel *m_failedTasks;
    FailureReasonsModel *m_reasons;
    QStringList m_failedSrcVersions;
    QObject *m_owner = nullptr; // owns the QueryOTAJob request of the round
    std::optional<ApiError> m_error;
    int m_pending = 0;
    int m_round = 0; // start()s so far: a release meant for an earlier round is ignored
    bool m_running = false;
    bool m_readingFailed = false;
};
