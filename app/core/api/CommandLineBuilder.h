#pragma once

#include "api/RpcClient.h"

#include <QString>

// The command lines that repeat the window's QueryOTAJob in a terminal ("Copy as command"). They name the
// batch and where it lives, never a secret, a security token or even the AccessKeyId.
namespace CommandLineBuilder {
// One POSIX shell word: as is when it holds only characters no shell treats specially, else in single
// quotes (a single quote inside becomes '\'').
QString shellQuote(const QString &word);

// aliyun iot QueryOTAJob --JobId ID [--IotInstanceId ID] [--region REGION] [--endpoint HOST]. A custom
// endpoint (any but the region's https://iot.<region>.aliyuncs.com/) is given as --endpoint host[:port].
QString aliyunQueryOtaJob(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId);

// otadash-cli query --job-id ID --profile NAME [--instance-id ID]; without a profile name the place instead:
// --region REGION, or --endpoint URL (plus --region when one is set).
QString otadashQuery(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId,
                     const QString &profileName);
} // namespace CommandLineBuilder
