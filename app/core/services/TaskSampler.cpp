#include "services/TaskSampler.h"

#include "api/OtaListCalls.h"

#include <QTimer>

#include <algorithm>

TaskSampler::TaskSampler(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{ }

TaskSampler::~TaskSampler()
{
    delete m_owner;
}

void TaskSampler::cancel()
{
    delete m_owner; // its requests are dropped without a word
    m_owner = nullptr;
    if (m_busy)
        finish(RequestScheduler::canceledError());
}

void TaskSampler::begin(const Account &account, const QString &jobId)
{
    cancel();
    m_owner = new QObject(this);
    m_account = account;
    m_jobId = jobId;
    m_statuses.clear();
    m_tasks.clear();
    m_error.reset();
    m_pending = 0;
    m_busy = true;
}

void TaskSampler::finishLater()
{
    QTimer::singleShot(0, m_owner, [this] { finish(std::nullopt); });
}

void TaskSampler::read(const Account &account, const QString &jobId, const QList<TaskStatus> &statuses,
                       int cap, RequestPriority priority)
{
    begin(account, jobId);
    m_priority = priority;
    m_statuses = statuses;
    m_page = 1;
    m_cap = cap;
    m_listed = -1;
    m_statusTotal = 0;
    if (m_statuses.isEmpty())
        finishLater();
    else
        requestPage();
}

void TaskSampler::requestPage()
{
    const TaskStatus status = m_statuses.first();
    ScheduledRequest *call = m_scheduler->submit(m_account.config, ListOtaTaskByJob::kAction,
                                                 ListOtaTaskByJob::params(m_jobId, status, m_page,
                                                                          ListOtaTaskByJob::kMaxPageSize,
                                                                          m_account.iotInstanceId),
                                                 m_priority, m_owner);
    connect(call, &ScheduledRequest::finished, m_owner,
            [this](const RpcResponse &response) { onPage(response); });
}

void TaskSampler::onPage(const RpcResponse &response)
{
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(response);
    if (!result.page) {
        if (!m_error)
            m_error = result.error;
        if (m_pending > 0 && --m_pending > 0)
            return;
        finish(m_error);
        return;
    }
    m_tasks.append(result.page->items);
    if (m_pending > 0) { // readDevices()
        if (--m_pending == 0)
            finish(m_error);
        return;
    }
    if (m_page == 1) {
        m_statusTotal = result.page->total;
        m_listed = std::max<qint64>(m_listed, 0) + result.page->total;
    }
    const bool capped = m_cap > 0 && m_tasks.size() >= m_cap;
    const qint64 reachable = std::min(m_statusTotal, ListOtaTaskByJob::kMaxReachableRows);
    const bool statusDone
            = result.page->items.isEmpty() || qint64(m_page) * ListOtaTaskByJob::kMaxPageSize >= reachable;
    if (statusDone) {
        m_statuses.removeFirst();
        m_page = 1;
    } else {
        ++m_page;
    }
    if (capped || m_statuses.isEmpty()) {
        // The totals of the statuses not walked are unknown: a capped sample reports those it saw.
        if (m_cap > 0 && m_tasks.size() > m_cap)
            m_tasks.resize(m_cap);
        finish(std::nullopt);
        return;
    }
    requestPage();
}

void TaskSampler::readDevices(const Account &account, const QString &jobId, const QStringList &deviceNames,
                              RequestPriority priority)
{
    begin(account, jobId);
    m_listed = deviceNames.size();
    for (qsizetype first = 0; first < deviceNames.size(); first += ListOtaTaskByJob::kMaxDeviceNames) {
        ScheduledRequest *call = m_scheduler->submit(
                account.config, ListOtaTaskByJob::kAction,
                ListOtaTaskByJob::deviceParams(jobId,
                                               deviceNames.mid(first, ListOtaTaskByJob::kMaxDeviceNames),
                                               account.iotInstanceId),
                priority, m_owner);
        connect(call, &ScheduledRequest::finished, m_owner,
                [this](const RpcResponse &response) { onPage(response); });
        ++m_pending;
    }
    if (m_pending == 0)
        finishLater();
}

void TaskSampler::finish(const std::optional<ApiError> &error)
{
    m_busy = false;
    m_pending = 0;
    const QList<TaskInfo> tasks = std::exchange(m_tasks, {});
    emit finished(tasks, m_listed, error);
}
