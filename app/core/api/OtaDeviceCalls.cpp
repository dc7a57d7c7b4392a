#include "api/OtaDeviceCalls.h"

#include "api/ListCalls.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ListCalls;

namespace {

QueryPairs devicePairs(const DeviceRef &device)
{
    if (!device.iotId.isEmpty())
        return {{u"IotId"_s, device.iotId}};
    return {{u"ProductKey"_s, device.productKey}, {u"DeviceName"_s, device.deviceName}};
}

// ProductKey, then DeviceName.1 … DeviceName.N for at most max names.
QueryPairs namedDevices(const QString &productKey, const QStringList &deviceNames, qsizetype max)
{
    QueryPairs pairs {{u"ProductKey"_s, productKey}};
    const qsizetype count = std::min(deviceNames.size(), max);
    for (qsizetype i = 0; i < count; ++i)
        pairs.append({u"DeviceName.%1"_s.arg(i + 1), deviceNames.at(i)});
    return pairs;
}

} // namespace

namespace QueryDeviceDetail {

QueryPairs params(const DeviceRef &device, const QString &iotInstanceId)
{
    QueryPairs pairs = devicePairs(device);
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<DeviceDetail> interpret(const RpcResponse &response)
{
    return interpretWith<DeviceDetail>(response, parseDeviceDetailJson, parseDeviceDetailXml);
}

} // namespace QueryDeviceDetail

namespace BatchQueryDeviceDetail {

QueryPairs params(const QString &productKey, const QStringList &deviceNames, const QString &iotInstanceId)
{
    QueryPairs pairs = namedDevices(productKey, deviceNames, kMaxDeviceNames);
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<DeviceDetail> interpret(const RpcResponse &response)
{
    return interpretWith<DeviceDetail>(response, parseDeviceDetailsJson, parseDeviceDetailsXml);
}

} // namespace BatchQueryDeviceDetail

namespace BatchGetDeviceState {

QueryPairs params(const QString &productKey, const QStringList &deviceNames, const QString &iotInstanceId)
{
    QueryPairs pairs = namedDevices(productKey, deviceNames, kMaxDevices);
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<DeviceState> interpret(const RpcResponse &response)
{
    return interpretWith<DeviceState>(response, parseDeviceStatesJson, parseDeviceStatesXml);
}

} // namespace BatchGetDeviceState

namespace ListOtaModuleVersionsByDevice {

QueryPairs params(const DeviceRef &device, int currentPage, int pageSize, const QString &iotInstanceId)
{
    QueryPairs pairs = devicePairs(device);
    pairs.append(pagingPairs(currentPage, pageSize, kMaxPageSize));
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<ModuleVersion> interpret(const RpcResponse &response)
{
    return interpretWith<ModuleVersion>(response, parseModuleVersionsJson, parseModuleVersionsXml);
}

} // namespace ListOtaModuleVersionsByDevice

namespace ListOtaUnfinishedTaskByDevice {

QueryPairs params(const DeviceRef &device, const QString &iotInstanceId)
{
    QueryPairs pairs = devicePairs(device);
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<TaskInfo> interpret(const RpcResponse &response)
{
    return interpretWith<TaskInfo>(response, parseUnfinishedTasksJson, parseUnfinishedTasksXml);
}

} // namespace ListOtaUnfinishedTaskByDevice

namespace ListOtaJobByDevice {

QueryPairs params(const QString &productKey, const QString &deviceName, const QString &firmwareId,
                  int currentPage, int pageSize, const QString &iotInstanceId)
{
    QueryPairs pairs {
            {u"ProductKey"_s, productKey}, {u"DeviceName"_s, deviceName}, {u"FirmwareId"_s, firmwareId}};
    pairs.append(pagingPairs(currentPage, pageSize, kMaxPageSize));
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<JobSummary> interpret(const RpcResponse &response)
{
    return interpretWith<JobSummary>(response, parseDeviceJobListJson, parseDeviceJobListXml);
}

} // namespace ListOtaJobByDevice
