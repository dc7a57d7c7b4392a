#pragma once

#include "ota/TaskInfo.h"
#include "ota/TaskStatus.h"

#include <QDateTime>

#include <optional>

// A device counts as stuck when its task has been NOTIFIED or IN_PROGRESS with no change (UtcModified) for
// longer than its timeout: the task's own Timeout, else the batch's TimeoutInMinutes. Without a timeout or
// a time, nothing can be said and the task does not count.
namespace StuckTask {
// modifiedMs, nowMs: milliseconds since the epoch (UTC); timeouts in minutes, <= 0 when absent.
constexpr bool isStuck(std::optional<TaskStatus> status, qint64 modifiedMs, int taskTimeoutMinutes,
                       int batchTimeoutMinutes, qint64 nowMs)
{
    if (status != TaskStatus::Notified && status != TaskStatus::InProgress)
        return false;
    const int minutes = taskTimeoutMinutes > 0 ? taskTimeoutMinutes : batchTimeoutMinutes;
    if (minutes <= 0 || modifiedMs <= 0)
        return false;
    return nowMs - modifiedMs > qint64(minutes) * 60 * 1000;
}

inline bool isStuck(const TaskInfo &task, int batchTimeoutMinutes, const QDateTime &nowUtc)
{
    return isStuck(task.taskStatus, task.utcModified.isValid() ? task.utcModified.toMSecsSinceEpoch() : 0,
                   task.timeoutMinutes, batchTimeoutMinutes, nowUtc.toMSecsSinceEpoch());
}
} // namespace StuckTask
