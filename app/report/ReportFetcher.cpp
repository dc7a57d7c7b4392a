#include "ReportFetcher.h"

#include "api/QueryOtaJob.h"
#include "api/TaskCountsFetcher.h"
#include "api/TaskFetcher.h"
#include "models/FailureReasonsModel.h"
#include "models/TaskTableModel.h"
#include "util/Clock.h"

#include <QTimer>

ReportFetcher::ReportFetcher(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_countsFetcher(new TaskCountsFetcher(scheduler, this)),
      m_taskFetcher(new TaskFetcher(scheduler, this)), m_failedTasks(new TaskTableModel(this)),
      m_reasons(new FailureReasonsModel(this))
{
    m_reasons->setSource(m_failedTasks);
    m_taskFetcher->setStatuses({TaskStatus::Failed});
    connect(m_countsFetcher, &TaskCountsFetcher::finished, this,
            [this](const QString &, const TaskStatusCounts &counts, const std::optional<ApiError> &error) {
                onCounts(counts, error);
            });
    connect(m_taskFetcher, &TaskFetcher::tasksArrived, this, [this](const QList<TaskInfo> &tasks) {
        m_failedTasks->appendTasks(tasks);
        for (const TaskInfo &task : tasks) {
            if (!task.srcVersion.isEmpty())
                m_failedSrcVersions.append(task.srcVersion);
        }
    });
    connect(m_taskFetcher, &TaskFetcher::progress, this, &ReportFetcher::onFailedPage);
    connect(m_taskFetcher, &TaskFetcher::pageFailed, this, [this](const ApiError &error) {
        if (!m_readingFailed)
            return;
        m_readingFailed = false;
        fail(error);
        partDone();
    });
}

ReportFetcher::~ReportFetcher()
{
    delete m_owner;
}

void ReportFetcher::setBatch(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId)
{
    m_config = config;
    m_jobId = jobId;
    m_instanceId = iotInstanceId;
    m_job.reset();
    m_counts.reset();
    m_countsAtUtc = QDateTime();
    m_batchTotal.reset();
}

void ReportFetcher::setJob(const OtaJob &job)
{
    m_job = job;
}

void ReportFetcher::setCounts(const TaskStatusCounts &counts, const QDateTime &atUtc,
                              std::optional<qint64> batchTotal)
{
    m_counts = counts;
    m_countsAtUtc = atUtc;
    m_batchTotal = batchTotal;
}

std::optional<qint64> ReportFetcher::failedTotal() const
{
    if (m_counts)
        return (*m_counts)[TaskStatus::Failed];
    return m_failedListed;
}

LintInput ReportFetcher::lintInput() const
{
    LintInput input;
    input.job = m_job.value_or(OtaJob());
    input.counts = m_counts;
    if (m_reasons->failedTasks() > 0 || failedTotal().value_or(-1) == 0)
        input.failedTaskSrcVersions = m_failedSrcVersions;
    return input;
}

void ReportFetcher::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_round;
    m_error.reset();
    m_failedListed.reset();
    m_failedListedAtUtc = QDateTime();
    m_failedSrcVersions.clear();
    m_failedTasks->clear();
    m_pending = 1; // released after start(): parts that finish at once cannot end the round early
    delete m_owner;
    m_owner = new QObject(this);
    if (!m_job) {
        ++m_pending;
        ScheduledRequest *request = m_scheduler->submit(m_config, QueryOtaJob::kAction,
                                                        QueryOtaJob::params(m_jobId, m_instanceId),
                                                        RequestPriority::Interactive, m_owner);
        connect(request, &ScheduledRequest::finished, m_owner,
                [this](const RpcResponse &response) { onJob(response); });
    }
    if (!m_counts) {
        ++m_pending;
        m_countsFetcher->fetch(m_config, m_jobId, m_instanceId, RequestPriority::Interactive);
    }
    m_taskFetcher->setBatch(m_config, m_jobId, m_instanceId);
    if (m_maxFailedTasks > 0) {
        ++m_pending;
        m_readingFailed = true;
        m_taskFetcher->fetchNextPage();
    }
    // Released from the event loop: finished() never comes from inside start(), even when all was known.
    QTimer::singleShot(0, this, [this, round = m_round] {
        if (round == m_round)
            partDone();
    });
}

void ReportFetcher::cancel()
{
    if (!m_running)
        return;
    m_error = RequestScheduler::canceledError(); // the user's cancel, even after a part failed
    m_running = false; // the parts' own endings below are not counted any more
    m_readingFailed = false;
    delete m_owner;
    m_owner = nullptr;
    m_countsFetcher->cancel();
    m_taskFetcher->stop();
    emit finished(m_error);
}

void ReportFetcher::onJob(const RpcResponse &response)
{
    const BatchQueryResult result = QueryOtaJob::interpret(response);
    if (result.error)
        fail(*result.error);
    else
        m_job = result.job;
    partDone();
}

void ReportFetcher::onCounts(const TaskStatusCounts &counts, const std::optional<ApiError> &error)
{
    if (!m_running)
        return;
    if (error) {
        fail(*error);
    } else {
        m_counts = counts;
        m_countsAtUtc = m_scheduler->clock().nowUtc();
        m_batchTotal = m_countsFetcher->batchTotal();
    }
    partDone();
}

void ReportFetcher::onFailedPage()
{
    if (!m_readingFailed)
        return;
    m_failedListed = m_taskFetcher->totals()[TaskStatus::Failed];
    m_failedListedAtUtc = m_scheduler->clock().nowUtc();
    if (m_taskFetcher->hasMore() && m_failedTasks->totalRows() < m_maxFailedTasks && !m_error) {
        m_taskFetcher->fetchNextPage();
        return;
    }
    m_readingFailed = false;
    partDone();
}

void ReportFetcher::fail(const ApiError &error)
{
    if (!m_error)
        m_error = error;
}

void ReportFetcher::partDone()
{
    if (!m_running || --m_pending > 0)
        return;
    m_running = false;
    emit finished(m_error);
}
