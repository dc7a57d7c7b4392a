#include "TestData.h"
#include "ota/OtaJobParser.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// QueryOTAJob bodies: the seed samples verbatim (tests/data, copied from shared/seeds), every tolerated
// quirk in JSON and XML, and malformed input.
class TestOtaJobParser : public QObject
{
    Q_OBJECT
private slots:
    void readsEnglishSeed_data();
    void readsEnglishSeed();
    void jsonAndXmlSeedsAgree_data();
    void jsonAndXmlSeedsAgree();
    void chineseSeedOmitsFieldsTheEnglishOneHas_data();
    void chineseSeedOmitsFieldsTheEnglishOneHas();
    void distinguishesAbsentFromEmpty();
    void toleratesQuirks_data();
    void toleratesQuirks();
    void listsUnknownFieldsInWarnings();
    void readsFailureEnvelopes_data();
    void readsFailureEnvelopes();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void rejectsEveryTruncationOfTheSeeds_data();
    void rejectsEveryTruncationOfTheSeeds();
    void detectsFormat_data();
    void detectsFormat();
    void readsApiTimes_data();
    void readsApiTimes();
};

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QByteArray jsonBody(const QByteArray &data)
{
    return "{\"Data\":{" + data + "},\"RequestId\":\"r-1\",\"Success\":true}";
}

QByteArray xmlBody(const QByteArray &data)
{
    return "<QueryOTAJobResponse><Data>" + data
            + "</Data><RequestId>r-1</RequestId><Success>true</Success></QueryOTAJobResponse>";
}

// Fails the test (and returns an empty result) unless the body parsed.
ParsedQueryOtaJob expectParsed(const QueryOtaJobResult &result)
{
    if (const auto *error = std::get_if<ParseError>(&result)) {
        QTest::qFail(qPrintable(u"unexpected ParseError: "_s + error->message), __FILE__, __LINE__);
        return {};
    }
    return std::get<ParsedQueryOtaJob>(result);
}

QVariant tags(std::initializer_list<OtaTag> list)
{
    return QVariant::fromValue(QList<OtaTag>(list));
}

} // namespace

void TestOtaJobParser::readsEnglishSeed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QVariant>("typed");

    // shared/seeds/000 (English), "Sample success responses"; the JSON and the XML carry the same values.
    const struct
    {
        const char *key;
        QString raw;
        QVariant typed;
    } fields[] = {
            {"TimeoutInMinutes", u"5"_s, 5},
            {"JobDesc", u"batch upgrade"_s, u"batch upgrade"_s},
            {"DownloadProtocol", u"HTTPS"_s, u"HTTPS"_s},
            {"UtcStartTime", u"2019-12-28T02:43:10.000Z"_s, utc(2019, 12, 28, 2, 43, 10)},
            {"UtcEndTime", u"2019-12-29T02:43:10.000Z"_s, utc(2019, 12, 29, 2, 43, 10)},
            {"ProductKey", u"a19mzPZ****"_s, u"a19mzPZ****"_s},
            {"UtcModified", u"2019-12-28T02:43:10.000Z"_s, utc(2019, 12, 28, 2, 43, 10)},
            {"JobStatus", u"IN_PROGRESS"_s, u"IN_PROGRESS"_s},
            {"UtcCreate", u"2019-12-28T02:43:10.000Z"_s, utc(2019, 12, 28, 2, 43, 10)},
            {"SelectionType", u"STATIC"_s, u"STATIC"_s},
            {"TargetSelection", u"SPECIFIC"_s, u"SPECIFIC"_s},
            {"JobType", u"UPGRADE_FIRMWARE"_s, u"UPGRADE_FIRMWARE"_s},
            {"GroupId", QString(), QString()},
            {"GroupName", QString(), QString()},
            {"RetryInterval", u"60"_s, 60},
            {"RetryCount", u"1"_s, 1},
            {"OverwriteMode", u"1"_s, 1},
            {"MultiModuleMode", u"true"_s, true},
            {"MaximumPerMinute", u"1000"_s, 1000},
            {"SrcVersions", u"[\"1.0.0\"]"_s, QStringList {u"1.0.0"_s}},
            {"Name", u"firmware2"_s, u"firmware2"_s},
            {"NeedConfirm", u"true"_s, true},
            {"NeedPush", u"false"_s, false},
            {"FirmwareId", u"UfuxnwygsuSkVE0VCN****0100"_s, u"UfuxnwygsuSkVE0VCN****0100"_s},
            {"JobId", u"HvKuBpuk3rdk6E92CP****0200"_s, u"HvKuBpuk3rdk6E92CP****0200"_s},
            {"DestVersion", u"1.0.1"_s, u"1.0.1"_s},
    };
    for (const char *file : {"seed_queryotajob.json", "seed_queryotajob.xml"}) {
        for (const auto &field : fields) {
            QTest::addRow("%s/%s", file, field.key)
                    << QString::fromLatin1(file) << QString::fromLatin1(field.key) << field.raw
                    << field.typed;
        }
    }
}

void TestOtaJobParser::readsEnglishSeed()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QString, raw);
    QFETCH(QVariant, typed);

    const QByteArray body = sampleData(file);
    const ParsedQueryOtaJob parsed
            = expectParsed(file.endsWith(u".xml") ? parseQueryOtaJobXml(body) : parseQueryOtaJobJson(body));
    QVERIFY(parsed.success);
    QCOMPARE(parsed.requestId, u"30F1BB8D-EDBF-44FD-BBC0-BE97DEA73991"_s);
    QCOMPARE(parsed.warnings, QStringList());
    QCOMPARE(parsed.job.raw.size(), 26);

    const auto field = jobFieldFromKey(key);
    QVERIFY(field);
    QVERIFY(parsed.job.has(*field));
    QCOMPARE(parsed.job.rawValue(*field), raw);
    QCOMPARE(parsed.job.value(*field), typed);
}

void TestOtaJobParser::jsonAndXmlSeedsAgree_data()
{
    QTest::addColumn<QString>("stem");
    QTest::newRow("english") << u"seed_queryotajob"_s; // shared/seeds/000
    QTest::newRow("chinese") << u"seed_queryotajob_zh"_s; // shared/seeds/003
}

void TestOtaJobParser::jsonAndXmlSeedsAgree()
{
    QFETCH(QString, stem);
    const ParsedQueryOtaJob json = expectParsed(parseQueryOtaJobJson(sampleData(stem + u".json")));
    const ParsedQueryOtaJob xml = expectParsed(parseQueryOtaJobXml(testData(stem + u".xml")));
    for (const JobField field : allJobFields()) {
        const QByteArray key = jobFieldKey(field).toLatin1();
        QVERIFY2(json.job.has(field) == xml.job.has(field), key.constData());
        QVERIFY2(json.job.rawValue(field) == xml.job.rawValue(field), key.constData());
        QVERIFY2(json.job.value(field) == xml.job.value(field), key.constData());
    }
    QVERIFY(json.job == xml.job);
    QCOMPARE(json.requestId, xml.requestId);
    QCOMPARE(json.success, xml.success);
    QCOMPARE(json.warnings, xml.warnings);
}

void TestOtaJobParser::chineseSeedOmitsFieldsTheEnglishOneHas_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("json") << u"seed_queryotajob_zh.json"_s;
    QTest::newRow("xml") << u"seed_queryotajob_zh.xml"_s;
}

void TestOtaJobParser::chineseSeedOmitsFieldsTheEnglishOneHas()
{
    QFETCH(QString, file);
    const ParsedQueryOtaJob parsed = expectParsed(parseQueryOtaJob(testData(file)));
    QVERIFY(parsed.success);
    QCOMPARE(parsed.job.raw.size(), 20);
    for (const JobField field : {JobField::DownloadProtocol, JobField::GroupId, JobField::GroupName,
                                 JobField::MultiModuleMode, JobField::NeedConfirm, JobField::NeedPush}) {
        QVERIFY2(!parsed.job.has(field), qPrintable(jobFieldKey(field)));
        QVERIFY(!parsed.job.value(field).isValid());
    }
    QCOMPARE(parsed.job.jobType, u"UPGRADE_FIRMWARE"_s);
    QCOMPARE(parsed.job.srcVersions, QStringList {u"1.0.0"_s});
}

void TestOtaJobParser::distinguishesAbsentFromEmpty()
{
    const ParsedQueryOtaJob english
            = expectParsed(parseQueryOtaJobJson(simFixture(u"seed_queryotajob.json"_s)));
    // "GroupId":"" is present with an empty value ...
    QVERIFY(english.job.has(JobField::GroupId));
    QVERIFY(english.job.groupId.has_value());
    QCOMPARE(*english.job.groupId, QString());
    // ... while Tags, GrayPercent and DynamicMode are simply not there
    for (const JobField field : {JobField::Tags, JobField::GrayPercent, JobField::DynamicMode,
                                 JobField::UtcScheduleTime, JobField::UtcScheduleFinishTime}) {
        QVERIFY(!english.job.has(field));
        QVERIFY(!english.job.hasTypedValue(field));
    }
    QVERIFY(!english.job.tags.has_value());

    const ParsedQueryOtaJob chinese
            = expectParsed(parseQueryOtaJobJson(testData(u"seed_queryotajob_zh.json"_s)));
    QVERIFY(!chinese.job.has(JobField::GroupId));
    QVERIFY(!chinese.job.groupId.has_value());

    const ParsedQueryOtaJob xmlEmpty
            = expectParsed(parseQueryOtaJobXml(xmlBody("<GroupId/><GroupName></GroupName>")));
    QCOMPARE(xmlEmpty.job.groupId, QString());
    QCOMPARE(xmlEmpty.job.groupName, QString());
    QVERIFY(xmlEmpty.job.has(JobField::GroupName));
}

void TestOtaJobParser::toleratesQuirks_data()
{
    QTest::addColumn<QByteArray>("json"); // inside Data; empty = no JSON form of this quirk
    QTest::addColumn<QByteArray>("xml"); // inside Data; empty = no XML form of this quirk
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QVariant>("typed"); // invalid = present but without a typed value
    QTest::addColumn<bool>("warns");

    const QStringList twoVersions {u"1.0.0"_s, u"1.0.1"_s};
    QTest::newRow("srcversions-wrapped-array")
            << QByteArray(R"("SrcVersions":{"SrcVersion":["1.0.0","1.0.1"]})")
            << QByteArray("<SrcVersions><SrcVersion>1.0.0</SrcVersion><SrcVersion>1.0.1</SrcVersion></"
                          "SrcVersions>")
            << u"SrcVersions"_s << u"[\"1.0.0\",\"1.0.1\"]"_s << QVariant(twoVersions) << false;
    QTest::newRow("srcversions-plain-array")
            << QByteArray(R"("SrcVersions":["1.0.0","1.0.1"])") << QByteArray() << u"SrcVersions"_s
            << u"[\"1.0.0\",\"1.0.1\"]"_s << QVariant(twoVersions) << false;
    QTest::newRow("srcversions-single-string-in-wrapper")
            << QByteArray(R"("SrcVersions":{"SrcVersion":"1.0.0"})")
            << QByteArray("<SrcVersions><SrcVersion>1.0.0</SrcVersion></SrcVersions>") << u"SrcVersions"_s
            << u"[\"1.0.0\"]"_s << QVariant(QStringList {u"1.0.0"_s}) << false;
    QTest::newRow("srcversions-bare-string")
            << QByteArray(R"("SrcVersions":"1.0.0")") << QByteArray("<SrcVersions>1.0.0</SrcVersions>")
            << u"SrcVersions"_s << u"[\"1.0.0\"]"_s << QVariant(QStringList {u"1.0.0"_s}) << false;
    // The English table prints null as the example: present, with no versions.
    QTest::newRow("srcversions-null")
            << QByteArray(R"("SrcVersions":null)") << QByteArray("<SrcVersions>null</SrcVersions>")
            << u"SrcVersions"_s << u"null"_s << QVariant(QStringList()) << false;
    QTest::newRow("srcversions-empty") << QByteArray(R"("SrcVersions":{})") << QByteArray("<SrcVersions/>")
                                       << u"SrcVersions"_s << u"[]"_s << QVariant(QStringList()) << false;
    QTest::newRow("srcversions-wrong-shape")
            << QByteArray(R"("SrcVersions":{"Other":[1]})") << QByteArray() << u"SrcVersions"_s
            << u"{\"Other\":[1]}"_s << QVariant() << true;

    const QVariant twoTags = tags({{u"key1"_s, u"value1"_s}, {u"key2"_s, u"value2"_s}});
    const QString twoTagsRaw = uR"([{"Key":"key1","Value":"value1"},{"Key":"key2","Value":"value2"}])"_s;
    QTest::newRow("tags-wrapped-array") << QByteArray(
            R"("Tags":{"OtaTagDTO":[{"Key":"key1","Value":"value1"},{"Key":"key2","Value":"value2"}]})")
                                        << QByteArray("<Tags><OtaTagDTO><Key>key1</Key><Value>value1</"
                                                      "Value></OtaTagDTO>"
                                                      "<OtaTagDTO><Key>key2</Key><Value>value2</Value></"
                                                      "OtaTagDTO></Tags>")
                                        << u"Tags"_s << twoTagsRaw << twoTags << false;
    QTest::newRow("tags-plain-array")
            << QByteArray(R"("Tags":[{"Key":"key1","Value":"value1"},{"Key":"key2","Value":"value2"}])")
            << QByteArray() << u"Tags"_s << twoTagsRaw << twoTags << false;
    QTest::newRow("tags-wrapped-single-object")
            << QByteArray(R"("Tags":{"OtaTagDTO":{"Key":"key1","Value":"value1"}})")
            << QByteArray("<Tags><OtaTagDTO><Key>key1</Key><Value>value1</Value></OtaTagDTO></Tags>")
            << u"Tags"_s << uR"([{"Key":"key1","Value":"value1"}])"_s << tags({{u"key1"_s, u"value1"_s}})
            << false;
    QTest::newRow("tags-single-object")
            << QByteArray(R"("Tags":{"Key":"key1","Value":"value1"})")
            << QByteArray("<Tags><Key>key1</Key><Value>value1</Value></Tags>") << u"Tags"_s
            << uR"([{"Key":"key1","Value":"value1"}])"_s << tags({{u"key1"_s, u"value1"_s}}) << false;
    QTest::newRow("tags-null") << QByteArray(R"("Tags":null)") << QByteArray("<Tags>null</Tags>") << u"Tags"_s
                               << u"null"_s << tags({}) << false;
    QTest::newRow("tags-wrong-shape") << QByteArray(R"("Tags":"key1=value1")") << QByteArray() << u"Tags"_s
                                      << u"key1=value1"_s << QVariant() << true;

    QTest::newRow("integer-as-string")
            << QByteArray(R"("RetryCount":"5")") << QByteArray("<RetryCount>5</RetryCount>")
            << u"RetryCount"_s << u"5"_s << QVariant(5) << false;
    QTest::newRow("integer-with-blanks")
            << QByteArray(R"("RetryCount":" 5 ")") << QByteArray("<RetryCount> 5 </RetryCount>")
            << u"RetryCount"_s << u" 5 "_s << QVariant(5) << false;
    QTest::newRow("integer-written-as-real") << QByteArray(R"("MaximumPerMinute":1000.0)") << QByteArray()
                                             << u"MaximumPerMinute"_s << u"1000"_s << QVariant(1000) << false;
    QTest::newRow("integer-unreadable")
            << QByteArray(R"("RetryCount":"abc")") << QByteArray("<RetryCount>abc</RetryCount>")
            << u"RetryCount"_s << u"abc"_s << QVariant() << true;
    QTest::newRow("integer-fractional")
            << QByteArray(R"("RetryCount":1.5)") << QByteArray("<RetryCount>1.5</RetryCount>")
            << u"RetryCount"_s << u"1.5"_s << QVariant() << true;
    QTest::newRow("integer-empty") << QByteArray(R"("RetryCount":"")") << QByteArray("<RetryCount/>")
                                   << u"RetryCount"_s << QString() << QVariant() << false;
    QTest::newRow("integer-null") << QByteArray(R"("RetryCount":null)") << QByteArray() << u"RetryCount"_s
                                  << u"null"_s << QVariant() << false;
    QTest::newRow("boolean-as-string")
            << QByteArray(R"("NeedPush":"true")") << QByteArray("<NeedPush>true</NeedPush>") << u"NeedPush"_s
            << u"true"_s << QVariant(true) << false;
    QTest::newRow("boolean-capitalized")
            << QByteArray(R"("NeedConfirm":"False")") << QByteArray("<NeedConfirm>False</NeedConfirm>")
            << u"NeedConfirm"_s << u"False"_s << QVariant(false) << false;
    QTest::newRow("boolean-unreadable")
            << QByteArray(R"("NeedPush":"maybe")") << QByteArray("<NeedPush>maybe</NeedPush>")
            << u"NeedPush"_s << u"maybe"_s << QVariant() << true;
    QTest::newRow("gray-percent-string")
            << QByteArray(R"("GrayPercent":"50.00")") << QByteArray("<GrayPercent>50.00</GrayPercent>")
            << u"GrayPercent"_s << u"50.00"_s << QVariant(u"50.00"_s) << false;
    QTest::newRow("gray-percent-number") << QByteArray(R"("GrayPercent":12.5)") << QByteArray()
                                         << u"GrayPercent"_s << u"12.5"_s << QVariant(u"12.5"_s) << false;
    QTest::newRow("gray-percent-not-finite")
            << QByteArray(R"("GrayPercent":"inf")") << QByteArray("<GrayPercent>inf</GrayPercent>")
            << u"GrayPercent"_s << u"inf"_s << QVariant() << true;
    QTest::newRow("gray-percent-unreadable")
            << QByteArray(R"("GrayPercent":"half")") << QByteArray("<GrayPercent>half</GrayPercent>")
            << u"GrayPercent"_s << u"half"_s << QVariant() << true;
    QTest::newRow("enum-unknown-kept")
            << QByteArray(R"("JobStatus":"PAUSED")") << QByteArray("<JobStatus>PAUSED</JobStatus>")
            << u"JobStatus"_s << u"PAUSED"_s << QVariant(u"PAUSED"_s) << true;
    // shared/seeds/000 and 002 print VERFIY_FIRMWARE; 003 and the SDK spell VERIFY_FIRMWARE.
    QTest::newRow("jobtype-doc-misspelling")
            << QByteArray(R"("JobType":"VERFIY_FIRMWARE")")
            << QByteArray("<JobType>VERFIY_FIRMWARE</JobType>") << u"JobType"_s << u"VERFIY_FIRMWARE"_s
            << QVariant(u"VERIFY_FIRMWARE"_s) << false;
    QTest::newRow("jobtype-correct-spelling")
            << QByteArray(R"("JobType":"VERIFY_FIRMWARE")")
            << QByteArray("<JobType>VERIFY_FIRMWARE</JobType>") << u"JobType"_s << u"VERIFY_FIRMWARE"_s
            << QVariant(u"VERIFY_FIRMWARE"_s) << false;
    QTest::newRow("dynamic-mode-as-string")
            << QByteArray(R"("DynamicMode":"2")") << QByteArray("<DynamicMode>2</DynamicMode>")
            << u"DynamicMode"_s << u"2"_s << QVariant(2) << false;
    QTest::newRow("dynamic-mode-unknown")
            << QByteArray(R"("DynamicMode":3)") << QByteArray("<DynamicMode>3</DynamicMode>")
            << u"DynamicMode"_s << u"3"_s << QVariant(3) << true;
    QTest::newRow("time-with-milliseconds")
            << QByteArray(R"("UtcScheduleTime":"2019-12-29T02:43:10.123Z")")
            << QByteArray("<UtcScheduleTime>2019-12-29T02:43:10.123Z</UtcScheduleTime>")
            << u"UtcScheduleTime"_s << u"2019-12-29T02:43:10.123Z"_s
            << QVariant(utc(2019, 12, 29, 2, 43, 10, 123)) << false;
    QTest::newRow("time-without-milliseconds")
            << QByteArray(R"("UtcScheduleTime":"2019-12-29T02:43:10Z")")
            << QByteArray("<UtcScheduleTime>2019-12-29T02:43:10Z</UtcScheduleTime>") << u"UtcScheduleTime"_s
            << u"2019-12-29T02:43:10Z"_s << QVariant(utc(2019, 12, 29, 2, 43, 10)) << false;
    QTest::newRow("time-unreadable") << QByteArray(R"("UtcEndTime":"yesterday")")
                                     << QByteArray("<UtcEndTime>yesterday</UtcEndTime>") << u"UtcEndTime"_s
                                     << u"yesterday"_s << QVariant() << true;
    QTest::newRow("text-null") << QByteArray(R"("GroupId":null)") << QByteArray() << u"GroupId"_s << u"null"_s
                               << QVariant() << false;
    QTest::newRow("text-from-number")
            << QByteArray(R"("DestVersion":2)") << QByteArray("<DestVersion>2</DestVersion>")
            << u"DestVersion"_s << u"2"_s << QVariant(u"2"_s) << false;
    QTest::newRow("text-entities") << QByteArray(R"("JobDesc":"a < b & \"c\"")")
                                   << QByteArray("<JobDesc>a &lt; b &amp; \"c\"</JobDesc>") << u"JobDesc"_s
                                   << u"a < b & \"c\""_s << QVariant(u"a < b & \"c\""_s) << false;
    QTest::newRow("text-object") << QByteArray(R"("Name":{"a":1})") << QByteArray() << u"Name"_s
                                 << u"{\"a\":1}"_s << QVariant() << true;
}

void TestOtaJobParser::toleratesQuirks()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, xml);
    QFETCH(QString, key);
    QFETCH(QString, raw);
    QFETCH(QVariant, typed);
    QFETCH(bool, warns);

    const JobField field = *jobFieldFromKey(key);
    QList<std::pair<const char *, QueryOtaJobResult>> results;
    if (!json.isEmpty())
        results.append({"json", parseQueryOtaJobJson(jsonBody(json))});
    if (!xml.isEmpty())
        results.append({"xml", parseQueryOtaJobXml(xmlBody(xml))});
    for (const auto &[format, result] : results) {
        const ParsedQueryOtaJob parsed = expectParsed(result);
        QVERIFY2(parsed.job.has(field), format);
        QCOMPARE(parsed.job.raw.size(), 1);
        QCOMPARE(parsed.job.rawValue(field), raw);
        QCOMPARE(parsed.job.value(field), typed);
        QCOMPARE(parsed.job.hasTypedValue(field), typed.isValid());
        QVERIFY2(parsed.warnings.isEmpty() != warns, qPrintable(parsed.warnings.join(u" | ")));
    }
}

void TestOtaJobParser::listsUnknownFieldsInWarnings()
{
    const ParsedQueryOtaJob json = expectParsed(parseQueryOtaJobJson(
            R"({"Data":{"JobId":"j","FirmwareSize":1024},"RequestId":"r","Success":true,"Extra":1})"));
    QCOMPARE(json.job.raw.size(), 1);
    QCOMPARE(json.warnings.size(), 2);
    QVERIFY(json.warnings.join(u' ').contains(u"Data.FirmwareSize"));
    QVERIFY(json.warnings.join(u' ').contains(u"Extra"));

    const ParsedQueryOtaJob xml = expectParsed(parseQueryOtaJobXml(
            xmlBody("<JobId>j</JobId><FirmwareSize><Bytes>1024</Bytes></FirmwareSize><JobId>k</JobId>")));
    QCOMPARE(xml.job.jobId, u"k"_s);
    QCOMPARE(xml.warnings.size(), 2); // the unknown field and the repeated JobId
    QVERIFY(xml.warnings.join(u' ').contains(u"Data.FirmwareSize"));
    QVERIFY(xml.warnings.join(u' ').contains(u"JobId"));

    // Gateway extras are known envelope members, not noise.
    const ParsedQueryOtaJob gateway = expectParsed(parseQueryOtaJobJson(
            R"({"RequestId":"r","HostId":"h","Code":"C","Message":"m","Recommend":"u"})"));
    QCOMPARE(gateway.warnings, QStringList());
}

void TestOtaJobParser::readsFailureEnvelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    // shared/seeds/000 (Code and ErrorMessage examples); shared/api/REFERENCE.md section 4 (gateway shape)
    QTest::newRow("business-json") << QByteArray(R"({"RequestId":"r-2","Success":false,)"
                                                 R"("Code":"iot.system.SystemException",)"
                                                 R"("ErrorMessage":"A system exception occurred."})")
                                   << u"r-2"_s << u"iot.system.SystemException"_s
                                   << u"A system exception occurred."_s;
    QTest::newRow("business-xml") << QByteArray(
            "<QueryOTAJobResponse><RequestId>r-2</RequestId>"
            "<Success>false</Success><Code>iot.system.SystemException</Code>"
            "<ErrorMessage>A system exception occurred.</ErrorMessage>"
            "</QueryOTAJobResponse>")
                                  << u"r-2"_s << u"iot.system.SystemException"_s
                                  << u"A system exception occurred."_s;
    QTest::newRow("business-json-success-as-string")
            << QByteArray(R"({"RequestId":"r-2","Success":"false","Code":"iot.ota.FirmwareNotFound",)"
                          R"("ErrorMessage":"The specified firmware does not exist.","Data":null})")
            << u"r-2"_s << u"iot.ota.FirmwareNotFound"_s << u"The specified firmware does not exist."_s;
    QTest::newRow("gateway-json") << QByteArray(
            R"({"RequestId":"r-3","HostId":"iot.cn-shanghai.aliyuncs.com",)"
            R"("Code":"SignatureDoesNotMatch","Message":"Specified signature )"
            R"(is not matched with our calculation.","Recommend":"https://x"})")
                                  << u"r-3"_s << u"SignatureDoesNotMatch"_s
                                  << u"Specified signature is not matched with our calculation."_s;
    QTest::newRow("gateway-xml") << QByteArray("<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>r-3"
                                               "</RequestId><HostId>iot.cn-shanghai.aliyuncs.com</HostId>"
                                               "<Code>InvalidTimeStamp.Expired</Code><Message>Specified time "
                                               "stamp or date value is expired.</Message></Error>")
                                 << u"r-3"_s << u"InvalidTimeStamp.Expired"_s
                                 << u"Specified time stamp or date value is expired."_s;
}

void TestOtaJobParser::readsFailureEnvelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, requestId);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const ParsedQueryOtaJob parsed = expectParsed(parseQueryOtaJob(body));
    QVERIFY(!parsed.success);
    QCOMPARE(parsed.requestId, requestId);
    QCOMPARE(parsed.code, code);
    QCOMPARE(parsed.errorMessage, message);
    QVERIFY(parsed.job == OtaJob());
    QCOMPARE(parsed.warnings, QStringList());
}

void TestOtaJobParser::rejectsMalformedInput_data()
{
    QTest::addColumn<bool>("xml");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    const QByteArray json = simFixture(u"seed_queryotajob.json"_s);
    const QByteArray xml = testData(u"seed_queryotajob.xml"_s);
    QByteArray junk;
    for (int i = 0; i < 256; ++i)
        junk.append(char(255 - i));

    QTest::newRow("json-empty") << false << QByteArray() << u"empty"_s;
    QTest::newRow("json-blank") << false << QByteArray(" \r\n\t") << u"empty"_s;
    QTest::newRow("json-truncated") << false << json.left(json.size() / 2) << u"malformed"_s;
    QTest::newRow("json-binary-junk") << false << junk << u"malformed"_s;
    QTest::newRow("json-array") << false << QByteArray("[{\"Data\":{}}]") << u"not an object"_s;
    QTest::newRow("json-xml-body") << false << xml << u"malformed"_s;
    QTest::newRow("json-success-without-data")
            << false << QByteArray(R"({"RequestId":"r","Success":true})") << u"no Data"_s;
    QTest::newRow("json-success-with-null-data")
            << false << QByteArray(R"({"Data":null,"RequestId":"r","Success":true})") << u"no Data"_s;
    QTest::newRow("json-data-not-object") << false << QByteArray(R"({"Data":["JobId"],"Success":true})")
                                          << u"Data member is not an object"_s;
    QTest::newRow("json-trailing-garbage") << false << json + "}" << u"malformed"_s;

    QTest::newRow("xml-empty") << true << QByteArray() << u"empty"_s;
    QTest::newRow("xml-truncated") << true << xml.left(xml.size() / 2) << u"malformed"_s;
    QTest::newRow("xml-binary-junk") << true << junk << u"malformed"_s;
    QTest::newRow("xml-json-body") << true << json << u"malformed"_s;
    QTest::newRow("xml-wrong-root") << true << QByteArray("<ListOTAFirmwareResponse/>")
                                    << u"<ListOTAFirmwareResponse>"_s;
    QTest::newRow("xml-success-without-data")
            << true << QByteArray("<QueryOTAJobResponse><Success>true</Success></QueryOTAJobResponse>")
            << u"no Data"_s;
    QTest::newRow("xml-trailing-element") << true << xml + "<Data/>" << u"malformed"_s;
    QTest::newRow("xml-mismatched-tags") << true
                                         << QByteArray("<QueryOTAJobResponse><Data><JobId>j</Name></Data>"
                                                       "</QueryOTAJobResponse>")
                                         << u"malformed"_s;
}

void TestOtaJobParser::rejectsMalformedInput()
{
    QFETCH(bool, xml);
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);

    const QueryOtaJobResult result = xml ? parseQueryOtaJobXml(body) : parseQueryOtaJobJson(body);
    const auto *error = std::get_if<ParseError>(&result);
    QVERIFY(error);
    QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
}

void TestOtaJobParser::rejectsEveryTruncationOfTheSeeds_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"seed_queryotajob.json", "seed_queryotajob.xml", "seed_queryotajob_zh.json",
                             "seed_queryotajob_zh.xml"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestOtaJobParser::rejectsEveryTruncationOfTheSeeds()
{
    QFETCH(QString, file);
    const QByteArray body = sampleData(file).trimmed();
    for (qsizetype length = 0; length < body.size(); ++length) {
        const QByteArray prefix = body.left(length);
        const QueryOtaJobResult result = parseQueryOtaJob(prefix);
        QVERIFY2(std::holds_alternative<ParseError>(result), qPrintable(u"accepted %1 bytes"_s.arg(length)));
    }
    QVERIFY(std::holds_alternative<ParsedQueryOtaJob>(parseQueryOtaJob(body)));
}

void TestOtaJobParser::detectsFormat_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("json") << simFixture(u"seed_queryotajob.json"_s);
    QTest::newRow("xml") << testData(u"seed_queryotajob.xml"_s);
    QTest::newRow("xml-with-declaration-and-bom")
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    + testData(u"seed_queryotajob.xml"_s);
}

void TestOtaJobParser::detectsFormat()
{
    QFETCH(QByteArray, body);
    const ParsedQueryOtaJob parsed = expectParsed(parseQueryOtaJob(body));
    QCOMPARE(parsed.job.jobId, u"HvKuBpuk3rdk6E92CP****0200"_s);
    QCOMPARE(parsed.job.raw.size(), 26);
}

void TestOtaJobParser::readsApiTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = rejected

    QTest::newRow("seed-with-ms") << u"2019-12-28T02:43:10.000Z"_s << utc(2019, 12, 28, 2, 43, 10);
    QTest::newRow("without-ms") << u"2019-12-28T02:43:10Z"_s << utc(2019, 12, 28, 2, 43, 10);
    QTest::newRow("non-zero-ms") << u"2019-12-28T02:43:10.250Z"_s << utc(2019, 12, 28, 2, 43, 10, 250);
    QTest::newRow("offset-converted") << u"2019-12-28T10:43:10+08:00"_s << utc(2019, 12, 28, 2, 43, 10);
    QTest::newRow("no-designator-is-utc") << u"2019-12-28T02:43:10"_s << utc(2019, 12, 28, 2, 43, 10);
    QTest::newRow("blanks") << u" 2019-12-28T02:43:10Z "_s << utc(2019, 12, 28, 2, 43, 10);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("words") << u"yesterday"_s << QDateTime();
    QTest::newRow("bad-month") << u"2019-13-28T02:43:10Z"_s << QDateTime();
    QTest::newRow("bad-day-with-ms") << u"2019-02-30T02:43:10.000Z"_s << QDateTime();
    QTest::newRow("bad-hour") << u"2019-12-28T24:43:10Z"_s << QDateTime();
    QTest::newRow("letter-in-digits") << u"2019-12-2xT02:43:10Z"_s << QDateTime();
    QTest::newRow("leap-day") << u"2024-02-29T23:59:59.999Z"_s << utc(2024, 2, 29, 23, 59, 59, 999);
}

void TestOtaJobParser::readsApiTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime time = parseApiUtcTime(text);
    QCOMPARE(time.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(time, expected);
        QCOMPARE(time.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestOtaJobParser)
#include "tst_otajobparser.moc"
