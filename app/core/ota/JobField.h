#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The Data fields of a QueryOTAJob response, in the order the batch form shows them (by section).
enum class JobField {
    // Identity
    JobId,
    Name,
    JobDesc,
    ProductKey,
    FirmwareId,
    GroupId,
    GroupName,
    // Rollout policy
    JobType,
    JobStatus,
    SelectionType,
    TargetSelection,
    GrayPercent,
    DynamicMode,
    OverwriteMode,
    MaximumPerMinute,
    RetryCount,
    RetryInterval,
    TimeoutInMinutes,
    NeedConfirm,
    NeedPush,
    MultiModuleMode,
    DownloadProtocol,
    // Versions
    SrcVersions,
    DestVersion,
    // Tags
    Tags,
    // Schedule
    UtcCreate,
    UtcScheduleTime,
    UtcStartTime,
    UtcScheduleFinishTime,
    UtcEndTime,
    UtcModified,
};

inline constexpr int kJobFieldCount = int(JobField::UtcModified) + 1;

// QHash keys; an enum class does not convert to int on its own.
constexpr inline size_t qHash(JobField field, size_t seed = 0) noexcept
{
    return ::qHash(int(field), seed);
}

enum class JobSection { Identity, RolloutPolicy, Versions, Tags, Schedule };

// How a field's text is interpreted and shown.
enum class ValueKind { Text, Integer, Boolean, Enum, Percent, DateTime, StringList, Tags };

// Static knowledge about one field, from the QueryOTAJob reference (seed 000, English).
struct JobFieldInfo
{
    JobField field;
    const char *key; // the API's JSON key / XML element name
    JobSection section;
    ValueKind kind;
    const char *label; // untranslated, context "JobField"
    const char *help; // untranslated, context "JobField"
    const char *presence; // nullptr or the "Returned only if ..." rule, untranslated, context "JobField"
};

const JobFieldInfo &jobFieldInfo(JobField field);
// Every field, in enum (form) order.
QList<JobField> allJobFields();
// Exact, case-sensitive API key ("GrayPercent").
std::optional<JobField> jobFieldFromKey(QStringView key);
QString jobFieldKey(JobField field);

QString jobFieldLabel(JobField field);
QString jobFieldHelp(JobField field);
// Empty when the reference states no condition for the field.
QString jobFieldPresence(JobField field);
QString jobSectionTitle(JobSection section);
// "Schedule (UTC+08:00)": a section's title with the zone its times are written in, said once for them.
QString jobSectionTitle(JobSection section, const QString &zone);
