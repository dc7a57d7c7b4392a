#include "api/QueryOtaJob.h"

#include "ota/OtaJobParser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QueryOtaJob {

QueryPairs params(const QString &jobId, const QString &iotInstanceId)
{
    QueryPairs pairs {{u"JobId"_s, jobId}};
    if (!iotInstanceId.isEmpty())
        pairs.append({u"IotInstanceId"_s, iotInstanceId});
    return pairs;
}

BatchQueryResult interpret(const RpcResponse &response)
{
    BatchQueryResult result;
    result.requestId = response.requestId;
    if (response.error) {
        result.error = response.error;
        return result;
    }
    const QueryOtaJobResult parsed = response.format == ResponseFormat::Xml
            ? parseQueryOtaJobXml(response.body)
            : parseQueryOtaJobJson(response.body);
    if (const auto *error = std::get_if<ParseError>(&parsed)) {
        result.error = ApiError::transportError(
                ApiError::Transport::Malformed,
                QCoreApplication::translate("QueryOtaJob",
                                            "The batch could not be read from the response: %1")
                        .arg(error->message));
        result.error->requestId = response.requestId;
        return result;
    }
    const auto &ok = std::get<ParsedQueryOtaJob>(parsed);
    if (!ok.success) {
        // A failure envelope that reached us as a success (no HTTP error, no Success=false seen before).
        ApiError error;
        error.kind = ApiError::Kind::Business;
        error.httpStatus = response.httpStatus;
        error.code = ok.code;
        error.message = ok.errorMessage;
        error.requestId = ok.requestId.isEmpty() ? response.requestId : ok.requestId;
        result.error = error;
        return result;
    }
    result.job = ok.job;
    result.warnings = ok.warnings;
    if (!ok.requestId.isEmpty())
        result.requestId = ok.requestId;
    return result;
}

} // namespace QueryOtaJob
