#pragma once

#include <QString>

#include <array>
#include <optional>

// The TaskStatus codes of the simulated device tasks and why FAILED ones failed.
namespace SimTaskStatus {

// Indexes into the TaskStatus codes, in the API's (and core's TaskStatus) order.
enum Status : quint8 { Confirm, Queued, Notified, InProgress, Succeeded, Failed, Canceled, kCount };

// CONFIRM, QUEUED, NOTIFIED, IN_PROGRESS, SUCCEEDED, FAILED, CANCELED.
const std::array<QString, kCount> &codes();
// The Status of a TaskStatus code: nullopt for "" (every status), kCount for an unknown code.
std::optional<int> fromCode(const QString &code);

// FAILED tasks' TaskDesc, with their share of the failures in permille (most frequent first).
struct FailureReason
{
    QString text;
    int permille;
};
const std::array<FailureReason, 5> &failureReasons();

// The TaskDesc of a task the user canceled.
QString userCanceledDesc();

} // namespace SimTaskStatus
