#include "api/OtaListCalls.h"

#include "ota/OtaListParser.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// CurrentPage from 1, PageSize within what the API accepts; the optional parameters only when set.
QueryPairs pagingPairs(int currentPage, int pageSize, int maxPageSize)
{
    return {{u"CurrentPage"_s, QString::number(qMax(1, currentPage))},
            {u"PageSize"_s, QString::number(qBound(1, pageSize, maxPageSize))}};
}

void addIfSet(QueryPairs &pairs, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        pairs.append({name, value});
}

// Reads a finished call: its error as is, else the page parsed from the body in the response's format.
template<typename T>
ListResult<T> interpretWith(const RpcResponse &response, ListParseResult<T> (*parseJson)(const QByteArray &),
                            ListParseResult<T> (*parseXml)(const QByteArray &))
{
    ListResult<T> result;
    result.requestId = response.requestId;
    if (response.error) {
        result.error = response.error;
        return result;
    }
    const ListParseResult<T> parsed
            = response.format == ResponseFormat::Xml ? parseXml(response.body) : parseJson(response.body);
    if (const auto *error = std::get_if<ParseError>(&parsed)) {
        result.error = ApiError::transportError(
                ApiError::Transport::Malformed,
                QCoreApplication::translate("OtaListCalls",
                                            "The list could not be read from the response: %1")
                        .arg(error->message));
        result.error->httpStatus = response.httpStatus;
        result.error->requestId = response.requestId;
        return result;
    }
    const auto &ok = std::get<ParsedList<T>>(parsed);
    if (!ok.requestId.isEmpty())
        result.requestId = ok.requestId;
    if (!ok.success) {
        // A failure envelope that reached us as a success (no HTTP error, no Success=false seen before).
        ApiError error;
        error.kind = ApiError::Kind::Business;
        error.httpStatus = response.httpStatus;
        error.code = ok.code;
        error.message = ok.errorMessage;
        error.requestId = result.requestId;
        result.error = error;
        return result;
    }
    result.page = ok.page;
    return result;
}

} // namespace

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
