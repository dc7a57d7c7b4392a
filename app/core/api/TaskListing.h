#pragma once

#include "ota/TaskInfo.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The device tasks of one batch as a full listing collects them (`otadash-cli tasks`, File > Export > Device
// tasks as CSV): each TaskId once, in one fixed order, and as CSV records.
class TaskListing
{
public:
    // Adds tasks not seen yet; a task seen before keeps the state with the later UtcModified (it moved to
    // another status while the pages were read).
    void add(const QList<TaskInfo> &tasks);
    void clear();
    qsizetype size() const { return m_tasks.size(); }

    // TaskFetcher's walk order (failures first), then device name, then TaskId: the same batch lists the
    // same way every time.
    QList<TaskInfo> sorted() const;

    // TaskId, DeviceName, TaskStatus, Progress, TaskDesc, SrcVersion, DestVersion, UtcCreate, UtcModified,
    // IotId, ProductKey, FirmwareId, JobId: the API's names and texts.
    static QStringList csvHeader();
    static QStringList csvFields(const TaskInfo &task);
    // The header record, then one record per task (RFC 4180, CRLF line ends).
    static QString csv(const QList<TaskInfo> &tasks);
    // SimpleOTATaskInfo as far as a parsed task tells it: the API's field names, Progress and Timeout as the
    // strings the API sends, times in its format, fields it left out left out.
    static QJsonObject apiObject(const TaskInfo &task);

private:
    QList<TaskInfo> m_tasks;
    QHash<QString, qsizetype> m_indexById; // TaskId -> index in m_tasks
};
