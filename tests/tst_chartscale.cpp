#include "util/ChartScale.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// ChartScale: the burn-up's count axis ends at the batch's total, its time axis has round, distinct ticks.
class TestChartScale : public QObject
{
    Q_OBJECT
private slots:
    void countAxisEndsAtTheTotal_data();
    void countAxisEndsAtTheTotal();
    void timeAxisFitsTheSpan_data();
    void timeAxisFitsTheSpan();
    void timeLabelsAreNeverRepeated();
    void timeTicksFallOnRoundLocalTimes();
};

void TestChartScale::countAxisEndsAtTheTotal_data()
{
    QTest::addColumn<qint64>("top");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("step");
    QTest::newRow("2000-devices") << qint64(2000) << qint64(2000) << qint64(500);
    // The per-status sum wobbles above the batch's size: the axis still ends there, not at 5,000.
    QTest::newRow("2006-read-while-moving") << qint64(2006) << qint64(2006) << qint64(500);
    QTest::newRow("1298") << qint64(1298) << qint64(1298) << qint64(500);
    QTest::newRow("100000") << qint64(100000) << qint64(100000) << qint64(20000);
    QTest::newRow("3") << qint64(3) << qint64(3) << qint64(1);
    QTest::newRow("empty-batch") << qint64(0) << qint64(1) << qint64(1);
}

void TestChartScale::countAxisEndsAtTheTotal()
{
    QFETCH(qint64, top);
    QFETCH(qint64, max);
    QFETCH(qint64, step);
    const ChartScale::CountAxis axis = ChartScale::countAxis(top);
    QCOMPARE(axis.max, max);
    QCOMPARE(axis.step, step);
    QVERIFY(axis.labels() >= 2);
    QVERIFY(axis.labels() <= 6);
}

void TestChartScale::timeAxisFitsTheSpan_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<QString>("format");
    const QDateTime t0(QDate(2024, 5, 1), QTime(6, 24, 52), Qt::UTC);
    // The History tab once labelled this "06:24, 06:24, 06:25".
    QTest::newRow("two-minutes") << t0 << t0.addSecs(108) << qint64(30'000) << u"HH:mm:ss"_s;
    QTest::newRow("ten-minutes") << t0 << t0.addSecs(600) << qint64(120'000) << u"HH:mm"_s;
    QTest::newRow("one-moment") << t0 << t0 << qint64(30'000) << u"HH:mm:ss"_s;
    QTest::newRow("five-hours") << t0 << t0.addSecs(5 * 3600) << qint64(3600'000) << u"HH:mm"_s;
    QTest::newRow("over-midnight") << t0.addSecs(16 * 3600) << t0.addSecs(20 * 3600) << qint64(3600'000)
                                   << u"MM-dd HH:mm"_s;
    QTest::newRow("ten-days") << t0 << t0.addDays(10) << qint64(2 * 86'400'000) << u"MM-dd"_s;
    QTest::newRow("over-new-year") << QDateTime(QDate(2024, 12, 20), QTime(), Qt::UTC)
                                   << QDateTime(QDate(2025, 1, 10), QTime(), Qt::UTC)
                                   << qint64(7 * 86'400'000) << u"yyyy-MM-dd"_s;
}

void TestChartScale::timeAxisFitsTheSpan()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, stepMs);
    QFETCH(QString, format);
    const ChartScale::TimeAxis axis = ChartScale::timeAxis(from, to, QTimeZone(0));
    QCOMPARE(axis.stepMs, stepMs);
    QCOMPARE(axis.format, format);
    QVERIFY(axis.first <= from);
    QVERIFY(axis.last >= to);
    QVERIFY(axis.first < axis.last);
    QCOMPARE(axis.first.msecsTo(axis.last), axis.stepMs * (axis.tickCount - 1));
    QVERIFY2(axis.tickCount >= 2 && axis.tickCount <= 7, qPrintable(QString::number(axis.tickCount)));
}

void TestChartScale::timeLabelsAreNeverRepeated()
{
    const QDateTime t0(QDate(2024, 5, 1), QTime(23, 58, 7), Qt::UTC);
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    for (const QTimeZone &zone : {QTimeZone(0), QTimeZone(9 * 3600), QTimeZone(-(3 * 3600 + 1800))}) {
        for (qint64 span = 0; span <= qint64(120) * 86'400'000; span = span * 3 / 2 + 700) {
            const ChartScale::TimeAxis axis = ChartScale::timeAxis(t0, t0.addMSecs(span), zone);
            QSet<QString> labels;
            for (int i = 0; i < axis.tickCount; ++i) {
                const QDateTime at = axis.first.addMSecs(axis.stepMs * i).toTimeZone(zone);
                labels.insert(locale.toString(at, axis.format));
            }
            QVERIFY2(labels.size() == axis.tickCount,
                     qPrintable(u"span %1 ms, step %2 ms, format %3: %4 labels for %5 ticks"_s.arg(span)
                                        .arg(axis.stepMs)
                                        .arg(axis.format)
                                        .arg(labels.size())
                                        .arg(axis.tickCount)));
            QVERIFY(axis.tickCount <= 7);
            QVERIFY(axis.first <= t0 && axis.last >= t0.addMSecs(span));
        }
    }
}

void TestChartScale::timeTicksFallOnRoundLocalTimes()
{
    // Hours at UTC+05:30 fall on the local hour, not on the half hour.
    const QTimeZone india(5 * 3600 + 1800);
    const QDateTime from(QDate(2024, 5, 1), QTime(3, 10), Qt::UTC);
    const ChartScale::TimeAxis axis = ChartScale::timeAxis(from, from.addSecs(5 * 3600), india);
    QCOMPARE(axis.stepMs, qint64(3600'000));
    QCOMPARE(axis.first.toTimeZone(india).time(), QTime(8, 0));
    // Days start at local midnight.
    const ChartScale::TimeAxis days = ChartScale::timeAxis(from, from.addDays(9), india);
    QCOMPARE(days.first.toTimeZone(india).time(), QTime(0, 0));
}

QTEST_GUILESS_MAIN(TestChartScale)
#include "tst_chartscale.moc"
