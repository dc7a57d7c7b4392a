#include "api/ResponseEnvelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ResponseEnvelopeReader {

std::optional<ResponseFormat> detectFormat(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.toLower();
    if (type.contains("json"))
        return ResponseFormat::Json;
    if (type.contains("xml"))
        return ResponseFormat::Xml;
    for (const char c : body) {
        if (c == '{')
            return ResponseFormat::Json;
        if (c == '<')
            return ResponseFormat::Xml;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            break;
    }
    return std::nullopt;
}

namespace {
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

std::optional<bool> boolFrom(const QString &text)
{
    if (text.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<ResponseEnvelope> readJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ResponseEnvelope envelope;
    envelope.requestId = scalarText(object.value(u"RequestId"));
    const QJsonValue success = object.value(u"Success");
    if (success.isBool())
        envelope.success = success.toBool();
    else if (success.isString())
        envelope.success = boolFrom(success.toString());
    envelope.code = scalarText(object.contains(u"Code") ? object.value(u"Code") : object.value(u"code"));
    for (const auto &key : {u"ErrorMessage"_s, u"Message"_s, u"message"_s}) {
        if (object.contains(key)) {
            envelope.message = scalarText(object.value(key));
            break;
        }
    }
    envelope.hostId = scalarText(object.value(u"HostId"));
    envelope.recommend = scalarText(object.value(u"Recommend"));
    return envelope;
}

std::optional<ResponseEnvelope> readXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    ResponseEnvelope envelope;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (depth != 2)
                continue;
            const QStringView name = xml.name();
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            --depth; // readElementText consumed the end element
            if (name == u"RequestId")
                envelope.requestId = text;
            else if (name == u"Success")
                envelope.success = boolFrom(text);
            else if (name == u"Code")
                envelope.code = text;
            else if (name == u"Message" || name == u"ErrorMessage")
                envelope.message = text;
            else if (name == u"HostId")
                envelope.hostId = text;
            else if (name == u"Recommend")
                envelope.recommend = text;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return envelope;
}
} // namespace

std::optional<ResponseEnvelope> read(ResponseFormat format, const QByteArray &body)
{
    return format == ResponseFormat::Json ? readJson(body) : readXml(body);
}

} // namespace ResponseEnvelopeReader
