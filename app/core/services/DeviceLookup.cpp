#include "services/DeviceLookup.h"

#include "util/Clock.h"

using namespace Qt::StringLiterals;

DeviceLookup::DeviceLookup(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{ }

DeviceLookup::~DeviceLookup() = default;

void DeviceLookup::lookUp(const Account &account, const DeviceRef &device, const QString &jobId,
                          RequestPriority priority)
{
    cancel();
    m_account = account;
    m_priority = priority;
    m_report = DeviceReport();
    m_report.jobId = jobId;
    m_running = true;
    m_pending = 1;
    connect(submit(QueryDeviceDetail::kAction, QueryDeviceDetail::params(device, account.iotInstanceId)),
            &ScheduledRequest::finished, this, &DeviceLookup::onDetail);
}

void DeviceLookup::cancel()
{
    m_running = false;
    m_pending = 0;
    m_scheduler->cancelAll(this);
}

ScheduledRequest *DeviceLookup::submit(const QString &action, const QueryPairs &params)
{
    return m_scheduler->submit(m_account.config, action, params, m_priority, this);
}

void DeviceLookup::onDetail(const RpcResponse &response)
{
    if (!m_running)
        return;
    --m_pending;
    const ListResult<DeviceDetail> result = QueryDeviceDetail::interpret(response);
    if (result.error || !result.page || result.page->items.isEmpty()) {
        fail(result.error.value_or(ApiError::transportError(ApiError::Transport::Malformed,
                                                            tr("The response names no device."))));
        return;
    }
    m_report.detail = result.page->items.constFirst();
    // The rest by name: the detail has it even when the device was named by IotId.
    const DeviceRef named {m_report.detail.productKey, m_report.detail.deviceName, m_report.detail.iotId};
    m_pending += 2;
    requestModules(1);
    connect(submit(ListOtaUnfinishedTaskByDevice::kAction,
                   ListOtaUnfinishedTaskByDevice::params(named, m_account.iotInstanceId)),
            &ScheduledRequest::finished, this, &DeviceLookup::onUnfinished);
    if (!m_report.jobId.isEmpty()) {
        ++m_pending;
        connect(submit(ListOtaTaskByJob::kAction,
                       ListOtaTaskByJob::deviceParams(m_report.jobId, {m_report.detail.deviceName},
                                                      m_account.iotInstanceId)),
                &ScheduledRequest::finished, this, &DeviceLookup::onTask);
    }
}

void DeviceLookup::requestModules(int page)
{
    const DeviceRef named {m_report.detail.productKey, m_report.detail.deviceName, m_report.detail.iotId};
    connect(submit(ListOtaModuleVersionsByDevice::kAction,
                   ListOtaModuleVersionsByDevice::params(named, page,
                                                         ListOtaModuleVersionsByDevice::kMaxPageSize,
                                                         m_account.iotInstanceId)),
            &ScheduledRequest::finished, this, &DeviceLookup::onModules);
}

void DeviceLookup::onModules(const RpcResponse &response)
{
    if (!m_running)
        return;
    const ListResult<ModuleVersion> result = ListOtaModuleVersionsByDevice::interpret(response);
    if (result.error || !result.page) {
        fail(result.error.value_or(ApiError()));
        return;
    }
    m_report.modules.append(result.page->items);
    // Another page while the list says there are more and this one was not empty; a device has a handful of
    // modules, so ten pages are more than any needs (a server that says otherwise is not followed further).
    constexpr int kMaxModulePages = 10;
    if (!result.page->items.isEmpty() && m_report.modules.size() < result.page->total
        && result.page->currentPage < kMaxModulePages) {
        requestModules(result.page->currentPage + 1);
        return;
    }
    --m_pending;
    finishIfDone();
}

void DeviceLookup::onUnfinished(const RpcResponse &response)
{
    if (!m_running)
        return;
    const ListResult<TaskInfo> result = ListOtaUnfinishedTaskByDevice::interpret(response);
    if (result.error || !result.page) {
        fail(result.error.value_or(ApiError()));
        return;
    }
    m_report.unfinished = result.page->items;
    --m_pending;
    finishIfDone();
}

void DeviceLookup::onTask(const RpcResponse &response)
{
    if (!m_running)
        return;
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(response);
    if (result.error || !result.page) {
        fail(result.error.value_or(ApiError()));
        return;
    }
    for (const TaskInfo &task : result.page->items) {
        if (task.deviceName == m_report.detail.deviceName)
            m_report.task = task;
    }
    --m_pending;
    finishIfDone();
}

void DeviceLookup::fail(const ApiError &error)
{
    cancel();
    emit failed(error);
}

void DeviceLookup::finishIfDone()
{
    if (m_pending > 0)
        return;
    m_running = false;
    m_report.readAtUtc = m_scheduler->clock().nowUtc();
    emit finished(m_report);
}
