#pragma once

#include "ota/TaskStatusCounts.h"

#include <QLocale>
#include <QString>

#include <optional>

// What a round of task counts says, in the words every view uses (the Devices tab, the form, the watch
// list, the failure alert, the report and the CLI):
// - succeeded, failed, canceled: the tasks that ended so; together they are "complete" (they will not move
//   on by themselves);
// - in flight: NOTIFIED + IN_PROGRESS (the device has been told, or is upgrading);
// - not started: QUEUED + CONFIRM (waiting for the push, or for the user's confirmation).
// Every share is of the batch's total as the same round read it; without it (an older record), of the sum of
// the statuses. A sum that differs from the total is said (moved()), never hidden in the percentages.
struct CountsSummary
{
    TaskStatusCounts counts;
    std::optional<qint64> batchTotal;

    static CountsSummary of(const TaskStatusCounts &counts, std::optional<qint64> batchTotal = std::nullopt)
    {
        return {counts, batchTotal};
    }

    qint64 succeeded() const { return counts[TaskStatus::Succeeded]; }
    qint64 failed() const { return counts[TaskStatus::Failed]; }
    qint64 canceled() const { return counts[TaskStatus::Canceled]; }
    qint64 inFlight() const { return counts[TaskStatus::Notified] + counts[TaskStatus::InProgress]; }
    qint64 notStarted() const { return counts[TaskStatus::Queued] + counts[TaskStatus::Confirm]; }
    qint64 complete() const { return succeeded() + failed() + canceled(); }
    // The seven statuses added up.
    qint64 counted() const { return counts.total(); }
    // What the shares are of: the batch's total when it was read, else counted().
    qint64 total() const { return batchTotal.value_or(counted()); }
    // total − counted: tasks that moved between two reads of the round (positive: missed, as the order of
    // the reads makes it; negative: counted twice). 0 when the total was not read.
    qint64 moved() const { return batchTotal ? *batchTotal - counted() : 0; }

    // part / total() × 100; 0 when there are no tasks.
    double percentOf(qint64 part) const
    {
        const qint64 all = total();
        return all <= 0 ? 0.0 : double(part) * 100.0 / double(all);
    }
    double succeededPercent() const { return percentOf(succeeded()); }
    double failedPercent() const { return percentOf(failed()); }
    double completePercent() const { return percentOf(complete()); }

    // "78.0 %": one decimal, rounded down, so that 100.0 % means every task.
    static QString percentText(double percent, const QLocale &locale = QLocale());
    // "1,560 succeeded (78.0 %) · 70 failed (3.5 %) · 120 in flight · 250 not started".
    QString headline(const QLocale &locale = QLocale()) const;
    // "78.0 % succeeded · 3.5 % failed": the short form for a narrow column.
    QString shortHeadline(const QLocale &locale = QLocale()) const;
    // "2,000 tasks: 1,630 complete (81.5 %) …": every number with its definition, for a tooltip.
    QString details(const QLocale &locale = QLocale()) const;
    // What "complete", "in flight" and "not started" mean.
    static QString definitions();
    // When moved() is not 0: that the statuses were read while tasks moved, and by how much; else empty.
    QString movedNote(const QLocale &locale = QLocale()) const;
};
