#include "BusiestWindow.h"
#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "api/TaskFetcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// Every device task of the simulator's 100,000-task batch through the real scheduler at the account's 10
// requests per second, over loopback, on a manual clock shared with the gateway: about 104 s of clock time,
// a few seconds of real time. The walk and the rate are what this checks; how the same fetch fares on the
// real clock is bench_fetch's figure. The sanitizer suite, which runs the walk's logic in tst_taskfetcher,
// leaves this one out.
class TestFullTaskFetch : public QObject
{
    Q_OBJECT
private slots:
    void fetchesAHundredThousandTasksAtTheAccountRate();
};

void TestFullTaskFetch::fetchesAHundredThousandTasksAtTheAccountRate()
{
    SchedulerOnSimulator net;
    QList<qint64> startsMs; // when each request was signed: the scheduler's starts, retries included
    net.client.setNonceSource([&] {
        startsMs.append(net.clock.monotonicMs());
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    });
    QVERIFY(net.listen());
    TaskFetcher fetcher(net.scheduler.get());
    fetcher.setBatch(net.config(), SimFleet::bigJobId());
    QSet<QString> taskIds;
    taskIds.reserve(SimFleet::kBigJobTaskCount);
    TaskStatusCounts seen;
    int unknownStatus = 0;
    connect(&fetcher, &TaskFetcher::tasksArrived, this, [&](const QList<TaskInfo> &tasks) {
        for (const TaskInfo &task : tasks) {
            taskIds.insert(task.taskId);
            if (task.taskStatus)
                ++seen[*task.taskStatus];
            else
                ++unknownStatus;
        }
    });
    QSignalSpy finished(&fetcher, &TaskFetcher::finished);
    fetcher.fetchAll();
    QVERIFY(net.time.runUntil([&] { return finished.size() == 1; }, 300000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(taskIds.size(), SimFleet::kBigJobTaskCount);
    QCOMPARE(unknownStatus, 0);
    for (const TaskStatus status : kAllTaskStatuses)
        QCOMPARE(seen[status],
                 qint64(net.sim.fleet().taskCount(SimFleet::bigJobId(), TaskStatuses::code(status))));
    // Never more than 10 starts in any second, and the gateway, counting on the same clock, throttled none.
    QVERIFY2(busiestWindow(startsMs, 1000) <= RequestScheduler::kAccountLimitPerSecond,
             qPrintable(QString::number(busiestWindow(startsMs, 1000))));
    QCOMPARE(net.sim.throttledCount(), 0);
    QCOMPARE(net.scheduler->retriedCount(), 0);
    const QList<qint64> times = net.sim.acceptedTimesMs();
    QCOMPARE(times.size(), startsMs.size());
    // 1,000 pages plus the per-status totals, one start every 104 ms: the budget is used, not wasted.
    const double perSecond = (times.size() - 1) * 1000.0 / (times.last() - times.first());
    QVERIFY2(perSecond > 9.5, qPrintable(QString::number(perSecond)));
    qInfo("%lld requests in %.1f s of clock time (%.2f per second), none throttled", qint64(times.size()),
          (times.last() - times.first()) / 1000.0, perSecond);
}

QTEST_GUILESS_MAIN(TestFullTaskFetch)
#include "tst_fulltaskfetch.moc"
