#include "ota/TaskStatusCounts.h"

#include <QTest>

// Per-status counts of a batch's device tasks and the percentages drawn from them.
class TestTaskStatusCounts : public QObject
{
    Q_OBJECT
private slots:
    void isZeroWhenEmpty();
    void sumsAndPercentages();
    void comparesByCounts();
};

void TestTaskStatusCounts::isZeroWhenEmpty()
{
    const TaskStatusCounts counts;
    QCOMPARE(counts.total(), 0);
    QCOMPARE(counts.finished(), 0);
    QCOMPARE(counts.percentComplete(), 0.0);
    QCOMPARE(counts.succeededPercent(), 0.0);
}

void TestTaskStatusCounts::sumsAndPercentages()
{
    TaskStatusCounts counts;
    counts[TaskStatus::Confirm] = 1;
    counts[TaskStatus::Queued] = 2;
    counts[TaskStatus::Notified] = 3;
    counts[TaskStatus::InProgress] = 4;
    counts[TaskStatus::Succeeded] = 20;
    counts[TaskStatus::Failed] = 6;
    counts[TaskStatus::Canceled] = 4;
    QCOMPARE(counts.total(), 40);
    QCOMPARE(counts.finished(), 30);
    QCOMPARE(counts.percentComplete(), 75.0);
    QCOMPARE(counts.succeededPercent(), 50.0);
    QCOMPARE(counts.counts[static_cast<quint8>(TaskStatus::Failed)], 6);
}

void TestTaskStatusCounts::comparesByCounts()
{
    TaskStatusCounts a;
    TaskStatusCounts b;
    QVERIFY(a == b);
    b[TaskStatus::Queued] = 1;
    QVERIFY(a != b);
    a[TaskStatus::Queued] = 1;
    QVERIFY(a == b);
}

QTEST_GUILESS_MAIN(TestTaskStatusCounts)
#include "tst_taskstatuscounts.moc"
