#include "ReportBuilder.h"

#include "util/TimeText.h"

#include "ReportFetcher.h"
#include "models/FailureReasonsModel.h"
#include "models/JobDetailModel.h"
#include "models/TaskTableModel.h"
#include "ota/JobField.h"
#include "ota/OtaJob.h"
#include "services/SuccessVerifier.h"

#include <QDir>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace ReportBuilder {

void setJob(ReportData &data, const OtaJob &job, const QLocale &locale, const QTimeZone &zone)
{
    data.locale = locale;
    data.jobId = job.jobId.value_or(QString());
    data.batchName = job.name && !job.name->isEmpty() ? *job.name : data.jobId;
    data.fields.clear();
    data.schedule.clear();
    for (const JobField field : allJobFields()) {
        const JobSection section = jobFieldInfo(field).section;
        if (section == JobSection::Versions || section == JobSection::Tags)
            continue; // sections of their own
        if (section == JobSection::Schedule) {
            if (job.has(field))
                data.schedule.append(
                        {jobFieldLabel(field), JobDetailModel::displayText(job, field, locale, zone)});
            continue;
        }
        // Absent fields keep their line, as on the form: a reviewer sees what the API did not say.
        const QString value = job.has(field) ? JobDetailModel::displayText(job, field, locale, zone)
                                             : JobDetailModel::tr("Not returned");
        data.fields.append({jobFieldLabel(field), value});
    }
    data.srcVersions = job.srcVersions.value_or(QStringList());
    data.destVersion = job.destVersion.value_or(QString());
    data.tags = job.tags.value_or(QList<OtaTag>());
    data.maximumPerMinute = job.maximumPerMinute;
    data.scheduledFinishUtc = job.utcScheduleFinishTime.value_or(QDateTime());
    const QDateTime reference = job.utcStartTime.value_or(QDateTime::currentDateTimeUtc());
    data.timeZone = utcOffsetText(zone.offsetFromUtc(reference));
}

void setFailureReasons(ReportData &data, const FailureReasonsModel &model,
                       std::optional<qint64> failuresTotal, const QDateTime &readAtUtc)
{
    data.failureReasons.clear();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex reason = model.index(row, FailureReasonsModel::Reason);
        data.failureReasons.append(
                {reason.data().toString(), reason.data(FailureReasonsModel::CountRole).toLongLong()});
    }
    data.failuresCounted = model.failedTasks();
    data.failuresTotal = failuresTotal;
    data.failuresAtUtc = readAtUtc;
}

void setTaskFacts(ReportData &data, const ReportFetcher &fetcher)
{
    data.counts = fetcher.counts();
    data.batchTotal = fetcher.batchTotal();
    data.countsAtUtc = fetcher.countsAtUtc();
    // The failed tasks the reasons speak of are the listing's, as many as it said when it was read; without a
    // listing (nothing failed, or none was read) the counts say how many failed.
    if (fetcher.failedListed())
        setFailureReasons(data, fetcher.failureReasons(), fetcher.failedListed(),
                          fetcher.failedListedAtUtc());
    else
        setFailureReasons(data, fetcher.failureReasons(), fetcher.failedTotal(), fetcher.countsAtUtc());
}

void setLint(ReportData &data, const QList<LintFinding> &findings)
{
    QList<ReportLintFinding> lines;
    for (const LintFinding &finding : findings)
        lines.append({BatchLint::severityName(finding.severity), finding.title, finding.explanation});
    data.lint = lines;
}

void setActions(ReportData &data, const HistoryStore *history)
{
    if (!history || !history->isOpen()) {
        data.actions.reset();
        return;
    }
    const QList<AuditEntry> entries = history->auditLog(data.jobId);
    if (history->errorString().isEmpty())
        data.actions = entries;
    else
        data.actions.reset();
}

void setVerification(ReportData &data, const VerifyReport &report)
{
    ReportVerification verification;
    verification.succeeded = report.succeeded;
    verification.checked = report.checked;
    verification.sampled = report.sampled;
    verification.readAtUtc = report.readAtUtc;
    for (const VersionMismatch &mismatch : report.mismatches)
        verification.mismatches.append(
                {mismatch.deviceName, mismatch.reportedVersion, mismatch.destVersion, mismatch.taskId});
    data.verification = verification;
}

void setExporter(ReportData &data, const QString &profile, const QDateTime &now)
{
    data.exportedBy = osUserName();
    data.profile = profile;
    data.exportedAt = TimeText::shown(now);
    data.version = QStringLiteral(OTADASH_VERSION);
}

QString osUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // Without those variables (a service, a bare container) the home folder usually bears the name.
    const QString home = QDir::home().dirName();
    return home == u"/" ? QString() : home;
}

QString utcOffsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return u"UTC"_s;
    const int minutes = qAbs(offsetSeconds) / 60;
    return u"UTC%1%2:%3"_s.arg(offsetSeconds < 0 ? u"-"_s : u"+"_s)
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace ReportBuilder
