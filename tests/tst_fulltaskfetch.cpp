#include "OtaSimulator.h"
#include "RateWindow.h"
#include "SimFleet.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "api/TaskFetcher.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// Every device task of the simulator's 100,000-task batch through the real scheduler, over loopback. At 50
// requests per second on both sides (about 21 s): the walk is what this checks; the scheduler at the real
// 10 per second is tst_requestscheduler's, and the 100,000 tasks at 10 per second are bench_fetch's figure.
// The sanitizer suite, which already runs the walk's logic in tst_taskfetcher, leaves this one out.
class TestFullTaskFetch : public QObject
{
    Q_OBJECT
private slots:
    void fetchesAHundredThousandTasksAtTheAccountRate();
};

void TestFullTaskFetch::fetchesAHundredThousandTasksAtTheAccountRate()
{
    constexpr int kRate = 50;
    OtaSimulator sim;
    sim.setRateLimit(kRate);
    QVERIFY(sim.listen());
    QNetworkAccessManager network;
    RpcClient client(&network);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> startsMs; // when each request was signed: the scheduler's starts, retries included
    client.setNonceSource([&] {
        startsMs.append(clock.elapsed());
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    });
    RequestScheduler scheduler(&client, kRate);
    RpcConfig config;
    config.endpoint = sim.endpoint();
    config.credentials = OtaSimulator::demoCredentials();
    TaskFetcher fetcher(&scheduler);
    fetcher.setBatch(config, SimFleet::bigJobId());
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
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(taskIds.size(), SimFleet::kBigJobTaskCount);
    QCOMPARE(unknownStatus, 0);
    for (const TaskStatus status : kAllTaskStatuses)
        QCOMPARE(seen[status],
                 qint64(sim.fleet().taskCount(SimFleet::bigJobId(), TaskStatuses::code(status))));
    // The scheduler never started more than its rate in any second, retries included.
    QVERIFY2(busiestWindow(startsMs, 1000) <= kRate,
             qPrintable(QString::number(busiestWindow(startsMs, 1000))));
    // The gateway shares this thread: a stall here can bunch arrivals there, which it then throttles. Each
    // such request was retried (every task arrived); how often it happens is bench_fetch's figure.
    QCOMPARE(scheduler.retriedCount(), sim.throttledCount());
    const QList<qint64> times = sim.acceptedTimesMs();
    QVERIFY(times.size() >= SimFleet::kBigJobTaskCount / TaskFetcher::kPageSize);
    qInfo("%lld requests in %.1f s, %d throttled and retried", qint64(times.size()),
          (times.last() - times.first()) / 1000.0, sim.throttledCount());
}

QTEST_GUILESS_MAIN(TestFullTaskFetch)
#include "tst_fulltaskfetch.moc"
