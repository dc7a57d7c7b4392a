#include "models/BatchTimeline.h"

#include "models/WatchListModel.h"
#include "ota/JobField.h"
#include "ota/JobSummary.h"
#include "ota/OtaEnums.h"
#include "util/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace BatchTimeline {
namespace { } // namespace

QList<Bar> fromWatchList(const WatchListModel &model, const QDateTime &nowUtc)
{
    QList<Bar> bars;
    for (const WatchListModel::Entry &entry : model.entries()) {
        Bar bar;
        bar.profile = entry.profile;
        bar.jobId = entry.jobId;
        bar.name = entry.name.isEmpty() ? entry.jobId : entry.name;
        bar.productKey = entry.productKey;
        bar.status = entry.status;
        const bool planned = entry.status == u"PLANNED"_s;
        bar.startUtc = planned ? entry.scheduledStartUtc : entry.startUtc;
        if (!bar.startUtc.isValid())
            bar.startUtc = entry.scheduledStartUtc;
        if (!bar.startUtc.isValid())
            continue; // not read yet, or started and planned at no known time
        bar.startScheduled = planned;
        const bool finished = entry.status == u"COMPLETED"_s || entry.status == u"CANCELED"_s;
        const RolloutEta::Estimate estimate = model.estimateOf(entry);
        if (finished && entry.endUtc.isValid()) {
            bar.endUtc = entry.endUtc;
            bar.endKind = EndKind::Ended;
        } else if (!finished && !planned && estimate.state == RolloutEta::Estimate::State::Estimated) {
            bar.endUtc = estimate.finishUtc;
            bar.endKind = EndKind::Estimated;
        } else if (entry.scheduledFinishUtc.isValid()) {
            bar.endUtc = entry.scheduledFinishUtc;
            bar.endKind = EndKind::ScheduledFinish;
        } else {
            bar.endUtc = std::max(nowUtc, bar.startUtc);
            bar.endKind = finished ? EndKind::Ended : EndKind::Open;
        }
        bar.endUtc = std::max(bar.endUtc, bar.startUtc);
        bars.append(bar);
    }
    markOverlaps(bars);
    return bars;
}

QList<Bar> fromSummaries(const QString &profile, const QList<JobSummary> &batches, const QDateTime &nowUtc)
{
    QList<Bar> bars;
    for (const JobSummary &summary : batches) {
        if (!summary.utcStartTime.isValid())
            continue; // planned, or never started: the list says no time for it
        Bar bar;
        bar.profile = profile;
        bar.jobId = summary.jobId;
        bar.name = summary.jobId; // the list has no names
        bar.productKey = summary.productKey;
        bar.status = summary.jobStatus;
        bar.startUtc = summary.utcStartTime;
        if (summary.utcEndTime.isValid()) {
            bar.endUtc = std::max(summary.utcEndTime, bar.startUtc);
            bar.endKind = EndKind::Ended;
        } else {
            bar.endUtc = std::max(nowUtc, bar.startUtc);
            bar.endKind = EndKind::Open;
        }
        bars.append(bar);
    }
    markOverlaps(bars);
    return bars;
}

void markOverlaps(QList<Bar> &bars)
{
    for (int i = 0; i < bars.size(); ++i) {
        bars[i].overlaps.clear();
        for (int j = 0; j < bars.size(); ++j) {
            if (i != j && overlap(bars[i], bars[j]))
                bars[i].overlaps.append(j);
        }
    }
}

bool overlap(const Bar &a, const Bar &b)
{
    if (a.productKey.isEmpty() || a.productKey != b.productKey || a.jobId == b.jobId)
        return false;
    // A batch running without a known end pushes until now, as far as anyone knows.
    return a.startUtc < std::max(b.endUtc, b.startUtc.addSecs(1))
            && b.startUtc < std::max(a.endUtc, a.startUtc.addSecs(1));
}

QString describe(const Bar &bar, const QList<Bar> &all, const QDateTime &nowUtc)
{
    const QString status = bar.status.isEmpty() ? QString() : enumLabel(JobField::JobStatus, bar.status);
    QStringList parts;
    parts.append((bar.startScheduled ? QCoreApplication::translate("BatchTimeline", "starts %1")
                                     : QCoreApplication::translate("BatchTimeline", "started %1"))
                         .arg(TimeText::readAt(bar.startUtc, nowUtc)));
    const QString end = TimeText::readAt(bar.endUtc, nowUtc);
    switch (bar.endKind) {
    case EndKind::Ended:
        parts.append(QCoreApplication::translate("BatchTimeline", "ended %1").arg(end));
        break;
    case EndKind::Estimated:
        parts.append(QCoreApplication::translate("BatchTimeline", "finishes about %1 (estimate)").arg(end));
        break;
    case EndKind::ScheduledFinish:
        parts.append(QCoreApplication::translate("BatchTimeline", "scheduled to finish %1").arg(end));
        break;
    case EndKind::Open:
        parts.append(QCoreApplication::translate("BatchTimeline", "end not known yet"));
        break;
    }
    QString text = QCoreApplication::translate("BatchTimeline", "%1, %2: %3.")
                           .arg(bar.name, status, parts.join(u", "_s));
    if (!bar.overlaps.isEmpty()) {
        QStringList names;
        for (const int other : bar.overlaps)
            names.append(all.value(other).name);
        text += u' '
                + QCoreApplication::translate("BatchTimeline", "Overlaps %1 of the same product.")
                          .arg(names.join(u", "_s));
    }
    return text;
}

} // namespace BatchTimeline
