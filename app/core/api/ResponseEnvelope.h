#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

enum class ResponseFormat { Json, Xml };

// The top-level fields every IoT OpenAPI response carries, read from JSON or XML alike.
struct ResponseEnvelope
{
    QString requestId;
    std::optional<bool> success;
    QString code;
    QString message; // Message (gateway) or ErrorMessage (IoT business error)
    QString hostId;
    QString recommend;
};

namespace ResponseEnvelopeReader {
// The format of a body: from its Content-Type, else from its first non-blank byte.
std::optional<ResponseFormat> detectFormat(const QByteArray &contentType, const QByteArray &body);
// std::nullopt when the body is not a well-formed object/document of that format.
std::optional<ResponseEnvelope> read(ResponseFormat format, const QByteArray &body);
} // namespace ResponseEnvelopeReader
