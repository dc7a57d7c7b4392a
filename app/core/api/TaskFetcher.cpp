#include "api/TaskFetcher.h"

#include "api/OtaListCalls.h"

#include <algorithm>

int TaskFetcher::Walk::lastPage() const
{
    if (total < 0)
        return -1;
    const qint64 reachable = std::min(total, ListOtaTaskByJob::kMaxReachableRows);
    return int((reachable + kPageSize - 1) / kPageSize);
}

bool TaskFetcher::Walk::complete() const
{
    return total >= 0 && done.size() >= lastPage();
}

TaskFetcher::TaskFetcher(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{
    reset();
}

TaskFetcher::~TaskFetcher()
{
    delete m_owner; // drops queued and running requests without a word
}

void TaskFetcher::reset()
{
    const bool wasBusy = isBusy();
    const bool wasFetchingAll = m_fetchingAll;
    delete m_owner;
    m_owner = new QObject(this);
    m_walks.clear();
    const QList<TaskStatus> wanted
            = m_statuses.isEmpty() ? QList<TaskStatus>(kFetchOrder.cbegin(), kFetchOrder.cend()) : m_statuses;
    for (const TaskStatus status : kFetchOrder) {
        if (wanted.contains(status))
            m_walks.append(Walk {status, -1, {}, {}});
    }
    m_totals = {};
    m_fetched = 0;
    m_inFlight = 0;
    m_fetchingAll = false;
    m_error.reset();
    if (wasBusy)
        emit busyChanged(false);
    if (wasFetchingAll)
        emit finished(false, std::nullopt); // dropped by starting over, as by stop()
}

void TaskFetcher::setBatch(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId)
{
    m_config = config;
    m_jobId = jobId;
    m_instanceId = iotInstanceId;
    reset();
}

void TaskFetcher::setStatuses(const QList<TaskStatus> &statuses)
{
    m_statuses = statuses;
    reset();
}

TaskFetcher::Walk *TaskFetcher::walkFor(TaskStatus status)
{
    for (Walk &walk : m_walks) {
        if (walk.status == status)
            return &walk;
    }
    return nullptr;
}

bool TaskFetcher::hasMore() const
{
    return std::any_of(m_walks.cbegin(), m_walks.cend(), [](const Walk &walk) { return !walk.complete(); });
}

qint64 TaskFetcher::expectedCount() const
{
    qint64 expected = 0;
    for (const Walk &walk : m_walks) {
        if (walk.total < 0)
            return -1;
        expected += std::min(walk.total, ListOtaTaskByJob::kMaxReachableRows);
    }
    return expected;
}

qint64 TaskFetcher::unreachableCount() const
{
    qint64 beyond = 0;
    for (const Walk &walk : m_walks)
        beyond += std::max<qint64>(0, walk.total - ListOtaTaskByJob::kMaxReachableRows);
    return beyond;
}

void TaskFetcher::request(Walk &walk, int page, RequestPriority priority)
{
    walk.requested.insert(page);
    if (m_inFlight++ == 0)
        emit busyChanged(true);
    ScheduledRequest *call = m_scheduler->submit(
            m_config, ListOtaTaskByJob::kAction,
            ListOtaTaskByJob::params(m_jobId, walk.status, page, kPageSize, m_instanceId), priority, m_owner);
    connect(call, &ScheduledRequest::finished, m_owner,
            [this, status = walk.status, page](const RpcResponse &response) {
                onPage(status, page, response);
            });
}

void TaskFetcher::fetchNextPage()
{
    if (m_jobId.isEmpty())
        return;
    for (Walk &walk : m_walks) {
        if (walk.complete())
            continue;
        if (!walk.requested.isEmpty())
            return; // the walk's next page is on its way: one at a time, in order
        int page = 1;
        while (walk.done.contains(page))
            ++page;
        request(walk, page, RequestPriority::Interactive);
        return;
    }
}

void TaskFetcher::fetchAll(RequestPriority priority)
{
    if (m_jobId.isEmpty() || m_fetchingAll)
        return;
    m_fetchingAll = true;
    m_allPriority = priority;
    m_error.reset();
    for (Walk &walk : m_walks) {
        if (walk.total < 0) {
            if (walk.requested.isEmpty())
                request(walk, 1, priority); // its Total tells how many pages follow
        } else {
            requestRemaining(walk);
        }
    }
    emit progress(m_fetched, expectedCount());
    checkFinished();
}

void TaskFetcher::requestRemaining(Walk &walk)
{
    for (int page = 1; page <= walk.lastPage(); ++page) {
        if (!walk.done.contains(page) && !walk.requested.contains(page))
            request(walk, page, m_allPriority);
    }
}

void TaskFetcher::stop()
{
    if (!isBusy() && !m_fetchingAll)
        return;
    const bool wasFetchingAll = m_fetchingAll;
    m_fetchingAll = false;
    m_scheduler->cancelAll(m_owner); // each request finishes as canceled, which onPage ignores
    if (wasFetchingAll)
        emit finished(false, std::nullopt);
}

void TaskFetcher::onPage(TaskStatus status, int page, const RpcResponse &response)
{
    Walk *walk = walkFor(status);
    if (!walk)
        return;
    walk->requested.remove(page);
    if (--m_inFlight == 0)
        emit busyChanged(false);
    if (response.error && response.error->transport == ApiError::Transport::Canceled) {
        checkFinished();
        return;
    }
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(response);
    if (result.error) {
        emit pageFailed(*result.error);
        if (m_fetchingAll) {
            // The scheduler already retried what is worth retrying: stop here and keep what was read.
            m_error = result.error;
            m_fetchingAll = false;
            m_scheduler->cancelAll(m_owner);
            emit finished(false, m_error);
        }
        return;
    }
    const int lastPageBefore = walk->lastPage();
    walk->total = result.page->total;
    m_totals[status] = walk->total;
    walk->done.insert(page);
    m_fetched += result.page->items.size();
    if (!result.page->items.isEmpty())
        emit tasksArrived(result.page->items);
    // Totals move while a live batch is read (tasks change status): an answer may add pages.
    if (m_fetchingAll && walk->lastPage() > lastPageBefore)
        requestRemaining(*walk);
    emit progress(m_fetched, expectedCount());
    checkFinished();
}

void TaskFetcher::checkFinished()
{
    if (m_fetchingAll && !hasMore() && m_inFlight == 0) {
        m_fetchingAll = false;
        emit finished(true, std::nullopt);
    }
}
