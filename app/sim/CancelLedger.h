#pragma once

#include <QtGlobal>

#include <vector>

class TaskIndex;

// The user's cancellations of one batch's device tasks (CancelOTATaskByJob): when each task was canceled, so
// that it shows CANCELED from then on with that time as its UtcModified, whatever its generated (or, in the
// live batch, clock-driven) status would be.
class CancelLedger
{
public:
    // The statuses (a bit per SimTaskStatus::Status) that CancelOTATaskByJob's targets
    // (SimFleet::CancelTarget bits) cover. scheduled: the batch has not started (JobStatus PLANNED), so its
    // QUEUED tasks are the scheduled ones, which CancelScheduledTask covers and CancelQueuedTask does not.
    static quint8 statusesCovered(int targets, bool scheduled);

    // Cancels at nowMs every task that tasks shows in one of statuses; how many.
    int cancel(const TaskIndex &tasks, quint8 statuses, qint64 nowMs);
    bool isEmpty() const { return m_canceledMs.empty(); }
    bool isCanceled(int task) const { return canceledAtMs(task) >= 0; }
    // When the user canceled the task; -1 if never.
    qint64 canceledAtMs(int task) const
    {
        return m_canceledMs.empty() ? -1 : m_canceledMs[std::size_t(task)];
    }
    void clear() { m_canceledMs.clear(); }

private:
    std::vector<qint64> m_canceledMs; // per task, -1 if never; empty: none was
};
