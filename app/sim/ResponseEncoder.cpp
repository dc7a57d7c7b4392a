#include "ResponseEncoder.h"

#include "GatewayError.h"
#include "SimAnswer.h"
#include "SimRequest.h"
#include "XmlFromJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QByteArray compactJson(const XmlFromJson::Members &members)
{
    QJsonObject object;
    for (const auto &[key, value] : members)
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON string literal: ASCII written as it is, the rest as UTF-8, quotes, backslashes and controls escaped.
void appendJsonString(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char *cursor = out.data() + start;
    *cursor++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x80 || u == u'"' || u == u'\\') { // rare: redo this string the slow way
            out.truncate(start);
            out += '"';
            const QByteArray utf8 = text.toUtf8();
            for (const char byte : utf8) {
                if (byte == '"' || byte == '\\')
                    out += '\\';
                if (uchar(byte) < 0x20)
                    out += "\\u00" + QByteArray::number(uchar(byte), 16).rightJustified(2, '0');
                else
                    out += byte;
            }
            out += '"';
            return;
        }
        *cursor++ = char(u);
    }
    *cursor = '"';
}

} // namespace

ResponseEncoder::ResponseEncoder(bool xml, const QString &action, const QString &hostId)
    : m_xml(xml), m_action(action), m_hostId(hostId)
{ }

ResponseEncoder ResponseEncoder::forRequest(const SimRequest &request)
{
    return ResponseEncoder(request.xml, request.action, request.hostId);
}

QByteArray ResponseEncoder::contentType() const
{
    return m_xml ? QByteArrayLiteral("text/xml;charset=utf-8") : jsonContentType();
}

QByteArray ResponseEncoder::jsonContentType()
{
    return QByteArrayLiteral("application/json;charset=utf-8");
}

QByteArray ResponseEncoder::answer(const SimAnswer &answer, const QString &requestId) const
{
    if (answer.gateway)
        return gatewayError(*answer.gateway, requestId);
    if (!answer.code.isEmpty())
        return businessError(answer.code, answer.errorMessage, requestId);
    return success(answer, requestId);
}

QByteArray ResponseEncoder::success(const SimAnswer &answer, const QString &requestId) const
{
    XmlFromJson::Members all = answer.members;
    // Device tasks: as objects for XML; for JSON an empty array here, the records' own text spliced in below.
    const QString tasksKey = u"SimpleOTATaskInfo"_s;
    if (answer.tasks) {
        const QJsonArray tasks = m_xml ? tasksArray(*answer.tasks) : QJsonArray();
        all.append({u"Data"_s, QJsonObject {{tasksKey, tasks}}});
    }
    all.append({u"RequestId"_s, requestId});
    all.append({u"Success"_s, true});
    if (m_xml)
        return XmlFromJson::document(m_action + u"Response"_s, all);
    QByteArray body = compactJson(all);
    if (answer.tasks) {
        const QByteArray key = QByteArray('"' + tasksKey.toLatin1() + "\":");
        body.replace(QByteArray(key + "[]"), QByteArray(key + tasksJson(*answer.tasks)));
    }
    return body;
}

QByteArray ResponseEncoder::businessError(const QString &code, const QString &message,
                                          const QString &requestId) const
{
    const XmlFromJson::Members members {{u"RequestId"_s, requestId},
                                        {u"Success"_s, false},
                                        {u"Code"_s, code},
                                        {u"ErrorMessage"_s, message}};
    if (m_xml)
        return XmlFromJson::document(m_action + u"Response"_s, members);
    return compactJson(members);
}

QByteArray ResponseEncoder::gatewayError(const GatewayError &error, const QString &requestId) const
{
    const QString recommend = u"https://api.aliyun.com/troubleshoot?q=%1&product=Iot&requestId=%2"_s.arg(
            error.code, requestId);
    const XmlFromJson::Members members {{u"RequestId"_s, requestId},
                                        {u"HostId"_s, m_hostId},
                                        {u"Code"_s, error.code},
                                        {u"Message"_s, error.message},
                                        {u"Recommend"_s, recommend}};
    if (m_xml)
        return XmlFromJson::document(u"Error"_s, members);
    return compactJson(members);
}

QByteArray ResponseEncoder::tasksJson(const QList<SimTaskRecord> &records)
{
    QByteArray out;
    out.reserve(records.size() * 512 + 2);
    out += '[';
    for (const SimTaskRecord &record : records) {
        if (out.size() > 1)
            out += ',';
        out += '{';
        bool first = true;
        for (const auto &[name, text] : record) {
            if (!first)
                out += ',';
            first = false;
            appendJsonString(out, name);
            out += ':';
            appendJsonString(out, text);
        }
        out += '}';
    }
    out += ']';
    return out;
}

QJsonArray ResponseEncoder::tasksArray(const QList<SimTaskRecord> &records)
{
    QJsonArray array;
    for (const SimTaskRecord &record : records) {
        QJsonObject object;
        for (const auto &[name, text] : record)
            object.insert(name, text);
        array.append(object);
    }
    return array;
}

QString ResponseEncoder::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QByteArray ResponseEncoder::httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1();
}
