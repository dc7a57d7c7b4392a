#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Which watched batches a refresh round reads, and how often rounds may come, so that watching stays inside
// the account's budget (10 requests a second for all its RAM users and tools):
// - IN_PROGRESS batches (and those whose status is not known yet) every round: QueryOTAJob and a round of
//   counts (kCountsCalls);
// - PLANNED ones only QueryOTAJob, every round from one interval before their scheduled start, else every
//   kPlannedSecs;
// - COMPLETED and CANCELED ones once more (QueryOTAJob and the counts), then no more (settled);
// - the batch open in the window goes first.
// The rounds may use kBudgetPercent of the chosen rate; when the batches need more at the chosen interval,
// the interval is stretched until they fit, and describe() says so.
namespace PollPlan {

// A round of counts: one ListOTATaskByJob per TaskStatus and one for the total.
constexpr int kCountsCalls = 8;
// A planned batch far from its start is read this often.
constexpr int kPlannedSecs = 15 * 60;
// The share of the chosen rate the watch list may use: the rest is for the open batch, the user's own
// requests and the account's other users.
constexpr int kBudgetPercent = 75;

struct Batch
{
    QString status; // raw JobStatus; empty: not known yet
    QDateTime scheduledStartUtc; // UtcScheduleTime; invalid: none
    QDateTime lastReadUtc; // the last round that read it; invalid: never
    bool settled = false; // finished and read once more since: no more reads
    bool open = false; // open in the window
};

// COMPLETED or CANCELED: read once more, then settled.
bool isFinished(const QString &status);
// Seconds between reads of the batch at rounds every intervalSecs: 0 for a settled one, kPlannedSecs (or the
// interval, if longer) for a planned one not within an interval of its start, else the interval.
int secsBetweenReads(const Batch &batch, const QDateTime &nowUtc, int intervalSecs);

// Requests one read of the batch takes: 0 (settled), 1 (planned) or 1 + kCountsCalls.
int callsFor(const Batch &batch);
// Whether a round reads its counts as well (IN_PROGRESS, unknown, finished but not settled).
bool readsCounts(const Batch &batch);

// Requests a minute the rounds may use at a rate of perSecond.
int budgetPerMinute(int perSecond);

struct Result
{
    QList<int> due; // indexes into the batches, the open one first, then in list order
    int chosenSecs = 0; // the interval the user chose
    int intervalSecs = 0; // the interval the rounds keep: chosenSecs, or longer when stretched
    bool stretched = false;
    double wantedPerMinute = 0; // requests a minute the batches need at chosenSecs
    double plannedPerMinute = 0; // ... at intervalSecs
    int budgetPerMinute = 0;
    int batchCount = 0; // batches that are still read (not settled)
};

// The round due at nowUtc with rounds every intervalSecs (> 0) and budgetPerMinute to spend.
Result plan(const QList<Batch> &batches, const QDateTime &nowUtc, int intervalSecs, int budgetPerMinute);

// "Refreshing 50 batches every 1 min needs 450 requests a minute, more than the 225 the watch list may use
// (…): they are refreshed every 2 min instead." Empty unless stretched.
QString describe(const Result &result);

} // namespace PollPlan
