#include "api/OtaListCalls.h"

#include "api/ListCalls.h"
#include "ota/OtaListParser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace ListCalls;

namespace QueryProductList {

QueryPairs params(int currentPage, int pageSize, const QString &iotInstanceId)
{
    QueryPairs pairs = pagingPairs(currentPage, pageSize, kMaxPageSize);
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<ProductInfo> interpret(const RpcResponse &response)
{
    return interpretWith<ProductInfo>(response, parseProductListJson, parseProductListXml);
}

} // namespace QueryProductList

namespace ListOtaFirmware {

QueryPairs params(const QString &productKey, int currentPage, int pageSize, const QString &iotInstanceId)
{
    QueryPairs pairs = pagingPairs(currentPage, pageSize, kMaxPageSize);
    addIfSet(pairs, u"ProductKey"_s, productKey);
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<FirmwareInfo> interpret(const RpcResponse &response)
{
    return interpretWith<FirmwareInfo>(response, parseFirmwareListJson, parseFirmwareListXml);
}

} // namespace ListOtaFirmware

namespace QueryOtaFirmware {

QueryPairs params(const QString &firmwareId, const QString &iotInstanceId)
{
    QueryPairs pairs {{u"FirmwareId"_s, firmwareId}};
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<FirmwareDetail> interpret(const RpcResponse &response)
{
    return interpretWith<FirmwareDetail>(response, parseFirmwareDetailJson, parseFirmwareDetailXml);
}

} // namespace QueryOtaFirmware

namespace ListOtaJobByFirmware {

QueryPairs params(const QString &firmwareId, int currentPage, int pageSize, const QString &iotInstanceId)
{
    QueryPairs pairs {{u"FirmwareId"_s, firmwareId}};
    pairs.append(pagingPairs(currentPage, pageSize, kMaxPageSize));
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<JobSummary> interpret(const RpcResponse &response)
{
    return interpretWith<JobSummary>(response, parseJobListJson, parseJobListXml);
}

} // namespace ListOtaJobByFirmware

namespace ListOtaTaskByJob {

QueryPairs params(const QString &jobId, std::optional<TaskStatus> status, int currentPage, int pageSize,
                  const QString &iotInstanceId)
{
    QueryPairs pairs {{u"JobId"_s, jobId}};
    if (status)
        pairs.append({u"TaskStatus"_s, TaskStatuses::code(*status)});
    pairs.append(pagingPairs(currentPage, pageSize, kMaxPageSize));
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

QueryPairs deviceParams(const QString &jobId, const QStringList &deviceNames, const QString &iotInstanceId)
{
    QueryPairs pairs {{u"JobId"_s, jobId}};
    const qsizetype count = std::min<qsizetype>(deviceNames.size(), kMaxDeviceNames);
    for (qsizetype i = 0; i < count; ++i)
        pairs.append({u"DeviceNames.%1"_s.arg(i + 1), deviceNames.at(i)});
    addIfSet(pairs, u"IotInstanceId"_s, iotInstanceId);
    return pairs;
}

ListResult<TaskInfo> interpret(const RpcResponse &response)
{
    return interpretWith<TaskInfo>(response, parseTaskListJson, parseTaskListXml);
}

} // namespace ListOtaTaskByJob
