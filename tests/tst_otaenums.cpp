#include "ota/OtaEnums.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Enum knowledge against the QueryOTAJob reference (shared/seeds/000 English, 003 Chinese spelling).
class TestOtaEnums : public QObject
{
    Q_OBJECT
private slots:
    void labelsAndExplainsDocumentedValues_data();
    void labelsAndExplainsDocumentedValues();
    void keepsUndocumentedValuesVerbatim_data();
    void keepsUndocumentedValuesVerbatim();
    void normalizesSpellingVariants_data();
    void normalizesSpellingVariants();
    void listsDocumentedValuesInReferenceOrder_data();
    void listsDocumentedValuesInReferenceOrder();
    void readsApiBooleans_data();
    void readsApiBooleans();
};

void TestOtaEnums::labelsAndExplainsDocumentedValues_data()
{
    QTest::addColumn<JobField>("field");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("explanationPart"); // words of the reference's sentence

    QTest::newRow("JobStatus/PLANNED")
            << JobField::JobStatus << u"PLANNED"_s << u"Planned"_s << u"the scheduled time has not arrived"_s;
    QTest::newRow("JobStatus/IN_PROGRESS") << JobField::JobStatus << u"IN_PROGRESS"_s << u"In progress"_s
                                           << u"The update batch is running."_s;
    QTest::newRow("JobStatus/COMPLETED")
            << JobField::JobStatus << u"COMPLETED"_s << u"Completed"_s << u"The update batch is completed."_s;
    QTest::newRow("JobStatus/CANCELED")
            << JobField::JobStatus << u"CANCELED"_s << u"Canceled"_s << u"The update batch is canceled."_s;
    QTest::newRow("JobType/VERIFY_FIRMWARE")
            << JobField::JobType << u"VERIFY_FIRMWARE"_s << u"Firmware verification"_s
            << u"verifies the update package"_s;
    QTest::newRow("JobType/UPGRADE_FIRMWARE")
            << JobField::JobType << u"UPGRADE_FIRMWARE"_s << u"Batch update"_s << u"updates devices"_s;
    QTest::newRow("SelectionType/STATIC")
            << JobField::SelectionType << u"STATIC"_s << u"Static update"_s << u"CreateOTAStaticUpgradeJob"_s;
    QTest::newRow("SelectionType/DYNAMIC") << JobField::SelectionType << u"DYNAMIC"_s << u"Dynamic update"_s
                                           << u"CreateOTADynamicUpgradeJob"_s;
    QTest::newRow("TargetSelection/ALL")
            << JobField::TargetSelection << u"ALL"_s << u"All devices"_s << u"Updates all devices."_s;
    QTest::newRow("TargetSelection/SPECIFIC") << JobField::TargetSelection << u"SPECIFIC"_s
                                              << u"Specified devices"_s << u"Updates specified devices."_s;
    QTest::newRow("TargetSelection/GRAY") << JobField::TargetSelection << u"GRAY"_s
                                          << u"Phased (gray) update"_s << u"Performs a phased update."_s;
    QTest::newRow("DynamicMode/1") << JobField::DynamicMode << u"1"_s << u"Keep upgrading matching devices"_s
                                   << u"Constantly updates the devices that meet the conditions."_s;
    QTest::newRow("DynamicMode/2") << JobField::DynamicMode << u"2"_s << u"Only newly reported versions"_s
                                   << u"subsequently submit the latest firmware versions"_s;
    QTest::newRow("OverwriteMode/1") << JobField::OverwriteMode << u"1"_s << u"Don't overwrite"_s
                                     << u"previous update task is not overwritten"_s;
    QTest::newRow("OverwriteMode/2") << JobField::OverwriteMode << u"2"_s << u"Overwrite"_s
                                     << u"only the current update task"_s;
    QTest::newRow("MultiModuleMode/true") << JobField::MultiModuleMode << u"true"_s << u"Yes"_s
                                          << u"simultaneous updates of multiple modules"_s;
    QTest::newRow("MultiModuleMode/false")
            << JobField::MultiModuleMode << u"false"_s << u"No"_s << u"(the default)"_s;
    QTest::newRow("NeedConfirm/true") << JobField::NeedConfirm << u"true"_s << u"Yes"_s << u"mobile app"_s;
    QTest::newRow("NeedConfirm/false")
            << JobField::NeedConfirm << u"false"_s << u"No"_s << u"no confirmation"_s;
    QTest::newRow("NeedPush/true") << JobField::NeedPush << u"true"_s << u"Yes"_s << u"automatically"_s;
    QTest::newRow("NeedPush/false") << JobField::NeedPush << u"false"_s << u"No"_s << u"does not push"_s;
}

void TestOtaEnums::labelsAndExplainsDocumentedValues()
{
    QFETCH(JobField, field);
    QFETCH(QString, raw);
    QFETCH(QString, label);
    QFETCH(QString, explanationPart);
    QVERIFY(hasEnumValues(field));
    QVERIFY(isKnownEnumValue(field, raw));
    QCOMPARE(enumLabel(field, raw), label);
    const QString explanation = enumExplanation(field, raw);
    QVERIFY2(explanation.contains(explanationPart), qPrintable(explanation));
    QVERIFY(explanation.endsWith(u'.'));
}

void TestOtaEnums::keepsUndocumentedValuesVerbatim_data()
{
    QTest::addColumn<JobField>("field");
    QTest::addColumn<QString>("raw");
    QTest::newRow("status-paused") << JobField::JobStatus << u"PAUSED"_s;
    QTest::newRow("status-lowercase") << JobField::JobStatus << u"in_progress"_s;
    QTest::newRow("status-empty") << JobField::JobStatus << QString();
    QTest::newRow("type-unknown") << JobField::JobType << u"ROLLBACK_FIRMWARE"_s;
    QTest::newRow("selection-unknown") << JobField::SelectionType << u"MANUAL"_s;
    QTest::newRow("target-unknown") << JobField::TargetSelection << u"REGION"_s;
    QTest::newRow("dynamic-mode-3") << JobField::DynamicMode << u"3"_s;
    QTest::newRow("overwrite-mode-word") << JobField::OverwriteMode << u"yes"_s;
    QTest::newRow("boolean-word") << JobField::NeedPush << u"sometimes"_s;
    // A value of another field is not a value of this one.
    QTest::newRow("status-from-another-field") << JobField::JobStatus << u"STATIC"_s;
    // The misspelling is a JobType quirk only.
    QTest::newRow("misspelling-elsewhere") << JobField::JobStatus << u"VERFIY_FIRMWARE"_s;
    // Text fields have no enum values at all.
    QTest::newRow("text-field") << JobField::Name << u"firmware2"_s;
}

void TestOtaEnums::keepsUndocumentedValuesVerbatim()
{
    QFETCH(JobField, field);
    QFETCH(QString, raw);
    QVERIFY(!isKnownEnumValue(field, raw));
    QCOMPARE(enumLabel(field, raw), raw);
    QCOMPARE(enumExplanation(field, raw), QString());
}

void TestOtaEnums::normalizesSpellingVariants_data()
{
    QTest::addColumn<JobField>("field");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("label");

    // shared/seeds/000 and 002 print VERFIY_FIRMWARE; 003 prints VERIFY_FIRMWARE.
    QTest::newRow("doc-misspelling") << JobField::JobType << u"VERFIY_FIRMWARE"_s << u"VERIFY_FIRMWARE"_s
                                     << u"Firmware verification"_s;
    QTest::newRow("correct-spelling") << JobField::JobType << u"VERIFY_FIRMWARE"_s << u"VERIFY_FIRMWARE"_s
                                      << u"Firmware verification"_s;
    QTest::newRow("integer-blanks") << JobField::DynamicMode << u" 1 "_s << u"1"_s
                                    << u"Keep upgrading matching devices"_s;
    QTest::newRow("integer-leading-zero")
            << JobField::OverwriteMode << u"01"_s << u"1"_s << u"Don't overwrite"_s;
    QTest::newRow("boolean-upper") << JobField::NeedPush << u"TRUE"_s << u"true"_s << u"Yes"_s;
    QTest::newRow("boolean-digit") << JobField::NeedConfirm << u"0"_s << u"false"_s << u"No"_s;
    QTest::newRow("unknown-unchanged") << JobField::JobStatus << u"PAUSED"_s << u"PAUSED"_s << u"PAUSED"_s;
}

void TestOtaEnums::normalizesSpellingVariants()
{
    QFETCH(JobField, field);
    QFETCH(QString, raw);
    QFETCH(QString, canonical);
    QFETCH(QString, label);
    QCOMPARE(normalizedEnumValue(field, raw), canonical);
    QCOMPARE(enumLabel(field, raw), label);
}

void TestOtaEnums::listsDocumentedValuesInReferenceOrder_data()
{
    QTest::addColumn<JobField>("field");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("JobStatus") << JobField::JobStatus
                               << QStringList {u"PLANNED"_s, u"IN_PROGRESS"_s, u"COMPLETED"_s, u"CANCELED"_s};
    QTest::newRow("JobType") << JobField::JobType
                             << QStringList {u"VERIFY_FIRMWARE"_s, u"UPGRADE_FIRMWARE"_s};
    QTest::newRow("SelectionType") << JobField::SelectionType << QStringList {u"STATIC"_s, u"DYNAMIC"_s};
    QTest::newRow("TargetSelection") << JobField::TargetSelection
                                     << QStringList {u"ALL"_s, u"SPECIFIC"_s, u"GRAY"_s};
    QTest::newRow("DynamicMode") << JobField::DynamicMode << QStringList {u"1"_s, u"2"_s};
    QTest::newRow("OverwriteMode") << JobField::OverwriteMode << QStringList {u"1"_s, u"2"_s};
    QTest::newRow("NeedPush") << JobField::NeedPush << QStringList {u"true"_s, u"false"_s};
    QTest::newRow("Name") << JobField::Name << QStringList();
    QTest::newRow("GrayPercent") << JobField::GrayPercent << QStringList();
}

void TestOtaEnums::listsDocumentedValuesInReferenceOrder()
{
    QFETCH(JobField, field);
    QFETCH(QStringList, values);
    QCOMPARE(knownEnumValues(field), values);
    QCOMPARE(hasEnumValues(field), !values.isEmpty());
}

void TestOtaEnums::readsApiBooleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1 = not a boolean
    QTest::newRow("true") << u"true"_s << 1;
    QTest::newRow("false") << u"false"_s << 0;
    QTest::newRow("True") << u"True"_s << 1;
    QTest::newRow("FALSE") << u"FALSE"_s << 0;
    QTest::newRow("one") << u"1"_s << 1;
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("blanks") << u" true\n"_s << 1;
    QTest::newRow("yes") << u"yes"_s << -1;
    QTest::newRow("two") << u"2"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestOtaEnums::readsApiBooleans()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<bool> value = parseApiBoolean(text);
    QCOMPARE(value.has_value(), expected >= 0);
    if (value)
        QCOMPARE(int(*value), expected);
}

QTEST_GUILESS_MAIN(TestOtaEnums)
#include "tst_otaenums.moc"
