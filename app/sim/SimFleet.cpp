#include "SimFleet.h"

#include "BatchGenerator.h"
#include "FleetCatalogue.h"
#include "LiveBatch.h"
#include "ResponseEncoder.h"
#include "SimHash.h"
#include "SimTaskStatus.h"
#include "SimTime.h"
#include "TaskGenerator.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;
using namespace SimTaskStatus;

// The fleet in layers: the catalogue of products, firmware and batches (FleetCatalogue, with the generated
// batches from BatchGenerator), the device tasks generated per index (TaskGenerator), each batch's index of
// them by status (TaskIndex), the live batch's tasks that move with the clock (LiveBatch), and the user's
// actions on tasks (TaskLedger). This class ties them to the clock and answers in the API's terms.
struct SimFleet::Private
{
    FleetCatalogue catalogue;
    // The live batches by job number (the first, liveNumber, is liveJobId()); std::map: stable references.
    std::map<int, LiveBatch> lives;
    int liveNumber = -1;
    LiveBatch &live(const SimJob &job) { return lives[job.number]; }
    const LiveBatch &live(const SimJob &job) const { return lives.at(job.number); }
    const Clock *clock = &Clock::system();

    qint64 nowMs() const { return clock->nowUtc().toMSecsSinceEpoch(); }
    // QueryOTAJob's Data: a generated batch's built on first use, the live batch's as its tasks show it now.
    const QJsonObject &data(const SimJob &job);
    // A generated batch's tasks built on first use, the live batch's at now.
    const TaskIndex &tasks(const SimJob &job);
    // Task index as it shows now (the index was taken from tasks()).
    SimTaskRecord record(const SimJob &job, const TaskIndex &tasks, int index) const;

    // After the ledger of a batch changed at now: its index and its UtcModified follow.
    void ledgerChanged(SimJob &job, qint64 now);
    // The batch and index of a TaskId; nullopt for one of no batch.
    std::optional<std::pair<SimJob *, int>> findTask(const QString &taskId);
    // Sets every named task (found, of jobId unless empty, in one of statuses) to status at now, or none.
    TaskActionResult setTasks(const QString &jobId, const QStringList &taskIds, quint8 statuses, int status);

    // Devices found by IotId, per product indexed on first use.
    mutable QHash<QString, DeviceKey> devicesByIotId;
    mutable QSet<int> productsIndexed;
    // The batches with a task for the device, in catalogue order, with that task as it shows now.
    QList<std::pair<const SimJob *, SimTaskRecord>> tasksOfDevice(const DeviceKey &device);
    // What the device reports for its default module.
    QString reportedVersion(const DeviceKey &device);
};

namespace {

QString fieldOf(const SimTaskRecord &record, QStringView name)
{
    for (const auto &[field, value] : record) {
        if (field == name)
            return value;
    }
    return QString();
}

// Fixed per device: its state, times and secret follow from it.
quint32 deviceHash(const SimProduct &product, int number)
{
    return SimHash::mix32(SimHash::stableHash(product.key) ^ quint32(number) * 0x9e3779b9U);
}

// One in fifty devices reports the SrcVersion of its latest successful task: it rolled back.
bool rolledBack(const SimProduct &product, int number)
{
    return deviceHash(product, number) % 50 == 7;
}

// When the device was registered and when it was first activated.
std::pair<qint64, qint64> createdAndActivated(const SimProduct &product, int number)
{
    const quint32 h = deviceHash(product, number);
    const qint64 created = product.gmtCreateMs + qint64(h % 30) * SimTime::kDay + qint64(h % 3600) * 1000;
    return {created, created + SimTime::kHour + qint64(h % 1440) * SimTime::kMinute};
}

// The console's local time (UTC+8), as the Gmt* fields and LastOnlineTime are written.
QString chinaTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch + 8 * SimTime::kHour, Qt::UTC)
            .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

bool isUnfinished(const QString &status)
{
    return status == u"CONFIRM" || status == u"QUEUED" || status == u"NOTIFIED" || status == u"IN_PROGRESS";
}

} // namespace

QList<std::pair<const SimJob *, SimTaskRecord>> SimFleet::Private::tasksOfDevice(const DeviceKey &device)
{
    QList<std::pair<const SimJob *, SimTaskRecord>> found;
    const SimProduct &product = catalogue.product(device.product);
    const QString name = TaskGenerator::deviceName(device.number);
    for (int number = 0; number < catalogue.jobCount(); ++number) {
        const SimJob &job = catalogue.job(number);
        if (job.product != device.product)
            continue;
        data(job); // a generated batch's facts are built with it
        const std::optional<int> index = TaskGenerator::taskOfDevice(job, product.deviceCount, name);
        if (index)
            found.append({&job, record(job, tasks(job), *index)});
    }
    return found;
}

QString SimFleet::Private::reportedVersion(const DeviceKey &device)
{
    const QList<std::pair<const SimJob *, SimTaskRecord>> all = tasksOfDevice(device);
    const SimTaskRecord *latest = nullptr;
    for (const auto &[job, task] : all) {
        if (fieldOf(task, u"TaskStatus") == u"SUCCEEDED"
            && (!latest || fieldOf(task, u"UtcModified") > fieldOf(*latest, u"UtcModified")))
            latest = &task;
    }
    const bool rolled = rolledBack(catalogue.product(device.product), device.number);
    if (latest && !rolled)
        return fieldOf(*latest, u"DestVersion");
    if (latest && !fieldOf(*latest, u"SrcVersion").isEmpty())
        return fieldOf(*latest, u"SrcVersion");
    for (const auto &[job, task] : all) {
        if (const QString source = fieldOf(task, u"SrcVersion"); !source.isEmpty())
            return source;
    }
    return u"1.0.0"_s;
}

const QJsonObject &SimFleet::Private::data(const SimJob &job)
{
    if (job.generated) {
        job.data = BatchGenerator::data(*job.generated, catalogue);
        job.generated.reset();
    }
    if (job.live)
        live(job).updateData(job, nowMs());
    return job.data;
}

const TaskIndex &SimFleet::Private::tasks(const SimJob &job)
{
    if (job.live)
        return live(job).tasksAt(job, nowMs());
    if (!job.tasks)
        job.tasks = std::make_unique<TaskIndex>(TaskGenerator::codes(job), job.ledger);
    return *job.tasks;
}

SimTaskRecord SimFleet::Private::record(const SimJob &job, const TaskIndex &tasks, int index) const
{
    const qint64 changedAt = job.ledger.changedAtMs(index);
    // The live batch's task as its index shows it (the same now), or as it was when the user acted on it.
    TaskGenerator::State state = job.live
            ? live(job).state(job, index, changedAt >= 0 ? changedAt : live(job).shownAtMs())
            : TaskGenerator::state(job, index, tasks.code(index));
    if (changedAt >= 0) {
        state.status = job.ledger.statusOf(index);
        state.modifiedMs = changedAt;
        if (state.status == Canceled) {
            state.desc = userCanceledDesc();
        } else { // sent again or confirmed: waits to be pushed
            state.desc.clear();
            state.progress = 0;
        }
    }
    return TaskGenerator::record(job, catalogue.product(job.product), index, state);
}

SimFleet::SimFleet() : m_d(std::make_unique<Private>())
{
    m_d->liveNumber = BatchGenerator::addTo(m_d->catalogue);
    for (int i = 0; i < m_d->catalogue.jobCount(); ++i) {
        if (m_d->catalogue.job(i).live)
            m_d->lives[i];
    }
    m_d->catalogue.listJobsOfFirmware();
    setLiveJobStart(m_d->clock->nowUtc());
}

SimFleet::~SimFleet() = default;

QString SimFleet::multiFirmwareProductKey()
{
    return u"a19mzPZ****"_s;
}

QString SimFleet::manyJobsFirmwareId()
{
    return u"UfuxnwygsuSkVE0VCNv1200100"_s;
}

QString SimFleet::bigJobId()
{
    return u"HvKuBpuk3rdk6E92CPhuge0200"_s;
}

QString SimFleet::liveJobId()
{
    return u"HvKuBpuk3rdk6E92CPlive0200"_s;
}

QString SimFleet::slowJobId()
{
    return u"HvKuBpuk3rdk6E92CPslow0200"_s;
}

QString SimFleet::stuckJobId()
{
    return u"HvKuBpuk3rdk6E92CPstuk0200"_s;
}

QString SimFleet::growingJobId()
{
    return u"HvKuBpuk3rdk6E92CPgrow0200"_s;
}

QString SimFleet::plannedJobId()
{
    return u"HvKuBpuk3rdk6E92CPplan0200"_s;
}

QStringList SimFleet::liveJobIds()
{
    return {liveJobId(), slowJobId(), stuckJobId(), growingJobId(), plannedJobId()};
}

void SimFleet::setClock(const Clock *clock)
{
    m_d->clock = clock ? clock : &Clock::system();
}

void SimFleet::setLiveJobStart(const QDateTime &start)
{
    // Whole seconds, as the gateway's times are; each live batch at its offset from this start.
    const qint64 startMs = start.toMSecsSinceEpoch() / 1000 * 1000;
    for (auto &[number, live] : m_d->lives) {
        SimJob &job = m_d->catalogue.job(number);
        live.restart(job, startMs + job.pace.startOffsetMs);
        if (job.firmware >= 0)
            m_d->catalogue.sortJobsOfFirmware(job.firmware);
    }
}

QStringList SimFleet::taskStatuses()
{
    const auto &all = codes();
    return QStringList(all.cbegin(), all.cend());
}

QList<QJsonObject> SimFleet::products() const
{
    QList<QJsonObject> list;
    for (const SimProduct &product : m_d->catalogue.products())
        list.append(FleetCatalogue::productInfo(product));
    return list;
}

QList<QJsonObject> SimFleet::firmwareList(const QString &productKey, const QString &destVersion) const
{
    QList<QJsonObject> list;
    for (const SimFirmware &fw : m_d->catalogue.firmware()) {
        if ((productKey.isEmpty() || m_d->catalogue.product(fw.product).key == productKey)
            && (destVersion.isEmpty() || fw.destVersion == destVersion))
            list.append(m_d->catalogue.simpleFirmwareInfo(fw));
    }
    return list;
}

std::optional<QJsonObject> SimFleet::firmware(const QString &firmwareId) const
{
    const int index = m_d->catalogue.firmwareIndex(firmwareId);
    if (index < 0)
        return std::nullopt;
    return m_d->catalogue.firmwareInfo(m_d->catalogue.firmware(index));
}

QStringList SimFleet::fixtureJobIds() const
{
    return m_d->catalogue.fixtureJobIds();
}

QStringList SimFleet::generatedJobIds() const
{
    QStringList ids;
    for (int i = m_d->catalogue.fixtureCount(); i < m_d->catalogue.jobCount(); ++i)
        ids.append(m_d->catalogue.job(i).id);
    return ids;
}

QStringList SimFleet::jobIdsOfFirmware(const QString &firmwareId) const
{
    QStringList ids;
    const int index = m_d->catalogue.firmwareIndex(firmwareId);
    if (index < 0)
        return ids;
    for (const int number : m_d->catalogue.firmware(index).jobs)
        ids.append(m_d->catalogue.job(number).id);
    return ids;
}

std::optional<QJsonObject> SimFleet::job(const QString &jobId) const
{
    if (const SimJob *job = m_d->catalogue.findJob(jobId))
        return m_d->data(*job);
    return std::nullopt;
}

std::optional<QJsonObject> SimFleet::jobSummary(const QString &jobId) const
{
    const SimJob *job = m_d->catalogue.findJob(jobId);
    if (!job)
        return std::nullopt;
    static const QStringList fields {u"FirmwareId"_s,      u"JobId"_s,      u"JobStatus"_s,
                                     u"JobType"_s,         u"ProductKey"_s, u"SelectionType"_s,
                                     u"TargetSelection"_s, u"UtcCreate"_s,  u"UtcModified"_s,
                                     u"UtcStartTime"_s,    u"UtcEndTime"_s, u"Tags"_s};
    const QJsonObject &data = m_d->data(*job);
    QJsonObject summary;
    for (const QString &field : fields) {
        const QJsonValue value = data.value(field);
        if (!value.isUndefined())
            summary.insert(field, value);
    }
    return summary;
}

bool SimFleet::setJobStatus(const QString &jobId, const QString &status)
{
    SimJob *job = m_d->catalogue.findJob(jobId);
    if (!job)
        return false;
    m_d->data(*job);
    job->data.insert(u"JobStatus"_s, status);
    job->statusFixed = true;
    return true;
}

int SimFleet::cancelTasks(const QString &jobId, int targets)
{
    SimJob *job = m_d->catalogue.findJob(jobId);
    if (!job)
        return -1;
    // A batch that has not started keeps its tasks as QUEUED: those are the scheduled ones.
    const bool scheduled = m_d->data(*job).value(u"JobStatus").toString() == u"PLANNED";
    const quint8 statuses = TaskLedger::statusesCovered(targets, scheduled);
    const TaskIndex &tasks = m_d->tasks(*job);
    const qint64 now = m_d->nowMs();
    const int canceled = job->ledger.cancel(tasks, statuses, now);
    if (canceled > 0)
        m_d->ledgerChanged(*job, now);
    return canceled;
}

void SimFleet::Private::ledgerChanged(SimJob &job, qint64 now)
{
    if (job.live) {
        job.modifiedMs = now;
        live(job).invalidate(); // counted again on the next look
    } else {
        job.tasks->reindex(job.ledger);
        job.data.insert(u"UtcModified"_s, SimTime::isoUtc(now));
    }
}

std::optional<std::pair<SimJob *, int>> SimFleet::Private::findTask(const QString &taskId)
{
    const std::optional<std::pair<int, int>> found = TaskGenerator::taskOfId(taskId);
    if (!found || found->first >= catalogue.jobCount())
        return std::nullopt;
    SimJob &job = catalogue.job(found->first);
    if (found->second < 0 || found->second >= job.taskCount)
        return std::nullopt;
    return std::pair<SimJob *, int>(&job, found->second);
}

SimFleet::TaskActionResult SimFleet::Private::setTasks(const QString &jobId, const QStringList &taskIds,
                                                       quint8 statuses, int status)
{
    TaskActionResult outcome;
    QList<std::pair<SimJob *, int>> targets;
    for (const QString &taskId : taskIds) {
        const auto task = findTask(taskId);
        outcome.taskId = taskId;
        if (!task) {
            outcome.result = TaskAction::UnknownTask;
            return outcome;
        }
        if (!jobId.isEmpty() && task->first->id != jobId) {
            outcome.result = TaskAction::OtherJob;
            return outcome;
        }
        data(*task->first);
        const int shown = tasks(*task->first).status(task->second);
        if (!(statuses >> shown & 1)) {
            outcome.result = TaskAction::WrongStatus;
            outcome.status = codes()[std::size_t(shown)];
            return outcome;
        }
        targets.append(*task);
    }
    outcome.taskId.clear();
    const qint64 now = nowMs();
    for (const auto &[job, index] : std::as_const(targets)) {
        job->ledger.set(job->taskCount, index, status, now);
        ledgerChanged(*job, now);
    }
    outcome.changed = int(targets.size());
    return outcome;
}

SimFleet::TaskActionResult SimFleet::retryTasks(const QString &jobId, const QStringList &taskIds)
{
    if (!m_d->catalogue.findJob(jobId))
        return {TaskAction::UnknownJob, {}, {}, 0};
    return m_d->setTasks(jobId, taskIds, 1 << Failed | 1 << Canceled, Queued);
}

SimFleet::TaskActionResult SimFleet::confirmTasks(const QStringList &taskIds)
{
    return m_d->setTasks({}, taskIds, 1 << Confirm, Queued);
}

SimFleet::TaskActionResult SimFleet::cancelTasksOfDevices(const QString &productKey,
                                                          const QString &firmwareId,
                                                          const QStringList &deviceNames,
                                                          const QString &jobId)
{
    if (!jobId.isEmpty() && !m_d->catalogue.findJob(jobId))
        return {TaskAction::UnknownJob, {}, {}, 0};
    const QStringList jobIds = jobId.isEmpty() ? jobIdsOfFirmware(firmwareId) : QStringList {jobId};
    const qint64 now = m_d->nowMs();
    int changed = 0;
    for (const QString &id : jobIds) {
        SimJob *job = m_d->catalogue.findJob(id);
        if (!job || job->productKey != productKey || job->firmwareId != firmwareId)
            continue;
        const int deviceCount = m_d->catalogue.product(job->product).deviceCount;
        m_d->data(*job);
        const TaskIndex &tasks = m_d->tasks(*job);
        int inJob = 0;
        for (const QString &name : deviceNames) {
            const std::optional<int> index = TaskGenerator::taskOfDevice(*job, deviceCount, name);
            if (!index || !isUnfinished(codes()[std::size_t(tasks.status(*index))]))
                continue;
            job->ledger.set(job->taskCount, *index, Canceled, now);
            ++inJob;
        }
        if (inJob > 0)
            m_d->ledgerChanged(*job, now);
        changed += inJob;
    }
    return {TaskAction::Done, {}, {}, changed};
}

SimFleet::StrategyCancel SimFleet::cancelStrategy(const QString &jobId)
{
    SimJob *job = m_d->catalogue.findJob(jobId);
    if (!job)
        return StrategyCancel::UnknownJob;
    if (m_d->data(*job).value(u"SelectionType").toString() != u"DYNAMIC")
        return StrategyCancel::NotDynamic;
    const qint64 now = m_d->nowMs();
    job->data.insert(u"JobStatus"_s, u"CANCELED"_s);
    job->data.insert(u"UtcModified"_s, SimTime::isoUtc(now));
    job->modifiedMs = now;
    job->statusFixed = true;
    return StrategyCancel::Canceled;
}

int SimFleet::taskCount(const QString &jobId, const QString &taskStatus) const
{
    const SimJob *job = m_d->catalogue.findJob(jobId);
    if (!job)
        return -1;
    const std::optional<int> status = fromCode(taskStatus);
    if (!status)
        return job->live ? m_d->tasks(*job).size() : job->taskCount; // a growing batch: as it is now
    if (*status >= kCount)
        return 0;
    return m_d->tasks(*job).count(*status);
}

QList<SimFleet::TaskRecord> SimFleet::taskRecords(const QString &jobId, const QString &taskStatus,
                                                  qint64 offset, int limit) const
{
    QList<TaskRecord> page;
    const SimJob *job = m_d->catalogue.findJob(jobId);
    const std::optional<int> status = fromCode(taskStatus);
    if (!job || offset < 0 || limit <= 0 || (status && *status >= kCount))
        return page;
    const TaskIndex &tasks = m_d->tasks(*job);
    const QList<int> indices = tasks.page(status, offset, limit);
    page.reserve(indices.size());
    for (const int index : indices)
        page.append(m_d->record(*job, tasks, index));
    return page;
}

QList<SimFleet::TaskRecord> SimFleet::taskRecordsOfDevices(const QString &jobId, const QString &taskStatus,
                                                           const QStringList &deviceNames) const
{
    QList<TaskRecord> found;
    const SimJob *job = m_d->catalogue.findJob(jobId);
    const std::optional<int> status = fromCode(taskStatus);
    if (!job || (status && *status >= kCount))
        return found;
    const int deviceCount = m_d->catalogue.product(job->product).deviceCount;
    if (deviceCount <= 0)
        return found;
    const TaskIndex &tasks = m_d->tasks(*job);
    QSet<int> listed;
    for (const QString &name : deviceNames) {
        const std::optional<int> index = TaskGenerator::taskOfDevice(*job, deviceCount, name);
        if (!index || listed.contains(*index))
            continue;
        if (status && tasks.status(*index) != *status)
            continue;
        listed.insert(*index);
        found.append(m_d->record(*job, tasks, *index));
    }
    return found;
}

QJsonArray SimFleet::tasks(const QString &jobId, const QString &taskStatus, qint64 offset, int limit) const
{
    return toJson(taskRecords(jobId, taskStatus, offset, limit));
}

QJsonArray SimFleet::tasksOfDevices(const QString &jobId, const QString &taskStatus,
                                    const QStringList &deviceNames) const
{
    return toJson(taskRecordsOfDevices(jobId, taskStatus, deviceNames));
}

QJsonArray SimFleet::toJson(const QList<TaskRecord> &records)
{
    return ResponseEncoder::tasksArray(records);
}

// --- devices

std::optional<SimFleet::DeviceKey> SimFleet::findDevice(const QString &productKey, const QString &deviceName,
                                                        const QString &iotId) const
{
    if (!iotId.isEmpty()) {
        const auto &products = m_d->catalogue.products();
        for (int p = 0; p < int(products.size()); ++p) {
            if (!iotId.startsWith(products[std::size_t(p)].iotIdPrefix) || m_d->productsIndexed.contains(p))
                continue;
            for (int number = 1; number <= products[std::size_t(p)].deviceCount; ++number)
                m_d->devicesByIotId.insert(TaskGenerator::iotId(products[std::size_t(p)], number),
                                           {p, number});
            m_d->productsIndexed.insert(p);
        }
        const auto it = m_d->devicesByIotId.constFind(iotId);
        return it == m_d->devicesByIotId.cend() ? std::nullopt : std::optional<DeviceKey>(*it);
    }
    const int product = m_d->catalogue.productIndex(productKey);
    if (product < 0)
        return std::nullopt;
    bool ok = false;
    const int number = deviceName.startsWith(u"dev-") ? deviceName.mid(4).toInt(&ok) : 0;
    if (!ok || number < 1 || number > m_d->catalogue.product(product).deviceCount
        || TaskGenerator::deviceName(number) != deviceName)
        return std::nullopt;
    return DeviceKey {product, number};
}

QString SimFleet::deviceSecret(const DeviceKey &device) const
{
    const quint64 seed = quint64(deviceHash(m_d->catalogue.product(device.product), device.number)) << 32
            | quint32(device.number);
    return QString::number(SimHash::mix64(seed ^ 0x5ec7e7ULL), 16).rightJustified(16, u'0')
            + QString::number(SimHash::mix64(seed + 1), 16).rightJustified(16, u'0');
}

bool SimFleet::isRolledBack(const DeviceKey &device) const
{
    return rolledBack(m_d->catalogue.product(device.product), device.number);
}

QJsonObject SimFleet::deviceDetail(const DeviceKey &device) const
{
    const SimProduct &product = m_d->catalogue.product(device.product);
    const quint32 h = deviceHash(product, device.number);
    const qint64 activated = createdAndActivated(product, device.number).second;
    QJsonObject detail = deviceDetailOfBatch(device);
    const QString status = detail.value(u"Status").toString();
    // Online: came online within three days; offline: last online three to twenty-three days ago.
    const qint64 lastOnline = std::max(activated / 1000 * 1000,
                                       m_d->nowMs() / 1000 * 1000 - qint64(h >> 8 & 0xffff) * 4000
                                               - (status == u"ONLINE" ? 0 : 3 * SimTime::kDay));
    detail.insert(u"GmtOnline"_s, chinaTime(lastOnline));
    detail.insert(u"UtcOnline"_s, SimTime::isoUtc(lastOnline));
    detail.insert(u"IpAddress"_s, u"10.%1.%2.%3"_s.arg(h >> 24 & 0xff).arg(h >> 16 & 0xff).arg(h & 0xff));
    detail.insert(u"Owner"_s, true);
    return detail;
}

QJsonObject SimFleet::deviceDetailOfBatch(const DeviceKey &device) const
{
    const SimProduct &product = m_d->catalogue.product(device.product);
    const quint32 h = deviceHash(product, device.number);
    const auto [created, activated] = createdAndActivated(product, device.number);
    const int share = int(h % 100);
    const QString status = share < 82 ? u"ONLINE"_s : share < 99 ? u"OFFLINE"_s : u"DISABLE"_s;
    return {{u"DeviceName"_s, TaskGenerator::deviceName(device.number)},
            {u"DeviceSecret"_s, deviceSecret(device)},
            {u"FirmwareVersion"_s, m_d->reportedVersion(device)},
            {u"GmtActive"_s, chinaTime(activated)},
            {u"GmtCreate"_s, chinaTime(created)},
            {u"IotId"_s, TaskGenerator::iotId(product, device.number)},
            {u"Nickname"_s, QString()},
            {u"NodeType"_s, product.nodeType},
            {u"ProductKey"_s, product.key},
            {u"ProductName"_s, product.name},
            {u"Region"_s, u"cn-shanghai"_s},
            {u"Status"_s, status},
            {u"UtcActive"_s, SimTime::isoUtc(activated)},
            {u"UtcCreate"_s, SimTime::isoUtc(created)}};
}

QJsonObject SimFleet::deviceState(const DeviceKey &device) const
{
    const QJsonObject detail = deviceDetail(device);
    const SimProduct &product = m_d->catalogue.product(device.product);
    return {{u"AsAddress"_s, detail.value(u"IpAddress")},
            {u"DeviceId"_s, detail.value(u"IotId")},
            {u"DeviceName"_s, detail.value(u"DeviceName")},
            {u"IotId"_s, TaskGenerator::iotId(product, device.number)},
            {u"LastOnlineTime"_s, detail.value(u"GmtOnline")},
            {u"Status"_s, detail.value(u"Status")}};
}

QList<QJsonObject> SimFleet::moduleVersions(const DeviceKey &device) const
{
    const SimProduct &product = m_d->catalogue.product(device.product);
    const QString name = TaskGenerator::deviceName(device.number);
    const QString iotId = TaskGenerator::iotId(product, device.number);
    const quint32 h = deviceHash(product, device.number);
    const auto module = [&](const QString &moduleName, const QString &version) {
        return QJsonObject {{u"DeviceName"_s, name},
                            {u"IotId"_s, iotId},
                            {u"ModuleName"_s, moduleName},
                            {u"ModuleVersion"_s, version},
                            {u"ProductKey"_s, product.key}};
    };
    return {module(u"default"_s, m_d->reportedVersion(device)),
            module(u"bootloader"_s, u"2.1.%1"_s.arg(h % 3))};
}

QList<SimFleet::TaskRecord> SimFleet::unfinishedTasks(const DeviceKey &device) const
{
    QList<TaskRecord> open;
    for (auto &[job, task] : m_d->tasksOfDevice(device)) {
        if (!isUnfinished(fieldOf(task, u"TaskStatus")))
            continue;
        TaskRecord kept;
        for (const auto &field : std::as_const(task)) {
            if (field.first == u"ModuleName" || field.first == u"Progress" || field.first == u"TaskDesc"
                || field.first == u"Timeout")
                continue;
            if (field.first > u"ModuleName" && (kept.isEmpty() || kept.constLast().first < u"ModuleName"))
                kept.append({u"ModuleName"_s, u"default"_s}); // in name order, as the others
            kept.append(field);
        }
        open.append(kept);
    }
    return open;
}

QStringList SimFleet::jobIdsOfDevice(const DeviceKey &device, const QString &firmwareId) const
{
    QStringList ids;
    for (const QString &jobId : jobIdsOfFirmware(firmwareId)) {
        const SimJob *job = m_d->catalogue.findJob(jobId);
        if (job && job->product == device.product
            && TaskGenerator::taskOfDevice(*job, m_d->catalogue.product(device.product).deviceCount,
                                           TaskGenerator::deviceName(device.number)))
            ids.append(jobId);
    }
    return ids;
}
