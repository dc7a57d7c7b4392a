#include "auth/ConnectionTest.h"

#include "api/QueryOtaJob.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ConnectionTest {

ScheduledRequest *start(RequestScheduler *scheduler, const RpcConfig &config, const QString &iotInstanceId)
{
    return scheduler->submit(config, QueryOtaJob::kAction, QueryOtaJob::params(kProbeJobId, iotInstanceId),
                             RequestPriority::Interactive);
}

ConnectionTestResult interpret(const RpcResponse &response)
{
    ConnectionTestResult result;
    result.latencyMs = response.latencyMs;
    result.requestId = response.error ? response.error->requestId : response.requestId;
    if (!response.error) {
        result.ok = true;
        result.summary
                = QCoreApplication::translate("ConnectionTest", "Connected: the credentials were accepted.");
        return result;
    }
    const ApiError &error = *response.error;
    result.error = error;
    if (error.kind == ApiError::Kind::Business) {
        // Codes that are about the account or the instance, not about the (absent) batch.
        static const QStringList accountCodes {
                u"iot.system.InstanceNotFound"_s,        u"iot.Sre.IotInstanceNotFound"_s,
                u"iot.common.InvalidTenant"_s,           u"iot.system.UidNotFound"_s,
                u"iot.common.RamActionPermissionDeny"_s, u"iot.system.SystemException"_s};
        if (!accountCodes.contains(error.code)) {
            result.ok = true;
            result.summary = QCoreApplication::translate("ConnectionTest",
                                                         "Connected: the gateway accepted the signature and "
                                                         "the AccessKey (the test batch does not "
                                                         "exist, as expected).");
            return result;
        }
    }
    result.summary
            = QCoreApplication::translate("ConnectionTest", "Connection failed: %1").arg(error.title());
    return result;
}

} // namespace ConnectionTest
