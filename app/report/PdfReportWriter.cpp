#include "PdfReportWriter.h"

#include "BurnUpChart.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

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

QString tableHtml(const ReportBlock &block)
{
    const int padding = int(2 * kCssPixel);
    QString html = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                   u"style=\"border-color: #9e9e9e; border-style: solid; border-collapse: collapse;\">"
                   u"<thead><tr>"_s.arg(padding);
    for (qsizetype i = 0; i < block.header.size(); ++i) {
        const QString align = block.numericColumns.contains(int(i)) ? u"right"_s : u"left"_s;
        html += u"<th align=\"%1\" bgcolor=\"#eeeeee\">%2</th>"_s.arg(align, escaped(block.header[i]));
    }
    html += u"</tr></thead>"_s;
    for (const QStringList &row : block.rows) {
        html += u"<tr>"_s;
        for (qsizetype i = 0; i < block.header.size(); ++i) {
            const QString align = block.numericColumns.contains(int(i)) ? u"right"_s : u"left"_s;
            html += u"<td align=\"%1\">%2</td>"_s.arg(align, escaped(row.value(i)));
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}
} // namespace

QString PdfReportWriter::html(const ReportDocument &document, const QString &chartUrl, int chartWidth)
{
    QString html = u"<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>"_s.arg(
            escaped(document.title));
    html += u"<h1>%1</h1>"_s.arg(escaped(document.title));
    for (const ReportBlock &block : document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            html += u"<h2>%1</h2>"_s.arg(escaped(block.text));
            break;
        case ReportBlock::Kind::Paragraph:
            html += u"<p>%1</p>"_s.arg(escaped(block.text.trimmed()));
            break;
        case ReportBlock::Kind::Table:
            html += tableHtml(block);
            break;
        case ReportBlock::Kind::BurnUpChart:
            html += u"<p><img src=\"%1\" width=\"%2\"/></p>"_s.arg(chartUrl.toHtmlEscaped()).arg(chartWidth);
            html += tableHtml(block);
            break;
        }
    }
    return html + u"</body></html>"_s;
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
    text.setHtml(html(document, chartUrl, chartCssPixels));
    text.setPageSize(body);

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
