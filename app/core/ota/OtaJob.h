#pragma once

#include "ota/JobField.h"
#include "ota/OtaTag.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The Data of one QueryOTAJob response: typed values plus the text of every field that was returned.
//
// Absent and empty differ: a field the body did not carry has no entry in `raw`; "GroupId":"" has an
// entry with an empty text. A present field whose text cannot be read as its type (RetryCount "abc",
// a JSON null) keeps its `raw` entry while its typed member stays nullopt.
//
// `raw` holds scalars exactly as received (JSON numbers and booleans as their JSON text, a JSON null as
// "null"). SrcVersions and Tags arrive in several shapes, so their raw text is a compact JSON rendering
// of the items received (["1.0.0"], [{"Key":"k","Value":"v"}]) or "null"; JSON and XML bodies then agree.
struct OtaJob
{
    // Identity
    std::optional<QString> jobId;
    std::optional<QString> name;
    std::optional<QString> jobDesc;
    std::optional<QString> productKey;
    std::optional<QString> firmwareId;
    std::optional<QString> groupId;
    std::optional<QString> groupName;
    // Rollout policy; enum texts are normalized (VERFIY_FIRMWARE -> VERIFY_FIRMWARE), unknown ones kept
    // verbatim
    std::optional<QString> jobType;
    std::optional<QString> jobStatus;
    std::optional<QString> selectionType;
    std::optional<QString> targetSelection;
    std::optional<QString> grayPercent; // a decimal string such as "50.00", as the API sends it
    std::optional<int> dynamicMode;
    std::optional<int> overwriteMode;
    std::optional<int> maximumPerMinute;
    std::optional<int> retryCount;
    std::optional<int> retryInterval; // minutes
    std::optional<int> timeoutInMinutes;
    std::optional<bool> needConfirm;
    std::optional<bool> needPush;
    std::optional<bool> multiModuleMode;
    std::optional<QString> downloadProtocol;
    // Versions
    std::optional<QStringList> srcVersions;
    std::optional<QString> destVersion;
    // Tags
    std::optional<QList<OtaTag>> tags;
    // Schedule, all in UTC
    std::optional<QDateTime> utcCreate;
    std::optional<QDateTime> utcScheduleTime;
    std::optional<QDateTime> utcStartTime;
    std::optional<QDateTime> utcScheduleFinishTime;
    std::optional<QDateTime> utcEndTime;
    std::optional<QDateTime> utcModified;

    QHash<JobField, QString> raw;

    // Present in the body (possibly empty, possibly unreadable as its type).
    bool has(JobField field) const { return raw.contains(field); }
    QString rawValue(JobField field) const { return raw.value(field); }
    // The typed value (QString, int, bool, QStringList, QList<OtaTag> or a UTC QDateTime), or an invalid
    // QVariant when the field is absent or unreadable.
    QVariant value(JobField field) const;
    bool hasTypedValue(JobField field) const;
    // Sets or (with an invalid QVariant) clears the typed member only; `raw` is left alone. False when the
    // variant's type is not the member's type (see value()).
    bool setValue(JobField field, const QVariant &typed);

    friend bool operator==(const OtaJob &a, const OtaJob &b);
    friend bool operator!=(const OtaJob &a, const OtaJob &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(OtaJob)
