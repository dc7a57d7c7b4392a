#include "SimActions.h"

#include "SimFleet.h"
#include "SimRequest.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

// ListOTATaskByJob: CurrentPage x PageSize may not exceed this, and at most this many DeviceNames.N.
constexpr qint64 kMaxTaskRows = 100000;
constexpr int kMaxDeviceNames = 50;

SimAnswer invalidPage(const QString &detail)
{
    return SimAnswer::businessError(u"iot.common.InvalidPageParams"_s,
                                    u"The paging parameters are invalid: "_s + detail);
}

SimAnswer firmwareNotFound()
{
    // The one OTA code REFERENCE.md verified (ModifyOTAFirmware SDK example), with its message.
    return SimAnswer::businessError(u"iot.ota.FirmwareNotFound"_s,
                                    u"The specified firmware does not exist."_s);
}

SimAnswer jobNotFound()
{
    // REFERENCE.md found no verified job-not-found code (no iot.ota.JobNotFound or the like), so the
    // simulator answers with the generic IoT code from the error-code page, in the business shape with HTTP
    // 200.
    return SimAnswer::businessError(u"iot.system.IllegalRequest"_s,
                                    u"The specified update batch does not exist."_s);
}

// The first of names that the request lacks (or has empty), as MissingParameter.
std::optional<GatewayError> missingOf(const SimRequest &in, const QStringList &names)
{
    for (const QString &name : names) {
        if (in.param(name).isEmpty())
            return GatewayError::missingParameter(name);
    }
    return std::nullopt;
}

// Where a list page starts and how long it is, as the request asked.
struct Paging
{
    int currentPage = 1;
    int pageSize = 10;

    qint64 offset() const { return qint64(currentPage - 1) * pageSize; }
};

// CurrentPage (1 or more) and PageSize (1 to maxPageSize); an absent one keeps its default (the required
// ones were checked before). nullopt with *problem set when either is unusable.
std::optional<Paging> readPaging(const SimRequest &in, int maxPageSize, QString *problem)
{
    Paging paging;
    bool ok = true;
    if (const QString page = in.param(u"CurrentPage"_s); !page.isEmpty())
        paging.currentPage = page.toInt(&ok);
    if (!ok || paging.currentPage < 1) {
        *problem = u"CurrentPage must be an integer of at least 1."_s;
        return std::nullopt;
    }
    if (const QString size = in.param(u"PageSize"_s); !size.isEmpty())
        paging.pageSize = size.toInt(&ok);
    if (!ok || paging.pageSize < 1 || paging.pageSize > maxPageSize) {
        *problem = u"PageSize must be an integer from 1 to %1."_s.arg(maxPageSize);
        return std::nullopt;
    }
    return paging;
}

// The paging members of a list answer: the page asked for and the length of the whole list.
XmlFromJson::Members pagingMembers(const Paging &paging, qint64 total)
{
    const qint64 pageCount = (total + paging.pageSize - 1) / paging.pageSize;
    return {{u"CurrentPage"_s, paging.currentPage},
            {u"PageSize"_s, paging.pageSize},
            {u"PageCount"_s, pageCount},
            {u"Total"_s, total}};
}

QJsonArray pageOf(const QList<QJsonObject> &items, const Paging &paging)
{
    QJsonArray page;
    const qint64 end = std::min<qint64>(paging.offset() + paging.pageSize, items.size());
    for (qint64 i = paging.offset(); i < end; ++i)
        page.append(items.at(i));
    return page;
}

// Name.1, Name.2, ... (a flattened list parameter such as DeviceNames.N) in index order.
QStringList flattened(const SimRequest &in, const QString &name)
{
    const QString prefix = name + u'.';
    std::map<int, QString> byIndex;
    for (const auto &[key, value] : in.params) {
        if (!key.startsWith(prefix))
            continue;
        bool ok = false;
        const int index = key.mid(prefix.size()).toInt(&ok);
        if (ok && index >= 1)
            byIndex[index] = value;
    }
    QStringList names;
    for (const auto &entry : byIndex)
        names.append(entry.second);
    return names;
}

// CancelOTATaskByJob's flags, in the API's order, with what each covers in the fleet.
const std::pair<QString, int> kCancelFlags[] {
        {u"CancelScheduledTask"_s, SimFleet::CancelScheduled},
        {u"CancelQueuedTask"_s, SimFleet::CancelQueued},
        {u"CancelNotifiedTask"_s, SimFleet::CancelNotified},
        {u"CancelInProgressTask"_s, SimFleet::CancelInProgress},
        {u"CancelUnconfirmedTask"_s, SimFleet::CancelUnconfirmed},
};

// The answer to a task action that stopped at one task. The codes are not verified (REFERENCE.md names none):
// the generic IoT code for an unusable request, with a message that says which task and why.
SimAnswer taskActionRefused(const SimFleet::TaskActionResult &outcome, const QString &jobId,
                            const QString &allowed)
{
    switch (outcome.result) {
    case SimFleet::TaskAction::Done:
        break;
    case SimFleet::TaskAction::UnknownJob:
        return jobNotFound();
    case SimFleet::TaskAction::UnknownTask:
        return SimAnswer::businessError(u"iot.system.IllegalRequest"_s,
                                        u"The task %1 does not exist."_s.arg(outcome.taskId));
    case SimFleet::TaskAction::OtherJob:
        return SimAnswer::businessError(
                u"iot.system.IllegalRequest"_s,
                u"The task %1 is not a task of batch %2."_s.arg(outcome.taskId, jobId));
    case SimFleet::TaskAction::WrongStatus:
        return SimAnswer::businessError(
                u"iot.system.IllegalRequest"_s,
                u"The task %1 is %2; only %3 tasks can be."_s.arg(outcome.taskId, outcome.status, allowed));
    }
    return SimAnswer::success();
}

// TaskId.N (1 to max of them), or the answer that refuses the request.
std::variant<QStringList, SimAnswer> taskIdsOf(const SimRequest &in, int max)
{
    const QStringList ids = flattened(in, u"TaskId"_s);
    if (ids.isEmpty())
        return SimAnswer::rejection(GatewayError::missingParameter(u"TaskId.1"_s));
    if (ids.size() > max)
        return SimAnswer::businessError(u"iot.system.IllegalRequest"_s,
                                        u"At most %1 TaskId may be given."_s.arg(max));
    return ids;
}

// A page of ListOTAJobByFirmware's or ListOTAJobByDevice's SimpleOTAJobInfo, with the paging beside it.
SimAnswer jobPage(const SimFleet &fleet, const QStringList &jobIds, const Paging &paging)
{
    QJsonArray page;
    const qint64 end = std::min<qint64>(paging.offset() + paging.pageSize, jobIds.size());
    for (qint64 i = paging.offset(); i < end; ++i)
        page.append(fleet.jobSummary(jobIds.at(i)).value_or(QJsonObject()));
    XmlFromJson::Members members = pagingMembers(paging, jobIds.size());
    members.append({u"Data"_s, QJsonObject {{u"SimpleOTAJobInfo"_s, page}}});
    return SimAnswer::success(members);
}

SimAnswer deviceNotFound()
{
    // Not verified in REFERENCE.md: the IoT error-code page's name for an unknown device.
    return SimAnswer::businessError(u"iot.device.NotExistingDevice"_s, u"The device does not exist."_s);
}

} // namespace

SimActions::SimActions(SimFleet &fleet) : m_fleet(fleet) { }

QString SimActions::apiVersion()
{
    return u"2018-01-20"_s;
}

QString SimActions::cancelTaskByJob()
{
    return u"CancelOTATaskByJob"_s;
}

bool SimActions::isWrite(const QString &action)
{
    static const QStringList writes {cancelTaskByJob(), u"CancelOTAStrategyByJob"_s,
                                     u"CancelOTATaskByDevice"_s, u"ReupgradeOTATask"_s, u"ConfirmOTATask"_s};
    return writes.contains(action);
}

bool SimActions::serves(const QString &action)
{
    return handlerFor(action) != nullptr;
}

SimActions::Handler SimActions::handlerFor(const QString &action)
{
    static const std::pair<QString, Handler> handlers[] {
            {u"QueryOTAJob"_s, &SimActions::queryOtaJob},
            {u"QueryOTAFirmware"_s, &SimActions::queryOtaFirmware},
            {u"QueryProductList"_s, &SimActions::queryProductList},
            {u"ListOTAFirmware"_s, &SimActions::listOtaFirmware},
            {u"ListOTAJobByFirmware"_s, &SimActions::listOtaJobByFirmware},
            {u"ListOTATaskByJob"_s, &SimActions::listOtaTaskByJob},
            {cancelTaskByJob(), &SimActions::cancelOtaTaskByJob},
            {u"CancelOTAStrategyByJob"_s, &SimActions::cancelOtaStrategyByJob},
            {u"QueryDeviceDetail"_s, &SimActions::queryDeviceDetail},
            {u"BatchQueryDeviceDetail"_s, &SimActions::batchQueryDeviceDetail},
            {u"BatchGetDeviceState"_s, &SimActions::batchGetDeviceState},
            {u"ListOTAModuleVersionsByDevice"_s, &SimActions::listOtaModuleVersionsByDevice},
            {u"ListOTAUnfinishedTaskByDevice"_s, &SimActions::listOtaUnfinishedTaskByDevice},
            {u"ListOTAJobByDevice"_s, &SimActions::listOtaJobByDevice},
            {u"ReupgradeOTATask"_s, &SimActions::reupgradeOtaTask},
            {u"ConfirmOTATask"_s, &SimActions::confirmOtaTask},
            {u"CancelOTATaskByDevice"_s, &SimActions::cancelOtaTaskByDevice},
    };
    for (const auto &[name, handler] : handlers) {
        if (name == action)
            return handler;
    }
    return nullptr;
}

SimAnswer SimActions::run(const SimRequest &request)
{
    const Handler handler = handlerFor(request.action);
    Q_ASSERT(handler);
    if (!m_enterpriseInstance.isEmpty()) {
        const QString instance = request.param(u"IotInstanceId"_s);
        if (instance.isEmpty())
            return SimAnswer::businessError(u"iot.common.InvalidTenant"_s, u"the tenant is invalid"_s);
        if (instance != m_enterpriseInstance)
            return SimAnswer::businessError(u"iot.system.InstanceNotFound"_s,
                                            u"The specified instance does not exist."_s);
    }
    return handler ? (this->*handler)(request) : SimAnswer::rejection(GatewayError::apiNotFound());
}

SimAnswer SimActions::queryOtaJob(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"JobId"_s}))
        return SimAnswer::rejection(*missing);
    if (const std::optional<QJsonObject> data = m_fleet.job(in.param(u"JobId"_s)))
        return SimAnswer::success({{u"Data"_s, *data}});
    return jobNotFound();
}

SimAnswer SimActions::queryOtaFirmware(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"FirmwareId"_s}))
        return SimAnswer::rejection(*missing);
    if (const std::optional<QJsonObject> info = m_fleet.firmware(in.param(u"FirmwareId"_s)))
        return SimAnswer::success({{u"FirmwareInfo"_s, *info}});
    return firmwareNotFound();
}

SimAnswer SimActions::queryProductList(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"CurrentPage"_s, u"PageSize"_s}))
        return SimAnswer::rejection(*missing);
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 200, &problem);
    if (!paging)
        return invalidPage(problem);
    // AliyunCommodityCode and ResourceGroupId filter nothing: every simulated product matches both.
    const QList<QJsonObject> products = m_fleet.products();
    QJsonObject data {{u"List"_s, QJsonObject {{u"ProductInfo"_s, pageOf(products, *paging)}}}};
    for (const auto &[key, value] : pagingMembers(*paging, products.size()))
        data.insert(key, value);
    return SimAnswer::success({{u"Data"_s, data}});
}

SimAnswer SimActions::listOtaFirmware(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"CurrentPage"_s, u"PageSize"_s}))
        return SimAnswer::rejection(*missing);
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 100, &problem);
    if (!paging)
        return invalidPage(problem);
    const QList<QJsonObject> firmware
            = m_fleet.firmwareList(in.param(u"ProductKey"_s), in.param(u"DestVersion"_s));
    // The paging fields beside Success, not in a Data object (the SDK's ListOTAFirmwareResponseBody).
    XmlFromJson::Members members = pagingMembers(*paging, firmware.size());
    members.append({u"FirmwareInfo"_s, QJsonObject {{u"SimpleFirmwareInfo"_s, pageOf(firmware, *paging)}}});
    return SimAnswer::success(members);
}

SimAnswer SimActions::listOtaJobByFirmware(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"FirmwareId"_s, u"CurrentPage"_s, u"PageSize"_s}))
        return SimAnswer::rejection(*missing);
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 200, &problem);
    if (!paging)
        return invalidPage(problem);
    const QString firmwareId = in.param(u"FirmwareId"_s);
    if (!m_fleet.firmware(firmwareId))
        return firmwareNotFound();
    const QStringList jobIds = m_fleet.jobIdsOfFirmware(firmwareId);
    return jobPage(m_fleet, jobIds, *paging);
}

SimAnswer SimActions::listOtaTaskByJob(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"JobId"_s}))
        return SimAnswer::rejection(*missing);
    const QString jobId = in.param(u"JobId"_s);
    const QString status = in.param(u"TaskStatus"_s);
    if (!status.isEmpty() && !SimFleet::taskStatuses().contains(status))
        return SimAnswer::businessError(u"iot.system.IllegalRequest"_s,
                                        u"The TaskStatus parameter is invalid."_s);
    const QStringList devices = flattened(in, u"DeviceNames"_s);
    if (!devices.isEmpty()) {
        // DeviceNames.N replaces paging: the named devices' tasks on one page.
        if (devices.size() > kMaxDeviceNames)
            return invalidPage(u"at most %1 DeviceNames may be given."_s.arg(kMaxDeviceNames));
        if (m_fleet.taskCount(jobId) < 0)
            return jobNotFound();
        Paging single;
        single.pageSize = int(devices.size());
        SimAnswer answer = SimAnswer::success();
        answer.tasks = m_fleet.taskRecordsOfDevices(jobId, status, devices);
        answer.members = pagingMembers(single, answer.tasks->size());
        return answer;
    }
    // CurrentPage and PageSize are optional here; the documents give no defaults, 1 and 10 are assumed.
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 100, &problem);
    if (!paging)
        return invalidPage(problem);
    if (qint64(paging->currentPage) * paging->pageSize > kMaxTaskRows)
        return invalidPage(
                u"CurrentPage multiplied by PageSize may not exceed %1; filter by TaskStatus."_s.arg(
                        kMaxTaskRows));
    const int total = m_fleet.taskCount(jobId, status);
    if (total < 0)
        return jobNotFound();
    SimAnswer answer = SimAnswer::success(pagingMembers(*paging, total));
    answer.tasks = m_fleet.taskRecords(jobId, status, paging->offset(), paging->pageSize);
    return answer;
}

SimAnswer SimActions::cancelOtaTaskByJob(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"JobId"_s}))
        return SimAnswer::rejection(*missing);
    int targets = 0;
    for (const auto &[name, target] : kCancelFlags) {
        const QString value = in.param(name);
        if (value.isEmpty() || value.compare(u"false", Qt::CaseInsensitive) == 0)
            continue;
        if (value.compare(u"true", Qt::CaseInsensitive) != 0) {
            return SimAnswer::businessError(u"iot.system.IllegalRequest"_s,
                                            u"The %1 parameter must be true or false."_s.arg(name));
        }
        targets |= target;
    }
    // The real code for "no flag set" is not verified (REFERENCE.md names none); the generic IoT code for an
    // unusable request stands in for it.
    if (targets == 0) {
        return SimAnswer::businessError(u"iot.system.IllegalRequest"_s,
                                        u"Choose the tasks to cancel: at least one of CancelScheduledTask, "
                                        u"CancelQueuedTask, CancelNotifiedTask, CancelInProgressTask and "
                                        u"CancelUnconfirmedTask must be true."_s);
    }
    if (m_fleet.cancelTasks(in.param(u"JobId"_s), targets) < 0)
        return jobNotFound();
    return SimAnswer::success();
}

SimAnswer SimActions::cancelOtaStrategyByJob(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"JobId"_s}))
        return SimAnswer::rejection(*missing);
    const QString jobId = in.param(u"JobId"_s);
    switch (m_fleet.cancelStrategy(jobId)) {
    case SimFleet::StrategyCancel::Canceled:
        return SimAnswer::success();
    case SimFleet::StrategyCancel::UnknownJob:
        return jobNotFound();
    case SimFleet::StrategyCancel::NotDynamic:
        break;
    }
    // The code name is not verified (REFERENCE.md only says the action is for dynamic batches).
    return SimAnswer::businessError(
            u"iot.ota.JobNotDynamic"_s,
            u"Only a dynamic batch has an upgrade policy to cancel; batch %1 is static."_s.arg(jobId));
}

// --- device-level calls

std::variant<SimFleet::DeviceKey, SimAnswer> SimActions::deviceOf(const SimRequest &in) const
{
    const QString iotId = in.param(u"IotId"_s);
    if (iotId.isEmpty()) {
        if (const auto missing = missingOf(in, {u"ProductKey"_s, u"DeviceName"_s}))
            return SimAnswer::rejection(*missing);
    }
    if (const auto device = m_fleet.findDevice(in.param(u"ProductKey"_s), in.param(u"DeviceName"_s), iotId))
        return *device;
    return deviceNotFound();
}

SimAnswer SimActions::queryDeviceDetail(const SimRequest &in)
{
    const auto device = deviceOf(in);
    if (const auto *answer = std::get_if<SimAnswer>(&device))
        return *answer;
    return SimAnswer::success({{u"Data"_s, m_fleet.deviceDetail(std::get<SimFleet::DeviceKey>(device))}});
}

SimAnswer SimActions::batchQueryDeviceDetail(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"ProductKey"_s}))
        return SimAnswer::rejection(*missing);
    const QStringList names = flattened(in, u"DeviceName"_s);
    if (names.isEmpty())
        return SimAnswer::rejection(GatewayError::missingParameter(u"DeviceName.1"_s));
    if (names.size() > 100)
        return SimAnswer::businessError(u"iot.system.IllegalRequest"_s,
                                        u"At most 100 DeviceName may be given."_s);
    // Devices that do not exist are left out of the list.
    QJsonArray details;
    for (const QString &name : names) {
        if (const auto device = m_fleet.findDevice(in.param(u"ProductKey"_s), name))
            details.append(m_fleet.deviceDetailOfBatch(*device));
    }
    return SimAnswer::success({{u"Data"_s, QJsonObject {{u"Data"_s, details}}}});
}

SimAnswer SimActions::batchGetDeviceState(const SimRequest &in)
{
    const QStringList iotIds = flattened(in, u"IotId"_s);
    const QStringList names = flattened(in, u"DeviceName"_s);
    if (iotIds.isEmpty()) {
        if (const auto missing = missingOf(in, {u"ProductKey"_s}))
            return SimAnswer::rejection(*missing);
        if (names.isEmpty())
            return SimAnswer::rejection(GatewayError::missingParameter(u"DeviceName.1"_s));
    }
    if (iotIds.size() > 50 || names.size() > 50)
        return SimAnswer::businessError(u"iot.system.IllegalRequest"_s,
                                        u"At most 50 devices may be given."_s);
    QJsonArray states;
    const auto add = [&](const std::optional<SimFleet::DeviceKey> &device) {
        if (device)
            states.append(m_fleet.deviceState(*device));
    };
    for (const QString &iotId : iotIds)
        add(m_fleet.findDevice({}, {}, iotId));
    if (iotIds.isEmpty()) {
        for (const QString &name : names)
            add(m_fleet.findDevice(in.param(u"ProductKey"_s), name));
    }
    return SimAnswer::success({{u"DeviceStatusList"_s, QJsonObject {{u"DeviceStatus"_s, states}}}});
}

SimAnswer SimActions::listOtaModuleVersionsByDevice(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"CurrentPage"_s, u"PageSize"_s}))
        return SimAnswer::rejection(*missing);
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 100, &problem);
    if (!paging)
        return invalidPage(problem);
    const auto device = deviceOf(in);
    if (const auto *answer = std::get_if<SimAnswer>(&device))
        return *answer;
    const QList<QJsonObject> modules = m_fleet.moduleVersions(std::get<SimFleet::DeviceKey>(device));
    XmlFromJson::Members members = pagingMembers(*paging, modules.size());
    members.append({u"Data"_s, QJsonObject {{u"SimpleOTAModuleInfo"_s, pageOf(modules, *paging)}}});
    return SimAnswer::success(members);
}

SimAnswer SimActions::listOtaUnfinishedTaskByDevice(const SimRequest &in)
{
    const auto device = deviceOf(in);
    if (const auto *answer = std::get_if<SimAnswer>(&device))
        return *answer;
    // ModuleName and TaskStatus filter nothing: every simulated task is of the default module, and the
    // unfinished ones are few.
    SimAnswer answer = SimAnswer::success();
    answer.tasks = m_fleet.unfinishedTasks(std::get<SimFleet::DeviceKey>(device));
    return answer;
}

SimAnswer SimActions::listOtaJobByDevice(const SimRequest &in)
{
    if (const auto missing
        = missingOf(in, {u"ProductKey"_s, u"DeviceName"_s, u"FirmwareId"_s, u"CurrentPage"_s, u"PageSize"_s}))
        return SimAnswer::rejection(*missing);
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 100, &problem);
    if (!paging)
        return invalidPage(problem);
    const QString firmwareId = in.param(u"FirmwareId"_s);
    if (!m_fleet.firmware(firmwareId))
        return firmwareNotFound();
    const auto device = deviceOf(in);
    if (const auto *answer = std::get_if<SimAnswer>(&device))
        return *answer;
    const QStringList jobIds = m_fleet.jobIdsOfDevice(std::get<SimFleet::DeviceKey>(device), firmwareId);
    return jobPage(m_fleet, jobIds, *paging);
}

// --- task actions

SimAnswer SimActions::reupgradeOtaTask(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"JobId"_s}))
        return SimAnswer::rejection(*missing);
    const auto ids = taskIdsOf(in, 10);
    if (const auto *answer = std::get_if<SimAnswer>(&ids))
        return *answer;
    const QString jobId = in.param(u"JobId"_s);
    return taskActionRefused(m_fleet.retryTasks(jobId, std::get<QStringList>(ids)), jobId,
                             u"FAILED or CANCELED"_s);
}

SimAnswer SimActions::confirmOtaTask(const SimRequest &in)
{
    // No limit is documented for TaskId.N here; the simulator takes as many as ReupgradeOTATask.
    const auto ids = taskIdsOf(in, 10);
    if (const auto *answer = std::get_if<SimAnswer>(&ids))
        return *answer;
    return taskActionRefused(m_fleet.confirmTasks(std::get<QStringList>(ids)), {}, u"CONFIRM"_s);
}

SimAnswer SimActions::cancelOtaTaskByDevice(const SimRequest &in)
{
    if (const auto missing = missingOf(in, {u"ProductKey"_s, u"FirmwareId"_s}))
        return SimAnswer::rejection(*missing);
    const QStringList names = flattened(in, u"DeviceName"_s);
    if (names.isEmpty())
        return SimAnswer::rejection(GatewayError::missingParameter(u"DeviceName.1"_s));
    if (!m_fleet.firmware(in.param(u"FirmwareId"_s)))
        return firmwareNotFound();
    const QString jobId = in.param(u"JobId"_s);
    return taskActionRefused(
            m_fleet.cancelTasksOfDevices(in.param(u"ProductKey"_s), in.param(u"FirmwareId"_s), names, jobId),
            jobId, {});
}
