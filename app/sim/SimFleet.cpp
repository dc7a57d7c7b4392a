#include "SimFleet.h"

#include "BatchGenerator.h"
#include "FleetCatalogue.h"
#include "LiveBatch.h"
#include "ResponseEncoder.h"
#include "SimTaskStatus.h"
#include "SimTime.h"
#include "TaskGenerator.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace SimTaskStatus;

// The fleet in layers: the catalogue of products, firmware and batches (FleetCatalogue, with the generated
// batches from BatchGenerator), the device tasks generated per index (TaskGenerator), each batch's index of
// them by status (TaskIndex), the live batch's tasks that move with the clock (LiveBatch), and the user's
// cancellations (CancelLedger). This class ties them to the clock and answers in the API's terms.
struct SimFleet::Private
{
    FleetCatalogue catalogue;
    LiveBatch live;
    int liveNumber = -1;
    const Clock *clock = &Clock::system();

    qint64 nowMs() const { return clock->nowUtc().toMSecsSinceEpoch(); }
    // QueryOTAJob's Data: a generated batch's built on first use, the live batch's as its tasks show it now.
    const QJsonObject &data(const SimJob &job);
    // A generated batch's tasks built on first use, the live batch's at now.
    const TaskIndex &tasks(const SimJob &job);
    // Task index as it shows now (the index was taken from tasks()).
    SimTaskRecord record(const SimJob &job, const TaskIndex &tasks, int index) const;
};

const QJsonObject &SimFleet::Private::data(const SimJob &job)
{
    if (job.generated) {
        job.data = BatchGenerator::data(*job.generated, catalogue);
        job.generated.reset();
    }
    if (job.live)
        live.updateData(job, nowMs());
    return job.data;
}

const TaskIndex &SimFleet::Private::tasks(const SimJob &job)
{
    if (job.live)
        return live.tasksAt(job, nowMs());
    if (!job.tasks)
        job.tasks = std::make_unique<TaskIndex>(TaskGenerator::codes(job), job.canceled);
    return *job.tasks;
}

SimTaskRecord SimFleet::Private::record(const SimJob &job, const TaskIndex &tasks, int index) const
{
    const qint64 canceledAt = job.canceled.canceledAtMs(index);
    // The live batch's task as its index shows it (the same now), or as it was when the user canceled it.
    TaskGenerator::State state = job.live
            ? live.state(job, index, canceledAt >= 0 ? canceledAt : live.shownAtMs())
            : TaskGenerator::state(job, index, tasks.code(index));
    if (canceledAt >= 0) {
        state.status = Canceled;
        state.desc = userCanceledDesc();
        state.modifiedMs = canceledAt;
    }
    return TaskGenerator::record(job, catalogue.product(job.product), index, state);
}

SimFleet::SimFleet() : m_d(std::make_unique<Private>())
{
    m_d->liveNumber = BatchGenerator::addTo(m_d->catalogue);
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

void SimFleet::setClock(const Clock *clock)
{
    m_d->clock = clock ? clock : &Clock::system();
}

void SimFleet::setLiveJobStart(const QDateTime &start)
{
    SimJob &job = m_d->catalogue.job(m_d->liveNumber);
    // Whole seconds, as the gateway's times are.
    m_d->live.restart(job, start.toMSecsSinceEpoch() / 1000 * 1000);
    if (job.firmware >= 0)
        m_d->catalogue.sortJobsOfFirmware(job.firmware);
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
    const quint8 statuses = CancelLedger::statusesCovered(targets, scheduled);
    const TaskIndex &tasks = m_d->tasks(*job);
    const qint64 now = m_d->nowMs();
    const int canceled = job->canceled.cancel(tasks, statuses, now);
    if (canceled == 0)
        return 0;
    if (job->live) {
        job->modifiedMs = now;
        m_d->live.invalidate(); // counted again on the next look
    } else {
        job->tasks->reindex(job->canceled);
        job->data.insert(u"UtcModified"_s, SimTime::isoUtc(now));
    }
    return canceled;
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
        return job->taskCount;
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
