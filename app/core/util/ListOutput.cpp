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

} // namespace ListOutput
