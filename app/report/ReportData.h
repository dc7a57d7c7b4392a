#pragma once

#include "history/HistoryStore.h"
#include "ota/OtaTag.h"
#include "ota/TaskStatusCounts.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// One label/value line of the report, both already in the UI language.
struct ReportField
{
    QString label;
    QString value;
};

// A failure reason (TaskDesc, or "(no reason given)", or "Other reasons") and how many devices failed so.
struct ReportFailureReason
{
    QString reason;
    qint64 count = 0;
};

// A batch lint finding as the report prints it.
struct ReportLintFinding
{
    QString severity;
    QString title;
    QString explanation;
};

// Verified success as the report prints it (SuccessVerifier's VerifyReport).
struct ReportVerification
{
    qint64 succeeded = 0;
    int checked = 0;
    bool sampled = false;
    QDateTime readAtUtc;
    QList<QStringList> mismatches; // device, reported version ("" for none), expected version, TaskId
};

// Everything a sign-off report shows, formatted in the UI language when it was gathered (ReportBuilder);
// the writers (Markdown, PDF) only lay it out.
struct ReportData
{
    QString jobId;
    QString batchName; // the batch's Name, else its JobId
    QList<ReportField> fields; // identity and rollout policy, in form order, as JobDetailModel shows them
    QStringList srcVersions;
    QString destVersion;
    QList<OtaTag> tags;
    QList<ReportField> schedule; // the Utc* fields that were returned, in local time
    QString timeZone; // what the local times are in, e.g. "UTC+09:00"

    std::optional<TaskStatusCounts> counts;
    QDateTime countsAtUtc; // when their round ended; invalid when unknown
    std::optional<qint64> batchTotal; // the batch's total, read in the same round (CountsSummary)
    QList<HistoryCountsPoint>
            burnUp; // count rounds only, each at its own time, oldest first; empty: no chart
    // What the finish estimate from burnUp (RolloutEta) is held against: the batch's push limit and
    // scheduled finish.
    std::optional<int> maximumPerMinute;
    QDateTime scheduledFinishUtc;

    // The failure reasons and the task counts are read separately while tasks move: the report says so
    // when the failed tasks they speak of are not as many.
    QList<ReportFailureReason> failureReasons; // most frequent first
    qint64 failuresCounted = 0; // failed tasks whose reasons were read
    std::optional<qint64> failuresTotal; // failed tasks of the batch when the reasons were read, when known
    QDateTime failuresAtUtc; // when the reasons were read; invalid when unknown

    std::optional<QList<ReportLintFinding>> lint; // nullopt: the batch was not checked
    // The write actions sent on the batch from this computer (the audit log), oldest first; nullopt: the log
    // could not be read.
    std::optional<QList<AuditEntry>> actions;
    std::optional<ReportVerification> verification; // nullopt: not verified in this session

    QString notes;
    QString exportedBy; // the user name of the operating system
    QString profile; // empty when none was in use
    QDateTime exportedAt; // local time
    QString version; // of OtaDash
    QLocale locale; // numbers and dates in the report
};
