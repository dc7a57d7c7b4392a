#include "api/TaskCountsFetcher.h"

#include "api/OtaListCalls.h"

#include <utility>

TaskCountsFetcher::TaskCountsFetcher(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{ }

TaskCountsFetcher::~TaskCountsFetcher()
{
    delete m_owner;
}

void TaskCountsFetcher::cancel()
{
    delete m_owner; // its requests are dropped without a word; the round itself still finishes, once
    m_owner = nullptr;
    if (std::exchange(m_pending, 0) > 0)
        emit finished(m_jobId, m_counts, RequestScheduler::canceledError());
}

void TaskCountsFetcher::fetch(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId,
                              RequestPriority priority)
{
    cancel();
    m_owner = new QObject(this);
    m_jobId = jobId;
    m_counts = {};
    m_error.reset();
    m_lastRequestId.clear();
    m_batchTotal.reset();
    m_pending = 1 + int(kCountOrder.size());
    const auto submit = [&](std::optional<TaskStatus> status) {
        ScheduledRequest *call = m_scheduler->submit(
                config, ListOtaTaskByJob::kAction,
                ListOtaTaskByJob::params(jobId, status, 1, 1, iotInstanceId), priority, m_owner);
        connect(call, &ScheduledRequest::finished, m_owner, [this, status](const RpcResponse &response) {
            const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(response);
            m_lastRequestId = response.requestId;
            if (result.page && status)
                m_counts[*status] = result.page->total;
            else if (result.page)
                m_batchTotal = result.page->total;
            else if (!m_error)
                m_error = result.error;
            if (--m_pending == 0)
                emit finished(m_jobId, m_counts, m_error);
        });
    };
    // Submitted in the order they are to go out: the scheduler keeps it within a priority.
    submit(std::nullopt);
    for (const TaskStatus status : kCountOrder)
        submit(status);
}
