#pragma once

#include "ReportData.h"
#include "lint/BatchLint.h"

#include <QTimeZone>

class FailureReasonsModel;
class HistoryStore;
class ReportFetcher;
struct OtaJob;
struct VerifyReport;

// Fills a ReportData from what the window or `otadash-cli report` gathered, in the current UI language.
namespace ReportBuilder {
// The batch's fields, versions, tags and schedule with JobDetailModel's labels and formatting.
void setJob(ReportData &data, const OtaJob &job, const QLocale &locale, const QTimeZone &zone);
// The rows of the model (most frequent first, "Other reasons" last) and the failed tasks they were
// counted from; failuresTotal: the batch's failed tasks when they were read (readAtUtc), when known.
void setFailureReasons(ReportData &data, const FailureReasonsModel &model,
                       std::optional<qint64> failuresTotal, const QDateTime &readAtUtc);
// The task counts and the failure reasons the fetcher read or was given, each with its time.
void setTaskFacts(ReportData &data, const ReportFetcher &fetcher);
void setLint(ReportData &data, const QList<LintFinding> &findings);
// The audit log's entries of the batch (history: nullptr when it cannot be read).
void setActions(ReportData &data, const HistoryStore *history);
void setVerification(ReportData &data, const VerifyReport &report);
// Who exported and when: the operating system's user name, the profile, now (the caller's clock), the
// version.
void setExporter(ReportData &data, const QString &profile, const QDateTime &now);

// The user name of the operating system ($USER, else $USERNAME, else $LOGNAME, else the home folder's
// name); empty when unknown.
QString osUserName();
// "UTC", "UTC+09:00", "UTC-03:30".
QString utcOffsetText(int offsetSeconds);
} // namespace ReportBuilder
