#pragma once

#include "ota/FirmwareInfo.h"
#include "ota/JobField.h"
#include "ota/OtaJob.h"
#include "ota/TaskStatusCounts.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class LintSeverity { Info, Warning, Critical };

// One risky setting found in a batch. Texts are translated when check() runs (re-run after a language
// change).
struct LintFinding
{
    QString ruleId; // stable, e.g. "gray-without-retry"
    LintSeverity severity = LintSeverity::Warning;
    QString title; // short, for a badge
    QString explanation; // why it is risky and what to do
    QList<JobField> fields; // the form fields it concerns
};

// What the rules look at: the batch, and when known its task counts, the source versions reported by its
// failed tasks, and its firmware (QueryOTAFirmware).
struct LintInput
{
    OtaJob job;
    std::optional<TaskStatusCounts> counts;
    std::optional<QStringList> failedTaskSrcVersions;
    std::optional<FirmwareDetail> firmware = std::nullopt;
};

// Rules that flag risky settings of an update batch (QueryOTAJob fields).
class BatchLint
{
public:
    static QList<LintFinding> check(const LintInput &input); // most severe first
    static QString severityName(LintSeverity severity); // translated

    // TimeoutInMinutes below this is flagged: download, install and report rarely fit in less on slow links.
    static constexpr int kShortTimeoutMinutes = 10;
    // The API's accepted range of TimeoutInMinutes (CreateOTAStaticUpgradeJob: 1 to 1,440).
    static constexpr int kMaxTimeoutMinutes = 1440;
};
