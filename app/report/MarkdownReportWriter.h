#pragma once

#include "ReportLayout.h"

#include <QByteArray>
#include <QString>

// A report as Markdown (UTF-8): headings, GitHub tables, the burn-up as a small table of points.
class MarkdownReportWriter
{
public:
    static QByteArray render(const ReportDocument &document);
    // Text inside a line: Markdown's inline marks (\ ` * _ [ ] < > |) escaped with a backslash.
    static QString escape(const QString &text);
    // A paragraph: escape(), and on each line what would start a heading, quote, list or rule.
    static QString escapeParagraph(const QString &text);
    // One table cell: escaped, line breaks as <br>.
    static QString cell(const QString &text);
};
