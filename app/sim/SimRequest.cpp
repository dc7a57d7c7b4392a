#include "SimRequest.h"

#include <QHttpServerRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

QString SimRequest::param(const QString &name) const
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return {};
}

bool SimRequest::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerName)
            return true;
    }
    return false;
}

QByteArray SimRequest::header(const QByteArray &lowerName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerName)
            return header.second;
    }
    return {};
}

SimRequest SimRequest::decode(const QByteArray &method, const QByteArray &rawQuery, const Headers &headers,
                              const QByteArray &body)
{
    SimRequest in;
    in.method = method;
    // Raw bytes through our own decoder, not QUrlQuery. '+' is a space in the query too, as the gateway's
    // servlet-style decoding has it: a client that leaves '+' of a Base64 Signature unencoded fails there.
    in.query = PercentEncoding::parseQuery(rawQuery, true);
    for (const auto &header : headers)
        in.headers.append({header.first.toLower(), header.second});
    in.body = body;
    in.params = in.query;
    if (in.method == "POST"
        && in.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        in.params += PercentEncoding::parseQuery(in.body, true);
    in.xml = in.param(u"Format"_s).compare(u"XML", Qt::CaseInsensitive) == 0;
    QString host = QString::fromLatin1(in.header("host"));
    if (const qsizetype colon = host.lastIndexOf(u':'); colon > 0 && !host.endsWith(u']'))
        host.truncate(colon);
    in.hostId = host.isEmpty() ? u"127.0.0.1"_s : host;
    return in;
}

SimRequest SimRequest::fromHttp(const QHttpServerRequest &request)
{
    const QByteArray method = request.method() == QHttpServerRequest::Method::Post ? QByteArrayLiteral("POST")
                                                                                   : QByteArrayLiteral("GET");
    const auto received = request.headers();
    Headers headers;
    for (const auto &header : received)
        headers.append({header.first, header.second});
    return decode(method, request.url().query(QUrl::FullyEncoded).toLatin1(), headers, request.body());
}
