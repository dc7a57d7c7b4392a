#pragma once

#include <QtGlobal>

#include <vector>

class TaskIndex;

// What the user did to each of a batch's tasks, and when: canceled it (CancelOTATaskByJob,
// CancelOTATaskByDevice), sent it again (ReupgradeOTATask) or confirmed it (ConfirmOTATask). From then on the
// task shows the status that action gave it (CANCELED, or QUEUED to be pushed again), with that time as its
// UtcModified, whatever its generated or, in the live batch, clock-driven status would be.
class TaskLedger
{
public:
    // The statuses (a bit per SimTaskStatus::Status) that CancelOTATaskByJob's targets
    // (SimFleet::CancelTarget bits) cover. scheduled: the batch has not started (JobStatus PLANNED), so its
    // QUEUED tasks are the scheduled ones, which CancelScheduledTask covers and CancelQueuedTask does not.
    static quint8 statusesCovered(int targets, bool scheduled);

    // Cancels at nowMs every task that tasks shows in one of statuses; how many.
    int cancel(const TaskIndex &tasks, quint8 statuses, qint64 nowMs);
    // Task (of taskCount) shows status (SimTaskStatus::Status) from nowMs on.
    void set(int taskCount, int task, int status, qint64 nowMs);
    bool isEmpty() const { return m_changedMs.empty(); }
    // When the user last acted on the task; -1 if never.
    qint64 changedAtMs(int task) const { return m_changedMs.empty() ? -1 : m_changedMs[std::size_t(task)]; }
    // The status the user's last action gave the task; -1 if none.
    int statusOf(int task) const { return changedAtMs(task) < 0 ? -1 : m_status[std::size_t(task)]; }
    void clear();

private:
    std::vector<qint64> m_changedMs; // per task, -1 if never; empty: no task was acted on
    std::vector<qint8> m_status;
};
