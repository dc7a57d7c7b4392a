#include "TestData.h"
#include "models/BatchCompareModel.h"
#include "models/JobDetailModel.h"
#include "ota/OtaJobParser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

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

int rowOf(const BatchCompareModel &model, JobField field)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.fieldAt(row) == field)
            return row;
    }
    return -1;
}

QVariant cell(const BatchCompareModel &model, JobField field, int column, int role = Qt::DisplayRole)
{
    const int row = rowOf(model, field);
    return row < 0 ? QVariant() : model.index(row, column).data(role);
}

} // namespace

// BatchCompareModel: two parsed QueryOTAJob bodies side by side.
class TestBatchCompareModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesModelTester();
    void showsEveryFieldWithTheFormsLabelsAndValues();
    void findsNoDifferenceBetweenIdenticalBatches();
    void findsNoDifferenceBetweenTheJsonAndXmlSeed();
    void findsAChangedScalar();
    void tellsAbsentFromEmpty();
    void comparesSourceVersionsAsSets();
    void comparesTagsAsSets();
    void showsOnlyDifferencesOnRequest();
    void namesTheBatchesInTheHeader();
};

void TestBatchCompareModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestBatchCompareModel::passesModelTester()
{
    BatchCompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), kJobFieldCount);
    QCOMPARE(model.columnCount(), 3);
    model.setJobs(englishSeed(), jobWith("\"JobId\":\"other\",\"TimeoutInMinutes\":60"));
    model.setOnlyDifferences(true);
    QCOMPARE(model.rowCount(), model.differenceCount());
    model.setJobs(englishSeed(), englishSeed());
    QCOMPARE(model.rowCount(), 0);
    model.setOnlyDifferences(false);
    model.clear();
    QCOMPARE(model.rowCount(), kJobFieldCount);
    QCOMPARE(model.differenceCount(), 0);
}

void TestBatchCompareModel::showsEveryFieldWithTheFormsLabelsAndValues()
{
    BatchCompareModel model;
    const OtaJob seed = englishSeed();
    model.setJobs(seed, seed);
    QCOMPARE(model.rowCount(), kJobFieldCount);
    const QLocale locale;
    for (int row = 0; row < model.rowCount(); ++row) {
        const JobField field = model.fieldAt(row);
        QCOMPARE(field, JobField(row)); // the form's order
        QCOMPARE(model.index(row, BatchCompareModel::Field).data().toString(), jobFieldLabel(field));
        QCOMPARE(model.index(row, BatchCompareModel::Field).data(BatchCompareModel::FieldRole).toInt(), row);
        if (!seed.has(field) || field == JobField::Tags || field == JobField::SrcVersions)
            continue;
        const QString formText
                = JobDetailModel::displayText(seed, field, locale, QTimeZone::systemTimeZone());
        if (formText.isEmpty())
            continue;
        QCOMPARE(model.index(row, BatchCompareModel::Left).data().toString(), formText);
        QCOMPARE(model.index(row, BatchCompareModel::Right).data().toString(), formText);
    }
    QCOMPARE(cell(model, JobField::TimeoutInMinutes, BatchCompareModel::Left).toString(), u"5 min"_s);
    QCOMPARE(cell(model, JobField::SrcVersions, BatchCompareModel::Left).toString(), u"1.0.0"_s);
}

void TestBatchCompareModel::findsNoDifferenceBetweenIdenticalBatches()
{
    BatchCompareModel model;
    model.setJobs(englishSeed(), englishSeed());
    QCOMPARE(model.differenceCount(), 0);
    QVERIFY(model.differentFields().isEmpty());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(row, column).data(BatchCompareModel::DifferentRole).toBool(), false);
    }
    QVERIFY(!cell(model, JobField::SrcVersions, BatchCompareModel::Right, BatchCompareModel::ChangesRole)
                     .isValid());
}

void TestBatchCompareModel::findsNoDifferenceBetweenTheJsonAndXmlSeed()
{
    // Same batch, other shapes: typed values compare, so "true" and <NeedConfirm>true</…> are alike.
    BatchCompareModel model;
    model.setJobs(englishSeed(), parse(testData(u"seed_queryotajob.xml"_s)));
    QCOMPARE(model.differentFields(), QList<JobField>());
    // Enum spellings and time precision the parser normalizes are no difference either.
    model.setJobs(jobWith("\"JobType\":\"VERFIY_FIRMWARE\",\"UtcCreate\":\"2019-12-28T02:43:10.000Z\""),
                  jobWith("\"JobType\":\"VERIFY_FIRMWARE\",\"UtcCreate\":\"2019-12-28T02:43:10Z\""));
    QCOMPARE(model.differenceCount(), 0);
}

void TestBatchCompareModel::findsAChangedScalar()
{
    BatchCompareModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    OtaJob other = englishSeed();
    other.timeoutInMinutes = 60;
    other.raw.insert(JobField::TimeoutInMinutes, u"60"_s);
    model.setJobs(englishSeed(), other);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.differentFields(), QList<JobField> {JobField::TimeoutInMinutes});
    QCOMPARE(model.differenceCount(), 1);
    for (const int column :
         {int(BatchCompareModel::Field), int(BatchCompareModel::Left), int(BatchCompareModel::Right)})
        QVERIFY(cell(model, JobField::TimeoutInMinutes, column, BatchCompareModel::DifferentRole).toBool());
    QVERIFY(!cell(model, JobField::RetryCount, BatchCompareModel::Left, BatchCompareModel::DifferentRole)
                     .toBool());
    QCOMPARE(cell(model, JobField::TimeoutInMinutes, BatchCompareModel::Left).toString(), u"5 min"_s);
    QCOMPARE(cell(model, JobField::TimeoutInMinutes, BatchCompareModel::Right).toString(), u"60 min"_s);
}

void TestBatchCompareModel::tellsAbsentFromEmpty()
{
    BatchCompareModel model;
    model.setJobs(jobWith("\"JobId\":\"a\",\"JobDesc\":\"x\""),
                  jobWith("\"JobId\":\"a\",\"GroupId\":\"\",\"JobDesc\":\"x\""));
    QCOMPARE(model.differentFields(), QList<JobField> {JobField::GroupId});
    const QString notReturned = cell(model, JobField::GroupId, BatchCompareModel::Left).toString();
    const QString empty = cell(model, JobField::GroupId, BatchCompareModel::Right).toString();
    QCOMPARE(notReturned, u"Not returned"_s);
    QCOMPARE(empty, u"(empty)"_s);
    QCOMPARE(cell(model, JobField::GroupId, BatchCompareModel::Left, BatchCompareModel::PresentRole).toBool(),
             false);
    QCOMPARE(
            cell(model, JobField::GroupId, BatchCompareModel::Right, BatchCompareModel::PresentRole).toBool(),
            true);
    QCOMPARE(cell(model, JobField::GroupId, BatchCompareModel::Left, Qt::ToolTipRole).toString(),
             JobDetailModel::notReturnedText(JobField::GroupId));
    // Absent on both sides, or empty on both: no difference.
    QVERIFY(!cell(model, JobField::GroupName, BatchCompareModel::Left, BatchCompareModel::DifferentRole)
                     .toBool());
    model.setJobs(jobWith("\"GroupId\":\"\""), jobWith("\"GroupId\":\"\""));
    QCOMPARE(model.differenceCount(), 0);
    // An empty list is not an absent one either.
    model.setJobs(jobWith("\"SrcVersions\":{\"SrcVersion\":[]}"), jobWith("\"JobId\":\"b\""));
    QVERIFY(model.differentFields().contains(JobField::SrcVersions));
    QCOMPARE(cell(model, JobField::SrcVersions, BatchCompareModel::Left).toString(), u"(none)"_s);
    QCOMPARE(cell(model, JobField::SrcVersions, BatchCompareModel::Right).toString(), u"Not returned"_s);
}

void TestBatchCompareModel::comparesSourceVersionsAsSets()
{
    BatchCompareModel model;
    model.setJobs(jobWith("\"SrcVersions\":{\"SrcVersion\":[\"1.0.0\",\"1.1.0\",\"1.2.0\"]}"),
                  jobWith("\"SrcVersions\":{\"SrcVersion\":[\"1.2.0\",\"1.0.0\",\"1.1.0\"]}"));
    QCOMPARE(model.differenceCount(), 0); // another order is the same set

    model.setJobs(jobWith("\"SrcVersions\":{\"SrcVersion\":[\"1.0.0\",\"1.1.0\"]}"),
                  jobWith("\"SrcVersions\":{\"SrcVersion\":[\"1.1.0\",\"1.2.0\",\"1.3.0\"]}"));
    QCOMPARE(model.differentFields(), QList<JobField> {JobField::SrcVersions});
    QCOMPARE(cell(model, JobField::SrcVersions, BatchCompareModel::Right, BatchCompareModel::ChangesRole)
                     .toString(),
             u"added: 1.2.0, 1.3.0; removed: 1.0.0"_s);
    QCOMPARE(cell(model, JobField::SrcVersions, BatchCompareModel::Left).toString(), u"1.0.0, 1.1.0"_s);
    QCOMPARE(cell(model, JobField::SrcVersions, BatchCompareModel::Right).toString(),
             u"1.1.0, 1.2.0, 1.3.0 (added: 1.2.0, 1.3.0; removed: 1.0.0)"_s);
    QVERIFY(cell(model, JobField::SrcVersions, BatchCompareModel::Left, Qt::ToolTipRole)
                    .toString()
                    .contains(u"removed: 1.0.0"_s));

    // Only removals.
    model.setJobs(jobWith("\"SrcVersions\":{\"SrcVersion\":[\"1.0.0\",\"1.1.0\"]}"),
                  jobWith("\"SrcVersions\":{\"SrcVersion\":[\"1.1.0\"]}"));
    QCOMPARE(cell(model, JobField::SrcVersions, BatchCompareModel::Right, BatchCompareModel::ChangesRole)
                     .toString(),
             u"removed: 1.0.0"_s);
}

void TestBatchCompareModel::comparesTagsAsSets()
{
    BatchCompareModel model;
    const QByteArray left = "\"Tags\":{\"OtaTagDTO\":[{\"Key\":\"env\",\"Value\":\"prod\"},"
                            "{\"Key\":\"owner\",\"Value\":\"ops\"}]}";
    model.setJobs(jobWith(left),
                  jobWith("\"Tags\":{\"OtaTagDTO\":[{\"Key\":\"owner\",\"Value\":\"ops\"},"
                          "{\"Key\":\"env\",\"Value\":\"prod\"}]}"));
    QCOMPARE(model.differenceCount(), 0);

    model.setJobs(jobWith(left),
                  jobWith("\"Tags\":{\"OtaTagDTO\":[{\"Key\":\"env\",\"Value\":\"staging\"},"
                          "{\"Key\":\"owner\",\"Value\":\"ops\"},{\"Key\":\"team\",\"Value\":\"a\"}]}"));
    QCOMPARE(model.differentFields(), QList<JobField> {JobField::Tags});
    QCOMPARE(cell(model, JobField::Tags, BatchCompareModel::Left).toString(), u"env = prod, owner = ops"_s);
    QCOMPARE(cell(model, JobField::Tags, BatchCompareModel::Right, BatchCompareModel::ChangesRole).toString(),
             u"added: env = staging, team = a; removed: env = prod"_s);

    // No tags at all against tags that were not returned.
    model.setJobs(jobWith("\"Tags\":{\"OtaTagDTO\":[]}"), jobWith("\"JobId\":\"x\""));
    QVERIFY(model.differentFields().contains(JobField::Tags));
    QCOMPARE(cell(model, JobField::Tags, BatchCompareModel::Left).toString(), u"(none)"_s);
}

void TestBatchCompareModel::showsOnlyDifferencesOnRequest()
{
    BatchCompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OtaJob other = englishSeed();
    other.jobId = u"HvKuBpuk3rdk6E92CPzzzz0200"_s;
    other.raw.insert(JobField::JobId, *other.jobId);
    other.needPush = true;
    other.raw.insert(JobField::NeedPush, u"true"_s);
    model.setJobs(englishSeed(), other);
    QCOMPARE(model.differentFields(), (QList<JobField> {JobField::JobId, JobField::NeedPush}));
    model.setOnlyDifferences(true);
    QVERIFY(model.onlyDifferences());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.fieldAt(0), JobField::JobId);
    QCOMPARE(model.fieldAt(1), JobField::NeedPush);
    QCOMPARE(model.index(1, BatchCompareModel::Field).data().toString(), jobFieldLabel(JobField::NeedPush));
    QCOMPARE(model.differenceCount(), 2);
    // New jobs keep the mode.
    model.setJobs(englishSeed(), englishSeed());
    QCOMPARE(model.rowCount(), 0);
    model.setOnlyDifferences(false);
    QCOMPARE(model.rowCount(), kJobFieldCount);
}

void TestBatchCompareModel::namesTheBatchesInTheHeader()
{
    BatchCompareModel model;
    QCOMPARE(model.headerData(BatchCompareModel::Field, Qt::Horizontal).toString(), u"Field"_s);
    QCOMPARE(model.headerData(BatchCompareModel::Left, Qt::Horizontal).toString(), u"Left batch"_s);
    model.setJobs(englishSeed(), jobWith("\"JobId\":\"HvKuBpuk3rdk6E92CPnona0200\""));
    QCOMPARE(model.headerData(BatchCompareModel::Left, Qt::Horizontal).toString(),
             u"firmware2 (HvKuBpuk3rdk6E92CP****0200)"_s);
    QCOMPARE(model.headerData(BatchCompareModel::Right, Qt::Horizontal).toString(),
             u"HvKuBpuk3rdk6E92CPnona0200"_s);
}

QTEST_GUILESS_MAIN(TestBatchCompareModel)
#include "tst_batchcomparemodel.moc"
