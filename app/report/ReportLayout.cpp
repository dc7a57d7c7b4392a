#include "ReportLayout.h"

#include "util/TimeText.h"

#include "ota/RolloutEta.h"

#include "ReportBuilder.h"
#include "ReportData.h"
#include "models/AuditLogModel.h"
#include "models/FailureReasonsModel.h"
#include "models/JobDetailModel.h"
#include "models/TagsModel.h"
#include "models/TaskTableModel.h"
#include "ota/CountsSummary.h"
#include "ota/JobField.h"
#include "ota/RolloutEta.h"
#include "ota/TaskStatus.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
ReportBlock heading(const QString &text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.text = text;
    return block;
}

ReportBlock paragraph(const QString &text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    return block;
}

ReportBlock table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric = {})
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.header = header;
    block.rows = rows;
    block.numericColumns = numeric;
    return block;
}

ReportBlock fieldTable(const QList<ReportField> &fields)
{
    QList<QStringList> rows;
    for (const ReportField &field : fields)
        rows.append({field.label, field.value});
    return table({JobDetailModel::tr("Field"), JobDetailModel::tr("Value")}, rows);
}
} // namespace

QString ReportLayout::title(const QString &batchName)
{
    return tr("Sign-off report: %1").arg(batchName);
}

QList<HistoryCountsPoint> ReportLayout::sampled(const QList<HistoryCountsPoint> &points, int maximum)
{
    if (points.size() <= maximum || maximum < 2)
        return points;
    QList<HistoryCountsPoint> picked;
    const qsizetype last = points.size() - 1;
    for (int i = 0; i < maximum; ++i)
        picked.append(points.at(qsizetype(double(i) * double(last) / double(maximum - 1) + 0.5)));
    return picked;
}

ReportDocument ReportLayout::compose(const ReportData &data)
{
    const QLocale &locale = data.locale;
    const auto number = [&locale](qint64 value) {
        return locale.toString(value);
    };
    ReportDocument document;
    document.title = title(data.batchName);
    document.locale = locale;
    document.burnUp = data.burnUp;
    QList<ReportBlock> &blocks = document.blocks;

    blocks.append(heading(tr("Batch")));
    // The report's zone, said once: every time below is written in it, without a zone of its own.
    blocks.append(paragraph(tr("Times are in %1.").arg(data.timeZone)));
    blocks.append(fieldTable(data.fields));

    blocks.append(heading(jobSectionTitle(JobSection::Versions)));
    blocks.append(fieldTable({{jobFieldLabel(JobField::SrcVersions), data.srcVersions.join(u", "_s)},
                              {jobFieldLabel(JobField::DestVersion), data.destVersion}}));

    blocks.append(heading(jobSectionTitle(JobSection::Tags)));
    if (data.tags.isEmpty()) {
        blocks.append(paragraph(tr("The batch has no tags.")));
    } else {
        QList<QStringList> rows;
        for (const OtaTag &tag : data.tags)
            rows.append({tag.key, tag.value});
        blocks.append(table({TagsModel::tr("Key"), TagsModel::tr("Value")}, rows));
    }

    blocks.append(heading(jobSectionTitle(JobSection::Schedule)));
    if (data.schedule.isEmpty()) {
        blocks.append(paragraph(tr("The response carried no schedule times.")));
    } else {
        blocks.append(fieldTable(data.schedule));
    }

    blocks.append(heading(tr("Device tasks")));
    if (!data.counts) {
        blocks.append(paragraph(tr("The task counts could not be read.")));
    } else {
        // The words and shares of every other view of the batch (CountsSummary): of the batch's total.
        const CountsSummary summary = CountsSummary::of(*data.counts, data.batchTotal);
        const qint64 total = summary.total();
        QList<QStringList> rows;
        for (const TaskStatus status : kAllTaskStatuses) {
            const qint64 count = summary.counts[status];
            rows.append({TaskStatuses::label(status), number(count),
                         CountsSummary::percentText(summary.percentOf(count), locale)});
        }
        rows.append(
                {tr("Total"), number(total), CountsSummary::percentText(total == 0 ? 0.0 : 100.0, locale)});
        blocks.append(table({tr("Status"), FailureReasonsModel::tr("Devices"), tr("Share")}, rows, {1, 2}));
        blocks.append(paragraph(summary.headline(locale)));
        blocks.append(paragraph(CountsSummary::definitions()));
        if (const QString moved = summary.movedNote(locale); !moved.isEmpty())
            blocks.append(paragraph(moved));
        if (data.countsAtUtc.isValid())
            blocks.append(paragraph(tr("Counted at %1.").arg(TimeText::dateTime(data.countsAtUtc))));
    }

    blocks.append(heading(tr("Burn-up")));
    if (data.burnUp.isEmpty()) {
        blocks.append(paragraph(tr("No history of task counts has been recorded for this batch on this "
                                   "computer, so there is no burn-up chart.")));
    } else {
        ReportBlock chart;
        chart.kind = ReportBlock::Kind::BurnUpChart;
        chart.header = QStringList {tr("Time"), TaskStatuses::label(TaskStatus::Succeeded), tr("Finished"),
                                    tr("Total")};
        chart.numericColumns = {1, 2, 3};
        for (const HistoryCountsPoint &point : sampled(data.burnUp, kMaxBurnUpRows)) {
            chart.rows.append({TimeText::dateTime(point.atUtc), number(point.counts[TaskStatus::Succeeded]),
                               number(point.counts.finished()), number(point.total())});
        }
        blocks.append(chart);
        if (data.burnUp.size() > kMaxBurnUpRows)
            blocks.append(paragraph(tr("%1 of %2 recorded points are listed.")
                                            .arg(number(kMaxBurnUpRows), number(data.burnUp.size()))));
        // The finish estimate the Devices tab and `otadash-cli status` give, from the same rounds.
        QList<RolloutEta::Sample> samples;
        for (const HistoryCountsPoint &point : data.burnUp)
            samples.append(RolloutEta::sampleOf(point.atUtc, point.counts, point.batchTotal));
        RolloutEta::Options options;
        options.maxPerMinute = data.maximumPerMinute;
        options.scheduledFinishUtc = data.scheduledFinishUtc;
        blocks.append(paragraph(RolloutEta::describe(RolloutEta::estimate(samples, options),
                                                     data.exportedAt.toUTC(), locale)));
    }

    blocks.append(heading(tr("Failure reasons")));
    // The reasons are read apart from the counts; when the two saw a different number of failed tasks the
    // report says so, with both times, rather than show numbers that do not add up.
    const qint64 countedFailed = data.counts ? (*data.counts)[TaskStatus::Failed] : 0;
    const qint64 failed = data.failuresTotal.value_or(countedFailed);
    if (data.failuresCounted == 0) {
        blocks.append(paragraph(
                failed > 0 ? tr("The reasons of the %1 failed tasks could not be read.").arg(number(failed))
                           : tr("No device task has failed.")));
    } else {
        QList<QStringList> rows;
        for (const ReportFailureReason &reason : data.failureReasons)
            rows.append({reason.reason, number(reason.count)});
        blocks.append(
                table({FailureReasonsModel::tr("Reason"), FailureReasonsModel::tr("Devices")}, rows, {1}));
        const qint64 total = std::max(failed, data.failuresCounted);
        blocks.append(paragraph(
                tr("Counted from %1 of %2 failed tasks.").arg(number(data.failuresCounted), number(total))));
    }
    if (data.counts && data.failuresTotal && *data.failuresTotal != countedFailed) {
        const QString unknown = tr("an unknown time");
        blocks.append(paragraph(
                tr("The failure reasons were read at %1, when %2 device tasks had failed; the task counts "
                   "above were read at %3, when %4 had failed. Device tasks changed status between the two "
                   "reads.")
                        .arg(data.failuresAtUtc.isValid() ? TimeText::dateTime(data.failuresAtUtc) : unknown,
                             number(*data.failuresTotal),
                             data.countsAtUtc.isValid() ? TimeText::dateTime(data.countsAtUtc) : unknown,
                             number(countedFailed))));
    }

    blocks.append(heading(tr("Verified success")));
    if (!data.verification) {
        blocks.append(paragraph(tr("The devices were not asked which version they report (Verify Success… in "
                                   "the window, or otadash-cli verify).")));
    } else {
        const ReportVerification &verified = *data.verification;
        blocks.append(paragraph(tr("%1 succeeded, %2 checked (%3) at %4: %5 report another version.")
                                        .arg(number(verified.succeeded), number(verified.checked),
                                             verified.sampled ? tr("a random sample") : tr("all"),
                                             TimeText::dateTime(verified.readAtUtc),
                                             number(verified.mismatches.size()))));
        if (!verified.mismatches.isEmpty()) {
            QList<QStringList> rows;
            for (const QStringList &mismatch : verified.mismatches.mid(0, kMaxListedRows)) {
                rows.append({mismatch.value(0),
                             mismatch.value(1).isEmpty() ? tr("(none)") : mismatch.value(1),
                             mismatch.value(2), mismatch.value(3)});
            }
            blocks.append(
                    table({tr("Device"), tr("Reports version"), tr("Expected (DestVersion)"), tr("Task ID")},
                          rows));
            if (verified.mismatches.size() > kMaxListedRows)
                blocks.append(
                        paragraph(tr("%1 of %2 devices are listed.")
                                          .arg(number(kMaxListedRows), number(verified.mismatches.size()))));
        }
    }

    blocks.append(heading(tr("Actions taken")));
    if (!data.actions) {
        blocks.append(paragraph(tr("The audit log could not be read: the actions taken are not known.")));
    } else if (data.actions->isEmpty()) {
        blocks.append(paragraph(tr("No write action on this batch was sent from this computer.")));
    } else {
        QList<QStringList> rows;
        for (const AuditEntry &entry : *data.actions) {
            rows.append({TimeText::dateTime(entry.atUtc), entry.action, number(entry.targets.size()),
                         AuditLogModel::outcomeText(entry.outcome), entry.requestId, entry.profile});
        }
        blocks.append(table(
                {tr("Sent at"), tr("Action"), tr("Targets"), tr("Outcome"), tr("Request ID"), tr("Profile")},
                rows, {2}));
        blocks.append(paragraph(tr("Sent from this computer by OtaDash (its audit log); actions sent from "
                                   "elsewhere are not known here.")));
    }

    blocks.append(heading(tr("Lint findings")));
    if (!data.lint) {
        blocks.append(paragraph(tr("The batch was not checked.")));
    } else if (data.lint->isEmpty()) {
        blocks.append(paragraph(tr("No risky settings were found.")));
    } else {
        QList<QStringList> rows;
        for (const ReportLintFinding &finding : *data.lint)
            rows.append({finding.severity, finding.title, finding.explanation});
        blocks.append(table({tr("Severity"), tr("Finding"), tr("Explanation")}, rows));
    }

    blocks.append(heading(tr("Notes")));
    blocks.append(paragraph(data.notes.trimmed().isEmpty() ? tr("No notes.") : data.notes));

    const QString when = TimeText::dateTime(data.exportedAt.toUTC());
    const QString who = data.exportedBy.isEmpty() ? tr("an unknown user") : data.exportedBy;
    document.footer = data.profile.isEmpty()
            ? tr("Exported by %1 on %2 with OtaDash %3.").arg(who, when, data.version)
            : tr("Exported by %1 with profile %2 on %3 with OtaDash %4.")
                      .arg(who, data.profile, when, data.version);
    blocks.append(heading(tr("Export")));
    blocks.append(paragraph(document.footer));
    return document;
}
