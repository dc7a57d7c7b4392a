#include "GatewayError.h"
#include "ResponseEncoder.h"
#include "SimAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<SimTaskRecord>)

// otasim's response bodies: the hand-written task-list JSON says what QJsonDocument would, and the three
// envelopes (success, business error, gateway error) have the members and roots the SDKs read, in JSON and
// XML.
class TestResponseEncoder : public QObject
{
    Q_OBJECT
private slots:
    void writesTasksAsQJsonDocumentWould_data();
    void writesTasksAsQJsonDocumentWould();
    void splicesTasksIntoTheSuccessBody();
    void writesTasksAsRepeatedXmlElements();
    void writesGatewayErrorsWithTheirFiveMembers();
    void writesBusinessErrorsInTheActionsShape();
    void answersInTheShapeOfTheAnswer();
};

namespace {

SimTaskRecord task(const QString &deviceName, const QString &desc = {})
{
    SimTaskRecord record {{u"DestVersion"_s, u"1.2.0"_s}, {u"DeviceName"_s, deviceName}};
    if (!desc.isEmpty())
        record.append({u"TaskDesc"_s, desc});
    record.append({u"TaskStatus"_s, u"FAILED"_s});
    return record;
}

// The names of the root element and of its children, in order.
QStringList xmlOutline(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QStringList names;
    int depth = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth <= 1)
                names.append(reader.name().toString());
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (reader.hasError())
        names.append(u"XML error: "_s + reader.errorString());
    return names;
}

} // namespace

void TestResponseEncoder::writesTasksAsQJsonDocumentWould_data()
{
    QTest::addColumn<QList<SimTaskRecord>>("records");
    QTest::addColumn<bool>("sameBytes"); // besides the same JSON: the same text
    QTest::newRow("none") << QList<SimTaskRecord>() << true;
    QTest::newRow("ascii") << QList<SimTaskRecord> {task(u"dev-000001"_s),
                                                    task(u"dev-000002"_s, u"Timeout"_s)}
                           << true;
    QTest::newRow("empty text") << QList<SimTaskRecord> {task(QString())} << true;
    QTest::newRow("quotes and backslashes")
            << QList<SimTaskRecord> {task(u"dev-\"1\""_s, u"C:\\ota\\pkg.bin"_s)} << true;
    QTest::newRow("chinese") << QList<SimTaskRecord> {task(u"温湿度-01"_s, u"升级失败：设备回滚"_s)} << true;
    QTest::newRow("controls") << QList<SimTaskRecord> {task(u"dev-1"_s, u"line\nbreak\ttab\u0001"_s)}
                              << false;
}

void TestResponseEncoder::writesTasksAsQJsonDocumentWould()
{
    QFETCH(QList<SimTaskRecord>, records);
    QFETCH(bool, sameBytes);
    const QByteArray fast = ResponseEncoder::tasksJson(records);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(fast, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.array(), ResponseEncoder::tasksArray(records));
    if (sameBytes)
        QCOMPARE(fast, QJsonDocument(ResponseEncoder::tasksArray(records)).toJson(QJsonDocument::Compact));
}

void TestResponseEncoder::splicesTasksIntoTheSuccessBody()
{
    const ResponseEncoder encoder(false, u"ListOTATaskByJob"_s, u"127.0.0.1"_s);
    QCOMPARE(encoder.contentType(), QByteArray("application/json;charset=utf-8"));
    SimAnswer answer = SimAnswer::success({{u"CurrentPage"_s, 1}, {u"PageSize"_s, 2}, {u"Total"_s, 2}});
    answer.tasks = QList<SimTaskRecord> {task(u"dev-000001"_s), task(u"dev-000002"_s, u"Timeout"_s)};
    const QJsonObject body = QJsonDocument::fromJson(encoder.success(answer, u"REQ-1"_s)).object();
    QCOMPARE(body.keys(),
             (QStringList {u"CurrentPage"_s, u"Data"_s, u"PageSize"_s, u"RequestId"_s, u"Success"_s,
                           u"Total"_s}));
    QCOMPARE(body.value(u"Data").toObject().value(u"SimpleOTATaskInfo").toArray(),
             ResponseEncoder::tasksArray(*answer.tasks));
    QCOMPARE(body.value(u"RequestId").toString(), u"REQ-1"_s);
    QCOMPARE(body.value(u"Success"), QJsonValue(true));

    // No tasks at all: still an (empty) array.
    answer.tasks = QList<SimTaskRecord>();
    const QJsonObject empty = QJsonDocument::fromJson(encoder.success(answer, u"REQ-2"_s)).object();
    QVERIFY(empty.value(u"Data").toObject().value(u"SimpleOTATaskInfo").isArray());
}

void TestResponseEncoder::writesTasksAsRepeatedXmlElements()
{
    const ResponseEncoder encoder(true, u"ListOTATaskByJob"_s, u"127.0.0.1"_s);
    QCOMPARE(encoder.contentType(), QByteArray("text/xml;charset=utf-8"));
    SimAnswer answer = SimAnswer::success({{u"Total"_s, 2}});
    answer.tasks = QList<SimTaskRecord> {task(u"dev-000001"_s), task(u"dev-000002"_s)};
    const QByteArray xml = encoder.success(answer, u"REQ-1"_s);
    QCOMPARE(xmlOutline(xml),
             (QStringList {u"ListOTATaskByJobResponse"_s, u"Total"_s, u"Data"_s, u"RequestId"_s,
                           u"Success"_s}));
    QCOMPARE(xml.count("<SimpleOTATaskInfo>"), 2);
    QVERIFY(xml.contains("<DeviceName>dev-000002</DeviceName>"));
}

void TestResponseEncoder::writesGatewayErrorsWithTheirFiveMembers()
{
    const GatewayError error = GatewayError::throttled();
    const QJsonObject json
            = QJsonDocument::fromJson(ResponseEncoder(false, u"QueryOTAJob"_s, u"iot.example"_s)
                                              .gatewayError(error, u"REQ-9"_s))
                      .object();
    QCOMPARE(json.keys(),
             (QStringList {u"Code"_s, u"HostId"_s, u"Message"_s, u"Recommend"_s, u"RequestId"_s}));
    QCOMPARE(json.value(u"Code").toString(), u"Throttling.User"_s);
    QCOMPARE(json.value(u"HostId").toString(), u"iot.example"_s);
    QCOMPARE(json.value(u"Message").toString(), u"Request was denied due to user flow control."_s);
    QCOMPARE(json.value(u"Recommend").toString(),
             u"https://api.aliyun.com/troubleshoot?q=Throttling.User&product=Iot&requestId=REQ-9"_s);
    const QByteArray xml
            = ResponseEncoder(true, u"QueryOTAJob"_s, u"iot.example"_s).gatewayError(error, u"REQ-9"_s);
    QCOMPARE(
            xmlOutline(xml),
            (QStringList {u"Error"_s, u"RequestId"_s, u"HostId"_s, u"Code"_s, u"Message"_s, u"Recommend"_s}));
}

void TestResponseEncoder::writesBusinessErrorsInTheActionsShape()
{
    const QJsonObject json = QJsonDocument::fromJson(ResponseEncoder(false, u"QueryOTAJob"_s, u"h"_s)
                                                             .businessError(u"iot.system.IllegalRequest"_s,
                                                                            u"No such batch."_s, u"REQ-3"_s))
                                     .object();
    QCOMPARE(json.keys(), (QStringList {u"Code"_s, u"ErrorMessage"_s, u"RequestId"_s, u"Success"_s}));
    QCOMPARE(json.value(u"Success"), QJsonValue(false));
    const QByteArray xml
            = ResponseEncoder(true, u"QueryOTAJob"_s, u"h"_s)
                      .businessError(u"iot.system.IllegalRequest"_s, u"No such batch."_s, u"REQ-3"_s);
    QCOMPARE(xmlOutline(xml),
             (QStringList {u"QueryOTAJobResponse"_s, u"RequestId"_s, u"Success"_s, u"Code"_s,
                           u"ErrorMessage"_s}));
}

void TestResponseEncoder::answersInTheShapeOfTheAnswer()
{
    const ResponseEncoder encoder(false, u"QueryOTAJob"_s, u"h"_s);
    const SimAnswer rejected = SimAnswer::rejection(GatewayError::missingParameter(u"JobId"_s));
    QCOMPARE(rejected.httpStatus(), 400);
    QCOMPARE(rejected.resultCode(), u"MissingParameter"_s);
    QVERIFY(QJsonDocument::fromJson(encoder.answer(rejected, u"R"_s)).object().contains(u"HostId"));
    const SimAnswer business = SimAnswer::businessError(u"iot.ota.FirmwareNotFound"_s, u"gone"_s);
    QCOMPARE(business.httpStatus(), 200);
    QCOMPARE(business.resultCode(), u"iot.ota.FirmwareNotFound"_s);
    QCOMPARE(QJsonDocument::fromJson(encoder.answer(business, u"R"_s))
                     .object()
                     .value(u"ErrorMessage")
                     .toString(),
             u"gone"_s);
    const SimAnswer success = SimAnswer::success({{u"Data"_s, QJsonObject {{u"JobId"_s, u"j"_s}}}});
    QCOMPARE(success.httpStatus(), 200);
    QCOMPARE(success.resultCode(), QString());
    QCOMPARE(QJsonDocument::fromJson(encoder.answer(success, u"R"_s)).object().value(u"Success"),
             QJsonValue(true));
}

QTEST_GUILESS_MAIN(TestResponseEncoder)
#include "tst_responseencoder.moc"
