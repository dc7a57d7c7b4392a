#include "lint/BatchLint.h"

#include "ota/TaskStatus.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

int rank(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Critical:
        return 0;
    case LintSeverity::Warning:
        return 1;
    case LintSeverity::Info:
        return 2;
    }
    return 3;
}

// The window the batch pushes in: the scheduled start (else the start) up to the scheduled end.
struct Window
{
    QDateTime start;
    QDateTime finish;
    QList<JobField> fields;
};

std::optional<Window> scheduleWindow(const OtaJob &job)
{
    if (!job.utcScheduleFinishTime || !job.utcScheduleFinishTime->isValid())
        return std::nullopt;
    Window window;
    window.finish = *job.utcScheduleFinishTime;
    if (job.utcScheduleTime && job.utcScheduleTime->isValid()) {
        window.start = *job.utcScheduleTime;
        window.fields = {JobField::UtcScheduleTime, JobField::UtcScheduleFinishTime};
    } else if (job.utcStartTime && job.utcStartTime->isValid()) {
        window.start = *job.utcStartTime;
        window.fields = {JobField::UtcStartTime, JobField::UtcScheduleFinishTime};
    } else {
        return std::nullopt;
    }
    return window;
}

void checkScheduleOrder(const LintInput &input, QList<LintFinding> &findings)
{
    const std::optional<Window> window = scheduleWindow(input.job);
    if (!window || window->finish > window->start)
        return;
    findings.append(
            {u"schedule-ends-before-start"_s, LintSeverity::Critical,
             QCoreApplication::translate("BatchLint", "Scheduled end before the start"),
             QCoreApplication::translate(
                     "BatchLint",
                     "The scheduled end time is not after the start time, so the batch has no time to push "
                     "the update to any device. Set a scheduled end time after the start."),
             window->fields});
}

void checkPushRate(const LintInput &input, QList<LintFinding> &findings)
{
    const OtaJob &job = input.job;
    const std::optional<Window> window = scheduleWindow(job);
    if (!window || window->finish <= window->start || !input.counts || !job.maximumPerMinute
        || *job.maximumPerMinute <= 0)
        return;
    const qint64 devices = input.counts->total();
    if (devices <= 0)
        return;
    const qint64 perMinute = *job.maximumPerMinute;
    const qint64 minutesNeeded = (devices + perMinute - 1) / perMinute;
    const qint64 windowMinutes = window->start.secsTo(window->finish) / 60;
    if (minutesNeeded <= windowMinutes)
        return;
    const QLocale locale;
    QList<JobField> fields {JobField::MaximumPerMinute};
    fields += window->fields;
    findings.append(
            {u"push-rate-exceeds-window"_s, LintSeverity::Critical,
             QCoreApplication::translate("BatchLint", "Push rate too low for the schedule"),
             QCoreApplication::translate(
                     "BatchLint",
                     "At %1 devices per minute, pushing the update to %2 devices takes %3 minutes, but the "
                     "schedule window is only %4 minutes long. Devices not reached by the scheduled end are "
                     "left out. Raise the maximum devices per minute, or set a later scheduled end time.")
                     .arg(locale.toString(perMinute), locale.toString(devices),
                          locale.toString(minutesNeeded), locale.toString(windowMinutes)),
             fields});
}

void checkGrayWithoutRetry(const LintInput &input, QList<LintFinding> &findings)
{
    const OtaJob &job = input.job;
    if (job.targetSelection != u"GRAY"_s)
        return;
    // Absent means no retry policy was set; present but unreadable says nothing either way.
    const bool noRetries = !job.has(JobField::RetryCount) || (job.retryCount && *job.retryCount == 0);
    if (!noRetries)
        return;
    findings.append(
            {u"gray-without-retry"_s,
             LintSeverity::Warning,
             QCoreApplication::translate("BatchLint", "Gray rollout without retries"),
             QCoreApplication::translate(
                     "BatchLint",
                     "This phased (gray) update has no automatic retries: a device whose update fails once, "
                     "for example over a dropped connection, stays failed. Passing failures then look like a "
                     "bad package and can stop the rollout of a good one. Set a retry count and interval "
                     "(for example 2 retries after 10 minutes) when you create the batch."),
             {JobField::TargetSelection, JobField::RetryCount, JobField::RetryInterval}});
}

void checkOverwriteWithConfirm(const LintInput &input, QList<LintFinding> &findings)
{
    const OtaJob &job = input.job;
    if (job.overwriteMode != 2 || job.needConfirm != true)
        return;
    findings.append(
            {u"overwrite-with-confirm"_s,
             LintSeverity::Warning,
             QCoreApplication::translate("BatchLint", "Overwrite combined with app confirmation"),
             QCoreApplication::translate(
                     "BatchLint",
                     "This batch overwrites each device's earlier pending update task (overwrite mode 2) and "
                     "also waits for confirmation in your mobile app. The earlier task is dropped as soon as "
                     "this batch reaches the device, but the new one does not start until someone confirms "
                     "it, so devices can be left with no update under way. Either keep earlier tasks or do "
                     "not require confirmation."),
             {JobField::OverwriteMode, JobField::NeedConfirm}});
}

void checkFailedSourceVersions(const LintInput &input, QList<LintFinding> &findings)
{
    // An absent or empty list restricts no version (the API then updates any), so nothing is outside it.
    const OtaJob &job = input.job;
    if (!input.failedTaskSrcVersions || !job.srcVersions || job.srcVersions->isEmpty())
        return;
    const QSet<QString> targeted(job.srcVersions->cbegin(), job.srcVersions->cend());
    QStringList outside;
    for (const QString &version : *input.failedTaskSrcVersions) {
        if (!version.isEmpty() && !targeted.contains(version) && !outside.contains(version))
            outside.append(version);
    }
    if (outside.isEmpty())
        return;
    outside.sort();
    findings.append(
            {u"src-versions-miss-failed"_s,
             LintSeverity::Warning,
             QCoreApplication::translate("BatchLint", "Failed devices run other source versions"),
             QCoreApplication::translate(
                     "BatchLint",
                     "Failed tasks of this batch report source versions that are not among the batch's "
                     "source versions: %1. The package may not apply to them (a differential package only "
                     "fits the version it was built from). Include these versions in a new batch's source "
                     "versions, or give those devices a package built for them.")
                     .arg(QLocale().createSeparatedList(outside)),
             {JobField::SrcVersions}});
}

void checkShortTimeout(const LintInput &input, QList<LintFinding> &findings)
{
    const OtaJob &job = input.job;
    if (!job.timeoutInMinutes || *job.timeoutInMinutes >= BatchLint::kShortTimeoutMinutes)
        return;
    const QLocale locale;
    findings.append(
            {u"short-timeout"_s,
             LintSeverity::Warning,
             QCoreApplication::translate("BatchLint", "Short update timeout"),
             QCoreApplication::translate(
                     "BatchLint",
                     "Devices have %n minute(s) to download, install and report the new version before their "
                     "update counts as failed. Slow or mobile links and large packages often need longer, so "
                     "devices that are still working fail. OtaDash flags timeouts under %1 minutes (the API "
                     "allows 1 to %2); set a longer timeout, such as 30 minutes or more.",
                     nullptr, *job.timeoutInMinutes)
                     .arg(locale.toString(BatchLint::kShortTimeoutMinutes),
                          locale.toString(BatchLint::kMaxTimeoutMinutes)),
             {JobField::TimeoutInMinutes}});
}

void checkDynamicWithoutEnd(const LintInput &input, QList<LintFinding> &findings)
{
    const OtaJob &job = input.job;
    if (job.selectionType != u"DYNAMIC"_s || job.has(JobField::UtcScheduleFinishTime))
        return;
    // A finished or canceled dynamic batch pushes nothing more.
    if (job.jobStatus == u"CANCELED"_s || job.jobStatus == u"COMPLETED"_s)
        return;
    findings.append(
            {u"dynamic-without-end"_s,
             LintSeverity::Info,
             QCoreApplication::translate("BatchLint", "Dynamic batch without an end time"),
             QCoreApplication::translate(
                     "BatchLint",
                     "This dynamic batch has no scheduled end time, so it keeps pushing this package to "
                     "every "
                     "device that matches it until it is canceled, also months from now when newer firmware "
                     "may have replaced it. Set a scheduled end time, or cancel the dynamic update policy "
                     "once the rollout is done."),
             {JobField::SelectionType, JobField::UtcScheduleFinishTime}});
}

// An upgrade batch pushes a package whose verification failed, or that was never verified (Status 3, 0; 2
// while it is verified). The console asks for a verification batch first for a reason: a package that does
// not boot is found on a few devices instead of the whole fleet.
void checkFirmwareVerification(const LintInput &input, QList<LintFinding> &findings)
{
    if (!input.firmware || input.job.jobType != u"UPGRADE_FIRMWARE"_s)
        return;
    if (input.job.jobStatus == u"CANCELED"_s || input.job.jobStatus == u"COMPLETED"_s)
        return;
    const int status = input.firmware->info.status;
    if (status == 3) {
        findings.append(
                {u"firmware-verification-failed"_s,
                 LintSeverity::Critical,
                 QCoreApplication::translate("BatchLint", "Firmware failed verification"),
                 QCoreApplication::translate(
                         "BatchLint",
                         "The package of this batch (%1) failed its verification on test devices, and this "
                         "batch upgrades devices with it. Cancel the batch, or find out why the verification "
                         "failed before more devices receive it.")
                         .arg(input.firmware->info.firmwareName),
                 {JobField::FirmwareId}});
    } else if (status == 0 || status == 2) {
        findings.append(
                {u"firmware-not-verified"_s,
                 LintSeverity::Warning,
                 status == 0 ? QCoreApplication::translate("BatchLint", "Firmware not verified")
                             : QCoreApplication::translate("BatchLint", "Firmware still being verified"),
                 QCoreApplication::translate(
                         "BatchLint",
                         "The package of this batch (%1) has not passed a verification on test devices, and "
                         "this batch upgrades devices with it. A package that does not boot is better found "
                         "on "
                         "a few devices: verify it first (a verification batch), then upgrade.")
                         .arg(input.firmware->info.firmwareName),
                 {JobField::FirmwareId}});
    }
}

} // namespace

QList<LintFinding> BatchLint::check(const LintInput &input)
{
    QList<LintFinding> findings;
    checkScheduleOrder(input, findings);
    checkPushRate(input, findings);
    checkGrayWithoutRetry(input, findings);
    checkOverwriteWithConfirm(input, findings);
    checkFailedSourceVersions(input, findings);
    checkShortTimeout(input, findings);
    checkDynamicWithoutEnd(input, findings);
    checkFirmwareVerification(input, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const LintFinding &a, const LintFinding &b) {
        return rank(a.severity) < rank(b.severity);
    });
    return findings;
}

QString BatchLint::severityName(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Critical:
        return QCoreApplication::translate("BatchLint", "Critical", "lint severity");
    case LintSeverity::Warning:
        return QCoreApplication::translate("BatchLint", "Warning", "lint severity");
    case LintSeverity::Info:
        return QCoreApplication::translate("BatchLint", "Info", "lint severity");
    }
    return QString();
}
