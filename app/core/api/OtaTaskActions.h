#pragma once

#include "api/OtaCancelCalls.h"

// The task actions (Iot 2018-01-20): send failed or canceled tasks again, confirm waiting ones, cancel the
// tasks of named devices. All are writes: submit() queues them at Interactive priority with
// RetryPolicy::ThrottlingOnly, so one that may have acted is never sent again. Lists are flattened (TaskId.1,
// DeviceName.1, …); each params() sends at most the number of names its call takes.
namespace ReupgradeOtaTask {
inline const QString kAction = QStringLiteral("ReupgradeOTATask");
constexpr int kMaxTaskIds = 10;
QueryPairs params(const QString &jobId, const QStringList &taskIds, const QString &iotInstanceId = {});
ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QString &jobId,
                         const QStringList &taskIds, const QString &iotInstanceId = {},
                         QObject *owner = nullptr);
} // namespace ReupgradeOtaTask

namespace ConfirmOtaTask {
inline const QString kAction = QStringLiteral("ConfirmOTATask");
// Not documented; as ReupgradeOTATask.
constexpr int kMaxTaskIds = 10;
QueryPairs params(const QStringList &taskIds, const QString &iotInstanceId = {});
ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QStringList &taskIds,
                         const QString &iotInstanceId = {}, QObject *owner = nullptr);
} // namespace ConfirmOtaTask

namespace CancelOtaTaskByDevice {
inline const QString kAction = QStringLiteral("CancelOTATaskByDevice");
// Not documented; the device calls beside it take at most 100 names.
constexpr int kMaxDeviceNames = 100;
QueryPairs params(const QString &productKey, const QString &firmwareId, const QStringList &deviceNames,
                  const QString &jobId = {}, const QString &iotInstanceId = {});
ScheduledRequest *submit(RequestScheduler *scheduler, const RpcConfig &config, const QString &productKey,
                         const QString &firmwareId, const QStringList &deviceNames, const QString &jobId = {},
                         const QString &iotInstanceId = {}, QObject *owner = nullptr);
} // namespace CancelOtaTaskByDevice
