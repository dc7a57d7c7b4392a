#include "ota/OtaJobParser.h"

#include "ota/OtaEnums.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

bool isBlank(const QByteArray &body)
{
    return body.trimmed().isEmpty();
}

ParseError emptyBodyError()
{
    return {QCoreApplication::translate("OtaJobParser", "The response body is empty."), 0};
}

std::optional<int> parseApiInteger(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const int number = trimmed.toInt(&ok, 10);
    if (ok)
        return number;
    // "5.0" or 5e0 still name a whole number; a JSON number may have been written that way
    const double real = QLocale::c().toDouble(trimmed, &ok);
    if (ok && std::trunc(real) == real && real >= std::numeric_limits<int>::min()
        && real <= std::numeric_limits<int>::max())
        return int(real);
    return std::nullopt;
}

QByteArray compactJson(const QJsonValue &value)
{
    // QJsonDocument only wraps arrays and objects; wrap anything else in an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString versionsRaw(const QStringList &versions)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(versions)).toJson(QJsonDocument::Compact));
}

QString tagsRaw(const QList<OtaTag> &tags)
{
    QJsonArray array;
    for (const OtaTag &tag : tags)
        array.append(QJsonObject {{u"Key"_s, tag.key}, {u"Value"_s, tag.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Collects the Data fields of either format into one OtaJob, with the same rules for both.
class JobBuilder
{
public:
    OtaJob job;
    QStringList warnings;

    void warn(const QString &message) { warnings.append(message); }

    void warnUnknown(const QString &path)
    {
        warn(QCoreApplication::translate("OtaJobParser", "Unknown field %1 ignored.").arg(path));
    }

    // Called before a field is stored; a repeated element (XML) replaces the earlier one.
    void noteField(JobField field)
    {
        if (job.has(field))
            warn(QCoreApplication::translate("OtaJobParser",
                                             "Field %1 appears more than once; the last one is used.")
                         .arg(jobFieldKey(field)));
    }

    // Present, but its value has no typed reading (a JSON null, an object where text was expected).
    void setUntyped(JobField field, const QString &raw)
    {
        job.raw.insert(field, raw);
        job.setValue(field, QVariant());
    }

    void setScalar(JobField field, const QString &text)
    {
        job.raw.insert(field, text);
        job.setValue(field, QVariant());
        const ValueKind kind = jobFieldInfo(field).kind;
        if (text.isEmpty() && kind != ValueKind::Text && kind != ValueKind::Enum)
            return; // present and empty; nothing to read, nothing to warn about
        switch (kind) {
        case ValueKind::Text:
            job.setValue(field, text);
            return;
        case ValueKind::Enum:
            setEnum(field, text);
            return;
        case ValueKind::Percent: {
            bool ok = false;
            const double percent = QLocale::c().toDouble(text.trimmed(), &ok);
            if (ok && qIsFinite(percent))
                job.setValue(field, text.trimmed());
            else
                warnUnreadable(field, text, QCoreApplication::translate("OtaJobParser", "a percentage"));
            return;
        }
        case ValueKind::Integer:
            if (const auto number = parseApiInteger(text))
                job.setValue(field, *number);
            else
                warnUnreadable(field, text, QCoreApplication::translate("OtaJobParser", "an integer"));
            return;
        case ValueKind::Boolean:
            if (const auto flag = parseApiBoolean(text))
                job.setValue(field, *flag);
            else
                warnUnreadable(field, text, QCoreApplication::translate("OtaJobParser", "true or false"));
            return;
        case ValueKind::DateTime: {
            const QDateTime time = parseApiUtcTime(text);
            if (time.isValid())
                job.setValue(field, time);
            else
                warnUnreadable(field, text,
                               QCoreApplication::translate("OtaJobParser", "an ISO 8601 UTC time"));
            return;
        }
        case ValueKind::StringList:
        case ValueKind::Tags:
            break; // the readers route lists elsewhere
        }
    }

    void setVersions(const QStringList &versions)
    {
        job.raw.insert(JobField::SrcVersions, versionsRaw(versions));
        job.srcVersions = versions;
    }

    void setNullList(JobField field)
    {
        job.raw.insert(field, u"null"_s);
        if (field == JobField::SrcVersions)
            job.srcVersions = QStringList();
        else
            job.tags = QList<OtaTag>();
    }

    void setTags(const QList<OtaTag> &tags)
    {
        job.raw.insert(JobField::Tags, tagsRaw(tags));
        job.tags = tags;
    }

    void warnUnreadable(JobField field, const QString &text, const QString &expected)
    {
        warn(QCoreApplication::translate("OtaJobParser",
                                         "Field %1: \"%2\" is not %3; the value is kept as text only.")
                     .arg(jobFieldKey(field), text, expected));
    }

private:
    void setEnum(JobField field, const QString &text)
    {
        if (!text.isEmpty() && !isKnownEnumValue(field, text))
            warn(QCoreApplication::translate("OtaJobParser",
                                             "Field %1: undocumented value \"%2\" kept as received.")
                         .arg(jobFieldKey(field), text));
        const QString canonical = normalizedEnumValue(field, text);
        if (field == JobField::DynamicMode || field == JobField::OverwriteMode) {
            if (const auto number = parseApiInteger(canonical))
                job.setValue(field, *number);
            else if (!text.isEmpty())
                warnUnreadable(field, text, QCoreApplication::translate("OtaJobParser", "an integer"));
            return;
        }
        job.setValue(field, canonical);
    }
};

// The envelope around Data, as both formats carry it.
struct Envelope
{
    QString requestId;
    std::optional<QString> successText;
    QString code;
    QString errorMessage;
    QString gatewayMessage;
    bool dataSeen = false;
};

QueryOtaJobResult finish(Envelope envelope, JobBuilder builder)
{
    ParsedQueryOtaJob parsed;
    parsed.requestId = envelope.requestId;
    parsed.code = envelope.code;
    parsed.errorMessage = envelope.errorMessage.isEmpty() ? envelope.gatewayMessage : envelope.errorMessage;
    std::optional<bool> success;
    if (envelope.successText) {
        success = parseApiBoolean(*envelope.successText);
        if (!success)
            builder.warn(
                    QCoreApplication::translate("OtaJobParser", "Success is \"%1\", neither true nor false.")
                            .arg(*envelope.successText));
    }
    // Gateway errors carry Code and Message but no Success.
    parsed.success = success.value_or(envelope.code.isEmpty());
    if (parsed.success && !envelope.dataSeen)
        return ParseError {QCoreApplication::translate("OtaJobParser",
                                                       "The response reports success but carries no Data."),
                           -1};
    parsed.job = std::move(builder.job);
    parsed.warnings = std::move(builder.warnings);
    return parsed;
}

// --- JSON

QString jsonScalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        // qlonglong for integers, the shortest round-trip text for other numbers
        return value.toVariant().toString();
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(compactJson(value));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

bool isJsonScalarText(const QJsonValue &value)
{
    return value.isString() || value.isBool() || value.isDouble();
}

std::optional<QStringList> jsonVersions(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringList();
    if (isJsonScalarText(value) && !value.isBool())
        return QStringList {jsonScalarText(value)};
    if (value.isArray()) {
        QStringList versions;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isNull())
                continue;
            if (!isJsonScalarText(item) || item.isBool())
                return std::nullopt;
            versions.append(jsonScalarText(item));
        }
        return versions;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QStringList();
        if (object.size() == 1 && object.contains(u"SrcVersion"))
            return jsonVersions(object.value(u"SrcVersion"));
    }
    return std::nullopt;
}

std::optional<OtaTag> jsonTag(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"Key" && it.key() != u"Value")
            return std::nullopt;
        if (!isJsonScalarText(it.value()) && !it.value().isNull())
            return std::nullopt;
    }
    const auto text = [&object](QStringView key) {
        const QJsonValue value = object.value(key);
        return isJsonScalarText(value) ? jsonScalarText(value) : QString();
    };
    return OtaTag {text(u"Key"), text(u"Value")};
}

std::optional<QList<OtaTag>> jsonTags(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QList<OtaTag>();
    if (value.isArray()) {
        QList<OtaTag> tags;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isObject())
                return std::nullopt;
            const auto tag = jsonTag(item.toObject());
            if (!tag)
                return std::nullopt;
            tags.append(*tag);
        }
        return tags;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QList<OtaTag>();
        if (object.size() == 1 && object.contains(u"OtaTagDTO")) {
            const QJsonValue inner = object.value(u"OtaTagDTO");
            return inner.isObject() ? jsonTags(QJsonArray {inner}) : jsonTags(inner);
        }
        if (const auto tag = jsonTag(object))
            return QList<OtaTag> {*tag};
    }
    return std::nullopt;
}

void readJsonData(const QJsonObject &data, JobBuilder &builder)
{
    for (auto it = data.begin(); it != data.end(); ++it) {
        const auto field = jobFieldFromKey(it.key());
        if (!field) {
            builder.warnUnknown(u"Data."_s + it.key());
            continue;
        }
        const QJsonValue value = it.value();
        const ValueKind kind = jobFieldInfo(*field).kind;
        if (kind == ValueKind::StringList) {
            if (value.isNull()) {
                builder.setNullList(*field);
            } else if (const auto versions = jsonVersions(value)) {
                builder.setVersions(*versions);
            } else {
                builder.setUntyped(*field, jsonScalarText(value));
                builder.warnUnreadable(*field, jsonScalarText(value),
                                       QCoreApplication::translate("OtaJobParser", "a list of versions"));
            }
        } else if (kind == ValueKind::Tags) {
            if (value.isNull()) {
                builder.setNullList(*field);
            } else if (const auto tags = jsonTags(value)) {
                builder.setTags(*tags);
            } else {
                builder.setUntyped(*field, jsonScalarText(value));
                builder.warnUnreadable(*field, jsonScalarText(value),
                                       QCoreApplication::translate("OtaJobParser", "a list of tags"));
            }
        } else if (value.isNull()) {
            builder.setUntyped(*field, jsonScalarText(value));
        } else if (isJsonScalarText(value)) {
            builder.setScalar(*field, jsonScalarText(value));
        } else {
            builder.setUntyped(*field, jsonScalarText(value));
            builder.warnUnreadable(*field, jsonScalarText(value),
                                   QCoreApplication::translate("OtaJobParser", "a single value"));
        }
    }
}

// --- XML

ParseError xmlError(const QXmlStreamReader &xml)
{
    return {QCoreApplication::translate("OtaJobParser",
                                        "The XML response is malformed at line %1, column %2: %3.")
                    .arg(xml.lineNumber())
                    .arg(xml.columnNumber())
                    .arg(xml.errorString()),
            qsizetype(xml.characterOffset())};
}

QString readXmlText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

// Reads the children of the current element until its end; element children go to onElement, which must
// consume them; returns the element's own text (between the children).
template<typename OnElement> QString readXmlChildren(QXmlStreamReader &xml, OnElement &&onElement)
{
    QString text;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Characters)
            text += xml.text();
        else if (token == QXmlStreamReader::StartElement)
            onElement(xml.name());
    }
    return text.trimmed();
}

void readXmlVersions(QXmlStreamReader &xml, JobBuilder &builder)
{
    QStringList versions;
    const QString text = readXmlChildren(xml, [&](QStringView name) {
        if (name == u"SrcVersion") {
            versions.append(readXmlText(xml));
        } else {
            builder.warnUnknown(u"Data.SrcVersions."_s + name.toString());
            xml.skipCurrentElement();
        }
    });
    if (versions.isEmpty() && text == u"null")
        builder.setNullList(JobField::SrcVersions);
    else if (versions.isEmpty() && !text.isEmpty())
        builder.setVersions({text});
    else
        builder.setVersions(versions);
}

OtaTag readXmlTag(QXmlStreamReader &xml, JobBuilder &builder)
{
    OtaTag tag;
    readXmlChildren(xml, [&](QStringView name) {
        if (name == u"Key") {
            tag.key = readXmlText(xml);
        } else if (name == u"Value") {
            tag.value = readXmlText(xml);
        } else {
            builder.warnUnknown(u"Data.Tags.OtaTagDTO."_s + name.toString());
            xml.skipCurrentElement();
        }
    });
    return tag;
}

void readXmlTags(QXmlStreamReader &xml, JobBuilder &builder)
{
    QList<OtaTag> tags;
    std::optional<OtaTag> bare; // <Tags><Key/><Value/></Tags>: a single tag without its OtaTagDTO wrapper
    const QString text = readXmlChildren(xml, [&](QStringView name) {
        if (name == u"OtaTagDTO") {
            tags.append(readXmlTag(xml, builder));
        } else if (name == u"Key") {
            bare = bare.value_or(OtaTag());
            bare->key = readXmlText(xml);
        } else if (name == u"Value") {
            bare = bare.value_or(OtaTag());
            bare->value = readXmlText(xml);
        } else {
            builder.warnUnknown(u"Data.Tags."_s + name.toString());
            xml.skipCurrentElement();
        }
    });
    if (bare)
        tags.append(*bare);
    if (tags.isEmpty() && text == u"null")
        builder.setNullList(JobField::Tags);
    else
        builder.setTags(tags);
}

void readXmlData(QXmlStreamReader &xml, JobBuilder &builder)
{
    while (xml.readNextStartElement()) {
        const auto field = jobFieldFromKey(xml.name());
        if (!field) {
            builder.warnUnknown(u"Data."_s + xml.name().toString());
            xml.skipCurrentElement();
            continue;
        }
        builder.noteField(*field);
        switch (jobFieldInfo(*field).kind) {
        case ValueKind::StringList:
            readXmlVersions(xml, builder);
            break;
        case ValueKind::Tags:
            readXmlTags(xml, builder);
            break;
        default:
            builder.setScalar(*field, readXmlText(xml));
            break;
        }
    }
}

} // namespace

namespace {
// The form the API always sends, "2019-12-28T02:43:10.000Z" or without milliseconds, read directly: this
// runs for every time field of every response. Anything else goes to Qt's ISO 8601 reader.
std::optional<QDateTime> parseCanonicalUtcTime(QStringView text)
{
    const qsizetype size = text.size();
    if ((size != 20 && size != 24) || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':' || text[size - 1] != u'Z' || (size == 24 && text[19] != u'.'))
        return std::nullopt;
    auto number = [&text](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int ms = size == 24 ? number(20, 3) : 0;
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return QDateTime(); // the canonical shape with impossible values: unreadable, not "try harder"
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime parseApiUtcTime(const QString &text)
{
    if (const std::optional<QDateTime> canonical = parseCanonicalUtcTime(text))
        return *canonical;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDateTime();
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return QDateTime();
    // Without a zone designator Qt reads local time; the API only ever speaks UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

QueryOtaJobResult parseQueryOtaJobJson(const QByteArray &body)
{
    if (isBlank(body))
        return emptyBodyError();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ParseError {
                QCoreApplication::translate("OtaJobParser", "The JSON response is malformed at byte %1: %2.")
                        .arg(error.offset)
                        .arg(error.errorString()),
                error.offset};
    }
    if (!document.isObject())
        return ParseError {QCoreApplication::translate("OtaJobParser", "The JSON response is not an object."),
                           0};

    Envelope envelope;
    JobBuilder builder;
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"Data") {
            if (value.isObject()) {
                envelope.dataSeen = true;
                readJsonData(value.toObject(), builder);
            } else if (!value.isNull()) {
                return ParseError {
                        QCoreApplication::translate("OtaJobParser", "The Data member is not an object."), -1};
            }
        } else if (key == u"RequestId") {
            envelope.requestId = jsonScalarText(value);
        } else if (key == u"Success") {
            envelope.successText = jsonScalarText(value);
        } else if (key == u"Code") {
            envelope.code = value.isNull() ? QString() : jsonScalarText(value);
        } else if (key == u"ErrorMessage") {
            envelope.errorMessage = value.isNull() ? QString() : jsonScalarText(value);
        } else if (key == u"Message") {
            envelope.gatewayMessage = value.isNull() ? QString() : jsonScalarText(value);
        } else if (key != u"HostId" && key != u"Recommend" && key != u"AccessDeniedDetail"
                   && key != u"Description") {
            builder.warnUnknown(key);
        }
    }
    return finish(std::move(envelope), std::move(builder));
}

QueryOtaJobResult parseQueryOtaJobXml(const QByteArray &body)
{
    if (isBlank(body))
        return emptyBodyError();
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement())
        return xmlError(xml);
    if (xml.name() != u"QueryOTAJobResponse" && xml.name() != u"Error") {
        return ParseError {
                QCoreApplication::translate(
                        "OtaJobParser",
                        "The XML response has the root element <%1>; expected <QueryOTAJobResponse>.")
                        .arg(xml.name().toString()),
                qsizetype(xml.characterOffset())};
    }

    Envelope envelope;
    JobBuilder builder;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == u"Data") {
            if (envelope.dataSeen)
                builder.warn(QCoreApplication::translate(
                        "OtaJobParser", "Data appears more than once; the fields are merged."));
            envelope.dataSeen = true;
            readXmlData(xml, builder);
        } else if (name == u"RequestId") {
            envelope.requestId = readXmlText(xml);
        } else if (name == u"Success") {
            envelope.successText = readXmlText(xml);
        } else if (name == u"Code") {
            envelope.code = readXmlText(xml);
        } else if (name == u"ErrorMessage") {
            envelope.errorMessage = readXmlText(xml);
        } else if (name == u"Message") {
            envelope.gatewayMessage = readXmlText(xml);
        } else {
            if (name != u"HostId" && name != u"Recommend" && name != u"AccessDeniedDetail"
                && name != u"Description")
                builder.warnUnknown(name.toString());
            xml.skipCurrentElement();
        }
    }
    // Read to the end so that truncation and trailing junk are reported, not silently accepted.
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return xmlError(xml);
    return finish(std::move(envelope), std::move(builder));
}

QueryOtaJobResult parseQueryOtaJob(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    // A UTF-8 byte order mark may precede either format.
    const QByteArray content = trimmed.startsWith("\xEF\xBB\xBF") ? trimmed.mid(3).trimmed() : trimmed;
    return content.startsWith('<') ? parseQueryOtaJobXml(body) : parseQueryOtaJobJson(body);
}
