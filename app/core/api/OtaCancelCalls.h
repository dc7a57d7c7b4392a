#pragma once

#include "api/ApiError.h"
#include "api/PercentEncoding.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"

#include <optional>

// The outcome of a write action that answers only RequestId, Success, Code and ErrorMessage.
struct ActionResult
{
    std::optional<ApiError> error; // unset: the action succeeded
    QString requestId;

    bool ok() const { return !error.has_value(); }
    // No answer, a 5xx or an unreadable one: the gateway may have acted, so the write must not be sent again
    // by itself (a refusal before sending, such as missing credentials, is known not to have acted).
    bool outcomeUnknown() const;
};

// A finished write's result: its error as is; else the envelope must say Success=true, since a write whose
// outcome cannot be read must not pass for done.
ActionResult interpretAction(const RpcResponse &response);

// Parameters, submission and response reading of the two cancel actions (Iot 2018-01-20). Both are writes:
// submit() queues them at Interactive priority with RetryPolicy::ThrottlingOnly, so a 5xx or a system
// exception (after which the server may have acted) is shown to the user instead of being sent again.
namespace CancelOtaTaskByJob {
inline const QString kAction = QStringLiteral("CancelOTATaskByJob");
// The API's own limit per account, besides the account's 10 per second.
constexpr int kMaxPerSecond = 5;

// Which device tasks to cancel, one per flag of the API.
struct Targets
{
    bool scheduled = false; // CancelScheduledTask: the tasks of a batch that has not started yet
    bool queued = false; // CancelQueuedTask: QUEUED, waiting to be pushed
    bool notified = false; // CancelNotifiedTask: NOTIFIED, pushed, not started
    bool inProgress = false; // CancelInProgressTask: IN_PROGRESS, upgrading
    bool unconfirmed = false; // CancelUnconfirmedTask: CONFIRM, waiting for confirmation

    // The API refuses a call without one.
    bool any() const { return scheduled || queued || notified || inProgress || unconfirmed; }
    bool operator==(const Targets &other) const;
};

// JobId, then each chosen flag as "true" (the others are not sent, as the SDK leaves unset ones out), plus
// IotInstanceId when one is given.
QueryPairs params(const QString &jobId, const Targets &targets, const QString &iotInstanceId = {});
ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QString &jobId,
                         const Targets &targets, const QString &iotInstanceId = {}, QObject *owner = nullptr);
ActionResult interpret(const RpcResponse &response);
} // namespace CancelOtaTaskByJob

namespace CancelOtaStrategyByJob {
inline const QString kAction = QStringLiteral("CancelOTAStrategyByJob");
// JobId, plus IotInstanceId when one is given. Only a DYNAMIC batch has a policy to cancel.
QueryPairs params(const QString &jobId, const QString &iotInstanceId = {});
ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QString &jobId,
                         const QString &iotInstanceId = {}, QObject *owner = nullptr);
ActionResult interpret(const RpcResponse &response);
} // namespace CancelOtaStrategyByJob
