#include "BracketTranslator.h"
#include "TestData.h"
#include "lint/BatchLint.h"
#include "ota/OtaJobParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<QStringList>)

namespace {

// A batch as QueryOTAJob returns it: only the fields in data are present.
OtaJob jobFrom(const QJsonObject &data)
{
    QJsonObject body {{u"RequestId"_s, u"lint-test"_s}, {u"Success"_s, true}, {u"Data"_s, data}};
    const QueryOtaJobResult result = parseQueryOtaJobJson(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!std::holds_alternative<ParsedQueryOtaJob>(result))
        qFatal("test batch did not parse");
    return std::get<ParsedQueryOtaJob>(result).job;
}

std::optional<TaskStatusCounts> countsOf(qint64 total)
{
    if (total < 0)
        return std::nullopt;
    TaskStatusCounts counts;
    counts[TaskStatus::Queued] = total / 2;
    counts[TaskStatus::Succeeded] = total - total / 2;
    return counts;
}

QStringList ruleIds(const QList<LintFinding> &findings)
{
    QStringList ids;
    for (const LintFinding &finding : findings)
        ids.append(finding.ruleId);
    return ids;
}

std::optional<LintFinding> findingOf(const QList<LintFinding> &findings, const QString &ruleId)
{
    for (const LintFinding &finding : findings) {
        if (finding.ruleId == ruleId)
            return finding;
    }
    return std::nullopt;
}

// Every rule fires on this one (given 1,000 devices and failed tasks on 0.9.0), except the inverted schedule.
QJsonObject riskyEverywhere()
{
    return QJsonObject {
            {u"JobId"_s, u"risky"_s},
            {u"SelectionType"_s, u"DYNAMIC"_s},
            {u"TargetSelection"_s, u"GRAY"_s},
            {u"TimeoutInMinutes"_s, 5},
            {u"OverwriteMode"_s, 2},
            {u"NeedConfirm"_s, true},
            {u"MaximumPerMinute"_s, 10},
            {u"SrcVersions"_s, QJsonObject {{u"SrcVersion"_s, QJsonArray {u"1.0.0"_s}}}},
            {u"UtcStartTime"_s, u"2035-06-01T02:00:00.000Z"_s},
    };
}

const QString kStart = u"2035-06-01T02:00:00.000Z"_s;
const QString kStartPlus30 = u"2035-06-01T02:30:00.000Z"_s;
const QString kStartPlus60 = u"2035-06-01T03:00:00.000Z"_s;

QJsonObject withWindow(QJsonObject data, const QString &start, const QString &finish, int perMinute)
{
    data.insert(u"UtcScheduleTime"_s, start);
    data.insert(u"UtcScheduleFinishTime"_s, finish);
    data.insert(u"MaximumPerMinute"_s, perMinute);
    return data;
}

QJsonObject srcVersions(const QStringList &versions)
{
    return QJsonObject {
            {u"SrcVersions"_s, QJsonObject {{u"SrcVersion"_s, QJsonArray::fromStringList(versions)}}}};
}

} // namespace

class TestBatchLint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void firesOnlyWhenTheRiskIsThere_data();
    void firesOnlyWhenTheRiskIsThere();
    void namesTheNumbersOfTheSlowPushRate();
    void namesTheVersionsOutsideTheSourceVersions();
    void namesTheTimeoutAndTheThreshold();
    void listsTheFieldsEachFindingConcerns();
    void sortsMostSevereFirst();
    void findsNothingInABatchWithoutFields();
    void findsOnlyTheShortTimeoutInTheSeedSample();
    void translatesEveryText();
    void flagsAnUpgradeWithAFirmwareNotVerified_data();
    void flagsAnUpgradeWithAFirmwareNotVerified();

private:
    QLocale m_previousLocale;
};

void TestBatchLint::initTestCase()
{
    // Numbers in the explanations go through QLocale: fix the one they are read with.
    m_previousLocale = QLocale();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBatchLint::cleanupTestCase()
{
    QLocale::setDefault(m_previousLocale);
}

void TestBatchLint::firesOnlyWhenTheRiskIsThere_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<qint64>("devices"); // -1: counts unknown
    QTest::addColumn<std::optional<QStringList>>("failedVersions");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");

    const std::optional<QStringList> none;
    const QString gray = u"gray-without-retry"_s;
    const QJsonObject grayScope {{u"TargetSelection"_s, u"GRAY"_s}};
    QTest::newRow("gray, no retry policy") << grayScope << -1LL << none << gray << true;
    QTest::newRow("gray, RetryCount 0")
            << QJsonObject {{u"TargetSelection"_s, u"GRAY"_s}, {u"RetryCount"_s, 0}} << -1LL << none << gray
            << true;
    QTest::newRow("gray, RetryCount 1")
            << QJsonObject {{u"TargetSelection"_s, u"GRAY"_s}, {u"RetryCount"_s, 1}, {u"RetryInterval"_s, 10}}
            << -1LL << none << gray << false;
    QTest::newRow("gray, RetryCount unreadable")
            << QJsonObject {{u"TargetSelection"_s, u"GRAY"_s}, {u"RetryCount"_s, u"abc"_s}} << -1LL << none
            << gray << false;
    QTest::newRow("specific, no retry policy")
            << QJsonObject {{u"TargetSelection"_s, u"SPECIFIC"_s}} << -1LL << none << gray << false;
    QTest::newRow("scope absent") << QJsonObject {} << -1LL << none << gray << false;

    const QString dynamic = u"dynamic-without-end"_s;
    QTest::newRow("dynamic in progress, no end")
            << QJsonObject {{u"SelectionType"_s, u"DYNAMIC"_s}, {u"JobStatus"_s, u"IN_PROGRESS"_s}} << -1LL
            << none << dynamic << true;
    QTest::newRow("dynamic, status absent, no end")
            << QJsonObject {{u"SelectionType"_s, u"DYNAMIC"_s}} << -1LL << none << dynamic << true;
    QTest::newRow("dynamic with an end")
            << QJsonObject {{u"SelectionType"_s, u"DYNAMIC"_s}, {u"UtcScheduleFinishTime"_s, kStartPlus60}}
            << -1LL << none << dynamic << false;
    QTest::newRow("dynamic with an unreadable end")
            << QJsonObject {{u"SelectionType"_s, u"DYNAMIC"_s}, {u"UtcScheduleFinishTime"_s, u"soon"_s}}
            << -1LL << none << dynamic << false;
    QTest::newRow("dynamic, canceled")
            << QJsonObject {{u"SelectionType"_s, u"DYNAMIC"_s}, {u"JobStatus"_s, u"CANCELED"_s}} << -1LL
            << none << dynamic << false;
    QTest::newRow("static, no end") << QJsonObject {{u"SelectionType"_s, u"STATIC"_s}} << -1LL << none
                                    << dynamic << false;
    QTest::newRow("policy absent") << QJsonObject {} << -1LL << none << dynamic << false;

    const QString timeout = u"short-timeout"_s;
    QTest::newRow("timeout 1") << QJsonObject {{u"TimeoutInMinutes"_s, 1}} << -1LL << none << timeout << true;
    QTest::newRow("timeout 9") << QJsonObject {{u"TimeoutInMinutes"_s, 9}} << -1LL << none << timeout << true;
    QTest::newRow("timeout 10") << QJsonObject {{u"TimeoutInMinutes"_s, 10}} << -1LL << none << timeout
                                << false;
    QTest::newRow("timeout 1440") << QJsonObject {{u"TimeoutInMinutes"_s, 1440}} << -1LL << none << timeout
                                  << false;
    QTest::newRow("timeout absent") << QJsonObject {} << -1LL << none << timeout << false;
    QTest::newRow("timeout unreadable")
            << QJsonObject {{u"TimeoutInMinutes"_s, u"five"_s}} << -1LL << none << timeout << false;

    const QString overwrite = u"overwrite-with-confirm"_s;
    QTest::newRow("overwrite 2, confirm") << QJsonObject {{u"OverwriteMode"_s, 2}, {u"NeedConfirm"_s, true}}
                                          << -1LL << none << overwrite << true;
    QTest::newRow("overwrite 2, no confirm")
            << QJsonObject {{u"OverwriteMode"_s, 2}, {u"NeedConfirm"_s, false}} << -1LL << none << overwrite
            << false;
    QTest::newRow("overwrite 1, confirm") << QJsonObject {{u"OverwriteMode"_s, 1}, {u"NeedConfirm"_s, true}}
                                          << -1LL << none << overwrite << false;
    QTest::newRow("overwrite 2, confirm absent")
            << QJsonObject {{u"OverwriteMode"_s, 2}} << -1LL << none << overwrite << false;
    QTest::newRow("overwrite absent, confirm")
            << QJsonObject {{u"NeedConfirm"_s, true}} << -1LL << none << overwrite << false;

    const QString versions = u"src-versions-miss-failed"_s;
    QTest::newRow("failed on a version not targeted")
            << srcVersions({u"1.0.0"_s}) << -1LL << std::optional(QStringList {u"0.9.0"_s, u"1.0.0"_s})
            << versions << true;
    QTest::newRow("failed on targeted versions only")
            << srcVersions({u"1.0.0"_s, u"1.1.0"_s}) << -1LL << std::optional(QStringList {u"1.1.0"_s})
            << versions << false;
    QTest::newRow("failed versions unknown")
            << srcVersions({u"1.0.0"_s}) << -1LL << none << versions << false;
    QTest::newRow("failed tasks without a version")
            << srcVersions({u"1.0.0"_s}) << -1LL << std::optional(QStringList {QString()}) << versions
            << false;
    QTest::newRow("source versions absent")
            << QJsonObject {} << -1LL << std::optional(QStringList {u"0.9.0"_s}) << versions << false;
    QTest::newRow("source versions empty")
            << srcVersions({}) << -1LL << std::optional(QStringList {u"0.9.0"_s}) << versions << false;

    const QString rate = u"push-rate-exceeds-window"_s;
    const QJsonObject hour = withWindow({}, kStart, kStartPlus60, 10);
    QTest::newRow("1,000 devices at 10/min in 60 min") << hour << 1000LL << none << rate << true;
    QTest::newRow("601 devices at 10/min in 60 min") << hour << 601LL << none << rate << true;
    QTest::newRow("600 devices at 10/min in 60 min") << hour << 600LL << none << rate << false;
    QTest::newRow("no devices") << hour << 0LL << none << rate << false;
    QTest::newRow("counts unknown") << hour << -1LL << none << rate << false;
    QJsonObject noRate = hour;
    noRate.remove(u"MaximumPerMinute"_s);
    QTest::newRow("push rate absent") << noRate << 1000LL << none << rate << false;
    QJsonObject noEnd = hour;
    noEnd.remove(u"UtcScheduleFinishTime"_s);
    QTest::newRow("scheduled end absent") << noEnd << 1000LL << none << rate << false;
    // Without a scheduled start the window opens at the start time.
    QJsonObject fromStart = hour;
    fromStart.remove(u"UtcScheduleTime"_s);
    fromStart.insert(u"UtcStartTime"_s, kStart);
    QTest::newRow("window from UtcStartTime") << fromStart << 601LL << none << rate << true;
    QJsonObject noStart = hour;
    noStart.remove(u"UtcScheduleTime"_s);
    QTest::newRow("no start at all") << noStart << 1000LL << none << rate << false;
    // The scheduled start wins over the start time: 30 minutes, not 60.
    QJsonObject scheduledLater = withWindow({}, kStartPlus30, kStartPlus60, 10);
    scheduledLater.insert(u"UtcStartTime"_s, kStart);
    QTest::newRow("scheduled start wins") << scheduledLater << 400LL << none << rate << true;

    const QString order = u"schedule-ends-before-start"_s;
    QTest::newRow("end before start")
            << withWindow({}, kStartPlus60, kStart, 10) << -1LL << none << order << true;
    QTest::newRow("end at start") << withWindow({}, kStart, kStart, 10) << -1LL << none << order << true;
    QTest::newRow("end after start") << hour << -1LL << none << order << false;
    QTest::newRow("start only") << QJsonObject {{u"UtcScheduleTime"_s, kStart}} << -1LL << none << order
                                << false;
}

void TestBatchLint::firesOnlyWhenTheRiskIsThere()
{
    QFETCH(QJsonObject, data);
    QFETCH(qint64, devices);
    QFETCH(std::optional<QStringList>, failedVersions);
    QFETCH(QString, rule);
    QFETCH(bool, fires);

    const QList<LintFinding> findings = BatchLint::check({jobFrom(data), countsOf(devices), failedVersions});
    QCOMPARE(ruleIds(findings).contains(rule), fires);
    if (fires) {
        const LintFinding finding = *findingOf(findings, rule);
        QVERIFY(!finding.title.isEmpty());
        QVERIFY(finding.explanation.size() > finding.title.size());
        QVERIFY(!finding.fields.isEmpty());
    }
    // An inverted window is reported once, as such, not also as a push rate that cannot keep up.
    if (rule == u"schedule-ends-before-start"_s && fires)
        QVERIFY(!ruleIds(findings).contains(u"push-rate-exceeds-window"_s));
}

void TestBatchLint::namesTheNumbersOfTheSlowPushRate()
{
    // 1,234 devices at 7 per minute need 177 minutes; the window has 60.
    const LintInput input {jobFrom(withWindow({}, kStart, kStartPlus60, 7)), countsOf(1234), std::nullopt};
    const std::optional<LintFinding> finding
            = findingOf(BatchLint::check(input), u"push-rate-exceeds-window"_s);
    QVERIFY(finding);
    QCOMPARE(finding->severity, LintSeverity::Critical);
    QVERIFY2(finding->explanation.contains(u"At 7 devices per minute"_s), qPrintable(finding->explanation));
    QVERIFY2(finding->explanation.contains(u"1,234 devices"_s), qPrintable(finding->explanation));
    QVERIFY2(finding->explanation.contains(u"takes 177 minutes"_s), qPrintable(finding->explanation));
    QVERIFY2(finding->explanation.contains(u"only 60 minutes"_s), qPrintable(finding->explanation));
}

void TestBatchLint::namesTheVersionsOutsideTheSourceVersions()
{
    const LintInput input {jobFrom(srcVersions({u"1.0.0"_s, u"1.1.0"_s})), std::nullopt,
                           QStringList {u"1.1.0"_s, u"0.9.0"_s, u"0.8.1"_s, u"0.9.0"_s}};
    const std::optional<LintFinding> finding
            = findingOf(BatchLint::check(input), u"src-versions-miss-failed"_s);
    QVERIFY(finding);
    QVERIFY2(finding->explanation.contains(u"0.8.1 and 0.9.0"_s), qPrintable(finding->explanation));
    QVERIFY(!finding->explanation.contains(u"1.1.0"_s));
    QVERIFY(!finding->explanation.contains(u"1.0.0"_s));
    QCOMPARE(finding->fields, QList<JobField> {JobField::SrcVersions});
}

void TestBatchLint::namesTheTimeoutAndTheThreshold()
{
    const std::optional<LintFinding> finding
            = findingOf(BatchLint::check({jobFrom({{u"TimeoutInMinutes"_s, 5}}), std::nullopt, std::nullopt}),
                        u"short-timeout"_s);
    QVERIFY(finding);
    // "minute(s)" until the English catalogue gives the plural forms.
    QVERIFY2(finding->explanation.startsWith(u"Devices have 5 minute"_s), qPrintable(finding->explanation));
    QVERIFY2(finding->explanation.contains(u"under 10 minutes"_s), qPrintable(finding->explanation));
    QVERIFY2(finding->explanation.contains(u"1 to 1,440"_s), qPrintable(finding->explanation));
    // The count is the batch's own.
    const std::optional<LintFinding> one
            = findingOf(BatchLint::check({jobFrom({{u"TimeoutInMinutes"_s, 1}}), std::nullopt, std::nullopt}),
                        u"short-timeout"_s);
    QVERIFY(one);
    QVERIFY2(one->explanation.startsWith(u"Devices have 1 minute"_s), qPrintable(one->explanation));
}

void TestBatchLint::listsTheFieldsEachFindingConcerns()
{
    QJsonObject data = riskyEverywhere();
    data.insert(u"UtcScheduleFinishTime"_s, kStartPlus60); // the push rate needs a window
    data.remove(u"SelectionType"_s);
    const QList<LintFinding> findings
            = BatchLint::check({jobFrom(data), countsOf(1000), QStringList {u"0.9.0"_s}});
    const auto fieldsOf = [&findings](const QString &rule) {
        return findingOf(findings, rule)->fields;
    };
    QVERIFY(fieldsOf(u"gray-without-retry"_s).contains(JobField::RetryCount));
    QVERIFY(fieldsOf(u"gray-without-retry"_s).contains(JobField::TargetSelection));
    QCOMPARE(fieldsOf(u"overwrite-with-confirm"_s),
             (QList<JobField> {JobField::OverwriteMode, JobField::NeedConfirm}));
    QCOMPARE(fieldsOf(u"short-timeout"_s), QList<JobField> {JobField::TimeoutInMinutes});
    QCOMPARE(fieldsOf(u"push-rate-exceeds-window"_s),
             (QList<JobField> {JobField::MaximumPerMinute, JobField::UtcStartTime,
                               JobField::UtcScheduleFinishTime}));
}

void TestBatchLint::sortsMostSevereFirst()
{
    QJsonObject data = riskyEverywhere();
    data.insert(u"UtcScheduleFinishTime"_s, kStartPlus60);
    data.insert(u"SelectionType"_s, u"DYNAMIC"_s);
    // With a scheduled end the push rate can be judged; without one the dynamic batch never ends.
    const QList<LintFinding> withEnd
            = BatchLint::check({jobFrom(data), countsOf(1000), QStringList {u"0.9.0"_s}});
    QCOMPARE(ruleIds(withEnd),
             (QStringList {u"push-rate-exceeds-window"_s, u"gray-without-retry"_s,
                           u"overwrite-with-confirm"_s, u"src-versions-miss-failed"_s, u"short-timeout"_s}));
    data.remove(u"UtcScheduleFinishTime"_s);
    const QList<LintFinding> withoutEnd
            = BatchLint::check({jobFrom(data), countsOf(1000), QStringList {u"0.9.0"_s}});
    QCOMPARE(ruleIds(withoutEnd),
             (QStringList {u"gray-without-retry"_s, u"overwrite-with-confirm"_s,
                           u"src-versions-miss-failed"_s, u"short-timeout"_s, u"dynamic-without-end"_s}));
    for (const QList<LintFinding> &findings : {withEnd, withoutEnd}) {
        for (int i = 1; i < findings.size(); ++i)
            QVERIFY(int(findings.at(i - 1).severity) >= int(findings.at(i).severity));
    }
    QCOMPARE(withEnd.first().severity, LintSeverity::Critical);
    QCOMPARE(withoutEnd.last().severity, LintSeverity::Info);
}

void TestBatchLint::findsNothingInABatchWithoutFields()
{
    QVERIFY(BatchLint::check({OtaJob(), std::nullopt, std::nullopt}).isEmpty());
    QVERIFY(BatchLint::check({OtaJob(), countsOf(1000), QStringList {u"0.9.0"_s}}).isEmpty());
    QVERIFY(BatchLint::check({jobFrom({}), countsOf(0), QStringList()}).isEmpty());
}

void TestBatchLint::findsOnlyTheShortTimeoutInTheSeedSample()
{
    // The reference's sample: SPECIFIC, STATIC, OverwriteMode 1 with NeedConfirm, a 5-minute timeout.
    const QueryOtaJobResult parsed = parseQueryOtaJob(simFixture(u"seed_queryotajob.json"_s));
    QVERIFY(std::holds_alternative<ParsedQueryOtaJob>(parsed));
    const OtaJob job = std::get<ParsedQueryOtaJob>(parsed).job;
    QCOMPARE(ruleIds(BatchLint::check({job, countsOf(3), QStringList {u"1.0.0"_s}})),
             QStringList {u"short-timeout"_s});
}

void TestBatchLint::translatesEveryText()
{
    QJsonObject data = riskyEverywhere();
    const LintInput input {jobFrom(data), countsOf(1000), QStringList {u"0.9.0"_s}};
    const int count = int(BatchLint::check(input).size());
    QVERIFY(count >= 5);

    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QList<LintFinding> translated = BatchLint::check(input);
    QVERIFY(QCoreApplication::removeTranslator(&translator));

    QCOMPARE(translated.size(), count);
    for (const LintFinding &finding : translated) {
        QVERIFY2(finding.title.startsWith(u'[') && finding.title.endsWith(u']'), qPrintable(finding.title));
        QVERIFY2(finding.explanation.startsWith(u'[') && finding.explanation.endsWith(u']'),
                 qPrintable(finding.explanation));
        QVERIFY2(!finding.explanation.contains(u"%1"_s) && !finding.explanation.contains(u"%n"_s),
                 qPrintable(finding.explanation));
    }
    QVERIFY(QCoreApplication::installTranslator(&translator));
    for (const LintSeverity severity : {LintSeverity::Critical, LintSeverity::Warning, LintSeverity::Info}) {
        const QString name = BatchLint::severityName(severity);
        QVERIFY2(name.startsWith(u'[') && name.size() > 2, qPrintable(name));
    }
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(BatchLint::severityName(LintSeverity::Critical), u"Critical"_s);
}

void TestBatchLint::flagsAnUpgradeWithAFirmwareNotVerified_data()
{
    QTest::addColumn<QString>("jobType");
    QTest::addColumn<QString>("jobStatus");
    QTest::addColumn<int>("firmwareStatus"); // -2: firmware not read
    QTest::addColumn<QString>("rule"); // empty: none of the two fires
    QTest::addColumn<int>("severity");

    const QString upgrade = u"UPGRADE_FIRMWARE"_s;
    const QString failed = u"firmware-verification-failed"_s;
    const QString unverified = u"firmware-not-verified"_s;
    const int critical = int(LintSeverity::Critical);
    const int warning = int(LintSeverity::Warning);
    QTest::newRow("upgrade, verification failed") << upgrade << u"IN_PROGRESS"_s << 3 << failed << critical;
    QTest::newRow("upgrade, unverified") << upgrade << u"PLANNED"_s << 0 << unverified << warning;
    QTest::newRow("upgrade, verifying") << upgrade << u"IN_PROGRESS"_s << 2 << unverified << warning;
    QTest::newRow("upgrade, verified") << upgrade << u"IN_PROGRESS"_s << 1 << QString() << 0;
    QTest::newRow("upgrade, no verification needed") << upgrade << u"IN_PROGRESS"_s << -1 << QString() << 0;
    QTest::newRow("the verification batch itself")
            << u"VERIFY_FIRMWARE"_s << u"IN_PROGRESS"_s << 0 << QString() << 0;
    QTest::newRow("upgrade that ended") << upgrade << u"COMPLETED"_s << 3 << QString() << 0;
    QTest::newRow("firmware not read") << upgrade << u"IN_PROGRESS"_s << -2 << QString() << 0;
}

void TestBatchLint::flagsAnUpgradeWithAFirmwareNotVerified()
{
    QFETCH(QString, jobType);
    QFETCH(QString, jobStatus);
    QFETCH(int, firmwareStatus);
    QFETCH(QString, rule);
    QFETCH(int, severity);
    LintInput input {jobFrom({{u"JobType"_s, jobType}, {u"JobStatus"_s, jobStatus}}), std::nullopt,
                     std::nullopt};
    if (firmwareStatus != -2) {
        FirmwareDetail firmware;
        firmware.info.firmwareName = u"gateway-fw-2.4.0"_s;
        firmware.info.status = firmwareStatus;
        input.firmware = firmware;
    }
    QStringList fired;
    for (const LintFinding &finding : BatchLint::check(input)) {
        if (!finding.ruleId.startsWith(u"firmware-"))
            continue;
        fired.append(finding.ruleId);
        QCOMPARE(int(finding.severity), severity);
        QVERIFY(finding.explanation.contains(u"gateway-fw-2.4.0"));
        QCOMPARE(finding.fields, QList<JobField> {JobField::FirmwareId});
    }
    QCOMPARE(fired, rule.isEmpty() ? QStringList() : QStringList {rule});
}

QTEST_GUILESS_MAIN(TestBatchLint)
#include "tst_batchlint.moc"
