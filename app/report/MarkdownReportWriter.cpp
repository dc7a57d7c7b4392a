#include "MarkdownReportWriter.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace {
QString tableText(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric)
{
    QStringList cells;
    QStringList rule;
    for (qsizetype i = 0; i < header.size(); ++i) {
        cells.append(MarkdownReportWriter::cell(header[i]));
        rule.append(numeric.contains(int(i)) ? u"---:"_s : u"---"_s);
    }
    QString text = u"| "_s + cells.join(u" | "_s) + u" |\n| "_s + rule.join(u" | "_s) + u" |\n"_s;
    for (const QStringList &row : rows) {
        cells.clear();
        for (qsizetype i = 0; i < header.size(); ++i)
            cells.append(MarkdownReportWriter::cell(row.value(i)));
        text += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    return text;
}
} // namespace

QString MarkdownReportWriter::escape(const QString &text)
{
    static const QString marks = u"\\`*_[]<>|"_s;
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (marks.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString MarkdownReportWriter::escapeParagraph(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        line = escape(line);
        qsizetype start = 0;
        while (start < line.size() && (line[start] == u' ' || line[start] == u'\t'))
            ++start;
        if (start == line.size())
            continue;
        // What would start a heading, a quote, a list or a rule.
        if (QStringView(u"#>+=-~").contains(line[start])) {
            line.insert(start, u'\\');
            continue;
        }
        qsizetype digits = start;
        while (digits < line.size() && line[digits].isDigit())
            ++digits;
        if (digits > start && digits < line.size() && (line[digits] == u'.' || line[digits] == u')')
            && (digits + 1 == line.size() || line[digits + 1].isSpace()))
            line.insert(digits, u'\\');
    }
    return lines.join(u'\n');
}

QString MarkdownReportWriter::cell(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    QString escaped = escape(normalized);
    escaped.replace(u"\n"_s, u"<br>"_s);
    return escaped;
}

QByteArray MarkdownReportWriter::render(const ReportDocument &document)
{
    QString text = u"# "_s + escape(document.title) + u"\n"_s;
    for (const ReportBlock &block : document.blocks) {
        text += u'\n';
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            text += u"## "_s + escape(block.text) + u'\n';
            break;
        case ReportBlock::Kind::Paragraph: {
            QString normalized = block.text.trimmed();
            normalized.replace(u"\r\n"_s, u"\n"_s);
            normalized.replace(u'\r', u'\n');
            // Line breaks the writer made stay line breaks (two spaces before the newline).
            QStringList lines = escapeParagraph(normalized).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines[i].trimmed().isEmpty())
                    lines[i].clear();
                else if (i + 1 < lines.size() && !lines[i + 1].trimmed().isEmpty())
                    lines[i] += u"  "_s;
            }
            text += lines.join(u'\n') + u'\n';
            break;
        }
        case ReportBlock::Kind::Table:
        case ReportBlock::Kind::BurnUpChart:
            text += tableText(block.header, block.rows, block.numericColumns);
            break;
        }
    }
    return text.toUtf8();
}
