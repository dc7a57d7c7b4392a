#pragma once

#include "api/OtaListCalls.h"
#include "ota/DeviceInfo.h"

// A device, named by IotId, or by ProductKey and DeviceName (the API takes either; IotId wins when both are
// given).
struct DeviceRef
{
    QString productKey;
    QString deviceName;
    QString iotId;

    bool isValid() const { return !iotId.isEmpty() || (!productKey.isEmpty() && !deviceName.isEmpty()); }
};

// Parameters and response reading of the device-level calls (Iot 2018-01-20, shared/api/REFERENCE.md
// section 3). Lists of names are flattened as Name.1, Name.2, …; each params() sends at most the documented
// number of names, and never an empty optional parameter. The readers drop DeviceSecret (ota/DeviceInfo.h).
namespace QueryDeviceDetail {
inline const QString kAction = QStringLiteral("QueryDeviceDetail");
QueryPairs params(const DeviceRef &device, const QString &iotInstanceId = {});
// One device on success (the page holds it).
ListResult<DeviceDetail> interpret(const RpcResponse &response);
} // namespace QueryDeviceDetail

namespace BatchQueryDeviceDetail {
inline const QString kAction = QStringLiteral("BatchQueryDeviceDetail");
constexpr int kMaxDeviceNames = 100;
// ProductKey and DeviceName.N for the first kMaxDeviceNames names.
QueryPairs params(const QString &productKey, const QStringList &deviceNames,
                  const QString &iotInstanceId = {});
ListResult<DeviceDetail> interpret(const RpcResponse &response);
} // namespace BatchQueryDeviceDetail

namespace BatchGetDeviceState {
inline const QString kAction = QStringLiteral("BatchGetDeviceState");
constexpr int kMaxDevices = 50;
// ProductKey and DeviceName.N for the first kMaxDevices names.
QueryPairs params(const QString &productKey, const QStringList &deviceNames,
                  const QString &iotInstanceId = {});
ListResult<DeviceState> interpret(const RpcResponse &response);
} // namespace BatchGetDeviceState

namespace ListOtaModuleVersionsByDevice {
inline const QString kAction = QStringLiteral("ListOTAModuleVersionsByDevice");
// Not stated by the documents; the list APIs beside it take at most 100.
constexpr int kMaxPageSize = 100;
QueryPairs params(const DeviceRef &device, int currentPage, int pageSize, const QString &iotInstanceId = {});
ListResult<ModuleVersion> interpret(const RpcResponse &response);
} // namespace ListOtaModuleVersionsByDevice

namespace ListOtaUnfinishedTaskByDevice {
inline const QString kAction = QStringLiteral("ListOTAUnfinishedTaskByDevice");
// Every unfinished task of the device (no paging): CONFIRM, QUEUED, NOTIFIED and IN_PROGRESS.
QueryPairs params(const DeviceRef &device, const QString &iotInstanceId = {});
ListResult<TaskInfo> interpret(const RpcResponse &response);
} // namespace ListOtaUnfinishedTaskByDevice

namespace ListOtaJobByDevice {
inline const QString kAction = QStringLiteral("ListOTAJobByDevice");
constexpr int kMaxPageSize = 100;
// The batches of this firmware that reached the device (the API wants ProductKey and DeviceName).
QueryPairs params(const QString &productKey, const QString &deviceName, const QString &firmwareId,
                  int currentPage, int pageSize, const QString &iotInstanceId = {});
ListResult<JobSummary> interpret(const RpcResponse &response);
} // namespace ListOtaJobByDevice
