#pragma once

#include "api/ApiError.h"
#include "api/PercentEncoding.h"
#include "api/RpcClient.h"
#include "ota/FirmwareInfo.h"
#include "ota/JobSummary.h"
#include "ota/ListPage.h"
#include "ota/ProductInfo.h"
#include "ota/TaskInfo.h"

#include <optional>

// The outcome of one call to a paged list API.
template<typename T> struct ListResult
{
    std::optional<ListPage<T>> page; // set on success
    std::optional<ApiError> error; // the call's error, or Malformed when the body is not a readable page
    QString requestId;
};

// Parameters and response reading of the list APIs the dashboard walks (Iot 2018-01-20). Each params()
// never sends an empty optional parameter and keeps CurrentPage >= 1 and PageSize within 1..kMaxPageSize;
// each interpret() reads JSON or XML as the response says (ota/OtaListParser.h has the shapes it accepts).
namespace QueryProductList {
inline const QString kAction = QStringLiteral("QueryProductList");
constexpr int kMaxPageSize = 200;
QueryPairs params(int currentPage, int pageSize, const QString &iotInstanceId = {});
ListResult<ProductInfo> interpret(const RpcResponse &response);
} // namespace QueryProductList

namespace ListOtaFirmware {
inline const QString kAction = QStringLiteral("ListOTAFirmware");
constexpr int kMaxPageSize = 100;
QueryPairs params(const QString &productKey, int currentPage, int pageSize,
                  const QString &iotInstanceId = {});
ListResult<FirmwareInfo> interpret(const RpcResponse &response);
} // namespace ListOtaFirmware

namespace QueryOtaFirmware {
inline const QString kAction = QStringLiteral("QueryOTAFirmware");
QueryPairs params(const QString &firmwareId, const QString &iotInstanceId = {});
// The firmware on success (the page holds it).
ListResult<FirmwareDetail> interpret(const RpcResponse &response);
} // namespace QueryOtaFirmware

namespace ListOtaJobByFirmware {
inline const QString kAction = QStringLiteral("ListOTAJobByFirmware");
constexpr int kMaxPageSize = 200;
QueryPairs params(const QString &firmwareId, int currentPage, int pageSize,
                  const QString &iotInstanceId = {});
ListResult<JobSummary> interpret(const RpcResponse &response);
} // namespace ListOtaJobByFirmware

namespace ListOtaTaskByJob {
inline const QString kAction = QStringLiteral("ListOTATaskByJob");
constexpr int kMaxPageSize = 100;
// CurrentPage × PageSize may not exceed this: a longer list is read per TaskStatus.
constexpr qint64 kMaxReachableRows = 100000;
// status nullopt: every status.
QueryPairs params(const QString &jobId, std::optional<TaskStatus> status, int currentPage, int pageSize,
                  const QString &iotInstanceId = {});
// At most this many DeviceNames.N in one call; they replace paging (one page with the named devices' tasks).
constexpr int kMaxDeviceNames = 50;
// The tasks of these devices (the first kMaxDeviceNames of them).
QueryPairs deviceParams(const QString &jobId, const QStringList &deviceNames,
                        const QString &iotInstanceId = {});
ListResult<TaskInfo> interpret(const RpcResponse &response);
} // namespace ListOtaTaskByJob
