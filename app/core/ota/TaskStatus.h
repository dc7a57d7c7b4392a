#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// The seven statuses of a device task (ListOTATaskByJob's TaskStatus). "Unfinished" is the first four.
enum class TaskStatus : quint8 { Confirm, Queued, Notified, InProgress, Succeeded, Failed, Canceled };

inline constexpr std::array<TaskStatus, 7> kAllTaskStatuses {
        TaskStatus::Confirm,   TaskStatus::Queued, TaskStatus::Notified, TaskStatus::InProgress,
        TaskStatus::Succeeded, TaskStatus::Failed, TaskStatus::Canceled};

namespace TaskStatuses {
// The API spelling: CONFIRM, QUEUED, NOTIFIED, IN_PROGRESS, SUCCEEDED, FAILED, CANCELED.
QString code(TaskStatus status);
// Exact API spelling (case-insensitive); nullopt for anything else.
std::optional<TaskStatus> fromCode(QStringView code);
// A short translated label ("Awaiting confirmation", "Succeeded", ...), context "TaskStatus".
QString label(TaskStatus status);
// Succeeded, failed or canceled: the device will not move on its own.
bool isFinished(TaskStatus status);
// One bit per status, for filters.
constexpr quint8 bit(TaskStatus status)
{
    return quint8(1u << static_cast<quint8>(status));
}
constexpr quint8 kAllBits = 0x7f;
} // namespace TaskStatuses
