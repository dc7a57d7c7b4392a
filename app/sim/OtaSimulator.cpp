#include "OtaSimulator.h"

#include "SimFleet.h"
#include "XmlFromJson.h"
#include "api/PercentEncoding.h"
#include "api/RpcSigner.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSim, "otadash.sim", QtInfoMsg)

namespace {

constexpr qint64 kMaxSkewSecs = 15 * 60;
constexpr qint64 kNonceMemorySecs = 15 * 60;
constexpr qint64 kRateWindowMs = 1000;
constexpr qsizetype kOversizedBytes = 8 * 1024 * 1024;
// ListOTATaskByJob: CurrentPage x PageSize may not exceed this, and at most this many DeviceNames.N.
constexpr qint64 kMaxTaskRows = 100000;
constexpr int kMaxDeviceNames = 50;
// CancelOTATaskByJob: at most this many accepted per AccessKey within any kRateWindowMs, besides the account
// limit (REFERENCE.md, "Actions": 5 QPS).
constexpr std::size_t kCancelTaskByJobPerSecond = 5;
const QString kCancelTaskByJob = QStringLiteral("CancelOTATaskByJob");

QString apiVersion()
{
    return u"2018-01-20"_s;
}

QByteArray jsonContentType()
{
    return QByteArrayLiteral("application/json;charset=utf-8");
}

QByteArray xmlContentType()
{
    return QByteArrayLiteral("text/xml;charset=utf-8");
}

// A POP gateway rejection; codes, statuses and messages as shared/api/REFERENCE.md section 4 records them.
struct GatewayError
{
    int status = 400;
    QString code;
    QString message;
};

GatewayError missingParameter(const QString &name)
{
    return {400, u"MissingParameter"_s,
            u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s
                    .arg(name)};
}

GatewayError signatureDoesNotMatch(const QByteArray &serverStringToSign)
{
    return {400, u"SignatureDoesNotMatch"_s,
            u"Specified signature is not matched with our calculation. server string to sign is:"_s
                    + QString::fromUtf8(serverStringToSign)};
}

GatewayError incompleteSignature(const QByteArray &serverStringToSign)
{
    return {400, u"IncompleteSignature"_s,
            u"The request signature does not conform to Aliyun standards. server string to sign is:"_s
                    + QString::fromUtf8(serverStringToSign)};
}

GatewayError accessKeyNotFound()
{
    return {404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s};
}

GatewayError nonceUsed()
{
    return {400, u"SignatureNonceUsed"_s, u"Specified signature nonce was used already."_s};
}

GatewayError timestampExpired()
{
    return {400, u"InvalidTimeStamp.Expired"_s, u"Specified time stamp or date value is expired."_s};
}

GatewayError timestampFormat()
{
    // The code exists by name; status and message are not verified (REFERENCE.md section 4).
    return {400, u"InvalidTimeStamp.Format"_s,
            u"Specified time stamp or date value is not well formatted."_s};
}

GatewayError throttled()
{
    // HTTP status not verified (REFERENCE.md section 4); 400 is what other POP products send.
    return {400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s};
}

GatewayError apiNotFound()
{
    return {404, u"InvalidApi.NotFound"_s,
            u"Specified api is not found, please check your url and method."_s};
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1();
}

// One received request, decoded once: parameters from the raw query and the form body.
struct Incoming
{
    QByteArray method;
    QueryPairs query; // the URL query only (V3 signs this part)
    QueryPairs params; // query + form body (V1 signs all of them; operations read them)
    QList<std::pair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;
    QString hostId;
    bool xml = false;
    QString accessKeyId;
    QString action;
    QString version;

    QString param(const QString &name) const
    {
        for (const auto &[key, value] : params) {
            if (key == name)
                return value;
        }
        return {};
    }

    bool hasHeader(const QByteArray &lowerName) const
    {
        for (const auto &header : headers) {
            if (header.first == lowerName)
                return true;
        }
        return false;
    }

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &header : headers) {
            if (header.first == lowerName)
                return header.second;
        }
        return {};
    }
};

Incoming parseRequest(const QHttpServerRequest &request)
{
    Incoming in;
    in.method = request.method() == QHttpServerRequest::Method::Post ? QByteArrayLiteral("POST")
                                                                     : QByteArrayLiteral("GET");
    // Raw bytes through our own decoder, not QUrlQuery. '+' is a space in the query too, as the gateway's
    // servlet-style decoding has it: a client that leaves '+' of a Base64 Signature unencoded fails there.
    const QByteArray rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    in.query = PercentEncoding::parseQuery(rawQuery, true);
    const auto received = request.headers();
    for (const auto &header : received)
        in.headers.append({header.first.toLower(), header.second});
    in.body = request.body();
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

// Accepts with TCP_NODELAY. Without it a body written after its headers waits for the client's delayed ACK
// (Nagle), some 40 ms for every list page of 100 tasks on loopback.
class NoDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto socket = std::make_unique<QTcpSocket>(this);
        if (!socket->setSocketDescriptor(descriptor))
            return;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket.release());
    }
};

// What an action answers before it is rendered: a gateway rejection, or the members of a success body or a
// business error (RequestId and Success are added when rendering).
struct Answer
{
    std::optional<GatewayError> gateway;
    XmlFromJson::Members members;
    // ListOTATaskByJob's Data.SimpleOTATaskInfo, kept out of members: written as JSON text directly, a
    // 100-task page costs a tenth of what it does through QJsonObject and QJsonDocument.
    std::optional<QList<SimFleet::TaskRecord>> tasks;
    QString code; // business error code; empty on success
    QString errorMessage;
};

Answer success(XmlFromJson::Members members)
{
    return {std::nullopt, std::move(members), std::nullopt, {}, {}};
}

Answer businessError(const QString &code, const QString &message)
{
    return {std::nullopt, {}, std::nullopt, code, message};
}

Answer rejection(const GatewayError &error)
{
    return {error, {}, std::nullopt, {}, {}};
}

Answer invalidPage(const QString &detail)
{
    return businessError(u"iot.common.InvalidPageParams"_s,
                         u"The paging parameters are invalid: "_s + detail);
}

Answer firmwareNotFound()
{
    // The one OTA code REFERENCE.md verified (ModifyOTAFirmware SDK example), with its message.
    return businessError(u"iot.ota.FirmwareNotFound"_s, u"The specified firmware does not exist."_s);
}

Answer jobNotFound()
{
    // REFERENCE.md found no verified job-not-found code (no iot.ota.JobNotFound or the like), so the
    // simulator answers with the generic IoT code from the error-code page, in the business shape with HTTP
    // 200.
    return businessError(u"iot.system.IllegalRequest"_s, u"The specified update batch does not exist."_s);
}

// The first of names that the request lacks (or has empty), as MissingParameter.
std::optional<GatewayError> missingOf(const Incoming &in, const QStringList &names)
{
    for (const QString &name : names) {
        if (in.param(name).isEmpty())
            return missingParameter(name);
    }
    return std::nullopt;
}

// Where a list page starts and how long it is, as the request asked.
struct Paging
{
    int currentPage = 1;
    int pageSize = 10;

    qint64 offset() const { return qint64(currentPage - 1) * pageSize; }
};

// CurrentPage (1 or more) and PageSize (1 to maxPageSize); an absent one keeps its default (the required
// ones were checked before). nullopt with *problem set when either is unusable.
std::optional<Paging> readPaging(const Incoming &in, int maxPageSize, QString *problem)
{
    Paging paging;
    bool ok = true;
    if (const QString page = in.param(u"CurrentPage"_s); !page.isEmpty())
        paging.currentPage = page.toInt(&ok);
    if (!ok || paging.currentPage < 1) {
        *problem = u"CurrentPage must be an integer of at least 1."_s;
        return std::nullopt;
    }
    if (const QString size = in.param(u"PageSize"_s); !size.isEmpty())
        paging.pageSize = size.toInt(&ok);
    if (!ok || paging.pageSize < 1 || paging.pageSize > maxPageSize) {
        *problem = u"PageSize must be an integer from 1 to %1."_s.arg(maxPageSize);
        return std::nullopt;
    }
    return paging;
}

// The paging members of a list answer: the page asked for and the length of the whole list.
XmlFromJson::Members pagingMembers(const Paging &paging, qint64 total)
{
    const qint64 pageCount = (total + paging.pageSize - 1) / paging.pageSize;
    return {{u"CurrentPage"_s, paging.currentPage},
            {u"PageSize"_s, paging.pageSize},
            {u"PageCount"_s, pageCount},
            {u"Total"_s, total}};
}

QJsonArray pageOf(const QList<QJsonObject> &items, const Paging &paging)
{
    QJsonArray page;
    const qint64 end = std::min<qint64>(paging.offset() + paging.pageSize, items.size());
    for (qint64 i = paging.offset(); i < end; ++i)
        page.append(items.at(i));
    return page;
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

// [{"DestVersion":"1.2.0",...},...], compact like QJsonDocument::Compact.
QByteArray tasksJson(const QList<SimFleet::TaskRecord> &records)
{
    QByteArray out;
    out.reserve(records.size() * 512 + 2);
    out += '[';
    for (const SimFleet::TaskRecord &record : records) {
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

// DeviceNames.1, DeviceNames.2, ... in index order.
QStringList deviceNames(const Incoming &in)
{
    std::map<int, QString> byIndex;
    for (const auto &[key, value] : in.params) {
        if (!key.startsWith(u"DeviceNames."))
            continue;
        bool ok = false;
        const int index = key.mid(12).toInt(&ok);
        if (ok && index >= 1)
            byIndex[index] = value;
    }
    QStringList names;
    for (const auto &entry : byIndex)
        names.append(entry.second);
    return names;
}

} // namespace

struct OtaSimulator::Private
{
    struct KeyState
    {
        QString secret;
        QString securityToken;
        QHash<QString, QDateTime> nonces; // nonce -> clock time it was first accepted
        std::deque<qint64> acceptedMs; // monotonic ms of accepted requests inside the rate window
        std::deque<qint64> cancelTaskMs; // the same for CancelOTATaskByJob alone
    };

    explicit Private(OtaSimulator *owner) : q(owner) { }

    OtaSimulator *q;
    QHttpServer m_server;
    const Clock *m_clock = &Clock::system();
    QHash<QString, KeyState> m_keys;
    int m_rateLimit = 10;
    Fault m_fault = Fault::None;
    quint16 m_port = 0;
    SimFleet m_fleet;
    int m_accepted = 0;
    int m_throttled = 0;
    QList<qint64> m_acceptedTimes;
    // NeverAnswer: responders kept alive (and silent) so their connections stay open.
    std::vector<std::unique_ptr<QHttpServerResponder>> m_parked;

    using Action = Answer (Private::*)(const Incoming &);
    static Action actionFor(const QString &name);

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    std::optional<GatewayError> authenticateV1(Incoming &in, QString &timestamp, QString &nonce);
    std::optional<GatewayError> authenticateV3(Incoming &in, QString &timestamp, QString &nonce);
    std::optional<GatewayError> checkFreshness(const QString &accessKeyId, const QString &timestamp,
                                               const QString &nonce);
    bool admit(const Incoming &in);
    void answerFault(const Incoming &in, QHttpServerResponder &&responder);
    void answer(const Incoming &in, QHttpServerResponder &responder, const Answer &answer, bool truncated);

    Answer queryOtaJob(const Incoming &in);
    Answer queryOtaFirmware(const Incoming &in);
    Answer queryProductList(const Incoming &in);
    Answer listOtaFirmware(const Incoming &in);
    Answer listOtaJobByFirmware(const Incoming &in);
    Answer listOtaTaskByJob(const Incoming &in);
    Answer cancelOtaTaskByJob(const Incoming &in);
    Answer cancelOtaStrategyByJob(const Incoming &in);

    QByteArray successBody(const Incoming &in, const Answer &answer, const QString &requestId) const;
    QByteArray businessErrorBody(const Incoming &in, const QString &code, const QString &message,
                                 const QString &requestId) const;
    QByteArray gatewayErrorBody(const Incoming &in, const GatewayError &error,
                                const QString &requestId) const;
    void send(QHttpServerResponder &responder, int status, const QByteArray &contentType,
              const QByteArray &body, const QString &requestId) const;
    void sendGatewayError(QHttpServerResponder &responder, const Incoming &in,
                          const GatewayError &error) const;
};

OtaSimulator::Private::Action OtaSimulator::Private::actionFor(const QString &name)
{
    static const std::pair<QString, Action> actions[] {
            {u"QueryOTAJob"_s, &Private::queryOtaJob},
            {u"QueryOTAFirmware"_s, &Private::queryOtaFirmware},
            {u"QueryProductList"_s, &Private::queryProductList},
            {u"ListOTAFirmware"_s, &Private::listOtaFirmware},
            {u"ListOTAJobByFirmware"_s, &Private::listOtaJobByFirmware},
            {u"ListOTATaskByJob"_s, &Private::listOtaTaskByJob},
            {kCancelTaskByJob, &Private::cancelOtaTaskByJob},
            {u"CancelOTAStrategyByJob"_s, &Private::cancelOtaStrategyByJob},
    };
    for (const auto &[actionName, action] : actions) {
        if (actionName == name)
            return action;
    }
    return nullptr;
}

void OtaSimulator::Private::send(QHttpServerResponder &responder, int status, const QByteArray &contentType,
                                 const QByteArray &body, const QString &requestId) const
{
    responder.write(body,
                    {{QByteArrayLiteral("Content-Type"), contentType},
                     {QByteArrayLiteral("Date"), httpDate(m_clock->nowUtc())},
                     {QByteArrayLiteral("x-acs-request-id"), requestId.toLatin1()}},
                    static_cast<QHttpServerResponder::StatusCode>(status));
}

QByteArray OtaSimulator::Private::gatewayErrorBody(const Incoming &in, const GatewayError &error,
                                                   const QString &requestId) const
{
    const QString recommend = u"https://api.aliyun.com/troubleshoot?q=%1&product=Iot&requestId=%2"_s.arg(
            error.code, requestId);
    const XmlFromJson::Members members {{u"RequestId"_s, requestId},
                                        {u"HostId"_s, in.hostId},
                                        {u"Code"_s, error.code},
                                        {u"Message"_s, error.message},
                                        {u"Recommend"_s, recommend}};
    if (in.xml)
        return XmlFromJson::document(u"Error"_s, members);
    QJsonObject object;
    for (const auto &[key, value] : members)
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void OtaSimulator::Private::sendGatewayError(QHttpServerResponder &responder, const Incoming &in,
                                             const GatewayError &error) const
{
    const QString requestId = newRequestId();
    send(responder, error.status, in.xml ? xmlContentType() : jsonContentType(),
         gatewayErrorBody(in, error, requestId), requestId);
}

QByteArray OtaSimulator::Private::successBody(const Incoming &in, const Answer &answer,
                                              const QString &requestId) const
{
    XmlFromJson::Members all = answer.members;
    // Device tasks: as objects for XML; for JSON an empty array here, the records' own text spliced in below.
    const QString tasksKey = u"SimpleOTATaskInfo"_s;
    if (answer.tasks) {
        const QJsonArray tasks = in.xml ? SimFleet::toJson(*answer.tasks) : QJsonArray();
        all.append({u"Data"_s, QJsonObject {{tasksKey, tasks}}});
    }
    all.append({u"RequestId"_s, requestId});
    all.append({u"Success"_s, true});
    if (in.xml)
        return XmlFromJson::document(in.action + u"Response"_s, all);
    QJsonObject object;
    for (const auto &[key, value] : std::as_const(all))
        object.insert(key, value);
    QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (answer.tasks) {
        const QByteArray key = QByteArray('"' + tasksKey.toLatin1() + "\":");
        body.replace(QByteArray(key + "[]"), QByteArray(key + tasksJson(*answer.tasks)));
    }
    return body;
}

QByteArray OtaSimulator::Private::businessErrorBody(const Incoming &in, const QString &code,
                                                    const QString &message, const QString &requestId) const
{
    const XmlFromJson::Members members {{u"RequestId"_s, requestId},
                                        {u"Success"_s, false},
                                        {u"Code"_s, code},
                                        {u"ErrorMessage"_s, message}};
    if (in.xml)
        return XmlFromJson::document(in.action + u"Response"_s, members);
    QJsonObject object;
    for (const auto &[key, value] : members)
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<GatewayError> OtaSimulator::Private::authenticateV1(Incoming &in, QString &timestamp,
                                                                  QString &nonce)
{
    in.action = in.param(u"Action"_s);
    in.version = in.param(u"Version"_s);
    const QStringList required {u"Action"_s,          u"Version"_s,          u"AccessKeyId"_s,
                                u"SignatureMethod"_s, u"SignatureVersion"_s, u"SignatureNonce"_s,
                                u"Timestamp"_s};
    for (const QString &name : required) {
        if (in.param(name).isEmpty())
            return missingParameter(name);
    }
    in.accessKeyId = in.param(u"AccessKeyId"_s);
    const auto key = m_keys.constFind(in.accessKeyId);
    if (key == m_keys.cend())
        return accessKeyNotFound();
    // A wrong or missing STS token: the KMS docs say NotFound is also what an expired token gets; the
    // InvalidSecurityToken.* family is not verified for IoT.
    if (!key->securityToken.isEmpty() && in.param(u"SecurityToken"_s) != key->securityToken)
        return accessKeyNotFound();

    // Every parameter received except Signature, from the query and the form body alike.
    const QByteArray serverStringToSign = RpcSigner::stringToSignV1(in.method, in.params);
    if (in.param(u"SignatureMethod"_s) != QLatin1String(RpcSigner::kV1Method)
        || in.param(u"SignatureVersion"_s) != u"1.0")
        return incompleteSignature(serverStringToSign);
    const QString signature = in.param(u"Signature"_s);
    if (signature.isEmpty())
        return incompleteSignature(serverStringToSign);
    if (signature.toUtf8() != RpcSigner::signatureV1(serverStringToSign, key->secret))
        return signatureDoesNotMatch(serverStringToSign);

    timestamp = in.param(u"Timestamp"_s);
    nonce = in.param(u"SignatureNonce"_s);
    return std::nullopt;
}

std::optional<GatewayError> OtaSimulator::Private::authenticateV3(Incoming &in, QString &timestamp,
                                                                  QString &nonce)
{
    in.action = QString::fromUtf8(in.header("x-acs-action"));
    in.version = QString::fromUtf8(in.header("x-acs-version"));

    // What the server would sign by itself: every host, content-type and x-acs-* header, the real body.
    RpcSigner::V3Request own;
    own.httpMethod = in.method;
    own.query = in.query;
    own.headers = in.headers;
    own.hashedPayload = RpcSigner::sha256Hex(in.body);
    const QByteArray ownStringToSign = RpcSigner::stringToSignV3(RpcSigner::canonicalRequestV3(own));

    static const QRegularExpression authorizationPattern(
            u"^ACS3-HMAC-SHA256 Credential=([^,\\s]+),SignedHeaders=([^,\\s]+),Signature=([0-9a-fA-F]+)$"_s);
    const QRegularExpressionMatch match
            = authorizationPattern.match(QString::fromLatin1(in.header("authorization").trimmed()));
    if (!match.hasMatch())
        return incompleteSignature(ownStringToSign);
    const QList<QByteArray> requiredHeaders {"x-acs-action", "x-acs-version", "x-acs-date",
                                             "x-acs-signature-nonce"};
    for (const QByteArray &name : requiredHeaders) {
        if (in.header(name).isEmpty())
            return missingParameter(QString::fromLatin1(name));
    }
    if (in.header("x-acs-content-sha256").isEmpty())
        return incompleteSignature(ownStringToSign);

    in.accessKeyId = match.captured(1);
    const auto key = m_keys.constFind(in.accessKeyId);
    if (key == m_keys.cend())
        return accessKeyNotFound();
    if (!key->securityToken.isEmpty()
        && QString::fromUtf8(in.header("x-acs-security-token")) != key->securityToken)
        return accessKeyNotFound(); // see authenticateV1

    // The client's view: exactly the headers it names. They must cover host and every x-acs-* header sent,
    // each must have been received, and the list must be the canonical (lowercase, sorted) one.
    const QByteArray signedHeaders = match.captured(2).toLatin1();
    const QList<QByteArray> signedNames = signedHeaders.split(';');
    bool covered = signedNames.contains("host");
    RpcSigner::V3Request claimed = own;
    claimed.headers.clear();
    for (const QByteArray &name : signedNames) {
        covered = covered && in.hasHeader(name);
        claimed.headers.append({name, in.header(name)});
    }
    for (const auto &header : std::as_const(in.headers)) {
        if (header.first.startsWith("x-acs-") && !signedNames.contains(header.first))
            covered = false;
    }
    if (!covered || RpcSigner::signedHeadersV3(claimed) != signedHeaders)
        return incompleteSignature(ownStringToSign);
    if (in.header("x-acs-content-sha256") != own.hashedPayload)
        return incompleteSignature(ownStringToSign);

    const QByteArray serverStringToSign = RpcSigner::stringToSignV3(RpcSigner::canonicalRequestV3(claimed));
    if (match.captured(3).toLatin1() != RpcSigner::signatureV3(serverStringToSign, key->secret))
        return signatureDoesNotMatch(serverStringToSign);

    timestamp = QString::fromUtf8(in.header("x-acs-date"));
    nonce = QString::fromUtf8(in.header("x-acs-signature-nonce"));
    return std::nullopt;
}

std::optional<GatewayError> OtaSimulator::Private::checkFreshness(const QString &accessKeyId,
                                                                  const QString &timestamp,
                                                                  const QString &nonce)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    const QDateTime sent = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!pattern.match(timestamp).hasMatch() || !sent.isValid())
        return timestampFormat();
    const QDateTime now = m_clock->nowUtc();
    if (qAbs(now.secsTo(sent)) > kMaxSkewSecs)
        return timestampExpired();

    KeyState &key = m_keys[accessKeyId];
    for (auto it = key.nonces.begin(); it != key.nonces.end();) {
        if (it.value().secsTo(now) > kNonceMemorySecs)
            it = key.nonces.erase(it);
        else
            ++it;
    }
    if (key.nonces.contains(nonce))
        return nonceUsed();
    key.nonces.insert(nonce, now);
    return std::nullopt;
}

bool OtaSimulator::Private::admit(const Incoming &in)
{
    KeyState &key = m_keys[in.accessKeyId];
    const qint64 now = m_clock->monotonicMs();
    while (!key.acceptedMs.empty() && now - key.acceptedMs.front() >= kRateWindowMs)
        key.acceptedMs.pop_front();
    while (!key.cancelTaskMs.empty() && now - key.cancelTaskMs.front() >= kRateWindowMs)
        key.cancelTaskMs.pop_front();
    const bool forced = m_fault == Fault::Throttle && actionFor(in.action);
    // The per-API limit holds whatever setRateLimit() says: it is the action's own, not the account's.
    const bool cancelTask = in.action == kCancelTaskByJob && in.version == apiVersion();
    if (forced || (m_rateLimit > 0 && key.acceptedMs.size() >= static_cast<std::size_t>(m_rateLimit))
        || (cancelTask && key.cancelTaskMs.size() >= kCancelTaskByJobPerSecond)) {
        ++m_throttled;
        return false;
    }
    if (cancelTask)
        key.cancelTaskMs.push_back(now);
    key.acceptedMs.push_back(now);
    m_acceptedTimes.append(now);
    ++m_accepted;
    return true;
}

void OtaSimulator::Private::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Incoming in = parseRequest(request);
    std::optional<GatewayError> error;
    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Post) {
        error = apiNotFound();
    } else {
        // Like the gateway: credentials and signature, then time and nonce, then flow control, then the API.
        QString timestamp;
        QString nonce;
        error = in.hasHeader("authorization") ? authenticateV3(in, timestamp, nonce)
                                              : authenticateV1(in, timestamp, nonce);
        if (!error)
            error = checkFreshness(in.accessKeyId, timestamp, nonce);
        if (!error && !admit(in))
            error = throttled();
        // Another Version is another API as far as the gateway's routing is concerned.
        if (!error && (in.version != apiVersion() || !actionFor(in.action)))
            error = apiNotFound();
    }
    if (error) {
        qCDebug(lcSim) << in.method << in.action << in.accessKeyId << "->" << error->status << error->code;
        sendGatewayError(responder, in, *error);
        emit q->requestHandled(in.action, error->code);
        return;
    }
    if (m_fault != Fault::None && m_fault != Fault::TruncatedJson) {
        answerFault(in, std::move(responder));
        return;
    }
    answer(in, responder, (this->*actionFor(in.action))(in), m_fault == Fault::TruncatedJson);
}

void OtaSimulator::Private::answer(const Incoming &in, QHttpServerResponder &responder, const Answer &answer,
                                   bool truncated)
{
    const QString requestId = newRequestId();
    int status = 200;
    const QByteArray contentType = in.xml ? xmlContentType() : jsonContentType();
    QByteArray body;
    QString code = answer.code;
    if (answer.gateway) {
        status = answer.gateway->status;
        code = answer.gateway->code;
        body = gatewayErrorBody(in, *answer.gateway, requestId);
    } else if (!answer.code.isEmpty()) {
        body = businessErrorBody(in, answer.code, answer.errorMessage, requestId);
    } else {
        body = successBody(in, answer, requestId);
    }
    if (truncated) {
        body.truncate(body.size() / 2);
        code = u"Fault.TruncatedJson"_s;
    }
    qCDebug(lcSim) << in.action << "->" << status << code;
    send(responder, status, contentType, body, requestId);
    emit q->requestHandled(in.action, code);
}

Answer OtaSimulator::Private::queryOtaJob(const Incoming &in)
{
    if (const auto missing = missingOf(in, {u"JobId"_s}))
        return rejection(*missing);
    if (const std::optional<QJsonObject> data = m_fleet.job(in.param(u"JobId"_s)))
        return success({{u"Data"_s, *data}});
    return jobNotFound();
}

Answer OtaSimulator::Private::queryOtaFirmware(const Incoming &in)
{
    if (const auto missing = missingOf(in, {u"FirmwareId"_s}))
        return rejection(*missing);
    if (const std::optional<QJsonObject> info = m_fleet.firmware(in.param(u"FirmwareId"_s)))
        return success({{u"FirmwareInfo"_s, *info}});
    return firmwareNotFound();
}

Answer OtaSimulator::Private::queryProductList(const Incoming &in)
{
    if (const auto missing = missingOf(in, {u"CurrentPage"_s, u"PageSize"_s}))
        return rejection(*missing);
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 200, &problem);
    if (!paging)
        return invalidPage(problem);
    // AliyunCommodityCode and ResourceGroupId filter nothing: every simulated product matches both.
    const QList<QJsonObject> products = m_fleet.products();
    QJsonObject data {{u"List"_s, QJsonObject {{u"ProductInfo"_s, pageOf(products, *paging)}}}};
    for (const auto &[key, value] : pagingMembers(*paging, products.size()))
        data.insert(key, value);
    return success({{u"Data"_s, data}});
}

Answer OtaSimulator::Private::listOtaFirmware(const Incoming &in)
{
    if (const auto missing = missingOf(in, {u"CurrentPage"_s, u"PageSize"_s}))
        return rejection(*missing);
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 100, &problem);
    if (!paging)
        return invalidPage(problem);
    const QList<QJsonObject> firmware
            = m_fleet.firmwareList(in.param(u"ProductKey"_s), in.param(u"DestVersion"_s));
    // The paging fields beside Success, not in a Data object (the SDK's ListOTAFirmwareResponseBody).
    XmlFromJson::Members members = pagingMembers(*paging, firmware.size());
    members.append({u"FirmwareInfo"_s, QJsonObject {{u"SimpleFirmwareInfo"_s, pageOf(firmware, *paging)}}});
    return success(members);
}

Answer OtaSimulator::Private::listOtaJobByFirmware(const Incoming &in)
{
    if (const auto missing = missingOf(in, {u"FirmwareId"_s, u"CurrentPage"_s, u"PageSize"_s}))
        return rejection(*missing);
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 200, &problem);
    if (!paging)
        return invalidPage(problem);
    const QString firmwareId = in.param(u"FirmwareId"_s);
    if (!m_fleet.firmware(firmwareId))
        return firmwareNotFound();
    const QStringList jobIds = m_fleet.jobIdsOfFirmware(firmwareId);
    QJsonArray page;
    const qint64 end = std::min<qint64>(paging->offset() + paging->pageSize, jobIds.size());
    for (qint64 i = paging->offset(); i < end; ++i)
        page.append(m_fleet.jobSummary(jobIds.at(i)).value_or(QJsonObject()));
    XmlFromJson::Members members = pagingMembers(*paging, jobIds.size());
    members.append({u"Data"_s, QJsonObject {{u"SimpleOTAJobInfo"_s, page}}});
    return success(members);
}

Answer OtaSimulator::Private::listOtaTaskByJob(const Incoming &in)
{
    if (const auto missing = missingOf(in, {u"JobId"_s}))
        return rejection(*missing);
    const QString jobId = in.param(u"JobId"_s);
    const QString status = in.param(u"TaskStatus"_s);
    if (!status.isEmpty() && !SimFleet::taskStatuses().contains(status))
        return businessError(u"iot.system.IllegalRequest"_s, u"The TaskStatus parameter is invalid."_s);
    const QStringList devices = deviceNames(in);
    if (!devices.isEmpty()) {
        // DeviceNames.N replaces paging: the named devices' tasks on one page.
        if (devices.size() > kMaxDeviceNames)
            return invalidPage(u"at most %1 DeviceNames may be given."_s.arg(kMaxDeviceNames));
        if (m_fleet.taskCount(jobId) < 0)
            return jobNotFound();
        Paging single;
        single.pageSize = int(devices.size());
        Answer answer = success({});
        answer.tasks = m_fleet.taskRecordsOfDevices(jobId, status, devices);
        answer.members = pagingMembers(single, answer.tasks->size());
        return answer;
    }
    // CurrentPage and PageSize are optional here; the documents give no defaults, 1 and 10 are assumed.
    QString problem;
    const std::optional<Paging> paging = readPaging(in, 100, &problem);
    if (!paging)
        return invalidPage(problem);
    if (qint64(paging->currentPage) * paging->pageSize > kMaxTaskRows)
        return invalidPage(
                u"CurrentPage multiplied by PageSize may not exceed %1; filter by TaskStatus."_s.arg(
                        kMaxTaskRows));
    const int total = m_fleet.taskCount(jobId, status);
    if (total < 0)
        return jobNotFound();
    Answer answer = success(pagingMembers(*paging, total));
    answer.tasks = m_fleet.taskRecords(jobId, status, paging->offset(), paging->pageSize);
    return answer;
}

// CancelOTATaskByJob's flags, in the API's order, with what each covers in the fleet.
const std::pair<QString, int> kCancelFlags[] {
        {u"CancelScheduledTask"_s, SimFleet::CancelScheduled},
        {u"CancelQueuedTask"_s, SimFleet::CancelQueued},
        {u"CancelNotifiedTask"_s, SimFleet::CancelNotified},
        {u"CancelInProgressTask"_s, SimFleet::CancelInProgress},
        {u"CancelUnconfirmedTask"_s, SimFleet::CancelUnconfirmed},
};

Answer OtaSimulator::Private::cancelOtaTaskByJob(const Incoming &in)
{
    if (const auto missing = missingOf(in, {u"JobId"_s}))
        return rejection(*missing);
    int targets = 0;
    for (const auto &[name, target] : kCancelFlags) {
        const QString value = in.param(name);
        if (value.isEmpty() || value.compare(u"false", Qt::CaseInsensitive) == 0)
            continue;
        if (value.compare(u"true", Qt::CaseInsensitive) != 0) {
            return businessError(u"iot.system.IllegalRequest"_s,
                                 u"The %1 parameter must be true or false."_s.arg(name));
        }
        targets |= target;
    }
    // The real code for "no flag set" is not verified (REFERENCE.md names none); the generic IoT code for an
    // unusable request stands in for it.
    if (targets == 0) {
        return businessError(u"iot.system.IllegalRequest"_s,
                             u"Choose the tasks to cancel: at least one of CancelScheduledTask, "
                             u"CancelQueuedTask, CancelNotifiedTask, CancelInProgressTask and "
                             u"CancelUnconfirmedTask must be true."_s);
    }
    if (m_fleet.cancelTasks(in.param(u"JobId"_s), targets) < 0)
        return jobNotFound();
    return success({});
}

Answer OtaSimulator::Private::cancelOtaStrategyByJob(const Incoming &in)
{
    if (const auto missing = missingOf(in, {u"JobId"_s}))
        return rejection(*missing);
    const QString jobId = in.param(u"JobId"_s);
    switch (m_fleet.cancelStrategy(jobId)) {
    case SimFleet::StrategyCancel::Canceled:
        return success({});
    case SimFleet::StrategyCancel::UnknownJob:
        return jobNotFound();
    case SimFleet::StrategyCancel::NotDynamic:
        break;
    }
    // The code name is not verified (REFERENCE.md only says the action is for dynamic batches).
    return businessError(
            u"iot.ota.JobNotDynamic"_s,
            u"Only a dynamic batch has an upgrade policy to cancel; batch %1 is static."_s.arg(jobId));
}

void OtaSimulator::Private::answerFault(const Incoming &in, QHttpServerResponder &&responder)
{
    const QString requestId = newRequestId();
    const QByteArray contentType = in.xml ? xmlContentType() : jsonContentType();
    QString code;
    switch (m_fault) {
    case Fault::None:
    case Fault::Throttle: // handled by admit()
    case Fault::TruncatedJson: // handled by answer()
        return;
    case Fault::NeverAnswer:
        m_parked.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        code = u"Fault.NeverAnswer"_s;
        break;
    case Fault::OversizedBody: {
        // Well-formed JSON, so only a size limit in the client can stop it.
        const QByteArray head = "{\"RequestId\":\"" + requestId.toLatin1()
                + "\",\"Success\":true,\"Data\":{\"JobId\":\"" + m_fleet.fixtureJobIds().value(0).toLatin1()
                + "\",\"JobDesc\":\"";
        const QByteArray tail = "\"}}";
        QByteArray body = head;
        body.append(kOversizedBytes - head.size() - tail.size(), 'x');
        body.append(tail);
        send(responder, 200, jsonContentType(), body, requestId);
        code = u"Fault.OversizedBody"_s;
        break;
    }
    case Fault::Html500:
        send(responder, 500, QByteArrayLiteral("text/html"),
             QByteArrayLiteral("<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
                               "<center><h1>500 Internal Server Error</h1></center>\r\n"
                               "<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n"),
             requestId);
        code = u"Fault.Html500"_s;
        break;
    case Fault::SystemException:
        code = u"iot.system.SystemException"_s;
        send(responder, 200, contentType,
             businessErrorBody(in, code, u"A system exception occurred."_s, requestId), requestId);
        break;
    case Fault::BinaryJunk: {
        // Labelled JSON, yet NULs and high bytes from a fixed seed: the same junk on every run.
        QRandomGenerator junk(6);
        QByteArray body(4096, Qt::Uninitialized);
        junk.fillRange(reinterpret_cast<quint32 *>(body.data()), body.size() / int(sizeof(quint32)));
        body[0] = '\0';
        send(responder, 200, jsonContentType(), body, requestId);
        code = u"Fault.BinaryJunk"_s;
        break;
    }
    }
    qCDebug(lcSim) << "injected fault" << code;
    emit q->requestHandled(in.action, code);
}

OtaSimulator::OtaSimulator(QObject *parent) : QObject(parent), m_d(std::make_unique<Private>(this))
{
    const Credentials demo = demoCredentials();
    addAccessKey(demo.accessKeyId, demo.accessKeySecret);

    m_d->m_server.route(u"/"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        m_d->handle(request, std::move(responder));
    });
    // RPC APIs live at "/" only.
    m_d->m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                Incoming in = parseRequest(request);
                const GatewayError error = apiNotFound();
                m_d->sendGatewayError(responder, in, error);
                emit requestHandled(in.param(u"Action"_s), error.code);
            });
}

OtaSimulator::~OtaSimulator() = default;

void OtaSimulator::setClock(const Clock *clock)
{
    m_d->m_clock = clock ? clock : &Clock::system();
    // The rate windows were on the previous clock's monotonic time.
    for (Private::KeyState &key : m_d->m_keys) {
        key.acceptedMs.clear();
        key.cancelTaskMs.clear();
    }
    m_d->m_fleet.setClock(m_d->m_clock);
    m_d->m_fleet.setLiveJobStart(m_d->m_clock->nowUtc());
}

void OtaSimulator::addAccessKey(const QString &accessKeyId, const QString &secret,
                                const QString &securityToken)
{
    Private::KeyState &key = m_d->m_keys[accessKeyId];
    key.secret = secret;
    key.securityToken = securityToken;
}

void OtaSimulator::setRateLimit(int requestsPerSecond)
{
    m_d->m_rateLimit = requestsPerSecond;
}

void OtaSimulator::setFault(Fault fault)
{
    m_d->m_fault = fault;
}

bool OtaSimulator::listen(quint16 port)
{
    auto tcp = std::make_unique<NoDelayTcpServer>();
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port;
        return false;
    }
    m_d->m_port = tcp->serverPort();
    tcp->setParent(&m_d->m_server); // owned by the HTTP server, as bind() also arranges
    m_d->m_server.bind(tcp.release());
    qCDebug(lcSim) << "listening on" << endpoint().toString();
    return true;
}

quint16 OtaSimulator::port() const
{
    return m_d->m_port;
}

QUrl OtaSimulator::endpoint() const
{
    if (m_d->m_port == 0)
        return {};
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_d->m_port));
}

Credentials OtaSimulator::demoCredentials()
{
    return {u"LTAI5tOtaDashDemoKey0001"_s, u"OtaDashDemoSecretLoopbackOnly01"_s, {}};
}

QStringList OtaSimulator::jobIds() const
{
    return m_d->m_fleet.fixtureJobIds();
}

SimFleet &OtaSimulator::fleet()
{
    return m_d->m_fleet;
}

const SimFleet &OtaSimulator::fleet() const
{
    return m_d->m_fleet;
}

int OtaSimulator::acceptedCount() const
{
    return m_d->m_accepted;
}

int OtaSimulator::throttledCount() const
{
    return m_d->m_throttled;
}

QList<qint64> OtaSimulator::acceptedTimesMs() const
{
    return m_d->m_acceptedTimes;
}
