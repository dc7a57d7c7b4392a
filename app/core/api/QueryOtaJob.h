#pragma once

#include "api/ApiError.h"
#include "api/PercentEncoding.h"
#include "api/RpcClient.h"
#include "ota/OtaJob.h"

#include <optional>

// The outcome of one QueryOTAJob call as the UI and the CLI need it.
struct BatchQueryResult
{
    std::optional<OtaJob> job; // set on success
    std::optional<ApiError> error; // the call's error, or Malformed when the body is not a readable batch
    QString requestId;
    QStringList warnings;
};

namespace QueryOtaJob {
inline const QString kAction = QStringLiteral("QueryOTAJob");

// JobId, plus IotInstanceId when one is given (never an empty parameter).
QueryPairs params(const QString &jobId, const QString &iotInstanceId = {});

// Reads a finished call: its error as is, else the batch parsed from the body.
BatchQueryResult interpret(const RpcResponse &response);
} // namespace QueryOtaJob
