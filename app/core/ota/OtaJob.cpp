#include "ota/OtaJob.h"

#include <tuple>
#include <type_traits>

namespace {

// Calls f with the typed member that holds `field`; Job is OtaJob or const OtaJob.
template<typename Job, typename F> auto withMember(Job &job, JobField field, F &&f)
{
    switch (field) {
    case JobField::JobId:
        return f(job.jobId);
    case JobField::Name:
        return f(job.name);
    case JobField::JobDesc:
        return f(job.jobDesc);
    case JobField::ProductKey:
        return f(job.productKey);
    case JobField::FirmwareId:
        return f(job.firmwareId);
    case JobField::GroupId:
        return f(job.groupId);
    case JobField::GroupName:
        return f(job.groupName);
    case JobField::JobType:
        return f(job.jobType);
    case JobField::JobStatus:
        return f(job.jobStatus);
    case JobField::SelectionType:
        return f(job.selectionType);
    case JobField::TargetSelection:
        return f(job.targetSelection);
    case JobField::GrayPercent:
        return f(job.grayPercent);
    case JobField::DynamicMode:
        return f(job.dynamicMode);
    case JobField::OverwriteMode:
        return f(job.overwriteMode);
    case JobField::MaximumPerMinute:
        return f(job.maximumPerMinute);
    case JobField::RetryCount:
        return f(job.retryCount);
    case JobField::RetryInterval:
        return f(job.retryInterval);
    case JobField::TimeoutInMinutes:
        return f(job.timeoutInMinutes);
    case JobField::NeedConfirm:
        return f(job.needConfirm);
    case JobField::NeedPush:
        return f(job.needPush);
    case JobField::MultiModuleMode:
        return f(job.multiModuleMode);
    case JobField::DownloadProtocol:
        return f(job.downloadProtocol);
    case JobField::SrcVersions:
        return f(job.srcVersions);
    case JobField::DestVersion:
        return f(job.destVersion);
    case JobField::Tags:
        return f(job.tags);
    case JobField::UtcCreate:
        return f(job.utcCreate);
    case JobField::UtcScheduleTime:
        return f(job.utcScheduleTime);
    case JobField::UtcStartTime:
        return f(job.utcStartTime);
    case JobField::UtcScheduleFinishTime:
        return f(job.utcScheduleFinishTime);
    case JobField::UtcEndTime:
        return f(job.utcEndTime);
    case JobField::UtcModified:
        return f(job.utcModified);
    }
    Q_UNREACHABLE();
    return f(job.jobId);
}

auto members(const OtaJob &j)
{
    return std::tie(j.jobId, j.name, j.jobDesc, j.productKey, j.firmwareId, j.groupId, j.groupName, j.jobType,
                    j.jobStatus, j.selectionType, j.targetSelection, j.grayPercent, j.dynamicMode,
                    j.overwriteMode, j.maximumPerMinute, j.retryCount, j.retryInterval, j.timeoutInMinutes,
                    j.needConfirm, j.needPush, j.multiModuleMode, j.downloadProtocol, j.srcVersions,
                    j.destVersion, j.tags, j.utcCreate, j.utcScheduleTime, j.utcStartTime,
                    j.utcScheduleFinishTime, j.utcEndTime, j.utcModified, j.raw);
}

} // namespace

QVariant OtaJob::value(JobField field) const
{
    return withMember(*this, field,
                      [](const auto &member) { return member ? QVariant::fromValue(*member) : QVariant(); });
}

bool OtaJob::hasTypedValue(JobField field) const
{
    return withMember(*this, field, [](const auto &member) { return member.has_value(); });
}

bool OtaJob::setValue(JobField field, const QVariant &typed)
{
    return withMember(*this, field, [&typed](auto &member) {
        using T = typename std::decay_t<decltype(member)>::value_type;
        if (!typed.isValid()) {
            member.reset();
            return true;
        }
        if (typed.metaType() != QMetaType::fromType<T>())
            return false;
        if constexpr (std::is_same_v<T, QDateTime>)
            member = typed.value<QDateTime>().toUTC();
        else
            member = typed.value<T>();
        return true;
    });
}

bool operator==(const OtaJob &a, const OtaJob &b)
{
    return members(a) == members(b);
}
