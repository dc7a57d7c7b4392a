#pragma once

#include "ota/TaskStatus.h"

#include <QDateTime>
#include <QString>

// One device task of ListOTATaskByJob (Data.SimpleOTATaskInfo[]).
struct TaskInfo
{
    QString taskId;
    QString jobId;
    QString iotId;
    QString deviceName;
    QString productKey;
    QString productName;
    QString firmwareId;
    QString srcVersion;
    QString destVersion;
    QString taskStatusCode; // as received
    std::optional<TaskStatus> taskStatus; // nullopt when the code is not one of the seven
    QString taskDesc; // the failure reason, when there is one
    QString moduleName; // ListOTAUnfinishedTaskByDevice only: the module the task upgrades
    int progress = -1; // 0..100; -1 when absent or unreadable
    int timeoutMinutes = -1;
    QDateTime utcCreate;
    QDateTime utcModified;
};
