#pragma once

#include "api/OtaListCalls.h"
#include "ota/OtaListParser.h"

#include <QCoreApplication>

// What the list and device calls share: paging parameters, optional parameters, and the reading of a
// finished call into its page or its error.
namespace ListCalls {

// CurrentPage from 1, PageSize within what the API accepts; the optional parameters only when set.
inline QueryPairs pagingPairs(int currentPage, int pageSize, int maxPageSize)
{
    return {{QStringLiteral("CurrentPage"), QString::number(qMax(1, currentPage))},
            {QStringLiteral("PageSize"), QString::number(qBound(1, pageSize, maxPageSize))}};
}

inline void addIfSet(QueryPairs &pairs, const QString &name, const QString &value)
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

} // namespace ListCalls
