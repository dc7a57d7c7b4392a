#include "CancelLedger.h"

#include "SimFleet.h"
#include "SimTaskStatus.h"
#include "TaskIndex.h"

using namespace SimTaskStatus;

quint8 CancelLedger::statusesCovered(int targets, bool scheduled)
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

int CancelLedger::cancel(const TaskIndex &tasks, quint8 statuses, qint64 nowMs)
{
    int canceled = 0;
    for (int i = 0; i < tasks.size(); ++i) {
        if (!(statuses >> tasks.status(i) & 1))
            continue;
        if (m_canceledMs.empty())
            m_canceledMs.assign(std::size_t(tasks.size()), -1);
        m_canceledMs[std::size_t(i)] = nowMs;
        ++canceled;
    }
    return canceled;
}
