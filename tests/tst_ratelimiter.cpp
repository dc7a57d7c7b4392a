#include "api/RateLimiter.h"

#include <QElapsedTimer>
#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void neverStartsMoreThanTheLimitInAnySecond();
    void startsImmediatelyWhileUnderTheLimit();
    void dropsWorkWhoseContextIsGone();
};

void TestRateLimiter::neverStartsMoreThanTheLimitInAnySecond()
{
    RateLimiter limiter(10);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> starts;
    for (int i = 0; i < 25; ++i)
        limiter.schedule(this, [&] { starts.append(clock.elapsed()); });
    QTRY_COMPARE_WITH_TIMEOUT(starts.size(), 25, 10000);
    for (int i = 10; i < starts.size(); ++i)
        QVERIFY2(starts[i] - starts[i - 10] >= 1000,
                 qPrintable(QStringLiteral("starts %1 and %2 are %3 ms apart")
                                    .arg(i - 10)
                                    .arg(i)
                                    .arg(starts[i] - starts[i - 10])));
}

void TestRateLimiter::startsImmediatelyWhileUnderTheLimit()
{
    RateLimiter limiter(3);
    int started = 0;
    for (int i = 0; i < 4; ++i)
        limiter.schedule(this, [&] { ++started; });
    QCOMPARE(started, 3);
    QCOMPARE(limiter.pendingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(started, 4, 3000);
}

void TestRateLimiter::dropsWorkWhoseContextIsGone()
{
    RateLimiter limiter(1);
    int started = 0;
    limiter.schedule(this, [&] { ++started; });
    auto *context = new QObject;
    limiter.schedule(context, [&] { started += 100; });
    limiter.schedule(this, [&] { ++started; });
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(started, 2, 4000);
    QTest::qWait(50);
    QCOMPARE(started, 2);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
