#include "BatchGenerator.h"

#include "FleetCatalogue.h"
#include "LiveBatch.h"
#include "SimFleet.h"
#include "SimHash.h"
#include "SimTime.h"
#include "TaskGenerator.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;
using SimTime::utcMs;

namespace {

QJsonArray tagArray(const QList<std::pair<QString, QString>> &tags)
{
    QJsonArray array;
    for (const auto &[key, value] : tags)
        array.append(QJsonObject {{u"Key"_s, key}, {u"Value"_s, value}});
    return array;
}

} // namespace

int BatchGenerator::addTo(FleetCatalogue &catalogue)
{
    const auto add = [&catalogue](const BatchSpec &spec) {
        const SimFirmware &fw = catalogue.firmware(spec.firmware);
        SimJob job;
        job.id = QString(u"HvKuBpuk3rdk6E92CP"_s + spec.tag + u"0200"_s);
        job.destVersion = fw.destVersion;
        job.firmwareId = fw.id;
        job.productKey = catalogue.product(fw.product).key;
        job.utcCreate = SimTime::isoUtc(spec.createMs);
        job.timeoutMinutes = spec.timeoutMinutes();
        job.timeoutText = QString::number(job.timeoutMinutes);
        job.srcVersions = srcVersions(spec, catalogue);
        job.taskCount = spec.taskCount;
        job.mix = TaskGenerator::mixOf(spec.status);
        job.needConfirm = spec.needConfirm();
        job.taskBaseMs = spec.startMs();
        job.seed = spec.hash() | 1U;
        job.fromFirstDevice = spec.isBig(); // dev-000001 is its first task
        job.generated = spec;
        catalogue.addJob(std::move(job));
    };

    // The many-batch firmware: newest first, a few scheduled ones, the big batch, recent running ones, then
    // history.
    constexpr int kManyFirmware = 3;
    const qint64 newest = SimTime::utcMs(2025, 6, 30, 8);
    for (int i = 0; i < SimFleet::kManyJobsCount; ++i) {
        const bool big = i == 3;
        const QString tag = big ? u"huge"_s : u"m%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        const quint32 h = SimHash::mix32(quint32(i) * 0x2545f491U + 17U);
        QString status = u"COMPLETED"_s;
        bool verify = false;
        if (i < 3)
            status = u"PLANNED"_s;
        else if (i < 16)
            status = u"IN_PROGRESS"_s;
        else if (h % 100 < 12)
            status = u"CANCELED"_s;
        else if (h % 100 < 20)
            verify = true;
        int taskCount = int(h / 100 % 3001);
        if (big)
            taskCount = SimFleet::kBigJobTaskCount;
        else if (verify)
            taskCount = int(1 + h / 100 % 8);
        else if (status == u"PLANNED")
            taskCount = h / 100 % 2 == 0 ? 0 : int(h / 200 % 500);
        const qint64 created = newest - qint64(i) * 19 * SimTime::kHour - qint64(h % 3600) * 1000;
        add({tag, kManyFirmware, status, verify, created, taskCount, SimFleet::kManyJobsCount - i});
    }
    // A few batches for the other firmware, so that every level of discovery has more than one shape.
    const QList<BatchSpec> others {
            {u"x000"_s, 1, u"COMPLETED"_s, true, utcMs(2019, 12, 21, 3), 3, 1},
            {u"x001"_s, 1, u"COMPLETED"_s, false, utcMs(2020, 1, 6, 2), 2750, 2},
            {u"x002"_s, 2, u"COMPLETED"_s, false, utcMs(2024, 9, 20, 1), 3000, 1},
            {u"x003"_s, 2, u"CANCELED"_s, false, utcMs(2024, 10, 2, 1), 1200, 2},
            {u"x004"_s, 2, u"COMPLETED"_s, false, utcMs(2024, 10, 15, 1), 2900, 3},
            {u"x005"_s, 4, u"IN_PROGRESS"_s, false, utcMs(2025, 7, 3, 2), 640, 1},
            {u"x006"_s, 4, u"PLANNED"_s, false, utcMs(2025, 7, 4, 2), 0, 2},
            {u"x007"_s, 5, u"IN_PROGRESS"_s, true, utcMs(2025, 8, 2, 6), 6, 1},
            {u"x008"_s, 7, u"COMPLETED"_s, false, utcMs(2024, 12, 5, 3), 2100, 1},
    };
    for (const BatchSpec &spec : others)
        add(spec);
    return addLiveJob(catalogue);
}

int BatchGenerator::addLiveJob(FleetCatalogue &catalogue)
{
    LiveScenario live;
    live.jobId = SimFleet::liveJobId();
    live.firmwareId = u"UfuxnwygsuSkVE0VCNv1210100"_s;
    live.nameSuffix = u"live"_s;
    live.description = u"Live rollout: the device tasks move on as time passes"_s;
    live.taskCount = SimFleet::kLiveJobTaskCount; // 500 a minute from the demo's start
    const int number = addLiveJob(catalogue, live);
    for (const LiveScenario &scenario : scenarios())
        addLiveJob(catalogue, scenario);
    return number;
}

QList<BatchGenerator::LiveScenario> BatchGenerator::scenarios()
{
    QList<LiveScenario> list;
    // The same product as the live batch, pushing at the same time (they overlap), 40 a minute: it started
    // five minutes before the demo and will not make its scheduled end.
    LiveScenario slow;
    slow.jobId = SimFleet::slowJobId();
    slow.firmwareId = u"UfuxnwygsuSkVE0VCNv2010100"_s;
    slow.nameSuffix = u"slow"_s;
    slow.description = u"Slow wave: 40 devices a minute, behind its scheduled end"_s;
    slow.taskCount = 1200;
    slow.pace.startOffsetMs = -5 * SimTime::kMinute;
    slow.pace.spacingMs = 1500;
    slow.pace.scheduleFinishAfterMs = 20 * SimTime::kMinute;
    list.append(slow);
    // Gateways that stop finishing: from the 300th device on every one hangs part-way for good.
    LiveScenario stuck;
    stuck.jobId = SimFleet::stuckJobId();
    stuck.firmwareId = u"UfuxnwygsuSkVE0VCNgray0100"_s;
    stuck.nameSuffix = u"stuck"_s;
    stuck.description = u"Devices stop finishing after the first 300: stuck past the timeout"_s;
    stuck.taskCount = 800;
    stuck.pace.startOffsetMs = -8 * SimTime::kMinute;
    stuck.pace.spacingMs = 300;
    stuck.pace.stuckFrom = 300;
    list.append(stuck);
    // A dynamic batch that keeps growing as sensors come online: 300 at its start, 30 more a minute.
    LiveScenario growing;
    growing.jobId = SimFleet::growingJobId();
    growing.firmwareId = u"UfuxnwygsuSkVE0VCNdyna0100"_s;
    growing.nameSuffix = u"growing"_s;
    growing.description = u"Dynamic batch: devices join as they come online"_s;
    growing.taskCount = 6000;
    growing.dynamic = true;
    growing.pace.startOffsetMs = -3 * SimTime::kMinute;
    growing.pace.spacingMs = 600;
    growing.pace.baseCount = 300;
    growing.pace.growthPerMinute = 30;
    list.append(growing);
    // Meters planned to start two minutes after the demo opens, 300 a minute.
    LiveScenario planned;
    planned.jobId = SimFleet::plannedJobId();
    planned.firmwareId = u"UfuxnwygsuSkVE0VCNdone0100"_s;
    planned.nameSuffix = u"planned"_s;
    planned.description = u"Scheduled: starts two minutes after the demo opens"_s;
    planned.taskCount = 600;
    planned.pace.startOffsetMs = 2 * SimTime::kMinute;
    planned.pace.spacingMs = 200;
    planned.pace.scheduleFinishAfterMs = 30 * SimTime::kMinute;
    list.append(planned);
    return list;
}

int BatchGenerator::addLiveJob(FleetCatalogue &catalogue, const LiveScenario &scenario)
{
    const SimFirmware &fw = catalogue.firmware(catalogue.firmwareIndex(scenario.firmwareId));
    SimJob job;
    job.id = scenario.jobId;
    job.live = true;
    job.pace = scenario.pace;
    job.destVersion = fw.destVersion;
    job.firmwareId = fw.id;
    job.productKey = catalogue.product(fw.product).key;
    job.timeoutMinutes = LiveBatch::kTimeoutMinutes;
    job.timeoutText = QString::number(job.timeoutMinutes);
    job.srcVersions = fw.jobSrcVersions;
    job.taskCount = scenario.taskCount;
    job.seed = SimHash::stableHash(job.id) | 1U;
    job.data = QJsonObject {
            {u"JobId"_s, job.id},
            {u"Name"_s, u"%1-%2"_s.arg(fw.name, scenario.nameSuffix)},
            {u"JobDesc"_s, scenario.description},
            {u"JobType"_s, u"UPGRADE_FIRMWARE"_s},
            {u"JobStatus"_s, u"IN_PROGRESS"_s},
            {u"SelectionType"_s, scenario.dynamic ? u"DYNAMIC"_s : u"STATIC"_s},
            {u"TargetSelection"_s, scenario.dynamic ? u"ALL"_s : u"SPECIFIC"_s},
            {u"FirmwareId"_s, job.firmwareId},
            {u"ProductKey"_s, job.productKey},
            {u"DestVersion"_s, job.destVersion},
            {u"SrcVersions"_s, QJsonObject {{u"SrcVersion"_s, QJsonArray::fromStringList(job.srcVersions)}}},
            {u"DownloadProtocol"_s, u"HTTPS"_s},
            {u"GroupId"_s, QString()},
            {u"GroupName"_s, QString()},
            {u"MaximumPerMinute"_s, int(60000 / job.pace.spacingMs)},
            {u"OverwriteMode"_s, 1},
            {u"RetryCount"_s, 1},
            {u"RetryInterval"_s, 10},
            {u"TimeoutInMinutes"_s, job.timeoutMinutes},
            {u"MultiModuleMode"_s, false},
            {u"NeedConfirm"_s, false},
            {u"NeedPush"_s, true},
            {u"Tags"_s, QJsonObject {{u"OtaTagDTO"_s, tagArray({{u"env"_s, u"demo"_s}})}}},
    };
    if (scenario.dynamic)
        job.data.insert(u"DynamicMode"_s, 1);
    return catalogue.addJob(std::move(job));
}

QStringList BatchGenerator::srcVersions(const BatchSpec &spec, const FleetCatalogue &catalogue)
{
    const QStringList &all = catalogue.firmware(spec.firmware).jobSrcVersions;
    return spec.verify ? all.mid(all.size() - 1) : all; // a verification batch tries the newest source only
}

QJsonObject BatchGenerator::data(const BatchSpec &spec, const FleetCatalogue &catalogue)
{
    const SimFirmware &fw = catalogue.firmware(spec.firmware);
    const quint32 h = spec.hash();
    const bool planned = spec.status == u"PLANNED";
    const bool completed = spec.status == u"COMPLETED";
    const bool canceled = spec.status == u"CANCELED";
    const bool dynamic = !spec.verify && !planned && !completed && h % 3 == 0;
    QJsonObject data;
    data.insert(u"JobId"_s, QString(u"HvKuBpuk3rdk6E92CP"_s + spec.tag + u"0200"_s));
    data.insert(u"Name"_s, u"%1-w%2"_s.arg(fw.name).arg(spec.ordinal));
    data.insert(u"JobDesc"_s,
                spec.verify ? u"Verify %1 on bench devices"_s.arg(fw.destVersion)
                            : u"Wave %1 of the %2 rollout"_s.arg(spec.ordinal).arg(fw.destVersion));
    data.insert(u"JobType"_s, spec.verify ? u"VERIFY_FIRMWARE"_s : u"UPGRADE_FIRMWARE"_s);
    data.insert(u"JobStatus"_s, spec.status);
    data.insert(u"SelectionType"_s, dynamic ? u"DYNAMIC"_s : u"STATIC"_s);
    QString target = u"SPECIFIC"_s;
    if (dynamic)
        target = u"ALL"_s;
    else if (!spec.verify)
        target = std::array {u"ALL"_s, u"SPECIFIC"_s, u"GRAY"_s}[h / 3 % 3];
    data.insert(u"TargetSelection"_s, target);
    if (target == u"GRAY")
        data.insert(u"GrayPercent"_s, u"%1.00"_s.arg(10 + h / 9 % 5 * 10));
    if (dynamic)
        data.insert(u"DynamicMode"_s, int(1 + h / 45 % 2));
    data.insert(u"FirmwareId"_s, fw.id);
    data.insert(u"ProductKey"_s, catalogue.product(fw.product).key);
    data.insert(u"DestVersion"_s, fw.destVersion);
    data.insert(u"SrcVersions"_s,
                QJsonObject {{u"SrcVersion"_s, QJsonArray::fromStringList(srcVersions(spec, catalogue))}});
    data.insert(u"DownloadProtocol"_s, h / 90 % 4 == 0 ? u"MQTT"_s : u"HTTPS"_s);
    data.insert(u"GroupId"_s, QString());
    data.insert(u"GroupName"_s, QString());
    data.insert(u"MaximumPerMinute"_s, h / 360 % 2 == 0 ? 1000 : 500);
    data.insert(u"OverwriteMode"_s, int(1 + h / 720 % 2));
    if (h / 1440 % 2 == 0) {
        data.insert(u"RetryCount"_s, int(1 + h / 2880 % 5));
        data.insert(u"RetryInterval"_s, std::array {10, 30, 60, 1440}[h / 14400 % 4]);
    }
    data.insert(u"TimeoutInMinutes"_s, spec.timeoutMinutes());
    data.insert(u"MultiModuleMode"_s, fw.multiFiles);
    data.insert(u"NeedConfirm"_s, spec.needConfirm());
    data.insert(u"NeedPush"_s, true);
    const int tagKind = int(h / 864000 % 4);
    if (tagKind == 1) {
        data.insert(u"Tags"_s,
                    QJsonObject {{u"OtaTagDTO"_s,
                                  tagArray({{u"env"_s, u"production"_s},
                                            {u"wave"_s, u"w%1"_s.arg(spec.ordinal)}})}});
    } else if (tagKind == 2) {
        data.insert(u"Tags"_s, QJsonObject {{u"OtaTagDTO"_s, tagArray({{u"env"_s, u"staging"_s}})}});
    } else if (tagKind == 3) {
        data.insert(u"Tags"_s,
                    QJsonObject {{u"OtaTagDTO"_s,
                                  tagArray({{u"channel"_s, u"beta"_s},
                                            {u"owner"_s, u"fleet-ops"_s},
                                            {u"region"_s, u"华东-上海"_s}})}});
    }

    const qint64 start = spec.startMs();
    qint64 modified = start + qint64(h % 360) * SimTime::kMinute; // IN_PROGRESS: the last change so far
    data.insert(u"UtcCreate"_s, SimTime::isoUtc(spec.createMs));
    data.insert(u"UtcStartTime"_s, SimTime::isoUtc(start));
    if (planned) {
        modified = spec.createMs + 5 * SimTime::kMinute;
        data.insert(u"UtcScheduleTime"_s, SimTime::isoUtc(start));
        data.insert(u"UtcScheduleFinishTime"_s, SimTime::isoUtc(start + 2 * SimTime::kDay));
    } else if (completed) {
        modified = start + SimTime::kHour + qint64(h % 4320) * SimTime::kMinute;
        data.insert(u"UtcEndTime"_s, SimTime::isoUtc(modified));
    } else if (canceled) {
        modified = start + 30 * SimTime::kMinute + qint64(h % 1440) * SimTime::kMinute;
    }
    data.insert(u"UtcModified"_s, SimTime::isoUtc(modified));
    return data;
}
