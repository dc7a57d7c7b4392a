#include "TestData.h"
#include "models/JobDetailModel.h"
#include "ota/OtaJobParser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// JobDetailModel over parsed QueryOTAJob bodies (tests/data: the seed samples verbatim).
class TestJobDetailModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester_data();
    void passesModelTester();
    void hasOneRowPerFieldInFormOrder();
    void formatsValues_data();
    void formatsValues();
    void leavesAbsentFieldsBlankAndUnstyled();
    void showsPresentEmptyValueAsEmpty();
    void showsUnreadableValueAsReceived();
    void explainsNotReturnedFields_data();
    void explainsNotReturnedFields();
    void exposesRowWideRoles();
    void showsRawValueColumn_data();
    void showsRawValueColumn();
    void resetsOnSetJobAndClear();
    void refreshesValuesOnLocaleAndZoneChange();
    void namesColumnsAndRoles();
};

namespace {

OtaJob parse(const QByteArray &body)
{
    const QueryOtaJobResult result = parseQueryOtaJob(body);
    if (!std::holds_alternative<ParsedQueryOtaJob>(result))
        qFatal("test body did not parse: %s", qPrintable(std::get<ParseError>(result).message));
    return std::get<ParsedQueryOtaJob>(result).job;
}

OtaJob englishSeed()
{
    return parse(simFixture(u"seed_queryotajob.json"_s));
}

OtaJob jobWith(const QByteArray &dataMembers)
{
    return parse("{\"Data\":{" + dataMembers + "},\"RequestId\":\"r\",\"Success\":true}");
}

const QTimeZone kShanghai(8 * 3600);

} // namespace

void TestJobDetailModel::passesModelTester_data()
{
    QTest::addColumn<QString>("file"); // empty = no job
    QTest::newRow("no-job") << QString();
    QTest::newRow("english-json") << u"seed_queryotajob.json"_s;
    QTest::newRow("english-xml") << u"seed_queryotajob.xml"_s;
    QTest::newRow("chinese-json") << u"seed_queryotajob_zh.json"_s;
}

void TestJobDetailModel::passesModelTester()
{
    QFETCH(QString, file);
    JobDetailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!file.isEmpty())
        model.setJob(parse(sampleData(file)));
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    model.setTimeZone(kShanghai);
    model.setJob(jobWith(R"("Tags":{"OtaTagDTO":[{"Key":"k","Value":"v"}]},"JobStatus":"PAUSED")"));
    model.clear();
}

void TestJobDetailModel::hasOneRowPerFieldInFormOrder()
{
    JobDetailModel model;
    QCOMPARE(model.rowCount(), 31);
    QCOMPARE(model.columnCount(), 4);
    model.setJob(jobWith(R"("JobId":"j")"));
    QCOMPARE(model.rowCount(), 31); // absent fields keep their rows
    const QList<JobField> fields = allJobFields();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, JobDetailModel::Label);
        QCOMPARE(index.data(JobDetailModel::FieldRole).toInt(), int(fields.at(row)));
        QCOMPARE(index.data(JobDetailModel::SectionRole).toInt(), int(jobFieldInfo(fields.at(row)).section));
        QCOMPARE(index.data().toString(), jobFieldLabel(fields.at(row)));
        QCOMPARE(model.index(row, JobDetailModel::Help).data().toString(), jobFieldHelp(fields.at(row)));
        QCOMPARE(JobDetailModel::fieldAt(row), fields.at(row));
        QCOMPARE(JobDetailModel::rowOf(fields.at(row)), row);
    }
}

void TestJobDetailModel::formatsValues_data()
{
    QTest::addColumn<QByteArray>("data"); // Data members; empty = the English seed
    QTest::addColumn<QString>("key");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("toolTip"); // empty = no tooltip

    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("text") << QByteArray() << u"JobDesc"_s << us << u"batch upgrade"_s << QString();
    QTest::newRow("enum-status") << QByteArray() << u"JobStatus"_s << us << u"In progress"_s
                                 << u"IN_PROGRESS\nThe update batch is running."_s;
    QTest::newRow("enum-target") << QByteArray() << u"TargetSelection"_s << us << u"Specified devices"_s
                                 << u"SPECIFIC\nUpdates specified devices."_s;
    QTest::newRow("enum-type-misspelled")
            << QByteArray(R"("JobType":"VERFIY_FIRMWARE")") << u"JobType"_s << us
            << u"Firmware verification"_s << u"VERFIY_FIRMWARE\nThe batch verifies the update package."_s;
    QTest::newRow("enum-unknown") << QByteArray(R"("JobStatus":"PAUSED")") << u"JobStatus"_s << us
                                  << u"PAUSED"_s
                                  << u"PAUSED\nThis value is not documented in the API reference."_s;
    QTest::newRow("enum-integer") << QByteArray(R"("DynamicMode":1)") << u"DynamicMode"_s << us
                                  << u"Keep upgrading matching devices"_s
                                  << u"1\nConstantly updates the devices that meet the conditions."_s;
    QTest::newRow("enum-overwrite")
            << QByteArray() << u"OverwriteMode"_s << us << u"Don't overwrite"_s
            << u"1\nThe previous update task is not overwritten: a device that already "
               u"has an update task carries out that task."_s;
    QTest::newRow("boolean-true") << QByteArray() << u"MultiModuleMode"_s << us << u"Yes"_s
                                  << u"true\nThe device supports simultaneous updates of multiple modules."_s;
    QTest::newRow("boolean-false") << QByteArray() << u"NeedPush"_s << us << u"No"_s
                                   << u"false\nIoT Platform does not push the update tasks to the devices "
                                      u"automatically."_s;
    QTest::newRow("boolean-as-string")
            << QByteArray(R"("NeedConfirm":"TRUE")") << u"NeedConfirm"_s << us << u"Yes"_s
            << u"TRUE\nThe update must be confirmed in your mobile app."_s;
    QTest::newRow("integer-grouped") << QByteArray() << u"MaximumPerMinute"_s << us << u"1,000"_s
                                     << QString();
    QTest::newRow("integer-grouped-de")
            << QByteArray() << u"MaximumPerMinute"_s << de << u"1.000"_s << QString();
    QTest::newRow("integer-plain") << QByteArray() << u"RetryCount"_s << us << u"1"_s << QString();
    QTest::newRow("minutes-retry") << QByteArray() << u"RetryInterval"_s << us << u"60 min"_s << QString();
    QTest::newRow("minutes-timeout") << QByteArray() << u"TimeoutInMinutes"_s << us << u"5 min"_s
                                     << QString();
    QTest::newRow("minutes-grouped") << QByteArray(R"("TimeoutInMinutes":1440)") << u"TimeoutInMinutes"_s
                                     << us << u"1,440 min"_s << QString();
    QTest::newRow("percent") << QByteArray(R"("GrayPercent":"50.00")") << u"GrayPercent"_s << us
                             << u"50.00 %"_s << QString();
    QTest::newRow("percent-de") << QByteArray(R"("GrayPercent":"12.5")") << u"GrayPercent"_s << de
                                << u"12,5 %"_s << QString();
    QTest::newRow("percent-whole") << QByteArray(R"("GrayPercent":20)") << u"GrayPercent"_s << us << u"20 %"_s
                                   << QString();
    // Shown in the model's zone (UTC+8 here); the tooltip keeps UTC.
    QTest::newRow("time-local") << QByteArray() << u"UtcCreate"_s << us << u"2019-12-28 10:43:10"_s
                                << u"2019-12-28 02:43:10 UTC"_s;
    QTest::newRow("time-crosses-midnight")
            << QByteArray(R"("UtcScheduleTime":"2019-12-29T20:00:00Z")") << u"UtcScheduleTime"_s << us
            << u"2019-12-30 04:00:00"_s << u"2019-12-29 20:00:00 UTC"_s;
    QTest::newRow("versions-one") << QByteArray() << u"SrcVersions"_s << us << u"1.0.0"_s << QString();
    QTest::newRow("versions-two") << QByteArray(R"("SrcVersions":{"SrcVersion":["1.0.0","1.0.1"]})")
                                  << u"SrcVersions"_s << us << u"1.0.0, 1.0.1"_s << QString();
    QTest::newRow("versions-null") << QByteArray(R"("SrcVersions":null)") << u"SrcVersions"_s << us
                                   << QString() << QString();
    // No translator is loaded: the English plural forms come from otadash_en.ts at run time.
    QTest::newRow("tags-two") << QByteArray(R"("Tags":{"OtaTagDTO":[{"Key":"k1","Value":"v1"},)"
                                            R"({"Key":"k2","Value":"v2"}]})")
                              << u"Tags"_s << us << u"2 tag(s)"_s << u"k1 = v1\nk2 = v2"_s;
    QTest::newRow("tags-none") << QByteArray(R"("Tags":{"OtaTagDTO":[]})") << u"Tags"_s << us << u"0 tag(s)"_s
                               << QString();
}

void TestJobDetailModel::formatsValues()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, key);
    QFETCH(QLocale, locale);
    QFETCH(QString, display);
    QFETCH(QString, toolTip);

    JobDetailModel model;
    model.setLocale(locale);
    model.setTimeZone(kShanghai);
    model.setJob(data.isEmpty() ? englishSeed() : jobWith(data));
    const JobField field = *jobFieldFromKey(key);
    const QModelIndex value = model.index(JobDetailModel::rowOf(field), JobDetailModel::Value);
    QVERIFY(value.data(JobDetailModel::PresentRole).toBool());
    QCOMPARE(value.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(value.data(Qt::ToolTipRole).toString(), toolTip);
    QCOMPARE(value.data(Qt::ToolTipRole).isValid(), !toolTip.isEmpty());
    QCOMPARE(JobDetailModel::displayText(model.job(), field, locale, kShanghai), display);
}

void TestJobDetailModel::leavesAbsentFieldsBlankAndUnstyled()
{
    JobDetailModel model;
    model.setJob(englishSeed()); // no Tags, GrayPercent, DynamicMode, UtcScheduleTime, UtcScheduleFinishTime
    for (const JobField field : {JobField::Tags, JobField::GrayPercent, JobField::DynamicMode,
                                 JobField::UtcScheduleTime, JobField::UtcScheduleFinishTime}) {
        const int row = JobDetailModel::rowOf(field);
        const QModelIndex value = model.index(row, JobDetailModel::Value);
        QVERIFY(!value.data(JobDetailModel::PresentRole).toBool());
        QCOMPARE(value.data(Qt::DisplayRole).toString(), QString());
        QVERIFY(!value.data(Qt::ToolTipRole).isValid());
        QVERIFY(!value.data(JobDetailModel::RawValueRole).isValid());
        QVERIFY(!value.data(JobDetailModel::TypedValueRole).isValid());
        QVERIFY(!value.data(JobDetailModel::UtcRole).isValid());
        QVERIFY(!value.data(JobDetailModel::EnumExplanationRole).isValid());
        QCOMPARE(model.index(row, JobDetailModel::RawValue).data().toString(), QString());
        // Styling "not returned" is the view's decision.
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const int role : {int(Qt::ForegroundRole), int(Qt::FontRole), int(Qt::BackgroundRole)})
                QVERIFY(!model.index(row, column).data(role).isValid());
        }
        // Label and help still describe the row.
        QCOMPARE(model.index(row, JobDetailModel::Label).data().toString(), jobFieldLabel(field));
        QCOMPARE(value.data(JobDetailModel::HelpRole).toString(), jobFieldHelp(field));
    }

    JobDetailModel empty; // no job at all: every field is absent
    for (int row = 0; row < empty.rowCount(); ++row) {
        QVERIFY(!empty.index(row, JobDetailModel::Value).data(JobDetailModel::PresentRole).toBool());
        QCOMPARE(empty.index(row, JobDetailModel::Value).data().toString(), QString());
    }
    QVERIFY(!empty.hasJob());
}

void TestJobDetailModel::showsPresentEmptyValueAsEmpty()
{
    JobDetailModel model;
    model.setJob(englishSeed()); // "GroupId":"", "GroupName":""
    for (const JobField field : {JobField::GroupId, JobField::GroupName}) {
        const QModelIndex value = model.index(JobDetailModel::rowOf(field), JobDetailModel::Value);
        QVERIFY(value.data(JobDetailModel::PresentRole).toBool());
        QCOMPARE(value.data().toString(), QString());
        QCOMPARE(value.data(JobDetailModel::RawValueRole), QVariant(QString()));
    }
    model.setJob(parse(testData(u"seed_queryotajob_zh.json"_s))); // no GroupId at all
    QVERIFY(!model.index(JobDetailModel::rowOf(JobField::GroupId), JobDetailModel::Value)
                     .data(JobDetailModel::PresentRole)
                     .toBool());
}

void TestJobDetailModel::showsUnreadableValueAsReceived()
{
    JobDetailModel model;
    model.setJob(jobWith(R"("RetryCount":"abc","UtcEndTime":"soon")"));
    for (const auto &[field, text] :
         {std::pair {JobField::RetryCount, u"abc"_s}, {JobField::UtcEndTime, u"soon"_s}}) {
        const QModelIndex value = model.index(JobDetailModel::rowOf(field), JobDetailModel::Value);
        QVERIFY(value.data(JobDetailModel::PresentRole).toBool());
        QCOMPARE(value.data().toString(), text);
        QVERIFY(!value.data(JobDetailModel::TypedValueRole).isValid());
        QVERIFY(!value.data(JobDetailModel::UtcRole).isValid());
    }
}

void TestJobDetailModel::explainsNotReturnedFields_data()
{
    QTest::addColumn<JobField>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unconditional") << JobField::JobId << u"Not returned"_s;
    QTest::newRow("dynamic-mode") << JobField::DynamicMode
                                  << u"Not returned. Returned only if the batch is a dynamic update."_s;
    QTest::newRow("end-time") << JobField::UtcEndTime
                              << u"Not returned. Returned only if the update batch has completed."_s;
}

void TestJobDetailModel::explainsNotReturnedFields()
{
    QFETCH(JobField, field);
    QFETCH(QString, expected);
    QCOMPARE(JobDetailModel::notReturnedText(field), expected);
}

void TestJobDetailModel::exposesRowWideRoles()
{
    JobDetailModel model;
    model.setJob(englishSeed());
    const int create = JobDetailModel::rowOf(JobField::UtcCreate);
    const int status = JobDetailModel::rowOf(JobField::JobStatus);
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(create, column).data(JobDetailModel::UtcRole).toString(),
                 u"2019-12-28T02:43:10.000Z"_s);
        QCOMPARE(model.index(create, column).data(JobDetailModel::SectionRole).toInt(),
                 int(JobSection::Schedule));
        QCOMPARE(model.index(status, column).data(JobDetailModel::EnumExplanationRole).toString(),
                 u"The update batch is running."_s);
        QCOMPARE(model.index(status, column).data(JobDetailModel::RawValueRole).toString(), u"IN_PROGRESS"_s);
        QCOMPARE(model.index(status, column).data(JobDetailModel::TypedValueRole).toString(),
                 u"IN_PROGRESS"_s);
    }
    QVERIFY(!model.index(status, 0).data(JobDetailModel::UtcRole).isValid());
    QVERIFY(!model.index(create, 0).data(JobDetailModel::EnumExplanationRole).isValid());
    QCOMPARE(model.index(JobDetailModel::rowOf(JobField::RetryInterval), 0)
                     .data(JobDetailModel::TypedValueRole),
             QVariant(60));
}

void TestJobDetailModel::showsRawValueColumn_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("raw");
    QTest::newRow("number") << QByteArray() << u"RetryInterval"_s << u"60"_s;
    QTest::newRow("boolean") << QByteArray() << u"NeedConfirm"_s << u"true"_s;
    QTest::newRow("time") << QByteArray() << u"UtcEndTime"_s << u"2019-12-29T02:43:10.000Z"_s;
    QTest::newRow("versions") << QByteArray() << u"SrcVersions"_s << u"[\"1.0.0\"]"_s;
    QTest::newRow("misspelling-kept")
            << QByteArray(R"("JobType":"VERFIY_FIRMWARE")") << u"JobType"_s << u"VERFIY_FIRMWARE"_s;
    QTest::newRow("percent") << QByteArray(R"("GrayPercent":"50.00")") << u"GrayPercent"_s << u"50.00"_s;
}

void TestJobDetailModel::showsRawValueColumn()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, key);
    QFETCH(QString, raw);
    JobDetailModel model;
    model.setJob(data.isEmpty() ? englishSeed() : jobWith(data));
    const int row = JobDetailModel::rowOf(*jobFieldFromKey(key));
    QCOMPARE(model.index(row, JobDetailModel::RawValue).data().toString(), raw);
}

void TestJobDetailModel::resetsOnSetJobAndClear()
{
    JobDetailModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(!model.hasJob());
    const OtaJob job = englishSeed();
    model.setJob(job);
    QCOMPARE(reset.count(), 1);
    QVERIFY(model.hasJob());
    QVERIFY(model.job() == job);
    model.clear();
    QCOMPARE(reset.count(), 2);
    QVERIFY(!model.hasJob());
    QVERIFY(model.job() == OtaJob());
    QCOMPARE(model.index(0, JobDetailModel::Value).data().toString(), QString());
}

void TestJobDetailModel::refreshesValuesOnLocaleAndZoneChange()
{
    JobDetailModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setTimeZone(QTimeZone::utc());
    model.setJob(englishSeed());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex maxPerMinute = model.index(JobDetailModel::rowOf(JobField::MaximumPerMinute), 1);
    const QModelIndex created = model.index(JobDetailModel::rowOf(JobField::UtcCreate), 1);
    QCOMPARE(maxPerMinute.data().toString(), u"1,000"_s);
    QCOMPARE(created.data().toString(), u"2019-12-28 02:43:10"_s);

    model.setLocale(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, JobDetailModel::Value));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(30, JobDetailModel::Value));
    QCOMPARE(maxPerMinute.data().toString(), QLocale(QLocale::French).toString(1000));

    model.setTimeZone(kShanghai);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(created.data().toString(), u"2019-12-28 10:43:10"_s);
    model.setTimeZone(kShanghai); // unchanged: no signal
    QCOMPARE(changed.count(), 2);
}

void TestJobDetailModel::namesColumnsAndRoles()
{
    JobDetailModel model;
    QCOMPARE(model.headerData(JobDetailModel::Label, Qt::Horizontal).toString(), u"Field"_s);
    QCOMPARE(model.headerData(JobDetailModel::Value, Qt::Horizontal).toString(), u"Value"_s);
    QCOMPARE(model.headerData(JobDetailModel::RawValue, Qt::Horizontal).toString(), u"Raw value"_s);
    QCOMPARE(model.headerData(JobDetailModel::Help, Qt::Horizontal).toString(), u"Description"_s);
    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(JobDetailModel::PresentRole), QByteArray("present"));
    QCOMPARE(roles.value(JobDetailModel::UtcRole), QByteArray("utc"));
    QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
}

QTEST_GUILESS_MAIN(TestJobDetailModel)
#include "tst_jobdetailmodel.moc"
