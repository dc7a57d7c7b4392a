#include "ReportFile.h"

#include "MarkdownReportWriter.h"
#include "PdfReportWriter.h"
#include "ReportLayout.h"
#include "util/AtomicFile.h"

using namespace Qt::StringLiterals;

namespace ReportFile {

std::optional<ReportFormat> formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"pdf")
        return ReportFormat::Pdf;
    if (lower == u"md" || lower == u"markdown")
        return ReportFormat::Markdown;
    return std::nullopt;
}

QString suffix(ReportFormat format)
{
    return format == ReportFormat::Pdf ? u"pdf"_s : u"md"_s;
}

QByteArray render(const ReportData &data, ReportFormat format)
{
    const ReportDocument document = ReportLayout::compose(data);
    return format == ReportFormat::Pdf ? PdfReportWriter::render(document)
                                       : MarkdownReportWriter::render(document);
}

std::optional<QString> write(const ReportData &data, ReportFormat format, const QString &path)
{
    return AtomicFile::write(path, render(data, format));
}

} // namespace ReportFile
