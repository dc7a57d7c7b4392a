#include "ota/OtaJob.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// OtaJob: presence is `raw`, typed values live apart from it, and each member has one type.
class TestOtaJob : public QObject
{
    Q_OBJECT
private slots:
    void startsWithNothingPresent();
    void presenceFollowsRawNotTypedValue();
    void returnsEachMemberAsItsOwnType_data();
    void returnsEachMemberAsItsOwnType();
    void refusesValuesOfTheWrongType();
    void storesTimesInUtc();
    void comparesEveryMemberAndRaw();
};

void TestOtaJob::startsWithNothingPresent()
{
    const OtaJob job;
    for (const JobField field : allJobFields()) {
        QVERIFY(!job.has(field));
        QVERIFY(!job.hasTypedValue(field));
        QVERIFY(!job.value(field).isValid());
        QCOMPARE(job.rawValue(field), QString());
    }
}

void TestOtaJob::presenceFollowsRawNotTypedValue()
{
    OtaJob job;
    job.raw.insert(JobField::RetryCount, u"abc"_s); // arrived, but not a number
    QVERIFY(job.has(JobField::RetryCount));
    QVERIFY(!job.hasTypedValue(JobField::RetryCount));
    QVERIFY(!job.value(JobField::RetryCount).isValid());

    job.raw.insert(JobField::GroupId, QString()); // arrived empty
    job.groupId = QString();
    QVERIFY(job.has(JobField::GroupId));
    QCOMPARE(job.value(JobField::GroupId), QVariant(QString()));
}

void TestOtaJob::returnsEachMemberAsItsOwnType_data()
{
    QTest::addColumn<JobField>("field");
    QTest::addColumn<QVariant>("typed");
    QTest::newRow("text") << JobField::JobId << QVariant(u"HvKuBpuk3rdk6E92CP****0200"_s);
    QTest::newRow("enum-text") << JobField::JobStatus << QVariant(u"IN_PROGRESS"_s);
    QTest::newRow("enum-integer") << JobField::DynamicMode << QVariant(1);
    QTest::newRow("percent") << JobField::GrayPercent << QVariant(u"50.00"_s);
    QTest::newRow("integer") << JobField::RetryInterval << QVariant(60);
    QTest::newRow("boolean") << JobField::NeedPush << QVariant(false);
    QTest::newRow("versions") << JobField::SrcVersions << QVariant(QStringList {u"1.0.0"_s});
    QTest::newRow("tags") << JobField::Tags << QVariant::fromValue(QList<OtaTag> {{u"k"_s, u"v"_s}});
    QTest::newRow("time") << JobField::UtcCreate
                          << QVariant(QDateTime(QDate(2019, 12, 28), QTime(2, 43, 10), QTimeZone::utc()));
}

void TestOtaJob::returnsEachMemberAsItsOwnType()
{
    QFETCH(JobField, field);
    QFETCH(QVariant, typed);
    OtaJob job;
    QVERIFY(job.setValue(field, typed));
    QVERIFY(job.hasTypedValue(field));
    QVERIFY(!job.has(field)); // setValue leaves presence alone
    QCOMPARE(job.value(field), typed);
    QCOMPARE(job.value(field).metaType(), typed.metaType());
    QVERIFY(job.setValue(field, QVariant()));
    QVERIFY(!job.hasTypedValue(field));
}

void TestOtaJob::refusesValuesOfTheWrongType()
{
    OtaJob job;
    QVERIFY(!job.setValue(JobField::RetryCount, u"5"_s));
    QVERIFY(!job.setValue(JobField::JobId, 5));
    QVERIFY(!job.setValue(JobField::NeedPush, u"true"_s));
    QVERIFY(!job.retryCount && !job.jobId && !job.needPush);
}

void TestOtaJob::storesTimesInUtc()
{
    OtaJob job;
    const QDateTime shanghai(QDate(2019, 12, 28), QTime(10, 43, 10), QTimeZone(8 * 3600));
    QVERIFY(job.setValue(JobField::UtcEndTime, shanghai));
    QCOMPARE(job.utcEndTime->timeSpec(), Qt::UTC);
    QCOMPARE(job.utcEndTime->time(), QTime(2, 43, 10));
}

void TestOtaJob::comparesEveryMemberAndRaw()
{
    OtaJob a;
    a.raw.insert(JobField::Tags, u"[]"_s);
    a.tags = QList<OtaTag>();
    OtaJob b = a;
    QVERIFY(a == b);
    b.tags->append({u"k"_s, u"v"_s});
    QVERIFY(a != b);
    b = a;
    b.raw.insert(JobField::Tags, u"null"_s); // same typed value, different text received
    QVERIFY(a != b);
    b = a;
    b.utcModified = QDateTime::currentDateTimeUtc();
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestOtaJob)
#include "tst_otajob.moc"
