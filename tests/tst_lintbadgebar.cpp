#include "BracketTranslator.h"
#include "JobDetailView.h"
#include "LintBadgeBar.h"
#include "lint/BatchLint.h"
#include "models/JobDetailModel.h"
#include "models/SourceVersionsModel.h"
#include "models/TagsModel.h"
#include "ota/OtaJobParser.h"

#include <QAbstractButton>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

OtaJob jobFrom(const QJsonObject &data)
{
    QJsonObject body {{u"RequestId"_s, u"lint-test"_s}, {u"Success"_s, true}, {u"Data"_s, data}};
    const QueryOtaJobResult result = parseQueryOtaJobJson(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!std::holds_alternative<ParsedQueryOtaJob>(result))
        qFatal("test batch did not parse");
    return std::get<ParsedQueryOtaJob>(result).job;
}

// A gray rollout without retries, a short timeout, and a schedule whose push rate is too low for 1,000
// devices: one finding of each severity but Info.
QJsonObject riskyBatch()
{
    return QJsonObject {
            {u"JobId"_s, u"HvKuBpuk3rdk6E92CPlint0200"_s},
            {u"Name"_s, u"lint-fw"_s},
            {u"SelectionType"_s, u"STATIC"_s},
            {u"TargetSelection"_s, u"GRAY"_s},
            {u"GrayPercent"_s, u"10.00"_s},
            {u"TimeoutInMinutes"_s, 3},
            {u"MaximumPerMinute"_s, 5},
            {u"UtcScheduleTime"_s, u"2035-06-01T02:00:00.000Z"_s},
            {u"UtcScheduleFinishTime"_s, u"2035-06-01T03:00:00.000Z"_s},
    };
}

TaskStatusCounts thousandDevices()
{
    TaskStatusCounts counts;
    counts[TaskStatus::Queued] = 1000;
    return counts;
}

} // namespace

// The lint pills above the batch form and the markers beside the fields they concern.
class TestLintBadgeBar : public QObject
{
    Q_OBJECT
private slots:
    void showsOnePillPerFindingMostSevereFirst();
    void hidesWithoutFindings();
    void clickingAPillShowsTheExplanation();
    void wrapsOntoMoreLinesWhenNarrow();
    void marksTheFieldsOfTheFormAndFollowsNewBatches();
    void takesCountsAndFailedVersionsFromTheDevicesTab();
    void rerunsWhenTheLanguageChanges();
};

void TestLintBadgeBar::showsOnePillPerFindingMostSevereFirst()
{
    LintBadgeBar bar;
    const QList<LintFinding> findings
            = BatchLint::check({jobFrom(riskyBatch()), thousandDevices(), std::nullopt});
    QCOMPARE(findings.size(), 3);
    bar.setFindings(findings);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));

    const QList<QAbstractButton *> pills = bar.pills();
    QCOMPARE(pills.size(), 3);
    QCOMPARE(pills.at(0)->objectName(), u"lintBadge_push-rate-exceeds-window"_s);
    for (int i = 0; i < pills.size(); ++i) {
        const LintFinding &finding = findings.at(i);
        QAbstractButton *pill = pills.at(i);
        QVERIFY(pill->isVisible());
        QCOMPARE(pill->text(), LintBadgeBar::severitySymbol(finding.severity) + u' ' + finding.title);
        QVERIFY2(pill->toolTip().contains(finding.explanation.toHtmlEscaped()), qPrintable(pill->toolTip()));
        QVERIFY(pill->styleSheet().contains(LintBadgeBar::severityColor(finding.severity).name()));
    }
    QCOMPARE(pills.at(1)->text(), u"\u26a0 Gray rollout without retries"_s);
    QVERIFY(LintBadgeBar::severityColor(LintSeverity::Critical)
            != LintBadgeBar::severityColor(LintSeverity::Warning));
    QVERIFY(LintBadgeBar::severityColor(LintSeverity::Warning)
            != LintBadgeBar::severityColor(LintSeverity::Info));
}

void TestLintBadgeBar::hidesWithoutFindings()
{
    QWidget window;
    auto *bar = new LintBadgeBar(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(bar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!bar->isVisible());
    bar->setFindings(BatchLint::check({jobFrom(riskyBatch()), std::nullopt, std::nullopt}));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->pills().size(), 2);
    bar->setFindings({});
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->pills().isEmpty());
    QVERIFY(bar->findChildren<QAbstractButton *>().isEmpty());
}

void TestLintBadgeBar::clickingAPillShowsTheExplanation()
{
    LintBadgeBar bar;
    const QList<LintFinding> findings
            = BatchLint::check({jobFrom(riskyBatch()), thousandDevices(), std::nullopt});
    bar.setFindings(findings);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy activated(&bar, &LintBadgeBar::findingActivated);
    QVERIFY(!bar.popup());

    QTest::mouseClick(bar.pills().at(1), Qt::LeftButton);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<LintFinding>().ruleId, u"gray-without-retry"_s);
    QFrame *popup = bar.popup();
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    auto *text = popup->findChild<QLabel *>(u"lintPopupText"_s);
    QVERIFY(text);
    QVERIFY2(text->text().contains(findings.at(1).explanation.toHtmlEscaped()), qPrintable(text->text()));
    QVERIFY(text->text().contains(u"Warning"_s));
    QVERIFY(text->text().contains(u"Fields: "_s));
    QVERIFY(text->text().contains(jobFieldLabel(JobField::RetryCount)));

    // New findings close it.
    bar.setFindings({});
    QTRY_VERIFY(!bar.popup());
}

void TestLintBadgeBar::wrapsOntoMoreLinesWhenNarrow()
{
    LintBadgeBar bar;
    bar.setFindings(BatchLint::check({jobFrom(riskyBatch()), thousandDevices(), std::nullopt}));
    QVERIFY(bar.layout()->hasHeightForWidth());
    const int wide = bar.layout()->heightForWidth(4000);
    const int narrow = bar.layout()->heightForWidth(120);
    QVERIFY(wide > 0);
    QVERIFY2(narrow >= 3 * wide - 10, qPrintable(u"%1 vs %2"_s.arg(narrow).arg(wide)));
}

void TestLintBadgeBar::marksTheFieldsOfTheFormAndFollowsNewBatches()
{
    JobDetailModel details;
    TagsModel tags;
    SourceVersionsModel versions;
    JobDetailView view;
    view.setModels(&details, &tags, &versions);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.lintBar()->isVisible());

    details.setJob(jobFrom(riskyBatch()));
    QVERIFY(view.lintBar()->isVisible());
    QCOMPARE(view.lintFindings().size(), 2); // no counts yet: the push rate cannot be judged
    QLabel *retry = view.captionLabel(int(JobField::RetryCount));
    QLabel *timeout = view.captionLabel(int(JobField::TimeoutInMinutes));
    QLabel *jobId = view.captionLabel(int(JobField::JobId));
    QVERIFY(retry && timeout && jobId);
    QCOMPARE(retry->property("lintSeverity").toInt(), int(LintSeverity::Warning));
    QCOMPARE(timeout->property("lintSeverity").toInt(), int(LintSeverity::Warning));
    QVERIFY(!jobId->property("lintSeverity").isValid());
    QVERIFY(retry->styleSheet().contains(LintBadgeBar::severityColor(LintSeverity::Warning).name()));
    QVERIFY2(retry->toolTip().contains(u"Gray rollout without retries"_s), qPrintable(retry->toolTip()));
    QVERIFY(retry->toolTip().contains(jobFieldHelp(JobField::RetryCount)));
    QVERIFY(jobId->styleSheet().isEmpty());
    QCOMPARE(retry->text(), jobFieldLabel(JobField::RetryCount)); // the caption's words stay

    // A harmless batch: no pills, no markers.
    QJsonObject safe = riskyBatch();
    safe.insert(u"TargetSelection"_s, u"ALL"_s);
    safe.insert(u"TimeoutInMinutes"_s, 60);
    details.setJob(jobFrom(safe));
    QVERIFY(view.lintFindings().isEmpty());
    QVERIFY(!view.lintBar()->isVisible());
    QVERIFY(!retry->property("lintSeverity").isValid());
    QVERIFY(retry->styleSheet().isEmpty());
    QCOMPARE(retry->toolTip(), jobFieldHelp(JobField::RetryCount));

    details.clear();
    QVERIFY(!view.lintBar()->isVisible());
}

void TestLintBadgeBar::takesCountsAndFailedVersionsFromTheDevicesTab()
{
    JobDetailModel details;
    TagsModel tags;
    SourceVersionsModel versions;
    JobDetailView view;
    view.setModels(&details, &tags, &versions);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QJsonObject data = riskyBatch();
    data.insert(u"SrcVersions"_s, QJsonObject {{u"SrcVersion"_s, QJsonArray {u"2.0.0"_s}}});
    details.setJob(jobFrom(data));
    QCOMPARE(view.lintFindings().size(), 2);
    view.setLintTaskFacts(thousandDevices(), QStringList {u"1.9.0"_s});
    QCOMPARE(view.lintFindings().size(), 4);
    QCOMPARE(view.lintFindings().first().ruleId, u"push-rate-exceeds-window"_s);
    QCOMPARE(view.lintBar()->pills().size(), 4);
    QCOMPARE(view.captionLabel(int(JobField::UtcScheduleFinishTime))->property("lintSeverity").toInt(),
             int(LintSeverity::Critical));
    QCOMPARE(view.captionLabel(int(JobField::SrcVersions))->property("lintSeverity").toInt(),
             int(LintSeverity::Warning));

    // The next batch starts without the previous one's task facts.
    details.setJob(jobFrom(data));
    QCOMPARE(view.lintFindings().size(), 2);
}

void TestLintBadgeBar::rerunsWhenTheLanguageChanges()
{
    JobDetailModel details;
    TagsModel tags;
    SourceVersionsModel versions;
    JobDetailView view;
    view.setModels(&details, &tags, &versions);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    details.setJob(jobFrom(riskyBatch()));
    view.setLintTaskFacts(thousandDevices(), std::nullopt);
    QAbstractButton *first = view.lintBar()->pills().first();
    QCOMPARE(first->text(), u"\u2716 Push rate too low for the schedule"_s);

    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(view.lintBar()->pills().first()->text(), u"\u2716 [Push rate too low for the schedule]"_s);
    QCOMPARE(view.lintBar()->pills().size(), 3); // the task facts survive a language change
    QVERIFY(view.captionLabel(int(JobField::RetryCount))
                    ->toolTip()
                    .contains(u"[Gray rollout without retries]"_s));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(view.lintBar()->pills().first()->text(), u"\u2716 Push rate too low for the schedule"_s);
}

QTEST_MAIN(TestLintBadgeBar)
#include "tst_lintbadgebar.moc"
