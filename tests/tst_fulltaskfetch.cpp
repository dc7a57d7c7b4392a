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

// Every device task of the simulator's 100,000-task batch through the real scheduler at the real account
// limit, over loopback. Apart from the other task-walk tests because it takes about 105 s: the sanitizer
// suite, which already runs the walk's logic in tst_taskfetcher, leaves this one out.
class TestFullTaskFetch : public QObject
{
    Q_OBJECT
private slots:
    void fetchesAHundredThousandTasksAtTheAccountRate();
};

void TestFullTaskFetch::fetchesAHundredThousandTasksAtTheAccountRate()
{
    // The real account limit on both sides: about 1,000 pages at 10 per second, so this takes ~105 s.
    OtaSimulator sim; // its default flow control: 10 requests per second per AccessKey
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
    RequestScheduler scheduler(&client);
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
    QVERIFY(finished.wait(200000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(taskIds.size(), SimFleet::kBigJobTaskCount);
    QCOMPARE(unknownStatus, 0);
    for (const TaskStatus status : kAllTaskStatuses)
        QCOMPARE(seen[status],
                 qint64(sim.fleet().taskCount(SimFleet::bigJobId(), TaskStatuses::code(status))));
    // The scheduler never started more than 10 in any second, retries included.
    QVERIFY2(busiestWindow(startsMs, 1000) <= RequestScheduler::kAccountLimitPerSecond,
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
