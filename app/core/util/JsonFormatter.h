#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Re-indents JSON the way the aliyun CLI prints responses: keys sorted, tab indentation, number literals
// kept exactly as received, no HTML escaping.
namespace JsonFormatter {
// std::nullopt (and *error set) when the input is not a single valid JSON value.
std::optional<QByteArray> sortedIndented(const QByteArray &json, QString *error = nullptr);
} // namespace JsonFormatter
