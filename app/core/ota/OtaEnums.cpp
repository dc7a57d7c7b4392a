#include "ota/OtaEnums.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct EnumValueInfo
{
    JobField field;
    const char *value; // canonical spelling
    const char *label; // context "OtaEnums"
    const char *explanation; // context "OtaEnums"
};

// Explanations follow the English QueryOTAJob reference (seed 000); boolean "false" sentences negate its
// description of the field.
constexpr std::array kValues = {
        EnumValueInfo {
                JobField::JobStatus, "PLANNED", QT_TRANSLATE_NOOP("OtaEnums", "Planned"),
                QT_TRANSLATE_NOOP("OtaEnums",
                                  "The update batch is being planned: it is created, but the scheduled "
                                  "time has not arrived. Only static update batches report this status.")},
        EnumValueInfo {JobField::JobStatus, "IN_PROGRESS", QT_TRANSLATE_NOOP("OtaEnums", "In progress"),
                       QT_TRANSLATE_NOOP("OtaEnums", "The update batch is running.")},
        EnumValueInfo {JobField::JobStatus, "COMPLETED", QT_TRANSLATE_NOOP("OtaEnums", "Completed"),
                       QT_TRANSLATE_NOOP("OtaEnums", "The update batch is completed.")},
        EnumValueInfo {JobField::JobStatus, "CANCELED", QT_TRANSLATE_NOOP("OtaEnums", "Canceled"),
                       QT_TRANSLATE_NOOP("OtaEnums", "The update batch is canceled.")},

        EnumValueInfo {JobField::JobType, "VERIFY_FIRMWARE",
                       QT_TRANSLATE_NOOP("OtaEnums", "Firmware verification"),
                       QT_TRANSLATE_NOOP("OtaEnums", "The batch verifies the update package.")},
        EnumValueInfo {JobField::JobType, "UPGRADE_FIRMWARE", QT_TRANSLATE_NOOP("OtaEnums", "Batch update"),
                       QT_TRANSLATE_NOOP("OtaEnums", "The batch updates devices.")},

        EnumValueInfo {JobField::SelectionType, "STATIC", QT_TRANSLATE_NOOP("OtaEnums", "Static update"),
                       QT_TRANSLATE_NOOP("OtaEnums",
                                         "Static update: the batch was created with "
                                         "CreateOTAStaticUpgradeJob.")},
        EnumValueInfo {JobField::SelectionType, "DYNAMIC", QT_TRANSLATE_NOOP("OtaEnums", "Dynamic update"),
                       QT_TRANSLATE_NOOP("OtaEnums",
                                         "Dynamic update: the batch was created with "
                                         "CreateOTADynamicUpgradeJob.")},

        EnumValueInfo {JobField::TargetSelection, "ALL", QT_TRANSLATE_NOOP("OtaEnums", "All devices"),
                       QT_TRANSLATE_NOOP("OtaEnums",
                                         "Updates all devices. Dynamic update batches always report this "
                                         "value.")},
        EnumValueInfo {JobField::TargetSelection, "SPECIFIC",
                       QT_TRANSLATE_NOOP("OtaEnums", "Specified devices"),
                       QT_TRANSLATE_NOOP("OtaEnums", "Updates specified devices.")},
        EnumValueInfo {JobField::TargetSelection, "GRAY",
                       QT_TRANSLATE_NOOP("OtaEnums", "Phased (gray) update"),
                       QT_TRANSLATE_NOOP("OtaEnums", "Performs a phased update.")},

        EnumValueInfo {
                JobField::DynamicMode, "1", QT_TRANSLATE_NOOP("OtaEnums", "Keep upgrading matching devices"),
                QT_TRANSLATE_NOOP("OtaEnums", "Constantly updates the devices that meet the conditions.")},
        EnumValueInfo {JobField::DynamicMode, "2",
                       QT_TRANSLATE_NOOP("OtaEnums", "Only newly reported versions"),
                       QT_TRANSLATE_NOOP("OtaEnums",
                                         "Updates only the devices that subsequently submit the latest "
                                         "firmware versions.")},

        EnumValueInfo {JobField::OverwriteMode, "1", QT_TRANSLATE_NOOP("OtaEnums", "Don't overwrite"),
                       QT_TRANSLATE_NOOP("OtaEnums",
                                         "The previous update task is not overwritten: a device that already "
                                         "has an update task carries out that task.")},
        EnumValueInfo {JobField::OverwriteMode, "2", QT_TRANSLATE_NOOP("OtaEnums", "Overwrite"),
                       QT_TRANSLATE_NOOP("OtaEnums",
                                         "The previous update task is overwritten: only the current update "
                                         "task is carried out. A task in progress is never overwritten.")},

        EnumValueInfo {JobField::NeedConfirm, "true", QT_TRANSLATE_NOOP("OtaEnums", "Yes"),
                       QT_TRANSLATE_NOOP("OtaEnums", "The update must be confirmed in your mobile app.")},
        EnumValueInfo {JobField::NeedConfirm, "false", QT_TRANSLATE_NOOP("OtaEnums", "No"),
                       QT_TRANSLATE_NOOP("OtaEnums", "The update needs no confirmation in your mobile app.")},
        EnumValueInfo {
                JobField::NeedPush, "true", QT_TRANSLATE_NOOP("OtaEnums", "Yes"),
                QT_TRANSLATE_NOOP("OtaEnums",
                                  "IoT Platform pushes the update tasks to the devices automatically.")},
        EnumValueInfo {JobField::NeedPush, "false", QT_TRANSLATE_NOOP("OtaEnums", "No"),
                       QT_TRANSLATE_NOOP("OtaEnums",
                                         "IoT Platform does not push the update tasks to the devices "
                                         "automatically.")},
        EnumValueInfo {JobField::MultiModuleMode, "true", QT_TRANSLATE_NOOP("OtaEnums", "Yes"),
                       QT_TRANSLATE_NOOP("OtaEnums",
                                         "The device supports simultaneous updates of multiple modules.")},
        EnumValueInfo {
                JobField::MultiModuleMode, "false", QT_TRANSLATE_NOOP("OtaEnums", "No"),
                QT_TRANSLATE_NOOP("OtaEnums",
                                  "The device does not support simultaneous updates of multiple modules "
                                  "(the default).")},
};

bool isBooleanField(JobField field)
{
    return jobFieldInfo(field).kind == ValueKind::Boolean;
}

bool isIntegerEnumField(JobField field)
{
    return field == JobField::DynamicMode || field == JobField::OverwriteMode;
}

const EnumValueInfo *findValue(JobField field, const QString &raw)
{
    const QString canonical = normalizedEnumValue(field, raw);
    for (const EnumValueInfo &info : kValues) {
        if (info.field == field && canonical == QLatin1StringView(info.value))
            return &info;
    }
    return nullptr;
}

} // namespace

bool hasEnumValues(JobField field)
{
    for (const EnumValueInfo &info : kValues) {
        if (info.field == field)
            return true;
    }
    return false;
}

QStringList knownEnumValues(JobField field)
{
    QStringList values;
    for (const EnumValueInfo &info : kValues) {
        if (info.field == field)
            values.append(QLatin1StringView(info.value));
    }
    return values;
}

std::optional<bool> parseApiBoolean(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(QStringView(u"true"), Qt::CaseInsensitive) == 0 || trimmed == QStringView(u"1"))
        return true;
    if (trimmed.compare(QStringView(u"false"), Qt::CaseInsensitive) == 0 || trimmed == QStringView(u"0"))
        return false;
    return std::nullopt;
}

QString normalizedEnumValue(JobField field, const QString &raw)
{
    if (field == JobField::JobType && raw == u"VERFIY_FIRMWARE")
        return u"VERIFY_FIRMWARE"_s;
    if (isIntegerEnumField(field)) {
        bool ok = false;
        const int number = raw.trimmed().toInt(&ok);
        return ok ? QString::number(number) : raw;
    }
    if (isBooleanField(field)) {
        if (const auto value = parseApiBoolean(raw))
            return *value ? u"true"_s : u"false"_s;
    }
    return raw;
}

bool isKnownEnumValue(JobField field, const QString &raw)
{
    return findValue(field, raw) != nullptr;
}

QString enumLabel(JobField field, const QString &raw)
{
    const EnumValueInfo *info = findValue(field, raw);
    return info ? QCoreApplication::translate("OtaEnums", info->label) : raw;
}

QString enumExplanation(JobField field, const QString &raw)
{
    const EnumValueInfo *info = findValue(field, raw);
    return info ? QCoreApplication::translate("OtaEnums", info->explanation) : QString();
}
