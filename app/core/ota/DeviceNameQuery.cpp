#include "ota/DeviceNameQuery.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMinNameLength = 4;
constexpr qsizetype kMaxNameLength = 32;

// Splits a CSV line into its cells: quoted cells may hold separators, "" stands for a quote.
QStringList csvCells(QStringView line, QChar separator)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell.append(c);
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

// The tokens of a CSV table whose first line names a DeviceName column: that column of every other line;
// nullopt when the text is no such table.
std::optional<QStringList> deviceNameColumn(const QStringList &lines)
{
    if (lines.size() < 2)
        return std::nullopt;
    for (const QChar separator : {u',', u';', u'\t'}) {
        if (!lines.first().contains(separator))
            continue;
        const QStringList header = csvCells(lines.first(), separator);
        qsizetype found = -1;
        for (qsizetype i = 0; i < header.size() && found < 0; ++i)
            if (header[i].compare(u"DeviceName"_s, Qt::CaseInsensitive) == 0)
                found = i;
        if (found < 0)
            continue;
        QStringList tokens;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = csvCells(lines[i], separator);
            if (found < cells.size() && !cells[found].isEmpty())
                tokens.append(cells[found]);
        }
        return tokens;
    }
    return std::nullopt;
}

QString unquoted(QString token)
{
    if (token.size() >= 2 && (token.front() == u'"' || token.front() == u'\'')
        && token.back() == token.front())
        token = token.mid(1, token.size() - 2).trimmed();
    return token;
}
} // namespace

bool isDeviceName(QStringView text)
{
    if (text.size() < kMinNameLength || text.size() > kMaxNameLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                || u == u'-' || u == u'_' || u == u'.' || u == u'@' || u == u':';
        if (!allowed)
            return false;
    }
    return true;
}

DeviceNameQuery parseDeviceNameQuery(const QString &text)
{
    DeviceNameQuery query;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return query;

    static const QRegularExpression lineBreak(u"\\r?\\n|\\r"_s);
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList lines = trimmed.split(lineBreak, Qt::SkipEmptyParts);
    QStringList tokens;
    if (const std::optional<QStringList> column = deviceNameColumn(lines)) {
        tokens = *column;
        query.isList = true;
    } else {
        tokens = trimmed.split(separators, Qt::SkipEmptyParts);
        query.isList = trimmed.contains(separators);
        // A list's heading.
        if (tokens.size() > 1 && unquoted(tokens.first()).compare(u"DeviceName"_s, Qt::CaseInsensitive) == 0)
            tokens.removeFirst();
    }

    QSet<QString> seen;
    for (const QString &raw : std::as_const(tokens)) {
        const QString token = unquoted(raw);
        if (token.isEmpty() || seen.contains(token))
            continue;
        seen.insert(token);
        (isDeviceName(token) ? query.names : query.invalid).append(token);
    }
    return query;
}
