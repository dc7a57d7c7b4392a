#pragma once

#include <QtGlobal>

#include <vector>

class TaskIndex;

// When the user canceled each of a batch's tasks (CancelOTATaskByJob): from then on it shows CANCELED.
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
    // When the user canceled the task (its UtcModified from then on, whatever its generated or, in the live
    // batch, clock-driven status would be); -1 if never.
    qint64 canceledAtMs(int task) const
    {
        return m_canceledMs.empty() ? -1 : m_canceledMs[std::size_t(task)];
    }
    void clear() { m_canceledMs.clear(); }

private:
    std::vector<qint64> m_canceledMs; // per task, -1 if never; empty: none was
};
