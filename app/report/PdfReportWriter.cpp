#include "PdfReportWriter.h"

#include "BurnUpChart.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// CSS pixels (1/96 inch) in device pixels of the writer.
constexpr qreal kCssPixel = qreal(PdfReportWriter::kResolution) / 96.0;

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u"\r\n"_s, u"\n"_s);
    html.replace(u"\n"_s, u"<br/>"_s);
    return html;
}

// Rows [from, to) of a table under its header; pageBreak: the table starts a new page.
QString tableHtml(const ReportBlock &block, qsizetype from, qsizetype to, bool pageBreak)
{
    const int padding = int(2 * kCssPixel);
    QString html = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                   u"style=\"border-color: #9e9e9e; border-style: solid; border-collapse: collapse;%2\">"
                   u"<thead><tr>"_s.arg(padding)
                           .arg(pageBreak ? u" page-break-before: always;"_s : QString());
    for (qsizetype i = 0; i < block.header.size(); ++i) {
        const QString align = block.numericColumns.contains(int(i)) ? u"right"_s : u"left"_s;
        html += u"<th align=\"%1\" bgcolor=\"#eeeeee\">%2</th>"_s.arg(align, escaped(block.header[i]));
    }
    html += u"</tr></thead>"_s;
    for (qsizetype row = from; row < to; ++row) {
        html += u"<tr>"_s;
        for (qsizetype i = 0; i < block.header.size(); ++i) {
            const QString align = block.numericColumns.contains(int(i)) ? u"right"_s : u"left"_s;
            html += u"<td align=\"%1\">%2</td>"_s.arg(align, escaped(block.rows[row].value(i)));
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

// A table, cut before the rows breaks names into tables of their own, each on a new page under the header.
QString tableHtml(const ReportBlock &block, int blockIndex, const PdfReportWriter::PageBreaks &breaks,
                  PdfReportWriter::HtmlOrigins *origins)
{
    QList<int> cuts = breaks.beforeRow.value(blockIndex);
    std::sort(cuts.begin(), cuts.end());
    QString html;
    qsizetype from = 0;
    for (const int cut : std::as_const(cuts)) {
        if (cut <= from || cut >= block.rows.size())
            continue;
        html += tableHtml(block, from, cut, from > 0);
        if (origins)
            origins->tables.append({blockIndex, int(from)});
        from = cut;
    }
    html += tableHtml(block, from, block.rows.size(), from > 0);
    if (origins)
        origins->tables.append({blockIndex, int(from)});
    return html;
}

// The page a position of the laid-out document falls on.
int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

// Where a row's text starts and ends in the laid-out document.
std::pair<qreal, qreal> rowExtent(const QAbstractTextDocumentLayout *layout, const QTextTable *table, int row)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (!cell.isValid() || cell.row() != row || cell.column() != column)
            continue;
        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return {top, bottom};
}

// Where the first line of a paragraph ends in the laid-out document.
qreal firstLineBottom(const QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return rect.bottom();
    return rect.top() - lines->boundingRect().top() + lines->lineAt(0).rect().bottom();
}
} // namespace

QString PdfReportWriter::html(const ReportDocument &document, const QString &chartUrl, int chartWidth)
{
    return html(document, chartUrl, chartWidth, {}, nullptr);
}

QString PdfReportWriter::html(const ReportDocument &document, const QString &chartUrl, int chartWidth,
                              const PageBreaks &breaks, HtmlOrigins *origins)
{
    QString html = u"<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>"_s.arg(
            escaped(document.title));
    html += u"<h1>%1</h1>"_s.arg(escaped(document.title));
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        const ReportBlock &block = document.blocks[i];
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            html += u"<h2%1>%2</h2>"_s.arg(breaks.beforeBlock.contains(int(i))
                                                   ? u" style=\"page-break-before: always;\""_s
                                                   : QString(),
                                           escaped(block.text));
            if (origins)
                origins->headings.append(int(i));
            break;
        case ReportBlock::Kind::Paragraph:
            html += u"<p>%1</p>"_s.arg(escaped(block.text.trimmed()));
            break;
        case ReportBlock::Kind::Table:
            html += tableHtml(block, int(i), breaks, origins);
            break;
        case ReportBlock::Kind::BurnUpChart:
            html += u"<p><img src=\"%1\" width=\"%2\"/></p>"_s.arg(chartUrl.toHtmlEscaped()).arg(chartWidth);
            html += tableHtml(block, int(i), breaks, origins);
            break;
        }
    }
    return html + u"</body></html>"_s;
}

bool PdfReportWriter::addPageBreak(const QTextDocument &text, const HtmlOrigins &origins, PageBreaks &breaks)
{
    const QAbstractTextDocumentLayout *layout = text.documentLayout();
    const qreal pageHeight = text.pageSize().height();
    if (pageHeight <= 0)
        return false;
    // A heading waits for what follows it: the first line of a paragraph (the chart is one) or the first row
    // of a table must be on its page, else the heading starts the next one.
    std::optional<int> heading;
    qreal headingTop = 0;
    const auto keepsHeading = [&](qreal end) {
        if (!heading || pageOf(headingTop, pageHeight) == pageOf(end - 1, pageHeight)) {
            heading.reset();
            return true;
        }
        breaks.beforeBlock.insert(*heading);
        return false;
    };
    qsizetype headings = 0;
    qsizetype tables = 0;
    for (QTextFrame::iterator it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (const auto *table = qobject_cast<const QTextTable *>(it.currentFrame())) {
            const HtmlOrigins::Table origin = origins.tables.value(tables++);
            const int header = table->format().headerRowCount();
            for (int row = header; row < table->rows(); ++row) {
                const auto [top, bottom] = rowExtent(layout, table, row);
                if (top > bottom)
                    continue;
                if (!keepsHeading(bottom))
                    return true;
                // A row cut in two starts a new page, unless it could not fit on one anyway.
                if (row > header && pageOf(top, pageHeight) != pageOf(bottom - 1, pageHeight)
                    && bottom - top < pageHeight / 2) {
                    breaks.beforeRow[origin.block].append(origin.firstRow + row - header);
                    return true;
                }
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || block.length() <= 1) // the empty paragraphs between tables
            continue;
        if (block.blockFormat().headingLevel() == 2) {
            heading = origins.headings.value(headings++, -1);
            headingTop = layout->blockBoundingRect(block).top();
            continue;
        }
        if (!keepsHeading(firstLineBottom(layout, block)))
            return true;
    }
    return false;
}

QByteArray PdfReportWriter::render(const ReportDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(document.title);
    writer.setCreator(u"OtaDash"_s);

    // A hair of letter spacing turns ligatures off: "fi" and "ff" stay two letters for pdftotext and search.
    QFont bodyFont;
    bodyFont.setPointSizeF(9.5);
    bodyFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    QFont footerFont = bodyFont;
    footerFont.setPointSizeF(8);

    QPainter painter(&writer);
    painter.setFont(footerFont);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal footerHeight = footerMetrics.height() * 2.5;
    const QSizeF body(page.width(), page.height() - footerHeight);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    text.setDefaultFont(bodyFont);
    text.setDefaultStyleSheet(u"h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12px; } "
                              u"th { font-weight: bold; }"_s);
    const QString chartUrl = u"otadash-report:burnup.png"_s;
    // The chart is drawn at the size it is printed: sharp at 300 dpi.
    const int chartDevicePixels = int(body.width() * 0.95);
    const int chartCssPixels = int(chartDevicePixels / kCssPixel);
    if (!document.burnUp.isEmpty()) {
        QStringList names;
        for (const ReportBlock &block : document.blocks) {
            if (block.kind == ReportBlock::Kind::BurnUpChart)
                names = block.header.mid(1);
        }
        text.addResource(QTextDocument::ImageResource, QUrl(chartUrl),
                         BurnUpChart::render(document.burnUp,
                                             QSize(chartDevicePixels, chartDevicePixels * 9 / 20),
                                             document.locale, names));
    }
    text.setPageSize(body);
    // Laid out again with a page break wherever a heading was left alone at the bottom of a page or a table
    // row was cut in two; each pass moves the first such place on, so the passes end.
    PageBreaks breaks;
    for (int pass = 0; pass < 100; ++pass) {
        HtmlOrigins origins;
        text.setHtml(html(document, chartUrl, chartCssPixels, breaks, &origins));
        if (!addPageBreak(text, origins, breaks))
            break;
    }

    const int pages = text.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();

        const QRectF footer(0, body.height() + footerHeight - footerMetrics.height() * 1.5, page.width(),
                            footerMetrics.height() * 1.5);
        painter.setPen(QColor(0x61, 0x61, 0x61));
        painter.drawLine(QPointF(0, footer.top() - footerMetrics.height() * 0.3),
                         QPointF(page.width(), footer.top() - footerMetrics.height() * 0.3));
        painter.setPen(Qt::black);
        const QString pageText
                = tr("Page %1 of %2")
                          .arg(document.locale.toString(index + 1), document.locale.toString(pages));
        const qreal pageTextWidth = footerMetrics.horizontalAdvance(pageText);
        painter.drawText(footer.adjusted(0, 0, -pageTextWidth - footerMetrics.height(), 0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(document.title, Qt::ElideRight,
                                                  footer.width() - pageTextWidth - footerMetrics.height()));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    painter.end();
    return bytes;
}
