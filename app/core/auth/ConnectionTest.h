#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"

#include <optional>

// The verdict of "Test connection".
struct ConnectionTestResult
{
    bool ok = false;
    QString summary; // translated, one sentence
    std::optional<ApiError> error; // what the gateway or the network said, when it matters
    QString requestId;
    qint64 latencyMs = 0;
};

// "Test connection" is one signed QueryOTAJob for a batch ID that does not exist. The gateway checks the
// AccessKey, the signature, the clock and the RAM permission for QueryOTAJob before the IoT service looks at
// the ID, so a business error about the batch proves everything the dashboard needs; a cheaper call (such as
// QueryProductList) would need a permission the dashboard itself never uses.
namespace ConnectionTest {
// Matches the JobId rules and exists nowhere.
inline const QString kProbeJobId = QStringLiteral("OtaDashConnectionTest0000");

// Goes through the account's scheduler, as every request does, ahead of background work.
ScheduledRequest *start(RequestScheduler *scheduler, const RpcConfig &config, const QString &iotInstanceId);
ConnectionTestResult interpret(const RpcResponse &response);
} // namespace ConnectionTest
