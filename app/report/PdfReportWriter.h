#pragma once

#include "ReportLayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QTextDocument;

// A report as PDF: A4 at 300 dpi, QTextDocument over generated HTML, the burn-up chart drawn with QPainter,
// the title and "Page n of m" in every page's footer. The text stays text (pdftotext reads it back, CJK
// included). A heading stays on the page of its section's first line or row, and a table row is never cut
// across two pages (it starts a new page, under the table's header again). Needs a QGuiApplication (fonts);
// the offscreen platform will do.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
public:
    static constexpr int kResolution = 300;

    // Page breaks the layout adds to the text's own: before these heading blocks, and before these body rows
    // of a table block (indexes into ReportDocument::blocks and the block's rows).
    struct PageBreaks
    {
        QSet<int> beforeBlock;
        QHash<int, QList<int>> beforeRow;
    };
    // What the headings (<h2>) and tables of the HTML come from, in document order.
    struct HtmlOrigins
    {
        struct Table
        {
            int block = -1;
            int firstRow = 0; // a table cut before a row starts there
        };
        QList<int> headings; // block index
        QList<Table> tables;
    };

    static QByteArray render(const ReportDocument &document);
    // The HTML the document is laid out from; chartUrl names the chart image resource, chartWidth its width
    // in CSS pixels.
    static QString html(const ReportDocument &document, const QString &chartUrl, int chartWidth);
    static QString html(const ReportDocument &document, const QString &chartUrl, int chartWidth,
                        const PageBreaks &breaks, HtmlOrigins *origins);
    // Adds the first page break text (laid out from that HTML, on its pages) lacks: before a heading left
    // alone at the bottom of a page or a table row cut in two. False when none is lacking.
    static bool addPageBreak(const QTextDocument &text, const HtmlOrigins &origins, PageBreaks &breaks);
};
