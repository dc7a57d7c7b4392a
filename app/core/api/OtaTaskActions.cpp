#include "api/OtaTaskActions.h"

#include "api/ListCalls.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using ListCalls::addIfSet;

namespace {

void appendFlattened(QueryPairs &pairs, const QString &name, const QStringList &values, qsizetype max)
{
    const qsizetype count = std::min(values.size(), max);
    for (qsizetype i = 0; i < count; ++i)
        pairs.append({u"%1.%2"_s.arg(name).arg(i + 1), values.at(i)});
}

ScheduledRequest *submitWrite(RequestScheduler *scheduler, const RpcConfig &config, const QString &action,
                              const QueryPairs &params, QObject *owner)
{
    return scheduler->submit(config, action, params, RequestPriority::Interactive, owner,
                             RetryPolicy::ThrottlingOnly);
}

} // namespace

namespace ReupgradeOtaTask {

QueryPairs params(const QString &jobId, const QStringList &taskIds, const QString &iotInstanceId)
{
    QueryPairs pairs {{u"JobId"_s, jobId}};
    appendFlattened(pairs, u"TaskId"_s, taskIds, kMaxTaskIds);
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QString &jobId,
                         const QStringList &taskIds, const QString &iotInstanceId, QObject *owner)
{
    return submitWrite(scheduler, config, kAction, params(jobId, taskIds, iotInstanceId), owner);
}

} // namespace ReupgradeOtaTask

namespace ConfirmOtaTask {

QueryPairs params(const QStringList &taskIds, const QString &iotInstanceId)
{
    QueryPairs pairs;
    appendFlattened(pairs, u"TaskId"_s, taskIds, kMaxTaskIds);
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QStringList &taskIds,
                         const QString &iotInstanceId, QObject *owner)
{
    return submitWrite(scheduler, config, kAction, params(taskIds, iotInstanceId), owner);
}

} // namespace ConfirmOtaTask

namespace CancelOtaTaskByDevice {

QueryPairs params(const QString &productKey, const QString &firmwareId, const QStringList &deviceNames,
                  const QString &jobId, const QString &iotInstanceId)
{
    QueryPairs pairs {{u"ProductKey"_s, productKey}, {u"FirmwareId"_s, firmwareId}};
    appendFlattened(pairs, u"DeviceName"_s, deviceNames, kMaxDeviceNames);
    addIfSet(pairs, u"JobId"_s, jobId);
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QString &productKey,
                         const QString &firmwareId, const QStringList &deviceNames, const QString &jobId,
                         const QString &iotInstanceId, QObject *owner)
{
    return submitWrite(scheduler, config, kAction,
                       params(productKey, firmwareId, deviceNames, jobId, iotInstanceId), owner);
}

} // namespace CancelOtaTaskByDevice
