#include "TestData.h"
#include "models/JobDetailModel.h"
#include "ota/OtaJobParser.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// JobDetailModel's "changed since you last looked": ChangedRole, PreviousValueRole and the "Was: ..."
// tooltip.
class TestJobDetailChanges : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTesterWhileComparing();
    void marksNothingWithoutAPrevious();
    void marksChangedFieldsWithWhatTheyWere();
    void countsAddedAndRemovedFieldsAsChanged();
    void ignoresTheSpellingOfEqualValues();
    void forgetsThePreviousOnANewJob();
    void announcesTheComparisonToViews();
};

namespace {

OtaJob parse(const QByteArray &body)
{
    const QueryOtaJobResult result = parseQueryOtaJob(body);
    if (!std::holds_alternative<ParsedQueryOtaJob>(result))
        qFatal("test body did not parse: %s", qPrintable(std::get<ParseError>(result).message));
    return std::get<ParsedQueryOtaJob>(result).job;
}

OtaJob seed()
{
    return parse(simFixture(u"seed_queryotajob.json"_s));
}

// The English seed sample with its Data edited.
OtaJob seedWith(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(simFixture(u"seed_queryotajob.json"_s)).object();
    QJsonObject data = root.value(u"Data").toObject();
    edit(data);
    root.insert(u"Data"_s, data);
    return parse(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QModelIndex valueOf(const JobDetailModel &model, JobField field)
{
    return model.index(JobDetailModel::rowOf(field), JobDetailModel::Value);
}

QList<JobField> changedByRole(const JobDetailModel &model)
{
    QList<JobField> fields;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, JobDetailModel::Value).data(JobDetailModel::ChangedRole).toBool())
            fields.append(JobDetailModel::fieldAt(row));
    }
    return fields;
}

} // namespace

void TestJobDetailChanges::passesModelTesterWhileComparing()
{
    JobDetailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(seedWith([](QJsonObject &data) { data.insert(u"JobStatus"_s, u"COMPLETED"_s); }));
    model.setPrevious(seed());
    QCOMPARE(model.changedFields(), QList<JobField> {JobField::JobStatus});
    model.clearPrevious();
    model.setPrevious(seed());
    model.clear();
    QVERIFY(model.changedFields().isEmpty());
}

void TestJobDetailChanges::marksNothingWithoutAPrevious()
{
    JobDetailModel model;
    model.setJob(seed());
    QVERIFY(!model.hasPrevious());
    QVERIFY(model.changedFields().isEmpty());
    QVERIFY(changedByRole(model).isEmpty());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex value = model.index(row, JobDetailModel::Value);
        QVERIFY(!value.data(JobDetailModel::PreviousValueRole).isValid());
        QVERIFY(!value.data(Qt::ToolTipRole).toString().startsWith(u"Was: "));
    }
    // The same job as before: compared, and still nothing changed.
    model.setPrevious(seed());
    QVERIFY(model.hasPrevious());
    QVERIFY(model.changedFields().isEmpty());
}

void TestJobDetailChanges::marksChangedFieldsWithWhatTheyWere()
{
    JobDetailModel model;
    model.setJob(seedWith([](QJsonObject &data) {
        data.insert(u"JobStatus"_s, u"COMPLETED"_s);
        data.insert(u"MaximumPerMinute"_s, 200);
        data.insert(u"UtcModified"_s, u"2019-12-29T08:00:00.000Z"_s);
    }));
    model.setPrevious(seed());
    const QList<JobField> expected {JobField::JobStatus, JobField::MaximumPerMinute, JobField::UtcModified};
    QCOMPARE(model.changedFields(), expected);
    QCOMPARE(changedByRole(model), expected);

    const QModelIndex status = valueOf(model, JobField::JobStatus);
    QCOMPARE(status.data().toString(), u"Completed"_s);
    QCOMPARE(status.data(JobDetailModel::PreviousValueRole).toString(), u"In progress"_s);
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"Was: In progress\n\n"), qPrintable(tip));
    QVERIFY2(tip.contains(u"COMPLETED"), qPrintable(tip)); // the usual tooltip follows
    // The whole row is marked, the caption too.
    QVERIFY(model.index(JobDetailModel::rowOf(JobField::JobStatus), JobDetailModel::Label)
                    .data(JobDetailModel::ChangedRole)
                    .toBool());
    // Numbers are formatted as the Value column formats them.
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(valueOf(model, JobField::MaximumPerMinute).data(Qt::ToolTipRole).toString(), u"Was: 1,000"_s);
    // Unchanged rows carry nothing extra.
    const QModelIndex name = valueOf(model, JobField::Name);
    QVERIFY(!name.data(JobDetailModel::ChangedRole).toBool());
    QVERIFY(!name.data(JobDetailModel::PreviousValueRole).isValid());
    QVERIFY(!name.data(Qt::ToolTipRole).isValid());
}

void TestJobDetailChanges::countsAddedAndRemovedFieldsAsChanged()
{
    JobDetailModel model;
    model.setJob(seedWith([](QJsonObject &data) {
        data.remove(u"JobDesc"_s); // gone
        data.remove(u"GroupId"_s); // was present and empty
        data.insert(u"GrayPercent"_s, u"50.00"_s); // new
    }));
    model.setPrevious(seed());
    QCOMPARE(model.changedFields(),
             (QList<JobField> {JobField::JobDesc, JobField::GroupId, JobField::GrayPercent}));
    QCOMPARE(valueOf(model, JobField::JobDesc).data(JobDetailModel::PreviousValueRole).toString(),
             u"batch upgrade"_s);
    QCOMPARE(valueOf(model, JobField::GroupId).data(JobDetailModel::PreviousValueRole).toString(),
             u"(empty)"_s);
    QCOMPARE(valueOf(model, JobField::GrayPercent).data(JobDetailModel::PreviousValueRole).toString(),
             u"Not returned"_s);
    // An absent field has no value, yet its tooltip says what it was and why it is missing now.
    const QModelIndex desc = valueOf(model, JobField::JobDesc);
    QVERIFY(!desc.data(JobDetailModel::PresentRole).toBool());
    QVERIFY(!desc.data().isValid());
    QVERIFY(desc.data(Qt::ToolTipRole).toString().startsWith(u"Was: batch upgrade\n\nNot returned"));
}

void TestJobDetailChanges::ignoresTheSpellingOfEqualValues()
{
    // The same batch as XML, with times without milliseconds and tags in another shape: nothing changed.
    const OtaJob xml = parse(testData(u"seed_queryotajob.xml"_s));
    JobDetailModel model;
    model.setJob(xml);
    model.setPrevious(seed());
    QVERIFY2(model.changedFields().isEmpty(), qPrintable(QString::number(model.changedFields().size())));

    model.setJob(seedWith([](QJsonObject &data) {
        data.insert(u"UtcStartTime"_s, u"2019-12-28T02:43:10Z"_s);
        data.insert(u"Tags"_s,
                    QJsonObject {{u"OtaTagDTO"_s, QJsonObject {{u"Key"_s, u"k"_s}, {u"Value"_s, u"v"_s}}}});
    }));
    model.setPrevious(seedWith([](QJsonObject &data) {
        data.insert(u"Tags"_s, QJsonArray {QJsonObject {{u"Key"_s, u"k"_s}, {u"Value"_s, u"v"_s}}});
    }));
    QVERIFY(model.changedFields().isEmpty());

    // Another tag value is a change.
    model.setPrevious(seedWith([](QJsonObject &data) {
        data.insert(u"Tags"_s, QJsonArray {QJsonObject {{u"Key"_s, u"k"_s}, {u"Value"_s, u"old"_s}}});
    }));
    QCOMPARE(model.changedFields(), QList<JobField> {JobField::Tags});
}

void TestJobDetailChanges::forgetsThePreviousOnANewJob()
{
    JobDetailModel model;
    model.setJob(seedWith([](QJsonObject &data) { data.insert(u"Name"_s, u"renamed"_s); }));
    model.setPrevious(seed());
    QCOMPARE(model.changedFields(), QList<JobField> {JobField::Name});
    model.setJob(seedWith([](QJsonObject &data) { data.insert(u"Name"_s, u"renamed"_s); }));
    QVERIFY(!model.hasPrevious());
    QVERIFY(model.changedFields().isEmpty());
    model.setPrevious(seed());
    model.clear();
    QVERIFY(!model.hasPrevious());
    QVERIFY(changedByRole(model).isEmpty());
}

void TestJobDetailChanges::announcesTheComparisonToViews()
{
    JobDetailModel model;
    model.setJob(seedWith([](QJsonObject &data) { data.insert(u"Name"_s, u"renamed"_s); }));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPrevious(seed());
    QCOMPARE(changed.size(), 1);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(JobDetailModel::ChangedRole));
    QVERIFY(roles.contains(Qt::ToolTipRole));
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), model.rowCount() - 1);
    model.clearPrevious();
    QCOMPARE(changed.size(), 2);
    model.clearPrevious(); // nothing to forget: no signal
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.roleNames().value(JobDetailModel::ChangedRole), QByteArray("changed"));
}

QTEST_GUILESS_MAIN(TestJobDetailChanges)
#include "tst_jobdetailchanges.moc"
