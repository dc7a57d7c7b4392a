#include "TaskLedger.h"

#include "SimFleet.h"
#include "SimTaskStatus.h"
#include "TaskIndex.h"

using namespace SimTaskStatus;

quint8 TaskLedger::statusesCovered(int targets, bool scheduled)
{
    quint8 statuses = 0;
    if (targets & (scheduled ? SimFleet::CancelScheduled : SimFleet::CancelQueued))
        statuses |= 1 << Queued;
    if (targets & SimFleet::CancelNotified)
        statuses |= 1 << Notified;
    if (targets & SimFleet::CancelInProgress)
        statuses |= 1 << InProgress;
    if (targets & SimFleet::CancelUnconfirmed)
        statuses |= 1 << Confirm;
    return statuses;
}

int TaskLedger::cancel(const TaskIndex &tasks, quint8 statuses, qint64 nowMs)
{
    int canceled = 0;
    for (int i = 0; i < tasks.size(); ++i) {
        if (!(statuses >> tasks.status(i) & 1))
            continue;
        set(tasks.size(), i, Canceled, nowMs);
        ++canceled;
    }
    return canceled;
}

void TaskLedger::set(int taskCount, int task, int status, qint64 nowMs)
{
    if (m_changedMs.empty()) {
        m_changedMs.assign(std::size_t(taskCount), -1);
        m_status.assign(std::size_t(taskCount), -1);
    }
    m_changedMs[std::size_t(task)] = nowMs;
    m_status[std::size_t(task)] = qint8(status);
}

void TaskLedger::clear()
{
    m_changedMs.clear();
    m_status.clear();
}
