#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

struct JobSummary;
class WatchListModel;

// The watched batches on one time axis: each as a bar from its start (or scheduled start) to its end,
// estimated finish, scheduled finish or now, and which batches of the same product push at the same time
// (they overlap: their devices are upgraded by two batches at once, and their counts mix in the product's
// numbers). What the timeline view draws and says as text.
namespace BatchTimeline {

enum class EndKind {
    Ended, // UtcEndTime of a finished batch
    Estimated, // the finish estimate of a running batch (RolloutEta)
    ScheduledFinish, // UtcScheduleFinishTime, when no estimate is known
    Open, // running, nothing known of its end: until now, and on
};

struct Bar
{
    QString profile;
    QString jobId;
    QString name; // its Name, or the JobId
    QString productKey;
    QString status; // raw JobStatus
    QDateTime startUtc; // UtcStartTime; for a planned batch UtcScheduleTime
    bool startScheduled = false; // the start is still to come
    QDateTime endUtc; // as endKind says; for Open: now
    EndKind endKind = EndKind::Open;
    QList<int> overlaps; // other bars of the same product pushing at the same time (indexes)
};

// A bar per watched batch whose start is known, in the list's order.
QList<Bar> fromWatchList(const WatchListModel &model, const QDateTime &nowUtc);
// A bar per listed batch (ListOTAJobByFirmware: no name, no schedule) that has started: to its end, or now.
QList<Bar> fromSummaries(const QString &profile, const QList<JobSummary> &batches, const QDateTime &nowUtc);
// Marks which bars overlap (Bar::overlaps), all of them with all.
void markOverlaps(QList<Bar> &bars);

// Whether two bars of one product push at the same time: their spans intersect (a batch running without a
// known end until now, a planned one without a scheduled finish at its start).
bool overlap(const Bar &a, const Bar &b);

// "smart-plug-1.2.1-live, in progress: started 9:00 AM, finishes about 9:10 AM (estimate). Overlaps
// smart-plug-2.0.1-slow of the same product." — the bar as text, for its tooltip and for screen readers.
QString describe(const Bar &bar, const QList<Bar> &all, const QDateTime &nowUtc);

} // namespace BatchTimeline
