#include "models/FailureRateAlert.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FailureRateAlert::Transition)

namespace {
TaskStatusCounts counts(qint64 succeeded, qint64 failed, qint64 canceled = 0, qint64 inProgress = 0)
{
    TaskStatusCounts result;
    result[TaskStatus::Succeeded] = succeeded;
    result[TaskStatus::Failed] = failed;
    result[TaskStatus::Canceled] = canceled;
    result[TaskStatus::InProgress] = inProgress;
    return result;
}

FailureRateAlert::Settings settings(double percent, qint64 minimum)
{
    FailureRateAlert::Settings result;
    result.thresholdPercent = percent;
    result.minimumSample = minimum;
    return result;
}
} // namespace

// The failure-rate guard rail: failed / (succeeded + failed) against a threshold, from a minimum sample on,
// raised once per crossing and re-armed only below the threshold.
class TestFailureRateAlert : public QObject
{
    Q_OBJECT
private slots:
    void ratesFailedAmongThoseThatEnded();
    void raisesAtTheThreshold_data();
    void raisesAtTheThreshold();
    void waitsForTheMinimumSample();
    void raisesOncePerCrossing();
    void rearmsOnlyBelowTheThreshold();
    void newSettingsRearm();
    void keepsARaisedStateItWasGiven();
    void disabledAlertNeverRaises();
    void validatesWhatAUserMayChoose_data();
    void validatesWhatAUserMayChoose();
};

void TestFailureRateAlert::ratesFailedAmongThoseThatEnded()
{
    QVERIFY(!FailureRateAlert::failureRatePercent(counts(0, 0, 5, 100)).has_value());
    QCOMPARE(FailureRateAlert::sampleSize(counts(90, 10, 500, 400)), qint64(100));
    // Canceled and unfinished tasks do not dilute the rate.
    QCOMPARE(FailureRateAlert::failureRatePercent(counts(90, 10, 500, 400)).value_or(-1), 10.0);
    QCOMPARE(FailureRateAlert::failureRatePercent(counts(0, 3)).value_or(-1), 100.0);
}

void TestFailureRateAlert::raisesAtTheThreshold_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<qint64>("succeeded");
    QTest::addColumn<qint64>("failed");
    QTest::addColumn<FailureRateAlert::Transition>("expected");
    QTest::newRow("exactly 5 of 100 at 5 %")
            << 5.0 << qint64(95) << qint64(5) << FailureRateAlert::Transition::Raised;
    QTest::newRow("4 of 100 at 5 %") << 5.0 << qint64(96) << qint64(4) << FailureRateAlert::Transition::None;
    QTest::newRow("1 of 3 at 33.3 %")
            << 33.3 << qint64(2) << qint64(1) << FailureRateAlert::Transition::Raised;
    QTest::newRow("1 of 1000 at 0.1 %")
            << 0.1 << qint64(999) << qint64(1) << FailureRateAlert::Transition::Raised;
    QTest::newRow("all failed at 100 %")
            << 100.0 << qint64(0) << qint64(60) << FailureRateAlert::Transition::Raised;
    QTest::newRow("59 of 60 at 100 %")
            << 100.0 << qint64(1) << qint64(59) << FailureRateAlert::Transition::None;
}

void TestFailureRateAlert::raisesAtTheThreshold()
{
    QFETCH(double, threshold);
    QFETCH(qint64, succeeded);
    QFETCH(qint64, failed);
    QFETCH(FailureRateAlert::Transition, expected);
    FailureRateAlert alert(settings(threshold, 1));
    QCOMPARE(alert.evaluate(counts(succeeded, failed)), expected);
    QCOMPARE(alert.isRaised(), expected == FailureRateAlert::Transition::Raised);
}

void TestFailureRateAlert::waitsForTheMinimumSample()
{
    FailureRateAlert alert(settings(10.0, 50));
    // Half of the first 20 failed: alarming, but too few tasks ended to tell.
    QCOMPARE(alert.evaluate(counts(10, 10)), FailureRateAlert::Transition::None);
    QCOMPARE(alert.evaluate(counts(39, 10, 1000)),
             FailureRateAlert::Transition::None); // 49: canceled do not count
    QVERIFY(!alert.isRaised());
    QCOMPARE(alert.evaluate(counts(40, 10)), FailureRateAlert::Transition::Raised); // 50 ended, 20 %
    QVERIFY(alert.isRaised());
}

void TestFailureRateAlert::raisesOncePerCrossing()
{
    FailureRateAlert alert(settings(5.0, 20));
    QCOMPARE(alert.evaluate(counts(100, 2)), FailureRateAlert::Transition::None);
    QCOMPARE(alert.evaluate(counts(100, 6)), FailureRateAlert::Transition::Raised);
    // Every later refresh above the threshold is quiet.
    QCOMPARE(alert.evaluate(counts(100, 6)), FailureRateAlert::Transition::None);
    QCOMPARE(alert.evaluate(counts(150, 30)), FailureRateAlert::Transition::None);
    QVERIFY(alert.isRaised());
}

void TestFailureRateAlert::rearmsOnlyBelowTheThreshold()
{
    FailureRateAlert alert(settings(5.0, 20));
    QCOMPARE(alert.evaluate(counts(19, 1)), FailureRateAlert::Transition::Raised); // exactly 5 %
    // Too small a sample says nothing: still raised, no second notification afterwards.
    QCOMPARE(alert.evaluate(counts(10, 0)), FailureRateAlert::Transition::None);
    QVERIFY(alert.isRaised());
    QCOMPARE(alert.evaluate(counts(19, 1)), FailureRateAlert::Transition::None);
    // Below: re-armed; the next crossing is announced again.
    QCOMPARE(alert.evaluate(counts(200, 1)), FailureRateAlert::Transition::Rearmed);
    QVERIFY(!alert.isRaised());
    QCOMPARE(alert.evaluate(counts(200, 9)), FailureRateAlert::Transition::None);
    QCOMPARE(alert.evaluate(counts(200, 11)), FailureRateAlert::Transition::Raised);
    QCOMPARE(alert.evaluate(counts(200, 11)), FailureRateAlert::Transition::None);
}

void TestFailureRateAlert::newSettingsRearm()
{
    FailureRateAlert alert(settings(5.0, 1));
    QCOMPARE(alert.evaluate(counts(90, 10)), FailureRateAlert::Transition::Raised);
    alert.setSettings(settings(8.0, 1));
    QVERIFY(!alert.isRaised());
    QCOMPARE(alert.settings(), settings(8.0, 1));
    QCOMPARE(alert.evaluate(counts(90, 10)), FailureRateAlert::Transition::Raised);
    alert.setSettings(settings(20.0, 1));
    QCOMPARE(alert.evaluate(counts(90, 10)), FailureRateAlert::Transition::None);
}

void TestFailureRateAlert::keepsARaisedStateItWasGiven()
{
    // As loaded from the settings: the crossing was announced before a restart.
    FailureRateAlert alert(settings(5.0, 1), true);
    QVERIFY(alert.isRaised());
    QCOMPARE(alert.evaluate(counts(90, 10)), FailureRateAlert::Transition::None);
    // A disabled alert is never raised, whatever was saved.
    QVERIFY(!FailureRateAlert(FailureRateAlert::Settings(), true).isRaised());
}

void TestFailureRateAlert::disabledAlertNeverRaises()
{
    FailureRateAlert alert;
    QVERIFY(!alert.isEnabled());
    QCOMPARE(alert.evaluate(counts(0, 1000)), FailureRateAlert::Transition::None);
    QVERIFY(!alert.isRaised());
    QVERIFY(!FailureRateAlert::isAtOrAbove(FailureRateAlert::Settings(), counts(0, 1000)));
}

void TestFailureRateAlert::validatesWhatAUserMayChoose_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << FailureRateAlert::kDefaultThresholdPercent
                             << FailureRateAlert::kDefaultMinimumSample << true;
    QTest::newRow("lowest") << 0.1 << qint64(1) << true;
    QTest::newRow("highest") << 100.0 << FailureRateAlert::kMaxMinimumSample << true;
    QTest::newRow("zero threshold") << 0.0 << qint64(10) << false;
    QTest::newRow("negative threshold") << -5.0 << qint64(10) << false;
    QTest::newRow("over 100 %") << 100.5 << qint64(10) << false;
    QTest::newRow("no sample") << 5.0 << qint64(0) << false;
    QTest::newRow("huge sample") << 5.0 << FailureRateAlert::kMaxMinimumSample + 1 << false;
}

void TestFailureRateAlert::validatesWhatAUserMayChoose()
{
    QFETCH(double, threshold);
    QFETCH(qint64, minimum);
    QFETCH(bool, valid);
    QCOMPARE(settings(threshold, minimum).isValid(), valid);
}

QTEST_GUILESS_MAIN(TestFailureRateAlert)
#include "tst_failureratealert.moc"
