#include "api/OtaCancelCalls.h"

#include "api/ResponseEnvelope.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

void addIfSet(QueryPairs &pairs, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        pairs.append({name, value});
}

} // namespace

// A finished call's error as is; else the envelope must say Success=true, since a write whose outcome cannot
// be read must not pass for done.
bool ActionResult::outcomeUnknown() const
{
    if (!error)
        return false;
    return (error->kind == ApiError::Kind::Transport
            && error->transport != ApiError::Transport::InvalidEndpoint
            && error->transport != ApiError::Transport::MissingCredentials)
            || error->httpStatus >= 500;
}

ActionResult interpretAction(const RpcResponse &response)
{
    ActionResult result;
    result.requestId = response.requestId;
    if (response.error) {
        result.error = response.error;
        if (!response.error->requestId.isEmpty())
            result.requestId = response.error->requestId;
        return result;
    }
    const std::optional<ResponseEnvelope> envelope
            = ResponseEnvelopeReader::read(response.format, response.body);
    if (envelope && !envelope->requestId.isEmpty())
        result.requestId = envelope->requestId;
    if (!envelope || !envelope->success.has_value()) {
        result.error = ApiError::transportError(ApiError::Transport::Malformed, [] {
            return QCoreApplication::translate("OtaCancelCalls",
                                               "The answer does not say whether the action succeeded. "
                                               "Query the batch to see what changed.");
        });
        result.error->httpStatus = response.httpStatus;
        result.error->requestId = result.requestId;
        return result;
    }
    if (!*envelope->success) {
        // A failure envelope that reached us as a success (no HTTP error, no Success=false seen before).
        ApiError error;
        error.kind = ApiError::Kind::Business;
        error.httpStatus = response.httpStatus;
        error.code = envelope->code;
        error.message = envelope->message;
        error.requestId = result.requestId;
        result.error = error;
    }
    return result;
}

namespace CancelOtaTaskByJob {

bool Targets::operator==(const Targets &other) const
{
    return scheduled == other.scheduled && queued == other.queued && notified == other.notified
            && inProgress == other.inProgress && unconfirmed == other.unconfirmed;
}

QueryPairs params(const QString &jobId, const Targets &targets, const QString &iotInstanceId)
{
    QueryPairs pairs {{u"JobId"_s, jobId}};
    const std::pair<bool, QString> flags[] {{targets.scheduled, u"CancelScheduledTask"_s},
                                            {targets.queued, u"CancelQueuedTask"_s},
                                            {targets.notified, u"CancelNotifiedTask"_s},
                                            {targets.inProgress, u"CancelInProgressTask"_s},
                                            {targets.unconfirmed, u"CancelUnconfirmedTask"_s}};
    for (const auto &[set, name] : flags) {
        if (set)
            pairs.append({name, u"true"_s});
    }
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QString &jobId,
                         const Targets &targets, const QString &iotInstanceId, QObject *owner)
{
    return scheduler->submit(config, kAction, params(jobId, targets, iotInstanceId),
                             RequestPriority::Interactive, owner, RetryPolicy::ThrottlingOnly);
}

ActionResult interpret(const RpcResponse &response)
{
    return interpretAction(response);
}

} // namespace CancelOtaTaskByJob

namespace CancelOtaStrategyByJob {

QueryPairs params(const QString &jobId, const QString &iotInstanceId)
{
    QueryPairs pairs {{u"JobId"_s, jobId}};
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QString &jobId,
                         const QString &iotInstanceId, QObject *owner)
{
    return scheduler->submit(config, kAction, params(jobId, iotInstanceId), RequestPriority::Interactive,
                             owner, RetryPolicy::ThrottlingOnly);
}

ActionResult interpret(const RpcResponse &response)
{
    return interpretAction(response);
}

} // namespace CancelOtaStrategyByJob
