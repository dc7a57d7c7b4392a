#include "ota/TaskStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace TaskStatuses {

QString code(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Confirm:
        return u"CONFIRM"_s;
    case TaskStatus::Queued:
        return u"QUEUED"_s;
    case TaskStatus::Notified:
        return u"NOTIFIED"_s;
    case TaskStatus::InProgress:
        return u"IN_PROGRESS"_s;
    case TaskStatus::Succeeded:
        return u"SUCCEEDED"_s;
    case TaskStatus::Failed:
        return u"FAILED"_s;
    case TaskStatus::Canceled:
        return u"CANCELED"_s;
    }
    return QString();
}

std::optional<TaskStatus> fromCode(QStringView code)
{
    for (const TaskStatus status : kAllTaskStatuses) {
        if (code.compare(TaskStatuses::code(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString label(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Confirm:
        return QCoreApplication::translate("TaskStatus", "Awaiting confirmation");
    case TaskStatus::Queued:
        return QCoreApplication::translate("TaskStatus", "Queued");
    case TaskStatus::Notified:
        return QCoreApplication::translate("TaskStatus", "Notified");
    case TaskStatus::InProgress:
        return QCoreApplication::translate("TaskStatus", "In progress");
    case TaskStatus::Succeeded:
        return QCoreApplication::translate("TaskStatus", "Succeeded");
    case TaskStatus::Failed:
        return QCoreApplication::translate("TaskStatus", "Failed");
    case TaskStatus::Canceled:
        return QCoreApplication::translate("TaskStatus", "Canceled");
    }
    return QString();
}

bool isFinished(TaskStatus status)
{
    return status == TaskStatus::Succeeded || status == TaskStatus::Failed || status == TaskStatus::Canceled;
}

} // namespace TaskStatuses
