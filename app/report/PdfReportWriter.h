#pragma once

#include "ReportLayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A report as PDF: A4 at 300 dpi, QTextDocument over generated HTML, the burn-up chart drawn with QPainter,
// the title and "Page n of m" in every page's footer. The text stays text (pdftotext reads it back, CJK
// included). Needs a QGuiApplication (fonts); the offscreen platform will do.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
public:
    static constexpr int kResolution = 300;

    static QByteArray render(const ReportDocument &document);
    // The HTML the document is laid out from; chartUrl names the chart image resource, chartWidth its width
    // in CSS pixels.
    static QString html(const ReportDocument &document, const QString &chartUrl, int chartWidth);
};
