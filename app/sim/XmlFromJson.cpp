#include "XmlFromJson.h"

#include <QJsonArray>
#include <QLocale>
#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace XmlFromJson {

namespace {
void writeObject(QXmlStreamWriter &writer, const QJsonObject &object);

void writeMember(QXmlStreamWriter &writer, const QString &key, const QJsonValue &value)
{
    if (value.isArray()) {
        // SrcVersions: {SrcVersion: [a, b]} -> <SrcVersion>a</SrcVersion><SrcVersion>b</SrcVersion>
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            writeMember(writer, key, item);
        return;
    }
    writer.writeStartElement(key);
    if (value.isObject())
        writeObject(writer, value.toObject());
    else
        writer.writeCharacters(scalarText(value));
    writer.writeEndElement();
}

void writeObject(QXmlStreamWriter &writer, const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        writeMember(writer, it.key(), it.value());
}
} // namespace

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0) // exactly representable
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return {};
}

QByteArray document(const QString &rootName, const Members &members)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.writeStartDocument();
    writer.writeStartElement(rootName);
    for (const auto &[key, value] : members)
        writeMember(writer, key, value);
    writer.writeEndElement();
    writer.writeEndDocument();
    return out;
}

} // namespace XmlFromJson
