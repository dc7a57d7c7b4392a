#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

// Renders JSON the way Alibaba Cloud's POP gateway renders the same data as XML: objects become child
// elements, an array under key K becomes repeated <K> elements, scalars become text.
namespace XmlFromJson {

using Members = QList<std::pair<QString, QJsonValue>>;

// "<?xml ...?><root>members in the given order</root>"
QByteArray document(const QString &rootName, const Members &members);

// Text of a scalar as the XML body carries it: integers without ".0", booleans as true/false, null empty.
QString scalarText(const QJsonValue &value);

} // namespace XmlFromJson
