#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the listings print and export (`otadash-cli tasks`, `otadash-cli jobs`, File > Export): CSV records
// and JSON in the API's spelling.
namespace ListOutput {
// One RFC 4180 record ending in CRLF: a field holding a comma, a double quote, CR or LF is enclosed in double
// quotes, its double quotes doubled.
QString csvRecord(const QStringList &fields);
// The API's time format (2019-12-28T02:43:10.000Z); empty for an invalid time.
QString apiTime(const QDateTime &time);
// Sets key to value unless value is empty: a parsed list reads an absent field and an empty one alike, and
// the API leaves out what it has no value for.
void insertIfSet(QJsonObject &object, const QString &key, const QString &value);
// The array as `otadash-cli query` prints JSON (keys sorted, tab-indented), with a final newline.
QByteArray jsonArray(const QJsonArray &array);
// Terminal columns a text takes, for aligned tables: East Asian wide and full-width characters take two.
qsizetype displayWidth(const QString &text);
} // namespace ListOutput
