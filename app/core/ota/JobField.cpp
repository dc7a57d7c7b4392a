#include "ota/JobField.h"

#include <QHash>

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Wording: labels are short; help and presence follow the English QueryOTAJob reference (seed 000).
constexpr std::array<JobFieldInfo, kJobFieldCount> kFields = {{
        // Identity
        {JobField::JobId, "JobId", JobSection::Identity, ValueKind::Text,
         QT_TRANSLATE_NOOP("JobField", "Batch ID"),
         QT_TRANSLATE_NOOP("JobField", "The ID of the update batch."), nullptr},
        // The reference describes Name as the update package's name, not the batch's.
        {JobField::Name, "Name", JobSection::Identity, ValueKind::Text,
         QT_TRANSLATE_NOOP("JobField", "Package name"),
         QT_TRANSLATE_NOOP("JobField", "The name of the update package."), nullptr},
        {JobField::JobDesc, "JobDesc", JobSection::Identity, ValueKind::Text,
         QT_TRANSLATE_NOOP("JobField", "Batch description"),
         QT_TRANSLATE_NOOP("JobField", "The description of the update batch."), nullptr},
        {JobField::ProductKey, "ProductKey", JobSection::Identity, ValueKind::Text,
         QT_TRANSLATE_NOOP("JobField", "ProductKey"),
         QT_TRANSLATE_NOOP("JobField", "The ProductKey of the product to which the update package belongs."),
         nullptr},
        {JobField::FirmwareId, "FirmwareId", JobSection::Identity, ValueKind::Text,
         QT_TRANSLATE_NOOP("JobField", "Package ID"),
         QT_TRANSLATE_NOOP("JobField", "The ID of the update package."), nullptr},
        {JobField::GroupId, "GroupId", JobSection::Identity, ValueKind::Text,
         QT_TRANSLATE_NOOP("JobField", "Device group ID"),
         QT_TRANSLATE_NOOP("JobField", "The ID of the device group to be updated."), nullptr},
        {JobField::GroupName, "GroupName", JobSection::Identity, ValueKind::Text,
         QT_TRANSLATE_NOOP("JobField", "Device group name"),
         QT_TRANSLATE_NOOP("JobField", "The name of the device group to be updated."), nullptr},
        // Rollout policy
        {JobField::JobType, "JobType", JobSection::RolloutPolicy, ValueKind::Enum,
         QT_TRANSLATE_NOOP("JobField", "Batch type"),
         QT_TRANSLATE_NOOP("JobField", "Whether the batch verifies an update package or updates devices."),
         nullptr},
        {JobField::JobStatus, "JobStatus", JobSection::RolloutPolicy, ValueKind::Enum,
         QT_TRANSLATE_NOOP("JobField", "Batch status"),
         QT_TRANSLATE_NOOP("JobField",
                           "The status of the update batch: planned, in progress, completed or "
                           "canceled."),
         nullptr},
        {JobField::SelectionType, "SelectionType", JobSection::RolloutPolicy, ValueKind::Enum,
         QT_TRANSLATE_NOOP("JobField", "Update policy"),
         QT_TRANSLATE_NOOP("JobField",
                           "The update policy of the batch: static (a fixed set of devices) or "
                           "dynamic."),
         nullptr},
        {JobField::TargetSelection, "TargetSelection", JobSection::RolloutPolicy, ValueKind::Enum,
         QT_TRANSLATE_NOOP("JobField", "Update scope"),
         QT_TRANSLATE_NOOP("JobField",
                           "The scope of the update batch: all devices, specified devices or a "
                           "phased (gray) update. Dynamic batches always return all devices."),
         nullptr},
        {JobField::GrayPercent, "GrayPercent", JobSection::RolloutPolicy, ValueKind::Percent,
         QT_TRANSLATE_NOOP("JobField", "Gray percentage"),
         QT_TRANSLATE_NOOP("JobField", "The share of devices in the phased (gray) update, in percent."),
         QT_TRANSLATE_NOOP("JobField", "Returned only if the batch is a phased (gray) update.")},
        {JobField::DynamicMode, "DynamicMode", JobSection::RolloutPolicy, ValueKind::Enum,
         QT_TRANSLATE_NOOP("JobField", "Dynamic update mode"),
         QT_TRANSLATE_NOOP("JobField",
                           "Whether a dynamic update keeps updating every device that meets the "
                           "conditions, or only devices that later report a new version."),
         QT_TRANSLATE_NOOP("JobField", "Returned only if the batch is a dynamic update.")},
        {JobField::OverwriteMode, "OverwriteMode", JobSection::RolloutPolicy, ValueKind::Enum,
         QT_TRANSLATE_NOOP("JobField", "Overwrite mode"),
         QT_TRANSLATE_NOOP("JobField",
                           "Whether this batch overwrites a device's previous update task. A task "
                           "that is in progress is never overwritten."),
         nullptr},
        {JobField::MaximumPerMinute, "MaximumPerMinute", JobSection::RolloutPolicy, ValueKind::Integer,
         QT_TRANSLATE_NOOP("JobField", "Max devices per minute"),
         QT_TRANSLATE_NOOP("JobField",
                           "The maximum number of devices per minute to which the download URL of "
                           "the update package is pushed."),
         nullptr},
        {JobField::RetryCount, "RetryCount", JobSection::RolloutPolicy, ValueKind::Integer,
         QT_TRANSLATE_NOOP("JobField", "Retry count"),
         QT_TRANSLATE_NOOP("JobField", "The number of automatic retries after a device fails to update."),
         QT_TRANSLATE_NOOP("JobField",
                           "Returned only if a retry policy was set when the batch was created.")},
        {JobField::RetryInterval, "RetryInterval", JobSection::RolloutPolicy, ValueKind::Integer,
         QT_TRANSLATE_NOOP("JobField", "Retry interval"),
         QT_TRANSLATE_NOOP("JobField",
                           "The time between automatic retries after a device fails to update, in "
                           "minutes."),
         QT_TRANSLATE_NOOP("JobField",
                           "Returned only if a retry policy was set when the batch was created.")},
        {JobField::TimeoutInMinutes, "TimeoutInMinutes", JobSection::RolloutPolicy, ValueKind::Integer,
         QT_TRANSLATE_NOOP("JobField", "Update timeout"),
         QT_TRANSLATE_NOOP("JobField", "The timeout of a device's update, in minutes."),
         QT_TRANSLATE_NOOP("JobField", "Returned only if a timeout was set when the batch was created.")},
        {JobField::NeedConfirm, "NeedConfirm", JobSection::RolloutPolicy, ValueKind::Boolean,
         QT_TRANSLATE_NOOP("JobField", "Confirm in mobile app"),
         QT_TRANSLATE_NOOP("JobField", "Whether the update must be confirmed in your mobile app."), nullptr},
        {JobField::NeedPush, "NeedPush", JobSection::RolloutPolicy, ValueKind::Boolean,
         QT_TRANSLATE_NOOP("JobField", "Push automatically"),
         QT_TRANSLATE_NOOP("JobField",
                           "Whether IoT Platform pushes the update tasks to the devices "
                           "automatically."),
         nullptr},
        {JobField::MultiModuleMode, "MultiModuleMode", JobSection::RolloutPolicy, ValueKind::Boolean,
         QT_TRANSLATE_NOOP("JobField", "Multi-module update"),
         QT_TRANSLATE_NOOP("JobField",
                           "Whether the device supports updating several modules at the same time "
                           "(default: no)."),
         nullptr},
        {JobField::DownloadProtocol, "DownloadProtocol", JobSection::RolloutPolicy, ValueKind::Text,
         QT_TRANSLATE_NOOP("JobField", "Download protocol"),
         QT_TRANSLATE_NOOP("JobField",
                           "The protocol over which devices download the update package, for "
                           "example HTTPS."),
         nullptr},
        // Versions
        {JobField::SrcVersions, "SrcVersions", JobSection::Versions, ValueKind::StringList,
         QT_TRANSLATE_NOOP("JobField", "Source versions"),
         QT_TRANSLATE_NOOP("JobField", "The firmware versions to be updated."), nullptr},
        {JobField::DestVersion, "DestVersion", JobSection::Versions, ValueKind::Text,
         QT_TRANSLATE_NOOP("JobField", "Destination version"),
         QT_TRANSLATE_NOOP("JobField", "The destination firmware version of the update."), nullptr},
        // Tags
        {JobField::Tags, "Tags", JobSection::Tags, ValueKind::Tags, QT_TRANSLATE_NOOP("JobField", "Tags"),
         QT_TRANSLATE_NOOP("JobField", "The tags of the update batch, as key and value pairs."), nullptr},
        // Schedule
        {JobField::UtcCreate, "UtcCreate", JobSection::Schedule, ValueKind::DateTime,
         QT_TRANSLATE_NOOP("JobField", "Created"),
         QT_TRANSLATE_NOOP("JobField", "When the update batch was created."), nullptr},
        {JobField::UtcScheduleTime, "UtcScheduleTime", JobSection::Schedule, ValueKind::DateTime,
         QT_TRANSLATE_NOOP("JobField", "Scheduled start"),
         QT_TRANSLATE_NOOP("JobField", "The start time of the scheduled update batch."),
         QT_TRANSLATE_NOOP("JobField", "Returned only if the batch is scheduled.")},
        {JobField::UtcStartTime, "UtcStartTime", JobSection::Schedule, ValueKind::DateTime,
         QT_TRANSLATE_NOOP("JobField", "Started"),
         QT_TRANSLATE_NOOP("JobField", "When the update batch started."), nullptr},
        {JobField::UtcScheduleFinishTime, "UtcScheduleFinishTime", JobSection::Schedule, ValueKind::DateTime,
         QT_TRANSLATE_NOOP("JobField", "Scheduled end"),
         QT_TRANSLATE_NOOP("JobField", "The end time of the scheduled update batch."),
         QT_TRANSLATE_NOOP("JobField",
                           "Returned only if the batch is scheduled and a scheduled end time "
                           "was set.")},
        {JobField::UtcEndTime, "UtcEndTime", JobSection::Schedule, ValueKind::DateTime,
         QT_TRANSLATE_NOOP("JobField", "Ended"),
         QT_TRANSLATE_NOOP("JobField", "When the update batch ended."),
         QT_TRANSLATE_NOOP("JobField", "Returned only if the update batch has completed.")},
        {JobField::UtcModified, "UtcModified", JobSection::Schedule, ValueKind::DateTime,
         QT_TRANSLATE_NOOP("JobField", "Last modified"),
         QT_TRANSLATE_NOOP("JobField", "When the update batch was last modified."), nullptr},
}};

// The table is indexed by the enum; a reordering on one side only must not compile.
constexpr bool tableMatchesEnum()
{
    for (std::size_t i = 0; i < kFields.size(); ++i) {
        if (int(kFields[i].field) != int(i))
            return false;
    }
    return true;
}
static_assert(tableMatchesEnum(), "kFields must list every JobField in enum order");

} // namespace

const JobFieldInfo &jobFieldInfo(JobField field)
{
    return kFields[std::size_t(field)];
}

QList<JobField> allJobFields()
{
    QList<JobField> fields;
    fields.reserve(kJobFieldCount);
    for (const JobFieldInfo &info : kFields)
        fields.append(info.field);
    return fields;
}

std::optional<JobField> jobFieldFromKey(QStringView key)
{
    // Looked up once per field of every response: a hash, built on first use, instead of a scan.
    static const QHash<QString, JobField> byKey = [] {
        QHash<QString, JobField> keys;
        for (const JobFieldInfo &info : kFields)
            keys.insert(QLatin1StringView(info.key), info.field);
        return keys;
    }();
    const auto it = byKey.constFind(key.toString());
    return it == byKey.cend() ? std::nullopt : std::optional<JobField>(it.value());
}

QString jobFieldKey(JobField field)
{
    return QLatin1StringView(jobFieldInfo(field).key);
}

QString jobFieldLabel(JobField field)
{
    return QCoreApplication::translate("JobField", jobFieldInfo(field).label);
}

QString jobFieldHelp(JobField field)
{
    return QCoreApplication::translate("JobField", jobFieldInfo(field).help);
}

QString jobFieldPresence(JobField field)
{
    const char *presence = jobFieldInfo(field).presence;
    return presence ? QCoreApplication::translate("JobField", presence) : QString();
}

QString jobSectionTitle(JobSection section, const QString &zone)
{
    return QCoreApplication::translate("JobField", "%1 (%2)",
                                       "a section's title, then the time zone of its times")
            .arg(jobSectionTitle(section), zone);
}

QString jobSectionTitle(JobSection section)
{
    switch (section) {
    case JobSection::Identity:
        return QCoreApplication::translate("JobField", "Identity");
    case JobSection::RolloutPolicy:
        return QCoreApplication::translate("JobField", "Rollout policy");
    case JobSection::Versions:
        return QCoreApplication::translate("JobField", "Versions");
    case JobSection::Tags:
        return QCoreApplication::translate("JobField", "Tags");
    case JobSection::Schedule:
        return QCoreApplication::translate("JobField", "Schedule");
    }
    return QString();
}
