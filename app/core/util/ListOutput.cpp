#include "util/ListOutput.h"

#include "util/JsonFormatter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ListOutput {

QString csvRecord(const QStringList &fields)
{
    QString record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += u',';
        const QString &field = fields[i];
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
            QString quoted = field;
            quoted.replace(u"\""_s, u"\"\""_s);
            record += u'"' + quoted + u'"';
        } else {
            record += field;
        }
    }
    return record + u"\r\n"_s;
}

QString apiTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s) : QString();
}

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QByteArray jsonArray(const QJsonArray &array)
{
    const QByteArray compact = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return JsonFormatter::sortedIndented(compact).value_or(compact) + '\n';
}

qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace ListOutput
