#include "TestData.h"
#include "api/OtaListCalls.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The list APIs' parameters and the reading of their responses. The list_*.json/.xml fixtures are written
// from the shapes of the official SDK models (@alicloud/iot20180120 3.0.11, shared/api/REFERENCE.md
// section 3); each XML file carries the same page as its JSON twin.
class TestOtaListCalls : public QObject
{
    Q_OBJECT
private slots:
    void sendsOnlyTheParametersThatAreSet_data();
    void sendsOnlyTheParametersThatAreSet();
    void readsTaskPage_data();
    void readsTaskPage();
    void readsJobPage_data();
    void readsJobPage();
    void readsFirmwarePage_data();
    void readsFirmwarePage();
    void readsProductPage_data();
    void readsProductPage();
    void readsNumbersSentAsStrings();
    void readsSingleItemXmlList();
    void readsEmptyPage_data();
    void readsEmptyPage();
    void derivesPageCountWhenAbsent();
    void readsTaskProgress_data();
    void readsTaskProgress();
    void keepsUnknownTaskStatusCode();
    void passesThroughTheCallsError();
    void reportsBusinessErrorInBody_data();
    void reportsBusinessErrorInBody();
    void reportsMalformedBody_data();
    void reportsMalformedBody();
    void takesRequestIdFromBody();
};

namespace {

RpcResponse responseOf(const QByteArray &body, ResponseFormat format)
{
    RpcResponse response;
    response.httpStatus = 200;
    response.body = body;
    response.format = format;
    response.contentType = format == ResponseFormat::Xml
            ? QByteArrayLiteral("text/xml;charset=utf-8")
            : QByteArrayLiteral("application/json;charset=utf-8");
    response.requestId = u"header-request-id"_s;
    return response;
}

RpcResponse fixture(const QString &stem, ResponseFormat format)
{
    return responseOf(testData(stem + (format == ResponseFormat::Xml ? u".xml"_s : u".json"_s)), format);
}

void addFormatRows()
{
    QTest::addColumn<ResponseFormat>("format");
    QTest::newRow("json") << ResponseFormat::Json;
    QTest::newRow("xml") << ResponseFormat::Xml;
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

// A ListOTATaskByJob JSON body around the given SimpleOTATaskInfo members.
QByteArray taskBody(const QByteArray &items,
                    const QByteArray &paging = R"("CurrentPage":1,"PageSize":10,"Total":1)")
{
    return R"({"RequestId":"r","Success":true,)" + paging + R"(,"Data":{"SimpleOTATaskInfo":[)" + items
            + "]}}";
}

} // namespace

void TestOtaListCalls::sendsOnlyTheParametersThatAreSet_data()
{
    QTest::addColumn<QueryPairs>("params");
    QTest::addColumn<QueryPairs>("expected");
    const QString instance = u"iot-cn-0pp1n8t****"_s;
    QTest::newRow("products") << QueryProductList::params(1, 50)
                              << QueryPairs {{u"CurrentPage"_s, u"1"_s}, {u"PageSize"_s, u"50"_s}};
    QTest::newRow("products-instance")
            << QueryProductList::params(2, 200, instance)
            << QueryPairs {
                       {u"CurrentPage"_s, u"2"_s}, {u"PageSize"_s, u"200"_s}, {u"IotInstanceId"_s, instance}};
    QTest::newRow("products-clamped") << QueryProductList::params(0, 500)
                                      << QueryPairs {{u"CurrentPage"_s, u"1"_s}, {u"PageSize"_s, u"200"_s}};
    QTest::newRow("firmware-any-product")
            << ListOtaFirmware::params(QString(), 1, 100)
            << QueryPairs {{u"CurrentPage"_s, u"1"_s}, {u"PageSize"_s, u"100"_s}};
    QTest::newRow("firmware-product-instance") << ListOtaFirmware::params(u"a19mzPZ****"_s, 3, 20, instance)
                                               << QueryPairs {{u"CurrentPage"_s, u"3"_s},
                                                              {u"PageSize"_s, u"20"_s},
                                                              {u"ProductKey"_s, u"a19mzPZ****"_s},
                                                              {u"IotInstanceId"_s, instance}};
    QTest::newRow("firmware-clamped") << ListOtaFirmware::params(QString(), 1, 1000)
                                      << QueryPairs {{u"CurrentPage"_s, u"1"_s}, {u"PageSize"_s, u"100"_s}};
    QTest::newRow("jobs") << ListOtaJobByFirmware::params(u"UfuxnwygsuSkVE0VCN****0100"_s, 1, 200)
                          << QueryPairs {{u"FirmwareId"_s, u"UfuxnwygsuSkVE0VCN****0100"_s},
                                         {u"CurrentPage"_s, u"1"_s},
                                         {u"PageSize"_s, u"200"_s}};
    QTest::newRow("jobs-instance") << ListOtaJobByFirmware::params(u"f"_s, 4, 10, instance)
                                   << QueryPairs {{u"FirmwareId"_s, u"f"_s},
                                                  {u"CurrentPage"_s, u"4"_s},
                                                  {u"PageSize"_s, u"10"_s},
                                                  {u"IotInstanceId"_s, instance}};
    QTest::newRow("tasks-every-status")
            << ListOtaTaskByJob::params(u"HvKuBpuk3rdk6E92CP****0200"_s, std::nullopt, 1, 100)
            << QueryPairs {{u"JobId"_s, u"HvKuBpuk3rdk6E92CP****0200"_s},
                           {u"CurrentPage"_s, u"1"_s},
                           {u"PageSize"_s, u"100"_s}};
    QTest::newRow("tasks-failed-instance")
            << ListOtaTaskByJob::params(u"j"_s, TaskStatus::Failed, 7, 50, instance)
            << QueryPairs {{u"JobId"_s, u"j"_s},
                           {u"TaskStatus"_s, u"FAILED"_s},
                           {u"CurrentPage"_s, u"7"_s},
                           {u"PageSize"_s, u"50"_s},
                           {u"IotInstanceId"_s, instance}};
    QTest::newRow("tasks-in-progress-clamped")
            << ListOtaTaskByJob::params(u"j"_s, TaskStatus::InProgress, -3, 0)
            << QueryPairs {{u"JobId"_s, u"j"_s},
                           {u"TaskStatus"_s, u"IN_PROGRESS"_s},
                           {u"CurrentPage"_s, u"1"_s},
                           {u"PageSize"_s, u"1"_s}};
}

void TestOtaListCalls::sendsOnlyTheParametersThatAreSet()
{
    QFETCH(QueryPairs, params);
    QFETCH(QueryPairs, expected);
    QCOMPARE(params, expected);
    for (const auto &[name, value] : std::as_const(params))
        QVERIFY2(!value.isEmpty(), qPrintable(name));
}

void TestOtaListCalls::readsTaskPage_data()
{
    addFormatRows();
}

void TestOtaListCalls::readsTaskPage()
{
    QFETCH(ResponseFormat, format);
    const ListResult<TaskInfo> result
            = ListOtaTaskByJob::interpret(fixture(u"list_listotataskbyjob"_s, format));
    QVERIFY(!result.error);
    QVERIFY(result.page);
    QCOMPARE(result.requestId, u"A7E8D7E1-5F8D-4C67-A86B-F2E0D5C9D6D4"_s);
    const ListPage<TaskInfo> &page = *result.page;
    QCOMPARE(page.currentPage, 1);
    QCOMPARE(page.pageSize, 3);
    QCOMPARE(page.pageCount, 2);
    QCOMPARE(page.total, 5);
    QCOMPARE(page.items.size(), 3);

    const TaskInfo &done = page.items.at(0);
    QCOMPARE(done.taskId, u"y3tOmCDNgpR8F9jnVEzC01****"_s);
    QCOMPARE(done.jobId, u"HvKuBpuk3rdk6E92CP****0200"_s);
    QCOMPARE(done.iotId, u"Q7uOhVRdZRRlDnTLv****00100"_s);
    QCOMPARE(done.deviceName, u"test-device1"_s);
    QCOMPARE(done.productKey, u"a19mzPZ****"_s);
    QCOMPARE(done.productName, u"Smart lamp"_s);
    QCOMPARE(done.firmwareId, u"UfuxnwygsuSkVE0VCN****0100"_s);
    QCOMPARE(done.srcVersion, u"1.0.0"_s);
    QCOMPARE(done.destVersion, u"1.0.1"_s);
    QCOMPARE(done.taskStatusCode, u"SUCCEEDED"_s);
    QCOMPARE(done.taskStatus, std::optional<TaskStatus>(TaskStatus::Succeeded));
    QCOMPARE(done.taskDesc, QString());
    QCOMPARE(done.progress, 100);
    QCOMPARE(done.timeoutMinutes, 5);
    QCOMPARE(done.utcCreate, utc(u"2019-12-28T02:43:10.000Z"_s));
    QCOMPARE(done.utcModified, utc(u"2019-12-28T02:45:10.000Z"_s));
    QCOMPARE(done.utcModified.timeSpec(), Qt::UTC);

    const TaskInfo &failed = page.items.at(1);
    QCOMPARE(failed.taskStatus, std::optional<TaskStatus>(TaskStatus::Failed));
    QCOMPARE(failed.taskDesc, u"Download timed out"_s);
    QCOMPARE(failed.progress, 30);

    // Progress and Timeout as JSON numbers, a time without milliseconds, no TaskDesc at all.
    const TaskInfo &running = page.items.at(2);
    QCOMPARE(running.taskStatus, std::optional<TaskStatus>(TaskStatus::InProgress));
    QCOMPARE(running.progress, 50);
    QCOMPARE(running.timeoutMinutes, 5);
    QCOMPARE(running.srcVersion, u"0.9.8"_s);
    QCOMPARE(running.utcCreate, utc(u"2019-12-28T02:43:10.000Z"_s));
    QCOMPARE(running.taskDesc, QString());
}

void TestOtaListCalls::readsJobPage_data()
{
    addFormatRows();
}

void TestOtaListCalls::readsJobPage()
{
    QFETCH(ResponseFormat, format);
    const ListResult<JobSummary> result
            = ListOtaJobByFirmware::interpret(fixture(u"list_listotajobbyfirmware"_s, format));
    QVERIFY(!result.error);
    QVERIFY(result.page);
    QCOMPARE(result.page->total, 2);
    QCOMPARE(result.page->pageSize, 10);
    QCOMPARE(result.page->items.size(), 2);
    const JobSummary &job = result.page->items.at(0);
    QCOMPARE(job.jobId, u"HvKuBpuk3rdk6E92CP****0200"_s);
    QCOMPARE(job.firmwareId, u"UfuxnwygsuSkVE0VCN****0100"_s);
    QCOMPARE(job.productKey, u"a19mzPZ****"_s);
    QCOMPARE(job.jobStatus, u"IN_PROGRESS"_s);
    QCOMPARE(job.jobType, u"UPGRADE_FIRMWARE"_s);
    QCOMPARE(job.selectionType, u"STATIC"_s);
    QCOMPARE(job.targetSelection, u"SPECIFIC"_s);
    QCOMPARE(job.utcCreate, utc(u"2019-12-28T02:43:10.000Z"_s));
    QCOMPARE(job.utcModified, utc(u"2019-12-28T02:43:10.000Z"_s));
    QCOMPARE(job.utcStartTime, utc(u"2019-12-28T02:43:10.000Z"_s));
    QCOMPARE(job.utcEndTime, utc(u"2019-12-29T02:43:10.000Z"_s));
    QCOMPARE(job.tags, (QList<OtaTag> {{u"key1"_s, u"value1"_s}, {u"key2"_s, u"value2"_s}}));
    const JobSummary &verify = result.page->items.at(1);
    QCOMPARE(verify.jobType, u"VERIFY_FIRMWARE"_s);
    QCOMPARE(verify.jobStatus, u"COMPLETED"_s);
    QVERIFY(verify.tags.isEmpty());
}

void TestOtaListCalls::readsFirmwarePage_data()
{
    addFormatRows();
}

void TestOtaListCalls::readsFirmwarePage()
{
    QFETCH(ResponseFormat, format);
    const ListResult<FirmwareInfo> result
            = ListOtaFirmware::interpret(fixture(u"list_listotafirmware"_s, format));
    QVERIFY(!result.error);
    QVERIFY(result.page);
    QCOMPARE(result.page->currentPage, 2);
    QCOMPARE(result.page->pageSize, 1);
    QCOMPARE(result.page->pageCount, 2);
    QCOMPARE(result.page->total, 2);
    QCOMPARE(result.page->items.size(), 1);
    const FirmwareInfo &firmware = result.page->items.at(0);
    QCOMPARE(firmware.firmwareId, u"UfuxnwygsuSkVE0VCN****0100"_s);
    QCOMPARE(firmware.firmwareName, u"firmware2"_s);
    QCOMPARE(firmware.firmwareDesc, u"Fixes the dimmer"_s);
    QCOMPARE(firmware.productKey, u"a19mzPZ****"_s);
    QCOMPARE(firmware.productName, u"Smart lamp"_s);
    QCOMPARE(firmware.srcVersion, u"1.0.0"_s);
    QCOMPARE(firmware.destVersion, u"1.0.1"_s);
    QCOMPARE(firmware.moduleName, u"default"_s);
    QCOMPARE(firmware.signMethod, u"MD5"_s);
    QCOMPARE(firmware.firmwareSign, u"93230c3bde425a9d7984a594ac55****"_s);
    QCOMPARE(firmware.firmwareSize, 1024000);
    QCOMPARE(firmware.status, 1);
    QCOMPARE(firmware.type, 0);
    QCOMPARE(firmware.utcCreate, utc(u"2019-12-20T02:43:10.000Z"_s));
    QCOMPARE(firmware.utcModified, utc(u"2019-12-21T02:43:10.000Z"_s));
}

void TestOtaListCalls::readsProductPage_data()
{
    addFormatRows();
}

void TestOtaListCalls::readsProductPage()
{
    QFETCH(ResponseFormat, format);
    const ListResult<ProductInfo> result
            = QueryProductList::interpret(fixture(u"list_queryproductlist"_s, format));
    QVERIFY(!result.error);
    QVERIFY(result.page);
    // QueryProductList keeps its paging inside Data.
    QCOMPARE(result.page->currentPage, 1);
    QCOMPARE(result.page->pageSize, 10);
    QCOMPARE(result.page->pageCount, 1);
    QCOMPARE(result.page->total, 2);
    QCOMPARE(result.page->items.size(), 2);
    const ProductInfo &lamp = result.page->items.at(0);
    QCOMPARE(lamp.productKey, u"a19mzPZ****"_s);
    QCOMPARE(lamp.productName, u"Smart lamp"_s);
    QCOMPARE(lamp.description, u"Living-room lamps"_s);
    QCOMPARE(lamp.authType, u"secret"_s);
    QCOMPARE(lamp.dataFormat, 1);
    QCOMPARE(lamp.deviceCount, 120);
    QCOMPARE(lamp.gmtCreateMs, Q_INT64_C(1581595942000));
    QCOMPARE(lamp.nodeType, 0);
    const ProductInfo &gateway = result.page->items.at(1);
    QCOMPARE(gateway.productKey, u"a1BwAGV****"_s);
    QCOMPARE(gateway.description, QString());
    QCOMPARE(gateway.nodeType, 1);
    QCOMPARE(gateway.gmtCreateMs, Q_INT64_C(1581595943000));
}

void TestOtaListCalls::readsNumbersSentAsStrings()
{
    const QByteArray products
            = R"({"RequestId":"r","Success":"true","Data":{"CurrentPage":"1","PageSize":"10",
        "PageCount":"1","Total":"1","List":{"ProductInfo":[{"ProductKey":"pk","DeviceCount":"12",
        "GmtCreate":"1581595942000","NodeType":"1","DataFormat":"1.0"}]}}})";
    const ListResult<ProductInfo> productResult
            = QueryProductList::interpret(responseOf(products, ResponseFormat::Json));
    QVERIFY(!productResult.error);
    QCOMPARE(productResult.page->total, 1);
    QCOMPARE(productResult.page->pageSize, 10);
    QCOMPARE(productResult.page->items.at(0).deviceCount, 12);
    QCOMPARE(productResult.page->items.at(0).gmtCreateMs, Q_INT64_C(1581595942000));
    QCOMPARE(productResult.page->items.at(0).nodeType, 1);
    QCOMPARE(productResult.page->items.at(0).dataFormat, 1);

    const QByteArray firmware = R"({"Success":true,"CurrentPage":"1","PageSize":"1","Total":"1",
        "FirmwareInfo":{"SimpleFirmwareInfo":[{"FirmwareId":"f","FirmwareSize":"2048","Status":"-1","Type":"1"}]}})";
    const ListResult<FirmwareInfo> firmwareResult
            = ListOtaFirmware::interpret(responseOf(firmware, ResponseFormat::Json));
    QVERIFY(!firmwareResult.error);
    QCOMPARE(firmwareResult.page->items.at(0).firmwareSize, 2048);
    QCOMPARE(firmwareResult.page->items.at(0).status, -1);
    QCOMPARE(firmwareResult.page->items.at(0).type, 1);

    // And the other way round: a string field sent as a number.
    const QByteArray tasks
            = taskBody(R"({"TaskId":"t","DeviceName":12345,"SrcVersion":2,"TaskStatus":"QUEUED"})");
    const ListResult<TaskInfo> taskResult
            = ListOtaTaskByJob::interpret(responseOf(tasks, ResponseFormat::Json));
    QVERIFY(!taskResult.error);
    QCOMPARE(taskResult.page->items.at(0).deviceName, u"12345"_s);
    QCOMPARE(taskResult.page->items.at(0).srcVersion, u"2"_s);
}

void TestOtaListCalls::readsSingleItemXmlList()
{
    // XML repeats the element per item: one item is no array.
    const QByteArray body
            = "<ListOTATaskByJobResponse><RequestId>r</RequestId><Success>true</Success>"
              "<CurrentPage>1</CurrentPage><PageSize>10</PageSize><Total>1</Total>"
              "<Data><SimpleOTATaskInfo><TaskId>t1</TaskId><DeviceName>d1</DeviceName>"
              "<TaskStatus>NOTIFIED</TaskStatus><Progress>0</Progress></SimpleOTATaskInfo></Data>"
              "</ListOTATaskByJobResponse>";
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(responseOf(body, ResponseFormat::Xml));
    QVERIFY(!result.error);
    QCOMPARE(result.page->items.size(), 1);
    QCOMPARE(result.page->items.at(0).taskId, u"t1"_s);
    QCOMPARE(result.page->items.at(0).taskStatus, std::optional<TaskStatus>(TaskStatus::Notified));
    QCOMPARE(result.page->items.at(0).progress, 0);
    QCOMPARE(result.page->pageCount, 1); // derived

    // The same holds for a JSON body that sends one object instead of an array.
    const QByteArray json
            = R"({"Success":true,"Total":1,"PageSize":10,"Data":{"SimpleOTATaskInfo":{"TaskId":"t1"}}})";
    const ListResult<TaskInfo> fromJson = ListOtaTaskByJob::interpret(responseOf(json, ResponseFormat::Json));
    QVERIFY(!fromJson.error);
    QCOMPARE(fromJson.page->items.size(), 1);
}

void TestOtaListCalls::readsEmptyPage_data()
{
    QTest::addColumn<ResponseFormat>("format");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("json-empty-array")
            << ResponseFormat::Json << QByteArray(R"({"Success":true,"CurrentPage":1,"PageSize":100,"Total":0,
                                             "Data":{"SimpleOTATaskInfo":[]}})");
    QTest::newRow("json-empty-data") << ResponseFormat::Json
                                     << QByteArray(
                                                R"({"Success":true,"CurrentPage":1,"PageSize":100,"Total":0,
                                            "Data":{}})");
    QTest::newRow("json-null-data") << ResponseFormat::Json
                                    << QByteArray(R"({"Success":true,"PageSize":100,"Total":0,"Data":null})");
    QTest::newRow("json-paging-only") << ResponseFormat::Json << QByteArray(R"({"Success":true,"Total":0})");
    QTest::newRow("xml-empty-element")
            << ResponseFormat::Xml
            << QByteArray("<?xml version='1.0'?><ListOTATaskByJobResponse><Success>true</Success>"
                          "<CurrentPage>1</CurrentPage><PageSize>100</PageSize><Total>0</Total><Data/>"
                          "</ListOTATaskByJobResponse>");
    QTest::newRow("xml-blank-element")
            << ResponseFormat::Xml
            << QByteArray("<ListOTATaskByJobResponse>\n  <Success>true</Success>\n  <Total>0</Total>\n"
                          "  <Data>\n  </Data>\n</ListOTATaskByJobResponse>");
}

void TestOtaListCalls::readsEmptyPage()
{
    QFETCH(ResponseFormat, format);
    QFETCH(QByteArray, body);
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(responseOf(body, format));
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->localizedMessage() : QString()));
    QVERIFY(result.page);
    QCOMPARE(result.page->total, 0);
    QCOMPARE(result.page->pageCount, 0);
    QVERIFY(result.page->items.isEmpty());
}

void TestOtaListCalls::derivesPageCountWhenAbsent()
{
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(
            responseOf(taskBody(R"({"TaskId":"t"})", R"("CurrentPage":1,"PageSize":100,"Total":250)"),
                       ResponseFormat::Json));
    QVERIFY(!result.error);
    QCOMPARE(result.page->pageCount, 3);
}

void TestOtaListCalls::readsTaskProgress_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<int>("progress");
    QTest::newRow("string") << QByteArray(R"("Progress":"50")") << 50;
    QTest::newRow("number") << QByteArray(R"("Progress":75)") << 75;
    QTest::newRow("padded") << QByteArray(R"("Progress":" 20 ")") << 20;
    QTest::newRow("fraction-rounded") << QByteArray(R"("Progress":"33.6")") << 34;
    QTest::newRow("above-100-clamped") << QByteArray(R"("Progress":"150")") << 100;
    QTest::newRow("negative-clamped") << QByteArray(R"("Progress":-5)") << 0;
    QTest::newRow("empty") << QByteArray(R"("Progress":"")") << -1;
    QTest::newRow("text") << QByteArray(R"("Progress":"half")") << -1;
    QTest::newRow("null") << QByteArray(R"("Progress":null)") << -1;
    QTest::newRow("absent") << QByteArray(R"("Timeout":"5")") << -1;
}

void TestOtaListCalls::readsTaskProgress()
{
    QFETCH(QByteArray, member);
    QFETCH(int, progress);
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(
            responseOf(taskBody(R"({"TaskId":"t",)" + member + "}"), ResponseFormat::Json));
    QVERIFY(!result.error);
    QCOMPARE(result.page->items.at(0).progress, progress);
}

void TestOtaListCalls::keepsUnknownTaskStatusCode()
{
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(responseOf(
            taskBody(R"({"TaskId":"t","TaskStatus":"PAUSED","Timeout":"soon"})"), ResponseFormat::Json));
    QVERIFY(!result.error);
    const TaskInfo &task = result.page->items.at(0);
    QCOMPARE(task.taskStatusCode, u"PAUSED"_s);
    QCOMPARE(task.taskStatus, std::nullopt);
    QCOMPARE(task.timeoutMinutes, -1);
}

void TestOtaListCalls::passesThroughTheCallsError()
{
    RpcResponse response
            = responseOf(R"({"Code":"Throttling.User","Message":"flow control"})", ResponseFormat::Json);
    response.httpStatus = 400;
    ApiError error;
    error.kind = ApiError::Kind::Gateway;
    error.code = u"Throttling.User"_s;
    error.message = u"Request was denied due to user flow control."_s;
    error.httpStatus = 400;
    response.error = error;
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(response);
    QVERIFY(!result.page);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::Gateway);
    QCOMPARE(result.error->code, u"Throttling.User"_s);
    QCOMPARE(result.error->message, error.message);
    QCOMPARE(result.requestId, u"header-request-id"_s);
}

void TestOtaListCalls::reportsBusinessErrorInBody_data()
{
    QTest::addColumn<ResponseFormat>("format");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("json")
            << ResponseFormat::Json
            << QByteArray(R"({"RequestId":"body-id","Success":false,"Code":"iot.ota.FirmwareNotFound",
                   "ErrorMessage":"The specified firmware does not exist."})")
            << u"iot.ota.FirmwareNotFound"_s << u"The specified firmware does not exist."_s;
    QTest::newRow("json-success-as-text")
            << ResponseFormat::Json
            << QByteArray(R"({"RequestId":"body-id","Success":"false","Code":"iot.common.InvalidPageParams",
                   "ErrorMessage":"page size too large"})")
            << u"iot.common.InvalidPageParams"_s << u"page size too large"_s;
    QTest::newRow("xml") << ResponseFormat::Xml
                         << QByteArray("<ListOTATaskByJobResponse><RequestId>body-id</RequestId>"
                                       "<Success>false</Success><Code>iot.system.SystemException</Code>"
                                       "<ErrorMessage>A system exception occurred.</ErrorMessage>"
                                       "</ListOTATaskByJobResponse>")
                         << u"iot.system.SystemException"_s << u"A system exception occurred."_s;
    QTest::newRow("gateway-shape-without-success")
            << ResponseFormat::Json
            << QByteArray(R"({"RequestId":"body-id","HostId":"iot.cn-shanghai.aliyuncs.com",
                   "Code":"Forbidden.RAM","Message":"User not authorized"})")
            << u"Forbidden.RAM"_s << u"User not authorized"_s;
    QTest::newRow("xml-error-root")
            << ResponseFormat::Xml
            << QByteArray("<Error><RequestId>body-id</RequestId><Code>InvalidApi.NotFound</Code>"
                          "<Message>Specified api is not found</Message></Error>")
            << u"InvalidApi.NotFound"_s << u"Specified api is not found"_s;
}

void TestOtaListCalls::reportsBusinessErrorInBody()
{
    QFETCH(ResponseFormat, format);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(responseOf(body, format));
    QVERIFY(!result.page);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::Business);
    QCOMPARE(result.error->code, code);
    QCOMPARE(result.error->message, message);
    QCOMPARE(result.error->requestId, u"body-id"_s);
    QCOMPARE(result.error->httpStatus, 200);
    QCOMPARE(result.requestId, u"body-id"_s);
}

void TestOtaListCalls::reportsMalformedBody_data()
{
    QTest::addColumn<ResponseFormat>("format");
    QTest::addColumn<QByteArray>("body");
    const auto json = ResponseFormat::Json;
    const auto xml = ResponseFormat::Xml;
    QTest::newRow("empty") << json << QByteArray();
    QTest::newRow("blank-xml") << xml << QByteArray(" \n");
    QTest::newRow("not-json") << json << QByteArray("<html>Bad gateway</html>");
    QTest::newRow("truncated-json") << json << QByteArray(R"({"Success":true,"Data":{"SimpleOTATaskInfo":[)");
    QTest::newRow("array-root") << json << QByteArray(R"([{"TaskId":"t"}])");
    QTest::newRow("data-is-text") << json << QByteArray(R"({"Success":true,"Total":1,"Data":"tasks"})");
    QTest::newRow("list-of-strings")
            << json << QByteArray(R"({"Success":true,"Total":1,"Data":{"SimpleOTATaskInfo":["t"]}})");
    QTest::newRow("list-is-number")
            << json << QByteArray(R"({"Success":true,"Total":1,"Data":{"SimpleOTATaskInfo":7}})");
    QTest::newRow("total-is-text") << json << QByteArray(R"({"Success":true,"Total":"many","Data":{}})");
    QTest::newRow("total-negative") << json << QByteArray(R"({"Success":true,"Total":-1,"Data":{}})");
    QTest::newRow("page-size-fraction") << json << QByteArray(R"({"Success":true,"PageSize":2.5,"Data":{}})");
    QTest::newRow("success-without-list") << json << QByteArray(R"({"RequestId":"r","Success":true})");
    QTest::newRow("xml-wrong-root") << xml
                                    << QByteArray(
                                               "<QueryOTAJobResponse><Success>true</Success><Total>0</Total>"
                                               "</QueryOTAJobResponse>");
    QTest::newRow("xml-truncated") << xml
                                   << QByteArray("<ListOTATaskByJobResponse><Success>true</Success><Data>"
                                                 "<SimpleOTATaskInfo><TaskId>t</TaskId>");
    QTest::newRow("xml-trailing-junk") << xml
                                       << QByteArray("<ListOTATaskByJobResponse><Total>0</Total>"
                                                     "</ListOTATaskByJobResponse><more/>");
    QByteArray deep = "<ListOTATaskByJobResponse><Total>1</Total><Data>";
    for (int i = 0; i < 64; ++i)
        deep += "<a>";
    for (int i = 0; i < 64; ++i)
        deep += "</a>";
    deep += "</Data></ListOTATaskByJobResponse>";
    QTest::newRow("xml-nested-too-deep") << xml << deep;
    QTest::newRow("json-for-xml") << xml << QByteArray(R"({"Success":true,"Total":0})");
}

void TestOtaListCalls::reportsMalformedBody()
{
    QFETCH(ResponseFormat, format);
    QFETCH(QByteArray, body);
    const ListResult<TaskInfo> result = ListOtaTaskByJob::interpret(responseOf(body, format));
    QVERIFY(!result.page);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::Transport);
    QCOMPARE(result.error->transport, ApiError::Transport::Malformed);
    QVERIFY2(result.error->message.startsWith(u"The list could not be read from the response: "),
             qPrintable(result.error->message));
    QVERIFY(result.error->message.size() > 50); // the reader's reason follows
    QCOMPARE(result.error->requestId, u"header-request-id"_s);
}

void TestOtaListCalls::takesRequestIdFromBody()
{
    RpcResponse response = fixture(u"list_listotajobbyfirmware"_s, ResponseFormat::Json);
    response.requestId.clear();
    const ListResult<JobSummary> result = ListOtaJobByFirmware::interpret(response);
    QCOMPARE(result.requestId, u"B1C2D3E4-0000-4C67-A86B-F2E0D5C9D6D4"_s);
}

QTEST_GUILESS_MAIN(TestOtaListCalls)
#include "tst_otalistcalls.moc"
