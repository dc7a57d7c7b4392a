#pragma once

#include "TaskGenerator.h"
#include "TaskIndex.h"

struct SimJob;

// A live batch's tasks, which move on with the clock as its pace (SimJob::pace) says; where each is follows
// from its index and the time.
class LiveBatch
{
public:
    // The live batches' TimeoutInMinutes. A running task reports progress every few seconds, far more often.
    static constexpr int kTimeoutMinutes = 3;

    // Starts the batch over at startMs (whole seconds): every task QUEUED, its cancellations forgotten,
    // JobStatus following the tasks again (PLANNED until startMs, when that is still to come).
    void restart(SimJob &job, qint64 startMs);
    // Its tasks at atMs: all of them, or for a growing (dynamic) batch those that exist by then.
    static int taskCountAt(const SimJob &job, qint64 atMs);
    // Its tasks at nowMs (the user's cancellations included): rebuilt in place when nowMs is not the time
    // they show (2,000 tasks, some 50 µs), so a reference taken before stays valid.
    const TaskIndex &tasksAt(const SimJob &job, qint64 nowMs);
    // The time tasksAt() last showed.
    qint64 shownAtMs() const { return m_shownAtMs; }
    // The user canceled some of its tasks: count them again on the next look.
    void invalidate() { m_current = false; }
    // Where task index is at atMs: QUEUED until pushed (one every pace.spacingMs, NOTIFIED), IN_PROGRESS a
    // few seconds later with Progress rising, SUCCEEDED or (about 3.5 %) FAILED one to five minutes after
    // that. One in pace.hangEvery of the first pace.hangFirst hang part-way instead: no change for longer
    // than the timeout (stuck), then FAILED as timed out a minute after it. From pace.stuckFrom on every
    // device hangs for good. Created when the batch started (a growing batch's later ones as they join).
    // The same clock shows the same counts.
    TaskGenerator::State state(const SimJob &job, int index, qint64 atMs) const;
    // QueryOTAJob's Data as its tasks show it at nowMs: the latest change as UtcModified, COMPLETED with
    // UtcEndTime once every task has finished (unless its JobStatus was set).
    void updateData(const SimJob &job, qint64 nowMs);

private:
    struct Task
    {
        int status;
        int progress;
        qint64 modifiedMs;
        int reason; // index into SimTaskStatus::failureReasons() when FAILED
    };
    static Task taskAt(const SimJob &job, int index, qint64 atMs);

    TaskIndex m_tasks;
    bool m_current = false; // whether m_tasks shows m_shownAtMs with the ledger as it is
    qint64 m_shownAtMs = 0;
    qint64 m_lastChangeMs = 0; // the latest time any task changed, up to m_shownAtMs
    bool m_allFinished = false; // every task succeeded, failed or was canceled
};
