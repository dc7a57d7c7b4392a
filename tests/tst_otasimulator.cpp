#include "OtaSimulator.h"
#include "SignedRequest.h"
#include "SimFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

// How a test request travels: V1 in the query, V1 in a form body, V1 split, V3 with a form body or a query.
enum class Style { V1Get, V1PostForm, V1PostSplit, V3PostForm, V3PostQuery };
Q_DECLARE_METATYPE(Style)
Q_DECLARE_METATYPE(QueryPairs)

class TestOtaSimulator : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void servesWhatWaitedInItsListenersBacklog();
    void answersOtherPathsWithApiNotFound();
    void servesSeedBatch_data();
    void servesSeedBatch();
    void servesSeedBatchAsXmlLikeTheDocSample_data();
    void servesSeedBatchAsXmlLikeTheDocSample();
    void rendersArraysAsRepeatedXmlElements();
    void servesEveryFixtureBatchSeedFirst();
    void fixturesFollowPresenceRules_data();
    void fixturesFollowPresenceRules();
    void givesEveryResponseAFreshRequestId();
    void decodesPlusAsSpaceInFormBody();
    void rejectsUnencodedPlusInQuerySignature();
    void rejectsWrongSignatureWithServerStringToSign_data();
    void rejectsWrongSignatureWithServerStringToSign();
    void reportsGatewayErrorsAsXml();
    void rejectsUnknownAccessKey_data();
    void rejectsUnknownAccessKey();
    void rejectsReplayedNonce_data();
    void rejectsReplayedNonce();
    void keepsNoncesPerAccessKeyForFifteenMinutes();
    void enforcesFifteenMinuteClockSkew_data();
    void enforcesFifteenMinuteClockSkew();
    void rejectsMalformedTimestamp_data();
    void rejectsMalformedTimestamp();
    void rejectsIncompleteSignature_data();
    void rejectsIncompleteSignature();
    void rejectsMissingJobId_data();
    void rejectsMissingJobId();
    void rejectsUnknownActionOrVersion_data();
    void rejectsUnknownActionOrVersion();
    void checksInGatewayOrder();
    void throttlesBurstAboveRateLimit();
    void slidesRateWindowPerAccessKey();
    void checksSecurityToken_data();
    void checksSecurityToken();
    void injectsFault_data();
    void injectsFault();
    void neverAnswerKeepsConnectionOpen();
    void faultsComeAfterGatewayChecksAndOnlyForServedActions();
    void decidesFaultsPerRequestByRule();
    void reportsUnknownJobAsBusinessError_data();
    void reportsUnknownJobAsBusinessError();

private:
    using Reply = SimFixture::Reply;
    struct Call
    {
        Call(Style style_, Credentials credentials_, QString action_, QueryPairs operation_)
            : style(style_), credentials(std::move(credentials_)), action(std::move(action_)),
              operation(std::move(operation_))
        { }
        Style style;
        Credentials credentials;
        QString action;
        QueryPairs operation;
        QDateTime time; // default: the simulator's clock
        QString nonce; // default: a fresh UUID
        QString format = u"JSON"_s;
    };
    struct Built
    {
        SignedRequest::Raw raw;
        QByteArray stringToSign; // what the client signed, to compare with the server's
    };

    Built build(const Call &call) const;
    Reply exchange(const SignedRequest::Raw &raw, int timeoutMs = 10000)
    {
        return m_fx->exchange(raw, timeoutMs);
    }
    Reply exchange(const Call &call, int timeoutMs = 10000) { return exchange(build(call).raw, timeoutMs); }
    QueryPairs seedJob() const { return {{u"JobId"_s, m_seedJobId}}; }

    std::unique_ptr<SimFixture> m_fx;
    QJsonObject m_seedSample;
    QString m_seedJobId;
};

namespace {
const QDateTime kNow = SimFixture::defaultNow();

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

bool isRequestId(const QString &id)
{
    static const QRegularExpression pattern(
            u"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"_s);
    return pattern.match(id).hasMatch();
}

// "Path/To/Leaf=text" for every leaf element below the root, sorted: compares XML regardless of order.
QStringList flattenXml(const QByteArray &xml, QString *rootName = nullptr)
{
    QXmlStreamReader reader(xml);
    QStringList path;
    QStringList leaves;
    QString text;
    bool leaf = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (path.isEmpty() && rootName)
                *rootName = reader.name().toString();
            path.append(reader.name().toString());
            text.clear();
            leaf = true;
            break;
        case QXmlStreamReader::Characters:
            if (!reader.isWhitespace())
                text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (leaf)
                leaves.append(path.mid(1).join(u'/') + u'=' + text);
            leaf = false;
            path.removeLast();
            text.clear();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        leaves.append(u"XML error: "_s + reader.errorString());
    leaves.sort();
    return leaves;
}

QStringList dataLeaves(const QStringList &leaves)
{
    QStringList out;
    for (const QString &entry : leaves) {
        if (entry.startsWith(u"Data/") || entry.startsWith(u"Success="))
            out.append(entry);
    }
    return out;
}

QueryPairs without(QueryPairs pairs, const QString &name)
{
    pairs.removeIf([&name](const auto &pair) { return pair.first == name; });
    return pairs;
}

QueryPairs replaced(QueryPairs pairs, const QString &name, const QString &value)
{
    for (auto &pair : pairs) {
        if (pair.first == name)
            pair.second = value;
    }
    return pairs;
}

void addStyleRows(const char *prefix = "")
{
    const std::pair<const char *, Style> styles[] = {{"v1-get", Style::V1Get},
                                                     {"v1-post-form", Style::V1PostForm},
                                                     {"v1-post-split", Style::V1PostSplit},
                                                     {"v3-post-form", Style::V3PostForm},
                                                     {"v3-post-query", Style::V3PostQuery}};
    for (const auto &[name, style] : styles)
        QTest::addRow("%s%s", prefix, name) << style;
}
} // namespace

void TestOtaSimulator::init()
{
    m_fx = std::make_unique<SimFixture>();
    QVERIFY(m_fx->listening());
    m_seedSample = SimFixture::seedSample();
    m_seedJobId = m_seedSample.value(u"Data").toObject().value(u"JobId").toString();
    QCOMPARE(m_seedJobId, u"HvKuBpuk3rdk6E92CP****0200"_s);
}

void TestOtaSimulator::cleanup()
{
    m_fx.reset();
}

TestOtaSimulator::Built TestOtaSimulator::build(const Call &call) const
{
    const QUrl endpoint = m_fx->sim().endpoint();
    const QDateTime time = call.time.isValid() ? call.time : m_fx->clock().nowUtc();
    const QString nonce = call.nonce.isEmpty() ? SignedRequest::newNonce() : call.nonce;
    const QString &secret = call.credentials.accessKeySecret;
    const QueryPairs all = SignedRequest::v1Params(call.credentials, call.action, call.operation, time, nonce,
                                                   call.format);
    switch (call.style) {
    case Style::V1Get:
        return {SignedRequest::v1Get(endpoint, all, secret), RpcSigner::stringToSignV1("GET", all)};
    case Style::V1PostForm:
        return {SignedRequest::v1PostForm(endpoint, {}, all, secret), RpcSigner::stringToSignV1("POST", all)};
    case Style::V1PostSplit: {
        const QueryPairs common
                = SignedRequest::v1Params(call.credentials, call.action, {}, time, nonce, call.format);
        return {SignedRequest::v1PostForm(endpoint, common, call.operation, secret),
                RpcSigner::stringToSignV1("POST", common + call.operation)};
    }
    case Style::V3PostForm:
    case Style::V3PostQuery: {
        QueryPairs query {{u"Format"_s, call.format}, {u"RegionId"_s, u"cn-shanghai"_s}};
        QueryPairs form;
        (call.style == Style::V3PostForm ? form : query).append(call.operation);
        const SignedRequest::V3 v3
                = SignedRequest::v3Post(endpoint, call.credentials, call.action, query, form, time, nonce);
        return {v3.raw, v3.stringToSign};
    }
    }
    return {};
}

// Asserts a POP gateway error: status, JSON with exactly the five keys, the code, a fresh RequestId.
#define VERIFY_GATEWAY_ERROR(reply, expectedStatus, expectedCode)                                            \
    do {                                                                                                     \
        QVERIFY((reply).finished);                                                                           \
        QCOMPARE((reply).status, expectedStatus);                                                            \
        QCOMPARE((reply).contentType, QByteArray("application/json;charset=utf-8"));                         \
        const QJsonObject errorBody_ = json((reply).body);                                                   \
        QCOMPARE(errorBody_.keys(),                                                                          \
                 (QStringList {u"Code"_s, u"HostId"_s, u"Message"_s, u"Recommend"_s, u"RequestId"_s}));      \
        QCOMPARE(errorBody_.value(u"Code").toString(), QString(expectedCode));                               \
        QVERIFY(isRequestId(errorBody_.value(u"RequestId").toString()));                                     \
        QCOMPARE(errorBody_.value(u"HostId").toString(), u"127.0.0.1"_s);                                    \
        QVERIFY(errorBody_.value(u"Recommend")                                                               \
                        .toString()                                                                          \
                        .contains(errorBody_.value(u"RequestId").toString()));                               \
    } while (false)

void TestOtaSimulator::listensOnLoopbackOnly()
{
    QVERIFY(m_fx->sim().port() != 0);
    QCOMPARE(m_fx->sim().endpoint(), QUrl(u"http://127.0.0.1:%1/"_s.arg(m_fx->sim().port())));
    OtaSimulator idle;
    QCOMPARE(idle.port(), quint16(0));
    QVERIFY(idle.endpoint().isEmpty());
}

void TestOtaSimulator::servesWhatWaitedInItsListenersBacklog()
{
    // The demo gives its endpoint before its simulator exists (SimulatorHost): a request sent to it meanwhile
    // waits in the system's backlog, and the simulator answers it once it serves the listener.
    std::unique_ptr<QTcpServer> listener = OtaSimulator::openListener();
    QVERIFY(listener);
    const quint16 port = listener->serverPort();
    const QUrl endpoint = OtaSimulator::endpointOf(port);
    const Credentials credentials = OtaSimulator::demoCredentials();
    const SignedRequest::Raw raw = SignedRequest::v1Get(
            endpoint,
            SignedRequest::v1Params(credentials, u"QueryOTAJob"_s, seedJob(), m_fx->clock().nowUtc()),
            credentials.accessKeySecret);
    QTcpSocket socket;
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy written(&socket, &QTcpSocket::bytesWritten);
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(connected.wait(10000));
    socket.write("GET " + raw.request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                 + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
    QVERIFY(written.wait(10000));
    QVERIFY(!listener->hasPendingConnections()); // not accepted: it waits in the backlog

    OtaSimulator late;
    late.setClock(&m_fx->clock());
    QVERIFY(late.serve(std::move(listener)));
    QCOMPARE(late.endpoint(), endpoint);
    QTRY_VERIFY_WITH_TIMEOUT(answer.contains("\"Success\":true"), 10000);
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
    QVERIFY(answer.contains("HvKuBpuk3rdk6E92CP****0200"));
    QVERIFY(!late.serve(nullptr));
}

void TestOtaSimulator::answersOtherPathsWithApiNotFound()
{
    QUrl url = m_fx->sim().endpoint();
    url.setPath(u"/v1/QueryOTAJob"_s);
    const Reply reply = exchange(SignedRequest::Raw {"GET", QNetworkRequest(url), {}});
    VERIFY_GATEWAY_ERROR(reply, 404, u"InvalidApi.NotFound"_s);
}

void TestOtaSimulator::servesSeedBatch_data()
{
    QTest::addColumn<Style>("style");
    addStyleRows();
}

void TestOtaSimulator::servesSeedBatch()
{
    QFETCH(Style, style);
    QSignalSpy handled(&m_fx->sim(), &OtaSimulator::requestHandled);
    // The seed JobId holds '*', which must travel as %2A and be signed that way.
    const Reply reply = exchange(Call {style, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()});
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("application/json;charset=utf-8"));
    QCOMPARE(reply.date, QByteArray("Mon, 15 Jan 2024 08:30:00 GMT"));
    const QJsonObject body = json(reply.body);
    QCOMPARE(body.keys(), (QStringList {u"Data"_s, u"RequestId"_s, u"Success"_s}));
    QCOMPARE(body.value(u"Success"), QJsonValue(true));
    QVERIFY(isRequestId(body.value(u"RequestId").toString()));
    QCOMPARE(body.value(u"Data").toObject(), m_seedSample.value(u"Data").toObject());
    QCOMPARE(m_fx->sim().acceptedCount(), 1);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0), (QVariantList {u"QueryOTAJob"_s, QString()}));
}

void TestOtaSimulator::servesSeedBatchAsXmlLikeTheDocSample_data()
{
    QTest::addColumn<Style>("style");
    QTest::newRow("v1-get") << Style::V1Get;
    QTest::newRow("v3-post-form") << Style::V3PostForm;
}

void TestOtaSimulator::servesSeedBatchAsXmlLikeTheDocSample()
{
    QFETCH(Style, style);
    Call call {style, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()};
    call.format = u"XML"_s;
    const Reply reply = exchange(call);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("text/xml;charset=utf-8"));
    QString root;
    const QStringList served = flattenXml(reply.body, &root);
    QCOMPARE(root, u"QueryOTAJobResponse"_s);
    // Generated from the JSON sample, it matches the document's own XML sample element for element.
    const QStringList docSample = flattenXml(testData(u"seed_queryotajob.xml"_s));
    QVERIFY(docSample.contains(u"Data/SrcVersions/SrcVersion=1.0.0"_s));
    QCOMPARE(dataLeaves(served), dataLeaves(docSample));
    const auto requestId = served.filter(QRegularExpression(u"^RequestId="_s));
    QCOMPARE(requestId.size(), 1);
    QVERIFY(isRequestId(requestId.first().mid(10)));
}

void TestOtaSimulator::rendersArraysAsRepeatedXmlElements()
{
    Call call {Style::V1Get,
               OtaSimulator::demoCredentials(),
               u"QueryOTAJob"_s,
               {{u"JobId"_s, u"HvKuBpuk3rdk6E92CPgray0200"_s}}};
    call.format = u"XML"_s;
    const Reply reply = exchange(call);
    QCOMPARE(reply.status, 200);
    const QString xml = QString::fromUtf8(reply.body);
    QVERIFY2(xml.contains(u"<SrcVersions><SrcVersion>2.1.0</SrcVersion><SrcVersion>2.2.3</SrcVersion>"
                          "<SrcVersion>2.3.0</SrcVersion><SrcVersion>2.3.1</SrcVersion></SrcVersions>"),
             qPrintable(xml));
    QVERIFY(xml.contains(u"<Tags><OtaTagDTO><Key>env</Key><Value>production</Value></OtaTagDTO>"
                         "<OtaTagDTO><Key>region</Key><Value>华东-上海</Value></OtaTagDTO>"
                         "<OtaTagDTO><Key>owner</Key><Value>fleet-ops</Value></OtaTagDTO></Tags>"));
    QVERIFY(xml.contains(u"<GrayPercent>20.00</GrayPercent>"));
    QVERIFY(xml.contains(u"<RetryCount>3</RetryCount>")); // a JSON number, without ".0"
    QVERIFY(xml.contains(u"<NeedPush>true</NeedPush>"));
}

void TestOtaSimulator::servesEveryFixtureBatchSeedFirst()
{
    const QStringList ids = m_fx->sim().jobIds();
    QCOMPARE(ids.size(), 7);
    QCOMPARE(ids.first(), m_seedJobId);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    for (const QString &id : ids) {
        const Reply reply = exchange(Call {
                Style::V1PostForm, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, {{u"JobId"_s, id}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(json(reply.body).value(u"Data").toObject().value(u"JobId").toString(), id);
    }
}

void TestOtaSimulator::fixturesFollowPresenceRules_data()
{
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QVariantMap>("expected");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("seed-sample") << u"HvKuBpuk3rdk6E92CP****0200"_s
                                 << QVariantMap {{u"JobStatus"_s, u"IN_PROGRESS"_s},
                                                 {u"TimeoutInMinutes"_s, 5}}
                                 << QStringList {u"GrayPercent"_s, u"DynamicMode"_s, u"UtcScheduleTime"_s,
                                                 u"UtcScheduleFinishTime"_s, u"Tags"_s};
    QTest::newRow("gray-planned") << u"HvKuBpuk3rdk6E92CPgray0200"_s
                                  << QVariantMap {{u"JobStatus"_s, u"PLANNED"_s},
                                                  {u"SelectionType"_s, u"STATIC"_s},
                                                  {u"TargetSelection"_s, u"GRAY"_s},
                                                  {u"GrayPercent"_s, u"20.00"_s},
                                                  {u"RetryCount"_s, 3},
                                                  {u"RetryInterval"_s, 10},
                                                  {u"TimeoutInMinutes"_s, 60},
                                                  {u"UtcScheduleTime"_s, u"2035-06-01T02:00:00.000Z"_s},
                                                  {u"UtcScheduleFinishTime"_s, u"2035-06-03T02:00:00.000Z"_s}}
                                  << QStringList {u"DynamicMode"_s, u"UtcEndTime"_s};
    QTest::newRow("dynamic-in-progress")
            << u"HvKuBpuk3rdk6E92CPdyna0200"_s
            << QVariantMap {{u"JobStatus"_s, u"IN_PROGRESS"_s},
                            {u"SelectionType"_s, u"DYNAMIC"_s},
                            {u"DynamicMode"_s, 1},
                            {u"TargetSelection"_s, u"ALL"_s}}
            << QStringList {u"GrayPercent"_s,           u"UtcEndTime"_s, u"UtcScheduleTime"_s,
                            u"UtcScheduleFinishTime"_s, u"RetryCount"_s, u"RetryInterval"_s,
                            u"TimeoutInMinutes"_s};
    QTest::newRow("verify-completed") << u"HvKuBpuk3rdk6E92CPvrfy0200"_s
                                      << QVariantMap {{u"JobType"_s, u"VERFIY_FIRMWARE"_s},
                                                      {u"JobStatus"_s, u"COMPLETED"_s},
                                                      {u"UtcEndTime"_s, u"2025-02-20T06:14:31.000Z"_s}}
                                      << QStringList {u"GrayPercent"_s, u"DynamicMode"_s, u"Tags"_s,
                                                      u"UtcScheduleTime"_s, u"RetryCount"_s};
    QTest::newRow("canceled") << u"HvKuBpuk3rdk6E92CPcncl0200"_s
                              << QVariantMap {{u"JobStatus"_s, u"CANCELED"_s}}
                              << QStringList {u"UtcEndTime"_s, u"GrayPercent"_s, u"DynamicMode"_s};
    QTest::newRow("completed") << u"HvKuBpuk3rdk6E92CPdone0200"_s
                               << QVariantMap {{u"JobStatus"_s, u"COMPLETED"_s},
                                               {u"UtcEndTime"_s, u"2024-11-13T18:40:09.000Z"_s}}
                               << QStringList {u"GrayPercent"_s, u"DynamicMode"_s, u"UtcScheduleTime"_s};
    QTest::newRow("strings-and-unknown-status")
            << u"HvKuBpuk3rdk6E92CPodd10200"_s
            << QVariantMap {{u"JobStatus"_s, u"PAUSED"_s},
                            {u"MaximumPerMinute"_s, u"500"_s},
                            {u"OverwriteMode"_s, u"1"_s},
                            {u"RetryCount"_s, u"2"_s},
                            {u"NeedPush"_s, u"true"_s}}
            << QStringList {u"GrayPercent"_s, u"DynamicMode"_s, u"UtcEndTime"_s};
}

void TestOtaSimulator::fixturesFollowPresenceRules()
{
    QFETCH(QString, jobId);
    QFETCH(QVariantMap, expected);
    QFETCH(QStringList, absent);
    const Reply reply = exchange(
            Call {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, {{u"JobId"_s, jobId}}});
    QCOMPARE(reply.status, 200);
    const QJsonObject data = json(reply.body).value(u"Data").toObject();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(data.value(it.key()).toVariant(), it.value());
    for (const QString &key : std::as_const(absent))
        QVERIFY2(!data.contains(key), qPrintable(key));
    if (data.value(u"JobStatus").toString() == u"PLANNED") {
        const QDateTime start
                = QDateTime::fromString(data.value(u"UtcScheduleTime").toString(), Qt::ISODateWithMs);
        QVERIFY(start > QDateTime::currentDateTimeUtc());
    }
}

void TestOtaSimulator::givesEveryResponseAFreshRequestId()
{
    const Reply first
            = exchange(Call {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()});
    const Reply second
            = exchange(Call {Style::V1Get, OtaSimulator::demoCredentials(), u"NoSuchAction"_s, {}});
    const QString firstId = json(first.body).value(u"RequestId").toString();
    const QString secondId = json(second.body).value(u"RequestId").toString();
    QVERIFY(isRequestId(firstId));
    QVERIFY(isRequestId(secondId));
    QVERIFY(firstId != secondId);
    QVERIFY(firstId != SimFixture::seedSample().value(u"RequestId").toString());
}

void TestOtaSimulator::decodesPlusAsSpaceInFormBody()
{
    const QueryPairs operation {{u"JobId"_s, m_seedJobId}, {u"IotInstanceId"_s, u"iot cn 0pp1n8t"_s}};
    const QueryPairs params
            = SignedRequest::v1Params(OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, operation, kNow);
    const SignedRequest::Raw raw = SignedRequest::v1PostForm(m_fx->sim().endpoint(), {}, params,
                                                             OtaSimulator::demoCredentials().accessKeySecret,
                                                             /*plusForSpace=*/true);
    QVERIFY(raw.body.contains("IotInstanceId=iot+cn+0pp1n8t"));
    const Reply reply = exchange(raw);
    QCOMPARE(reply.status, 200);
}

void TestOtaSimulator::rejectsUnencodedPlusInQuerySignature()
{
    // A Base64 Signature with '+' sent unencoded arrives as a space, as at the real gateway.
    const Credentials demo = OtaSimulator::demoCredentials();
    QueryPairs params;
    QByteArray signature;
    for (int attempt = 0; attempt < 1000 && !signature.contains('+'); ++attempt) {
        params = SignedRequest::v1Params(demo, u"QueryOTAJob"_s, seedJob(), kNow);
        signature = SignedRequest::v1Signature("GET", params, demo.accessKeySecret);
    }
    QVERIFY(signature.contains('+'));
    const QByteArray query = SignedRequest::encodePairs(params)
            + "&Signature=" + PercentEncoding::encodeBytes(signature).replace("%2B", "+");
    const Reply reply = exchange(SignedRequest::get(m_fx->sim().endpoint(), query));
    VERIFY_GATEWAY_ERROR(reply, 400, u"SignatureDoesNotMatch"_s);
}

void TestOtaSimulator::rejectsWrongSignatureWithServerStringToSign_data()
{
    QTest::addColumn<Style>("style");
    addStyleRows();
}

void TestOtaSimulator::rejectsWrongSignatureWithServerStringToSign()
{
    QFETCH(Style, style);
    QSignalSpy handled(&m_fx->sim(), &OtaSimulator::requestHandled);
    Credentials wrongSecret = OtaSimulator::demoCredentials();
    wrongSecret.accessKeySecret = u"not-the-secret"_s;
    const Built built = build(Call {style, wrongSecret, u"QueryOTAJob"_s, seedJob()});
    const Reply reply = exchange(built.raw);
    VERIFY_GATEWAY_ERROR(reply, 400, u"SignatureDoesNotMatch"_s);
    // Same string to sign on both sides: the client learns that its secret is wrong, not its encoding.
    QCOMPARE(json(reply.body).value(u"Message").toString(),
             u"Specified signature is not matched with our calculation. server string to sign is:"_s
                     + QString::fromUtf8(built.stringToSign));
    QCOMPARE(m_fx->sim().acceptedCount(), 0);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0), (QVariantList {u"QueryOTAJob"_s, u"SignatureDoesNotMatch"_s}));
}

void TestOtaSimulator::reportsGatewayErrorsAsXml()
{
    Credentials wrongSecret = OtaSimulator::demoCredentials();
    wrongSecret.accessKeySecret = u"not-the-secret"_s;
    Call call {Style::V1Get, wrongSecret, u"QueryOTAJob"_s, seedJob()};
    call.format = u"XML"_s;
    const Reply reply = exchange(call);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.contentType, QByteArray("text/xml;charset=utf-8"));
    QString root;
    const QStringList leaves = flattenXml(reply.body, &root);
    QCOMPARE(root, u"Error"_s);
    QStringList names;
    for (const QString &leaf : leaves)
        names.append(leaf.section(u'=', 0, 0));
    QCOMPARE(names, (QStringList {u"Code"_s, u"HostId"_s, u"Message"_s, u"Recommend"_s, u"RequestId"_s}));
    QVERIFY(leaves.contains(u"Code=SignatureDoesNotMatch"_s));
}

void TestOtaSimulator::rejectsUnknownAccessKey_data()
{
    QTest::addColumn<Style>("style");
    addStyleRows();
}

void TestOtaSimulator::rejectsUnknownAccessKey()
{
    QFETCH(Style, style);
    const Credentials stranger {u"LTAI5tNoSuchKey000000000"_s, u"whatever"_s, {}};
    const Reply reply = exchange(Call {style, stranger, u"QueryOTAJob"_s, seedJob()});
    VERIFY_GATEWAY_ERROR(reply, 404, u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(json(reply.body).value(u"Message").toString(), u"Specified access key is not found."_s);
}

void TestOtaSimulator::rejectsReplayedNonce_data()
{
    QTest::addColumn<Style>("style");
    addStyleRows();
}

void TestOtaSimulator::rejectsReplayedNonce()
{
    QFETCH(Style, style);
    Call call {style, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()};
    call.nonce = u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s;
    QCOMPARE(exchange(call).status, 200);
    const Reply replay = exchange(call);
    VERIFY_GATEWAY_ERROR(replay, 400, u"SignatureNonceUsed"_s);
    QCOMPARE(json(replay.body).value(u"Message").toString(),
             u"Specified signature nonce was used already."_s);
    QCOMPARE(m_fx->sim().acceptedCount(), 1);
}

void TestOtaSimulator::keepsNoncesPerAccessKeyForFifteenMinutes()
{
    m_fx->sim().addAccessKey(u"LTAI5tSecondKey000000001"_s, u"second-secret"_s);
    Call call {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()};
    call.nonce = u"fixed-nonce-0001"_s;
    QCOMPARE(exchange(call).status, 200);

    Call otherKey = call;
    otherKey.credentials = {u"LTAI5tSecondKey000000001"_s, u"second-secret"_s, {}};
    QCOMPARE(exchange(otherKey).status, 200);

    m_fx->clock().advanceSecs(14 * 60);
    call.time = m_fx->clock().nowUtc();
    QCOMPARE(json(exchange(call).body).value(u"Code").toString(), u"SignatureNonceUsed"_s);

    m_fx->clock().advanceSecs(2 * 60);
    call.time = m_fx->clock().nowUtc();
    QCOMPARE(exchange(call).status, 200);
}

void TestOtaSimulator::enforcesFifteenMinuteClockSkew_data()
{
    QTest::addColumn<Style>("style");
    QTest::addColumn<int>("offsetSecs");
    QTest::addColumn<bool>("accepted");
    const std::pair<const char *, Style> styles[] = {{"v1", Style::V1Get}, {"v3", Style::V3PostForm}};
    for (const auto &[name, style] : styles) {
        QTest::addRow("%s-16min-ahead", name) << style << 16 * 60 << false;
        QTest::addRow("%s-16min-behind", name) << style << -16 * 60 << false;
        QTest::addRow("%s-14min-ahead", name) << style << 14 * 60 << true;
        QTest::addRow("%s-14min-behind", name) << style << -14 * 60 << true;
        QTest::addRow("%s-a-day-old", name) << style << -24 * 3600 << false;
    }
}

void TestOtaSimulator::enforcesFifteenMinuteClockSkew()
{
    QFETCH(Style, style);
    QFETCH(int, offsetSecs);
    QFETCH(bool, accepted);
    Call call {style, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()};
    call.time = kNow.addSecs(offsetSecs);
    const Reply reply = exchange(call);
    if (accepted) {
        QCOMPARE(reply.status, 200);
        return;
    }
    VERIFY_GATEWAY_ERROR(reply, 400, u"InvalidTimeStamp.Expired"_s);
    QCOMPARE(json(reply.body).value(u"Message").toString(),
             u"Specified time stamp or date value is expired."_s);
}

void TestOtaSimulator::rejectsMalformedTimestamp_data()
{
    QTest::addColumn<QString>("timestamp");
    QTest::newRow("space-separated") << u"2024-01-15 08:30:00"_s;
    QTest::newRow("milliseconds") << u"2024-01-15T08:30:00.000Z"_s;
    QTest::newRow("offset") << u"2024-01-15T16:30:00+08:00"_s;
    QTest::newRow("no-zone") << u"2024-01-15T08:30:00"_s;
    QTest::newRow("month-13") << u"2024-13-15T08:30:00Z"_s;
    QTest::newRow("words") << u"yesterday"_s;
}

void TestOtaSimulator::rejectsMalformedTimestamp()
{
    QFETCH(QString, timestamp);
    const Credentials demo = OtaSimulator::demoCredentials();
    const QueryPairs params = replaced(SignedRequest::v1Params(demo, u"QueryOTAJob"_s, seedJob(), kNow),
                                       u"Timestamp"_s, timestamp);
    const Reply reply = exchange(SignedRequest::v1Get(m_fx->sim().endpoint(), params, demo.accessKeySecret));
    VERIFY_GATEWAY_ERROR(reply, 400, u"InvalidTimeStamp.Format"_s);
}

void TestOtaSimulator::rejectsIncompleteSignature_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageStart");
    const QString incomplete
            = u"The request signature does not conform to Aliyun standards. server string to sign is:"_s;
    const QString missing
            = u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s;
    QTest::newRow("v1-no-signature") << u"v1-no-signature"_s << 400 << u"IncompleteSignature"_s << incomplete;
    QTest::newRow("v1-sha256-method")
            << u"v1-sha256-method"_s << 400 << u"IncompleteSignature"_s << incomplete;
    QTest::newRow("v1-version-2") << u"v1-version-2"_s << 400 << u"IncompleteSignature"_s << incomplete;
    QTest::newRow("v1-no-nonce") << u"v1-no-nonce"_s << 400 << u"MissingParameter"_s
                                 << missing.arg(u"SignatureNonce"_s);
    QTest::newRow("v1-no-timestamp") << u"v1-no-timestamp"_s << 400 << u"MissingParameter"_s
                                     << missing.arg(u"Timestamp"_s);
    QTest::newRow("v1-no-accesskeyid")
            << u"v1-no-accesskeyid"_s << 400 << u"MissingParameter"_s << missing.arg(u"AccessKeyId"_s);
    QTest::newRow("v3-malformed-authorization")
            << u"v3-malformed-authorization"_s << 400 << u"IncompleteSignature"_s << incomplete;
    QTest::newRow("v3-body-not-as-hashed")
            << u"v3-body-not-as-hashed"_s << 400 << u"IncompleteSignature"_s << incomplete;
    QTest::newRow("v3-no-content-sha256")
            << u"v3-no-content-sha256"_s << 400 << u"IncompleteSignature"_s << incomplete;
    QTest::newRow("v3-host-not-signed")
            << u"v3-host-not-signed"_s << 400 << u"IncompleteSignature"_s << incomplete;
    QTest::newRow("v3-acs-header-not-signed")
            << u"v3-acs-header-not-signed"_s << 400 << u"IncompleteSignature"_s << incomplete;
    QTest::newRow("v3-no-date") << u"v3-no-date"_s << 400 << u"MissingParameter"_s
                                << missing.arg(u"x-acs-date"_s);
}

void TestOtaSimulator::rejectsIncompleteSignature()
{
    QFETCH(QString, tamper);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, messageStart);
    const Credentials demo = OtaSimulator::demoCredentials();
    const QUrl endpoint = m_fx->sim().endpoint();
    SignedRequest::Raw raw;
    if (tamper.startsWith(u"v1-")) {
        QueryPairs params = SignedRequest::v1Params(demo, u"QueryOTAJob"_s, seedJob(), kNow);
        if (tamper == u"v1-no-signature")
            raw = SignedRequest::get(endpoint, SignedRequest::encodePairs(params));
        else if (tamper == u"v1-sha256-method")
            params = replaced(params, u"SignatureMethod"_s, u"HMAC-SHA256"_s);
        else if (tamper == u"v1-version-2")
            params = replaced(params, u"SignatureVersion"_s, u"2.0"_s);
        else if (tamper == u"v1-no-nonce")
            params = without(params, u"SignatureNonce"_s);
        else if (tamper == u"v1-no-timestamp")
            params = without(params, u"Timestamp"_s);
        else if (tamper == u"v1-no-accesskeyid")
            params = without(params, u"AccessKeyId"_s);
        if (tamper != u"v1-no-signature")
            raw = SignedRequest::v1Get(endpoint, params, demo.accessKeySecret);
    } else {
        SignedRequest::V3 v3 = SignedRequest::v3Post(endpoint, demo, u"QueryOTAJob"_s, {}, seedJob(), kNow);
        raw = v3.raw;
        if (tamper == u"v3-malformed-authorization") {
            raw.request.setRawHeader("Authorization", "ACS3-HMAC-SHA256 " + v3.signature);
        } else if (tamper == u"v3-body-not-as-hashed") {
            raw.body = SignedRequest::encodePairs({{u"JobId"_s, u"HvKuBpuk3rdk6E92CPgray0200"_s}});
        } else if (tamper == u"v3-no-content-sha256") {
            raw.request.setRawHeader("x-acs-content-sha256", QByteArray());
        } else if (tamper == u"v3-host-not-signed") {
            QByteArray signedHeaders = v3.signedHeaders;
            signedHeaders.replace("host;", "");
            raw.request.setRawHeader(
                    "Authorization",
                    RpcSigner::authorizationV3(demo.accessKeyId, signedHeaders, v3.signature));
        } else if (tamper == u"v3-acs-header-not-signed") {
            raw.request.setRawHeader("x-acs-accesskey-id", demo.accessKeyId.toUtf8());
        } else if (tamper == u"v3-no-date") {
            raw.request.setRawHeader("x-acs-date", QByteArray());
        }
    }
    const Reply reply = exchange(raw);
    VERIFY_GATEWAY_ERROR(reply, status, code);
    QVERIFY2(json(reply.body).value(u"Message").toString().startsWith(messageStart), reply.body.constData());
    QCOMPARE(m_fx->sim().acceptedCount(), 0);
}

void TestOtaSimulator::rejectsMissingJobId_data()
{
    QTest::addColumn<Style>("style");
    QTest::addColumn<QueryPairs>("operation");
    QTest::newRow("v1-absent") << Style::V1Get << QueryPairs {};
    QTest::newRow("v1-empty") << Style::V1Get << QueryPairs {{u"JobId"_s, QString()}};
    QTest::newRow("v3-absent") << Style::V3PostForm << QueryPairs {{u"IotInstanceId"_s, u"iot-cn-0pp1n8t"_s}};
}

void TestOtaSimulator::rejectsMissingJobId()
{
    QFETCH(Style, style);
    QFETCH(QueryPairs, operation);
    const Reply reply = exchange(Call {style, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, operation});
    VERIFY_GATEWAY_ERROR(reply, 400, u"MissingParameter"_s);
    QCOMPARE(
            json(reply.body).value(u"Message").toString(),
            u"The input parameter \"JobId\" that is mandatory for processing this request is not supplied."_s);
}

void TestOtaSimulator::rejectsUnknownActionOrVersion_data()
{
    QTest::addColumn<Style>("style");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("version");
    QTest::newRow("v1-unknown-action") << Style::V1Get << u"QueryOTAJobStatistics"_s << u"2018-01-20"_s;
    QTest::newRow("v1-lowercase-action") << Style::V1Get << u"queryotajob"_s << u"2018-01-20"_s;
    QTest::newRow("v1-other-version") << Style::V1Get << u"QueryOTAJob"_s << u"2017-04-20"_s;
    QTest::newRow("v3-unknown-action") << Style::V3PostForm << u"QueryOTAJobStatistics"_s << u"2018-01-20"_s;
}

void TestOtaSimulator::rejectsUnknownActionOrVersion()
{
    QFETCH(Style, style);
    QFETCH(QString, action);
    QFETCH(QString, version);
    const Credentials demo = OtaSimulator::demoCredentials();
    SignedRequest::Raw raw;
    if (style == Style::V1Get) {
        const QueryPairs params
                = replaced(SignedRequest::v1Params(demo, action, seedJob(), kNow), u"Version"_s, version);
        raw = SignedRequest::v1Get(m_fx->sim().endpoint(), params, demo.accessKeySecret);
    } else {
        raw = build(Call {style, demo, action, seedJob()}).raw;
    }
    const Reply reply = exchange(raw);
    VERIFY_GATEWAY_ERROR(reply, 404, u"InvalidApi.NotFound"_s);
    QCOMPARE(json(reply.body).value(u"Message").toString(),
             u"Specified api is not found, please check your url and method."_s);
}

void TestOtaSimulator::checksInGatewayOrder()
{
    const auto codeOf = [](const Reply &reply) {
        return json(reply.body).value(u"Code").toString();
    };
    Credentials wrongSecret = OtaSimulator::demoCredentials();
    wrongSecret.accessKeySecret = u"not-the-secret"_s;

    // Credentials before anything else: an unknown key with a stale timestamp is an unknown key.
    Call stale {Style::V1Get, {u"LTAI5tNoSuchKey000000000"_s, u"x"_s, {}}, u"QueryOTAJob"_s, seedJob()};
    stale.time = kNow.addSecs(-3600);
    QCOMPARE(codeOf(exchange(stale)), u"InvalidAccessKeyId.NotFound"_s);
    // Signature before time: a wrong signature on a stale request is a wrong signature.
    stale.credentials = wrongSecret;
    QCOMPARE(codeOf(exchange(stale)), u"SignatureDoesNotMatch"_s);
    // Signature before the action: a wrongly signed unknown action is a wrong signature.
    QCOMPARE(codeOf(exchange(Call {Style::V1Get, wrongSecret, u"NoSuchAction"_s, {}})),
             u"SignatureDoesNotMatch"_s);
    // Time before nonce: an expired replay is expired (and its nonce is not consumed).
    Call once {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()};
    once.nonce = u"order-nonce"_s;
    once.time = kNow.addSecs(-3600);
    QCOMPARE(codeOf(exchange(once)), u"InvalidTimeStamp.Expired"_s);
    once.time = kNow;
    QCOMPARE(exchange(once).status, 200);
    // Flow control before the action and its parameters.
    m_fx->sim().setRateLimit(1);
    QCOMPARE(codeOf(exchange(Call {Style::V1Get, OtaSimulator::demoCredentials(), u"NoSuchAction"_s, {}})),
             u"Throttling.User"_s);
    QCOMPARE(codeOf(exchange(Call {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, {}})),
             u"Throttling.User"_s);
}

void TestOtaSimulator::throttlesBurstAboveRateLimit()
{
    QList<QNetworkReply *> replies;
    int finished = 0;
    for (int i = 0; i < 11; ++i) {
        const SignedRequest::Raw raw
                = build(Call {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()})
                          .raw;
        QNetworkReply *reply = m_fx->network().sendCustomRequest(raw.request, raw.method, raw.body);
        connect(reply, &QNetworkReply::finished, this, [&finished] { ++finished; });
        replies.append(reply);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 11, 10000);

    int throttledReplies = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const QJsonObject body = json(reply->readAll());
        if (body.value(u"Code").toString() == u"Throttling.User") {
            ++throttledReplies;
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
            QCOMPARE(body.value(u"Message").toString(), u"Request was denied due to user flow control."_s);
        } else {
            QCOMPARE(body.value(u"Success"), QJsonValue(true));
        }
        reply->deleteLater();
    }
    QVERIFY(throttledReplies >= 1);
    QCOMPARE(m_fx->sim().throttledCount(), throttledReplies);
    QCOMPARE(m_fx->sim().acceptedCount() + m_fx->sim().throttledCount(), 11);

    // Never more than 10 accepted within any 1000 ms.
    const QList<qint64> times = m_fx->sim().acceptedTimesMs();
    QCOMPARE(times.size(), m_fx->sim().acceptedCount());
    for (qsizetype i = 0; i < times.size(); ++i) {
        qsizetype inWindow = 0;
        for (qsizetype j = 0; j <= i; ++j)
            inWindow += times.at(i) - times.at(j) < 1000 ? 1 : 0;
        QVERIFY2(inWindow <= 10, qPrintable(u"%1 accepted within 1000 ms"_s.arg(inWindow)));
    }
}

void TestOtaSimulator::slidesRateWindowPerAccessKey()
{
    m_fx->sim().setRateLimit(2);
    m_fx->sim().addAccessKey(u"LTAI5tSecondKey000000001"_s, u"second-secret"_s);
    const Call demo {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()};
    const Call second {Style::V1Get,
                       {u"LTAI5tSecondKey000000001"_s, u"second-secret"_s, {}},
                       u"QueryOTAJob"_s,
                       seedJob()};
    QCOMPARE(exchange(demo).status, 200);
    QCOMPARE(exchange(demo).status, 200);
    const Reply third = exchange(demo);
    VERIFY_GATEWAY_ERROR(third, 400, u"Throttling.User"_s);
    QCOMPARE(exchange(second).status, 200); // another AccessKeyId has its own window
    // The window is 1000 ms of the simulator's (manual) clock: both accepted requests leave it.
    m_fx->clock().advanceMs(1000);
    QCOMPARE(exchange(demo).status, 200);
}

void TestOtaSimulator::checksSecurityToken_data()
{
    QTest::addColumn<Style>("style");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("accepted");
    const std::pair<const char *, Style> styles[]
            = {{"v1-get", Style::V1Get}, {"v1-post", Style::V1PostForm}, {"v3", Style::V3PostForm}};
    for (const auto &[name, style] : styles) {
        QTest::addRow("%s-matching", name) << style << u"CAIS8QF1q6Ft5B2yfSjIr5bvDtW"_s << true;
        QTest::addRow("%s-other-token", name) << style << u"CAIS8QF1q6Ft5B2yfSjIr5bvXXX"_s << false;
        QTest::addRow("%s-no-token", name) << style << QString() << false;
    }
}

void TestOtaSimulator::checksSecurityToken()
{
    QFETCH(Style, style);
    QFETCH(QString, token);
    QFETCH(bool, accepted);
    m_fx->sim().addAccessKey(u"STS.NUgYrLnoC37mZZCNnAbez2ymv"_s, u"sts-secret"_s,
                             u"CAIS8QF1q6Ft5B2yfSjIr5bvDtW"_s);
    const Credentials sts {u"STS.NUgYrLnoC37mZZCNnAbez2ymv"_s, u"sts-secret"_s, token};
    const Reply reply = exchange(Call {style, sts, u"QueryOTAJob"_s, seedJob()});
    if (accepted) {
        QCOMPARE(reply.status, 200);
        return;
    }
    VERIFY_GATEWAY_ERROR(reply, 404, u"InvalidAccessKeyId.NotFound"_s);
}

void TestOtaSimulator::injectsFault_data()
{
    QTest::addColumn<OtaSimulator::Fault>("fault");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("handledCode");
    const QByteArray jsonType("application/json;charset=utf-8");
    QTest::newRow("oversized-body") << OtaSimulator::Fault::OversizedBody << u"JSON"_s << 200 << jsonType
                                    << u"Fault.OversizedBody"_s;
    QTest::newRow("truncated-json") << OtaSimulator::Fault::TruncatedJson << u"JSON"_s << 200 << jsonType
                                    << u"Fault.TruncatedJson"_s;
    QTest::newRow("truncated-xml") << OtaSimulator::Fault::TruncatedJson << u"XML"_s << 200
                                   << QByteArray("text/xml;charset=utf-8") << u"Fault.TruncatedJson"_s;
    QTest::newRow("html-500") << OtaSimulator::Fault::Html500 << u"JSON"_s << 500 << QByteArray("text/html")
                              << u"Fault.Html500"_s;
    QTest::newRow("system-exception") << OtaSimulator::Fault::SystemException << u"JSON"_s << 200 << jsonType
                                      << u"iot.system.SystemException"_s;
    QTest::newRow("system-exception-xml")
            << OtaSimulator::Fault::SystemException << u"XML"_s << 200 << QByteArray("text/xml;charset=utf-8")
            << u"iot.system.SystemException"_s;
    QTest::newRow("throttle") << OtaSimulator::Fault::Throttle << u"JSON"_s << 400 << jsonType
                              << u"Throttling.User"_s;
    QTest::newRow("binary-junk") << OtaSimulator::Fault::BinaryJunk << u"JSON"_s << 200 << jsonType
                                 << u"Fault.BinaryJunk"_s;
}

void TestOtaSimulator::injectsFault()
{
    QFETCH(OtaSimulator::Fault, fault);
    QFETCH(QString, format);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, handledCode);
    QSignalSpy handled(&m_fx->sim(), &OtaSimulator::requestHandled);
    m_fx->sim().setFault(fault);
    Call call {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()};
    call.format = format;

    for (int round = 0; round < 2; ++round) { // every following request, not just the next one
        const Reply reply = exchange(call);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.contentType, contentType);
        QCOMPARE(handled.last(), (QVariantList {u"QueryOTAJob"_s, handledCode}));
        QJsonParseError parseError;
        const QJsonObject body = QJsonDocument::fromJson(reply.body, &parseError).object();
        switch (fault) {
        case OtaSimulator::Fault::OversizedBody:
            QCOMPARE(reply.body.size(), 8 * 1024 * 1024);
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QCOMPARE(body.value(u"Success"), QJsonValue(true));
            break;
        case OtaSimulator::Fault::TruncatedJson:
            QVERIFY(reply.body.size() > 100);
            if (format == u"XML") {
                QXmlStreamReader reader(reply.body);
                while (!reader.atEnd())
                    reader.readNext();
                QCOMPARE(reader.error(), QXmlStreamReader::PrematureEndOfDocumentError);
            } else {
                QVERIFY(reply.body.startsWith("{\"Data\":{"));
                QVERIFY(parseError.error != QJsonParseError::NoError);
            }
            break;
        case OtaSimulator::Fault::Html500:
            QVERIFY(reply.body.startsWith("<html>"));
            break;
        case OtaSimulator::Fault::SystemException:
            if (format == u"XML") {
                const QStringList leaves = flattenXml(reply.body);
                QVERIFY(leaves.contains(u"Success=false"_s));
                QVERIFY(leaves.contains(u"Code=iot.system.SystemException"_s));
                QVERIFY(leaves.contains(u"ErrorMessage=A system exception occurred."_s));
            } else {
                QCOMPARE(body.value(u"Success"), QJsonValue(false));
                QCOMPARE(body.value(u"Code").toString(), u"iot.system.SystemException"_s);
                QCOMPARE(body.value(u"ErrorMessage").toString(), u"A system exception occurred."_s);
                QVERIFY(isRequestId(body.value(u"RequestId").toString()));
            }
            break;
        case OtaSimulator::Fault::Throttle:
            VERIFY_GATEWAY_ERROR(reply, 400, u"Throttling.User"_s);
            QCOMPARE(m_fx->sim().acceptedCount(), 0);
            QCOMPARE(m_fx->sim().throttledCount(), round + 1);
            break;
        case OtaSimulator::Fault::BinaryJunk:
            QCOMPARE(reply.body.size(), 4096);
            QCOMPARE(reply.body.at(0), '\0');
            QVERIFY(parseError.error != QJsonParseError::NoError);
            break;
        case OtaSimulator::Fault::None:
        case OtaSimulator::Fault::NeverAnswer:
            QFAIL("not a row");
        }
    }

    m_fx->sim().setFault(OtaSimulator::Fault::None);
    call.format = u"JSON"_s;
    const Reply healthy = exchange(call);
    QCOMPARE(healthy.status, 200);
    QCOMPARE(json(healthy.body).value(u"Data").toObject(), m_seedSample.value(u"Data").toObject());
}

void TestOtaSimulator::neverAnswerKeepsConnectionOpen()
{
    m_fx->sim().setFault(OtaSimulator::Fault::NeverAnswer);
    QSignalSpy handled(&m_fx->sim(), &OtaSimulator::requestHandled);
    const SignedRequest::Raw raw
            = build(Call {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()}).raw;
    QNetworkReply *reply = m_fx->network().sendCustomRequest(raw.request, raw.method, raw.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(handled.wait(5000));
    QCOMPARE(handled.last(), (QVariantList {u"QueryOTAJob"_s, u"Fault.NeverAnswer"_s}));
    QCOMPARE(m_fx->sim().acceptedCount(), 1);
    // The server read it and stays silent, the connection open: a later request (on a second connection) is
    // answered while the first is still waiting. An event to wait for, not a stretch of quiet.
    m_fx->sim().setFault(OtaSimulator::Fault::None);
    QCOMPARE(exchange(Call {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()})
                     .status,
             200);
    QVERIFY(finished.isEmpty());
    QVERIFY(reply->isRunning());

    reply->abort();
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    reply->deleteLater();
    // The client gave up; the simulator goes on serving.
    QCOMPARE(exchange(Call {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()})
                     .status,
             200);
}

void TestOtaSimulator::faultsComeAfterGatewayChecksAndOnlyForServedActions()
{
    Credentials wrongSecret = OtaSimulator::demoCredentials();
    wrongSecret.accessKeySecret = u"not-the-secret"_s;
    m_fx->sim().setFault(OtaSimulator::Fault::NeverAnswer);
    // A parked connection would time out here; a gateway rejection answers at once.
    const Reply badSignature = exchange(Call {Style::V1Get, wrongSecret, u"QueryOTAJob"_s, seedJob()}, 5000);
    VERIFY_GATEWAY_ERROR(badSignature, 400, u"SignatureDoesNotMatch"_s);
    const Reply unknownAction = exchange(
            Call {Style::V1Get, OtaSimulator::demoCredentials(), u"NoSuchAction"_s, seedJob()}, 5000);
    VERIFY_GATEWAY_ERROR(unknownAction, 404, u"InvalidApi.NotFound"_s);

    m_fx->sim().setFault(OtaSimulator::Fault::Html500);
    Call replay {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()};
    replay.nonce = u"fault-nonce"_s;
    QCOMPARE(exchange(replay).status, 500);
    const Reply replayed = exchange(replay);
    VERIFY_GATEWAY_ERROR(replayed, 400, u"SignatureNonceUsed"_s);
}

void TestOtaSimulator::decidesFaultsPerRequestByRule()
{
    const QString faulty = u"HvKuBpuk3rdk6E92CPdyna0200"_s;
    QStringList asked;
    m_fx->sim().setFaultRule(
            [&asked, faulty](const QString &action,
                             const QueryPairs &params) -> std::optional<OtaSimulator::Fault> {
                asked.append(action);
                if (params.contains({u"JobId"_s, faulty}))
                    return OtaSimulator::Fault::Html500;
                return std::nullopt;
            });
    const Call faultyCall {
            Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, {{u"JobId"_s, faulty}}};
    const Call healthyCall {Style::V1Get, OtaSimulator::demoCredentials(), u"QueryOTAJob"_s, seedJob()};
    QCOMPARE(exchange(faultyCall).status, 500);
    QCOMPARE(exchange(healthyCall).status, 200); // the rule said nothing: setFault()'s mode, None
    QCOMPARE(asked, (QStringList {u"QueryOTAJob"_s, u"QueryOTAJob"_s}));

    // The rule decides before the mode; requests the gateway refuses, or actions it does not serve, never
    // reach it.
    m_fx->sim().setFault(OtaSimulator::Fault::Throttle);
    QCOMPARE(exchange(faultyCall).status, 500);
    const Reply throttled = exchange(healthyCall);
    VERIFY_GATEWAY_ERROR(throttled, 400, u"Throttling.User"_s);
    Credentials wrongSecret = OtaSimulator::demoCredentials();
    wrongSecret.accessKeySecret = u"not-the-secret"_s;
    const Reply refused
            = exchange(Call {Style::V1Get, wrongSecret, u"QueryOTAJob"_s, {{u"JobId"_s, faulty}}});
    VERIFY_GATEWAY_ERROR(refused, 400, u"SignatureDoesNotMatch"_s);
    const Reply unserved = exchange(
            Call {Style::V1Get, OtaSimulator::demoCredentials(), u"NoSuchAction"_s, {{u"JobId"_s, faulty}}});
    VERIFY_GATEWAY_ERROR(unserved, 404, u"InvalidApi.NotFound"_s);
    QCOMPARE(asked.size(), 4);

    m_fx->sim().setFaultRule({});
    m_fx->sim().setFault(OtaSimulator::Fault::None);
    QCOMPARE(exchange(faultyCall).status, 200);
    QCOMPARE(asked.size(), 4);
}

void TestOtaSimulator::reportsUnknownJobAsBusinessError_data()
{
    QTest::addColumn<Style>("style");
    QTest::addColumn<QString>("format");
    QTest::newRow("v1-json") << Style::V1Get << u"JSON"_s;
    QTest::newRow("v1-xml") << Style::V1Get << u"XML"_s;
    QTest::newRow("v3-json") << Style::V3PostForm << u"JSON"_s;
}

void TestOtaSimulator::reportsUnknownJobAsBusinessError()
{
    QFETCH(Style, style);
    QFETCH(QString, format);
    QSignalSpy handled(&m_fx->sim(), &OtaSimulator::requestHandled);
    Call call {style,
               OtaSimulator::demoCredentials(),
               u"QueryOTAJob"_s,
               {{u"JobId"_s, u"wahVIzGkCMuAUE2gDERM020200"_s}}};
    call.format = format;
    const Reply reply = exchange(call);
    QCOMPARE(reply.status, 200);
    QCOMPARE(handled.last(), (QVariantList {u"QueryOTAJob"_s, u"iot.system.IllegalRequest"_s}));
    if (format == u"XML") {
        QCOMPARE(reply.contentType, QByteArray("text/xml;charset=utf-8"));
        QString root;
        const QStringList leaves = flattenXml(reply.body, &root);
        QCOMPARE(root, u"QueryOTAJobResponse"_s);
        QVERIFY(leaves.contains(u"Success=false"_s));
        QVERIFY(leaves.contains(u"Code=iot.system.IllegalRequest"_s));
        QVERIFY(leaves.contains(u"ErrorMessage=The specified update batch does not exist."_s));
        return;
    }
    QCOMPARE(reply.contentType, QByteArray("application/json;charset=utf-8"));
    const QJsonObject body = json(reply.body);
    QCOMPARE(body.keys(), (QStringList {u"Code"_s, u"ErrorMessage"_s, u"RequestId"_s, u"Success"_s}));
    QCOMPARE(body.value(u"Success"), QJsonValue(false));
    QCOMPARE(body.value(u"Code").toString(), u"iot.system.IllegalRequest"_s);
    QCOMPARE(body.value(u"ErrorMessage").toString(), u"The specified update batch does not exist."_s);
}

QTEST_GUILESS_MAIN(TestOtaSimulator)
#include "tst_otasimulator.moc"
