#include "api/TaskListing.h"

#include "api/TaskFetcher.h"
#include "util/ListOutput.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Where a status stands in TaskFetcher's walk (failures first); an unknown code last.
int walkPosition(const TaskInfo &task)
{
    const auto &order = TaskFetcher::kFetchOrder;
    if (!task.taskStatus)
        return int(order.size());
    return int(std::find(order.cbegin(), order.cend(), *task.taskStatus) - order.cbegin());
}
} // namespace

void TaskListing::add(const QList<TaskInfo> &tasks)
{
    for (const TaskInfo &task : tasks) {
        const auto known = m_indexById.constFind(task.taskId);
        if (known == m_indexById.cend()) {
            m_indexById.insert(task.taskId, m_tasks.size());
            m_tasks.append(task);
        } else if (task.utcModified > m_tasks[*known].utcModified) {
            m_tasks[*known] = task;
        }
    }
}

void TaskListing::clear()
{
    m_tasks.clear();
    m_indexById.clear();
}

QList<TaskInfo> TaskListing::sorted() const
{
    QList<TaskInfo> tasks = m_tasks;
    std::sort(tasks.begin(), tasks.end(), [](const TaskInfo &a, const TaskInfo &b) {
        const int walkA = walkPosition(a);
        const int walkB = walkPosition(b);
        if (walkA != walkB)
            return walkA < walkB;
        if (a.deviceName != b.deviceName)
            return a.deviceName < b.deviceName;
        return a.taskId < b.taskId;
    });
    return tasks;
}

QStringList TaskListing::csvHeader()
{
    return {u"TaskId"_s,     u"DeviceName"_s,  u"TaskStatus"_s, u"Progress"_s,    u"TaskDesc"_s,
            u"SrcVersion"_s, u"DestVersion"_s, u"UtcCreate"_s,  u"UtcModified"_s, u"IotId"_s,
            u"ProductKey"_s, u"FirmwareId"_s,  u"JobId"_s};
}

QStringList TaskListing::csvFields(const TaskInfo &task)
{
    return {task.taskId,
            task.deviceName,
            task.taskStatusCode,
            task.progress >= 0 ? QString::number(task.progress) : QString(),
            task.taskDesc,
            task.srcVersion,
            task.destVersion,
            ListOutput::apiTime(task.utcCreate),
            ListOutput::apiTime(task.utcModified),
            task.iotId,
            task.productKey,
            task.firmwareId,
            task.jobId};
}

QString TaskListing::csv(const QList<TaskInfo> &tasks)
{
    QString text = ListOutput::csvRecord(csvHeader());
    for (const TaskInfo &task : tasks)
        text += ListOutput::csvRecord(csvFields(task));
    return text;
}

QJsonObject TaskListing::apiObject(const TaskInfo &task)
{
    using ListOutput::insertIfSet;
    QJsonObject object;
    insertIfSet(object, u"TaskId"_s, task.taskId);
    insertIfSet(object, u"JobId"_s, task.jobId);
    insertIfSet(object, u"IotId"_s, task.iotId);
    insertIfSet(object, u"DeviceName"_s, task.deviceName);
    insertIfSet(object, u"ProductKey"_s, task.productKey);
    insertIfSet(object, u"ProductName"_s, task.productName);
    insertIfSet(object, u"FirmwareId"_s, task.firmwareId);
    insertIfSet(object, u"ModuleName"_s, task.moduleName);
    insertIfSet(object, u"SrcVersion"_s, task.srcVersion);
    insertIfSet(object, u"DestVersion"_s, task.destVersion);
    insertIfSet(object, u"TaskStatus"_s, task.taskStatusCode);
    insertIfSet(object, u"TaskDesc"_s, task.taskDesc);
    if (task.progress >= 0)
        object.insert(u"Progress"_s, QString::number(task.progress));
    if (task.timeoutMinutes >= 0)
        object.insert(u"Timeout"_s, QString::number(task.timeoutMinutes));
    insertIfSet(object, u"UtcCreate"_s, ListOutput::apiTime(task.utcCreate));
    insertIfSet(object, u"UtcModified"_s, ListOutput::apiTime(task.utcModified));
    return object;
}
