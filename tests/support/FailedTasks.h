#pragma once

#include "ota/TaskInfo.h"

#include <QList>
#include <QString>

// count FAILED tasks of the batch, of devices dev-000001 on (task0001 on): what a task action is opened on.
inline QList<TaskInfo> failedTasks(const QString &jobId, int count)
{
    QList<TaskInfo> tasks;
    for (int i = 1; i <= count; ++i) {
        TaskInfo task;
        task.taskId = QStringLiteral("task%1").arg(i, 4, 10, QChar(u'0'));
        task.jobId = jobId;
        task.deviceName = QStringLiteral("dev-%1").arg(i, 6, 10, QChar(u'0'));
        task.taskStatusCode = QStringLiteral("FAILED");
        task.taskStatus = TaskStatus::Failed;
        tasks.append(task);
    }
    return tasks;
}
