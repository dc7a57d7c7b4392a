#pragma once

#include "ReportData.h"

#include <QByteArray>
#include <QString>

#include <optional>

enum class ReportFormat { Pdf, Markdown };

// Renders a sign-off report and saves it whole or not at all.
namespace ReportFile {
// "pdf"; "md" or "markdown" (any case); nullopt for anything else.
std::optional<ReportFormat> formatFromName(const QString &name);
// "pdf" or "md", without the dot.
QString suffix(ReportFormat format);
QByteArray render(const ReportData &data, ReportFormat format);
// Renders and writes through QSaveFile: an error (naming the path and the reason) leaves no file behind
// and an existing one as it was.
std::optional<QString> write(const ReportData &data, ReportFormat format, const QString &path);
} // namespace ReportFile
