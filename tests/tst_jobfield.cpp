#include "ota/JobField.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The field descriptor table against the QueryOTAJob reference (shared/seeds/000, English).
class TestJobField : public QObject
{
    Q_OBJECT
private slots:
    void coversEveryDataFieldOnce();
    void ordersFieldsBySection_data();
    void ordersFieldsBySection();
    void mapsKeysBothWays();
    void describesEveryField();
    void statesPresenceRulesOfConditionalFields_data();
    void statesPresenceRulesOfConditionalFields();
    void namesKindsAsTheReferenceTypesThem_data();
    void namesKindsAsTheReferenceTypesThem();
};

void TestJobField::coversEveryDataFieldOnce()
{
    // The Data rows of the English response table, alphabetical as printed there.
    const QStringList documented {u"DestVersion"_s,
                                  u"DownloadProtocol"_s,
                                  u"DynamicMode"_s,
                                  u"FirmwareId"_s,
                                  u"GrayPercent"_s,
                                  u"GroupId"_s,
                                  u"GroupName"_s,
                                  u"JobDesc"_s,
                                  u"JobId"_s,
                                  u"JobStatus"_s,
                                  u"JobType"_s,
                                  u"MaximumPerMinute"_s,
                                  u"MultiModuleMode"_s,
                                  u"Name"_s,
                                  u"NeedConfirm"_s,
                                  u"NeedPush"_s,
                                  u"OverwriteMode"_s,
                                  u"ProductKey"_s,
                                  u"RetryCount"_s,
                                  u"RetryInterval"_s,
                                  u"SelectionType"_s,
                                  u"SrcVersions"_s,
                                  u"Tags"_s,
                                  u"TargetSelection"_s,
                                  u"TimeoutInMinutes"_s,
                                  u"UtcCreate"_s,
                                  u"UtcEndTime"_s,
                                  u"UtcModified"_s,
                                  u"UtcScheduleFinishTime"_s,
                                  u"UtcScheduleTime"_s,
                                  u"UtcStartTime"_s};
    const QList<JobField> fields = allJobFields();
    QCOMPARE(fields.size(), 31);
    QCOMPARE(kJobFieldCount, 31);
    QStringList keys;
    for (int i = 0; i < fields.size(); ++i) {
        QCOMPARE(int(fields.at(i)), i);
        QCOMPARE(jobFieldInfo(fields.at(i)).field, fields.at(i));
        keys.append(jobFieldKey(fields.at(i)));
    }
    keys.sort();
    QCOMPARE(keys, documented);
}

void TestJobField::ordersFieldsBySection_data()
{
    QTest::addColumn<JobSection>("section");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("identity") << JobSection::Identity
                              << QStringList {u"JobId"_s,      u"Name"_s,    u"JobDesc"_s,  u"ProductKey"_s,
                                              u"FirmwareId"_s, u"GroupId"_s, u"GroupName"_s};
    QTest::newRow("rollout-policy") << JobSection::RolloutPolicy
                                    << QStringList {u"JobType"_s,          u"JobStatus"_s,
                                                    u"SelectionType"_s,    u"TargetSelection"_s,
                                                    u"GrayPercent"_s,      u"DynamicMode"_s,
                                                    u"OverwriteMode"_s,    u"MaximumPerMinute"_s,
                                                    u"RetryCount"_s,       u"RetryInterval"_s,
                                                    u"TimeoutInMinutes"_s, u"NeedConfirm"_s,
                                                    u"NeedPush"_s,         u"MultiModuleMode"_s,
                                                    u"DownloadProtocol"_s};
    QTest::newRow("versions") << JobSection::Versions << QStringList {u"SrcVersions"_s, u"DestVersion"_s};
    QTest::newRow("tags") << JobSection::Tags << QStringList {u"Tags"_s};
    QTest::newRow("schedule") << JobSection::Schedule
                              << QStringList {u"UtcCreate"_s,    u"UtcScheduleTime"_s,
                                              u"UtcStartTime"_s, u"UtcScheduleFinishTime"_s,
                                              u"UtcEndTime"_s,   u"UtcModified"_s};
}

void TestJobField::ordersFieldsBySection()
{
    QFETCH(JobSection, section);
    QFETCH(QStringList, keys);
    QStringList actual;
    int previousSection = 0;
    for (const JobField field : allJobFields()) {
        const int current = int(jobFieldInfo(field).section);
        QVERIFY(current >= previousSection); // sections never interleave
        previousSection = current;
        if (jobFieldInfo(field).section == section)
            actual.append(jobFieldKey(field));
    }
    QCOMPARE(actual, keys);
    QVERIFY(!jobSectionTitle(section).isEmpty());
}

void TestJobField::mapsKeysBothWays()
{
    for (const JobField field : allJobFields())
        QCOMPARE(jobFieldFromKey(jobFieldKey(field)), field);
    QCOMPARE(jobFieldFromKey(u"jobid"), std::nullopt); // keys are case-sensitive, as the API's are
    QCOMPARE(jobFieldFromKey(u"SrcVersion"), std::nullopt);
    QCOMPARE(jobFieldFromKey(u"RequestId"), std::nullopt);
    QCOMPARE(jobFieldFromKey(QStringView()), std::nullopt);
}

void TestJobField::describesEveryField()
{
    QSet<QString> labels;
    for (const JobField field : allJobFields()) {
        const QString label = jobFieldLabel(field);
        QVERIFY2(!label.isEmpty() && label.size() <= 24, qPrintable(label));
        QVERIFY2(!labels.contains(label), qPrintable(label));
        labels.insert(label);
        QVERIFY(jobFieldHelp(field).endsWith(u'.'));
    }
    QCOMPARE(jobFieldLabel(JobField::JobId), u"Batch ID"_s);
    QCOMPARE(jobFieldLabel(JobField::DestVersion), u"Destination version"_s);
    QCOMPARE(jobFieldLabel(JobField::GrayPercent), u"Gray percentage"_s);
    QCOMPARE(jobFieldLabel(JobField::MaximumPerMinute), u"Max devices per minute"_s);
    QCOMPARE(jobFieldLabel(JobField::RetryInterval), u"Retry interval"_s);
    // "Name" is the update package's name in all three references, not the batch's.
    QCOMPARE(jobFieldLabel(JobField::Name), u"Package name"_s);
    QVERIFY(jobFieldHelp(JobField::RetryInterval).contains(u"minutes"));
    QVERIFY(jobFieldHelp(JobField::TimeoutInMinutes).contains(u"minutes"));
    QVERIFY(jobFieldHelp(JobField::GrayPercent).contains(u"percent"));
}

void TestJobField::statesPresenceRulesOfConditionalFields_data()
{
    QTest::addColumn<JobField>("field");
    QTest::addColumn<QString>("rulePart"); // empty = the reference states no condition

    QTest::newRow("DynamicMode") << JobField::DynamicMode << u"dynamic update"_s;
    QTest::newRow("GrayPercent") << JobField::GrayPercent << u"phased"_s;
    QTest::newRow("RetryCount") << JobField::RetryCount << u"retry policy"_s;
    QTest::newRow("RetryInterval") << JobField::RetryInterval << u"retry policy"_s;
    QTest::newRow("TimeoutInMinutes") << JobField::TimeoutInMinutes << u"timeout"_s;
    QTest::newRow("UtcEndTime") << JobField::UtcEndTime << u"completed"_s;
    QTest::newRow("UtcScheduleTime") << JobField::UtcScheduleTime << u"scheduled"_s;
    QTest::newRow("UtcScheduleFinishTime") << JobField::UtcScheduleFinishTime << u"scheduled end time"_s;
    QTest::newRow("JobId") << JobField::JobId << QString();
    QTest::newRow("GroupId") << JobField::GroupId << QString();
    QTest::newRow("Tags") << JobField::Tags << QString();
    QTest::newRow("UtcCreate") << JobField::UtcCreate << QString();
}

void TestJobField::statesPresenceRulesOfConditionalFields()
{
    QFETCH(JobField, field);
    QFETCH(QString, rulePart);
    const QString presence = jobFieldPresence(field);
    if (rulePart.isEmpty()) {
        QVERIFY(presence.isEmpty());
        QCOMPARE(jobFieldInfo(field).presence, nullptr);
    } else {
        QVERIFY2(presence.startsWith(u"Returned only if "), qPrintable(presence));
        QVERIFY2(presence.contains(rulePart), qPrintable(presence));
    }
}

void TestJobField::namesKindsAsTheReferenceTypesThem_data()
{
    QTest::addColumn<JobField>("field");
    QTest::addColumn<ValueKind>("kind");
    QTest::newRow("GrayPercent") << JobField::GrayPercent << ValueKind::Percent;
    QTest::newRow("DynamicMode") << JobField::DynamicMode << ValueKind::Enum;
    QTest::newRow("OverwriteMode") << JobField::OverwriteMode << ValueKind::Enum;
    QTest::newRow("JobStatus") << JobField::JobStatus << ValueKind::Enum;
    QTest::newRow("MaximumPerMinute") << JobField::MaximumPerMinute << ValueKind::Integer;
    QTest::newRow("MultiModuleMode") << JobField::MultiModuleMode << ValueKind::Boolean;
    QTest::newRow("SrcVersions") << JobField::SrcVersions << ValueKind::StringList;
    QTest::newRow("Tags") << JobField::Tags << ValueKind::Tags;
    QTest::newRow("UtcModified") << JobField::UtcModified << ValueKind::DateTime;
    QTest::newRow("DownloadProtocol") << JobField::DownloadProtocol << ValueKind::Text;
}

void TestJobField::namesKindsAsTheReferenceTypesThem()
{
    QFETCH(JobField, field);
    QFETCH(ValueKind, kind);
    QCOMPARE(jobFieldInfo(field).kind, kind);
}

QTEST_GUILESS_MAIN(TestJobField)
#include "tst_jobfield.moc"
