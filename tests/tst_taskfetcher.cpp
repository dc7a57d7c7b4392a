#include "OtaSimulator.h"
#include "SimFleet.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "api/TaskCountsFetcher.h"
#include "api/TaskFetcher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The task walk against the simulated gateway over loopback, through the real scheduler.
class TestTaskFetcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void countsEveryStatusFromTotals();
    void pagesLazilyOnePageAtATimeFailuresFirst();
    void fetchesEveryTaskOfABatch();
    void fetchesOnlyTheChosenStatuses();
    void stopKeepsWhatArrivedAndResumesWithoutRereading();
    void aFailedPageEndsTheFetchAndKeepsTheRows();
    void startingOverDropsTheOldWalk();

private:
    RpcConfig config() const;
    // A generated batch with between min and max device tasks.
    QString batchWithTasks(int min, int max) const;
    void useFastScheduler(); // 100 per second on both sides, for tests that are not about the rate

    std::unique_ptr<OtaSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RpcClient> m_client;
    std::unique_ptr<RequestScheduler> m_scheduler;
};

void TestTaskFetcher::init()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<RpcClient>(m_network.get());
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get());
}

void TestTaskFetcher::cleanup()
{
    m_scheduler.reset();
    m_client.reset();
    m_network.reset();
    m_sim.reset();
}

void TestTaskFetcher::useFastScheduler()
{
    m_sim->setRateLimit(100);
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get(), 100);
}

RpcConfig TestTaskFetcher::config() const
{
    RpcConfig config;
    config.endpoint = m_sim->endpoint();
    config.credentials = OtaSimulator::demoCredentials();
    return config;
}

QString TestTaskFetcher::batchWithTasks(int min, int max) const
{
    const SimFleet &fleet = m_sim->fleet();
    for (const QString &jobId : fleet.generatedJobIds()) {
        const int count = fleet.taskCount(jobId);
        if (count >= min && count <= max && fleet.taskCount(jobId, u"FAILED"_s) > 0)
            return jobId;
    }
    return {};
}

void TestTaskFetcher::countsEveryStatusFromTotals()
{
    TaskCountsFetcher counts(m_scheduler.get());
    QSignalSpy finished(&counts, &TaskCountsFetcher::finished);
    counts.fetch(config(), SimFleet::bigJobId());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().at(1).value<TaskStatusCounts>();
    QVERIFY(!finished.first().at(2).value<std::optional<ApiError>>().has_value());
    for (const TaskStatus status : kAllTaskStatuses)
        QCOMPARE(result[status],
                 qint64(m_sim->fleet().taskCount(SimFleet::bigJobId(), TaskStatuses::code(status))));
    QCOMPARE(result.total(), qint64(SimFleet::kBigJobTaskCount));
    QCOMPARE(m_sim->acceptedCount(), 7);
}

void TestTaskFetcher::pagesLazilyOnePageAtATimeFailuresFirst()
{
    TaskFetcher fetcher(m_scheduler.get());
    fetcher.setBatch(config(), SimFleet::bigJobId());
    QSignalSpy arrived(&fetcher, &TaskFetcher::tasksArrived);
    fetcher.fetchNextPage();
    fetcher.fetchNextPage(); // the first is still on its way: no second request
    QVERIFY(arrived.wait(3000));
    QCOMPARE(m_sim->acceptedCount(), 1);
    const auto tasks = arrived.first().first().value<QList<TaskInfo>>();
    QCOMPARE(tasks.size(), TaskFetcher::kPageSize);
    for (const TaskInfo &task : tasks)
        QCOMPARE(task.taskStatus, std::optional<TaskStatus>(TaskStatus::Failed));
    QVERIFY(fetcher.hasMore());
    QCOMPARE(fetcher.totals()[TaskStatus::Failed],
             qint64(m_sim->fleet().taskCount(SimFleet::bigJobId(), u"FAILED"_s)));
    fetcher.fetchNextPage();
    QVERIFY(arrived.wait(3000));
    QCOMPARE(arrived.size(), 2);
    const auto second = arrived.last().first().value<QList<TaskInfo>>();
    QVERIFY(second.first().taskId != tasks.first().taskId);
}

void TestTaskFetcher::fetchesEveryTaskOfABatch()
{
    useFastScheduler();
    const QString jobId = batchWithTasks(300, 3000);
    QVERIFY(!jobId.isEmpty());
    TaskFetcher fetcher(m_scheduler.get());
    fetcher.setBatch(config(), jobId);
    QSet<QString> taskIds;
    TaskStatusCounts seen;
    connect(&fetcher, &TaskFetcher::tasksArrived, this, [&](const QList<TaskInfo> &tasks) {
        for (const TaskInfo &task : tasks) {
            taskIds.insert(task.taskId);
            QVERIFY(task.taskStatus.has_value());
            ++seen[*task.taskStatus];
        }
    });
    QSignalSpy progress(&fetcher, &TaskFetcher::progress);
    QSignalSpy finished(&fetcher, &TaskFetcher::finished);
    fetcher.fetchAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(taskIds.size(), m_sim->fleet().taskCount(jobId));
    for (const TaskStatus status : kAllTaskStatuses)
        QCOMPARE(seen[status], qint64(m_sim->fleet().taskCount(jobId, TaskStatuses::code(status))));
    QCOMPARE(fetcher.expectedCount(), qint64(taskIds.size()));
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(taskIds.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(taskIds.size()));
    QVERIFY(!fetcher.hasMore());
    QVERIFY(!fetcher.isBusy());
    // The in-process gateway may throttle a start that a stall delayed; each one must have been retried.
    QCOMPARE(m_scheduler->retriedCount(), m_sim->throttledCount());
}

void TestTaskFetcher::fetchesOnlyTheChosenStatuses()
{
    useFastScheduler();
    TaskFetcher fetcher(m_scheduler.get());
    fetcher.setBatch(config(), SimFleet::bigJobId());
    fetcher.setStatuses({TaskStatus::Canceled});
    qint64 received = 0;
    connect(&fetcher, &TaskFetcher::tasksArrived, this, [&](const QList<TaskInfo> &tasks) {
        for (const TaskInfo &task : tasks)
            QCOMPARE(task.taskStatusCode, u"CANCELED"_s);
        received += tasks.size();
    });
    QSignalSpy finished(&fetcher, &TaskFetcher::finished);
    fetcher.fetchAll();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(received, qint64(m_sim->fleet().taskCount(SimFleet::bigJobId(), u"CANCELED"_s)));
    QCOMPARE(fetcher.totals()[TaskStatus::Failed], 0); // never asked
}

void TestTaskFetcher::stopKeepsWhatArrivedAndResumesWithoutRereading()
{
    const QString jobId = batchWithTasks(800, 3000);
    QVERIFY(!jobId.isEmpty());
    TaskFetcher fetcher(m_scheduler.get());
    fetcher.setBatch(config(), jobId);
    QSet<QString> taskIds;
    qint64 received = 0;
    connect(&fetcher, &TaskFetcher::tasksArrived, this, [&](const QList<TaskInfo> &tasks) {
        received += tasks.size();
        for (const TaskInfo &task : tasks)
            taskIds.insert(task.taskId);
    });
    QSignalSpy finished(&fetcher, &TaskFetcher::finished);
    fetcher.fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(received >= 300, 10000);
    fetcher.stop();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!finished.first().at(1).value<std::optional<ApiError>>().has_value()); // stopped, not failed
    QVERIFY(!fetcher.isBusy());
    QCOMPARE(m_scheduler->queuedCount(), 0);
    const qint64 atStop = received;
    const int requestsAtStop = m_sim->acceptedCount();
    QTest::qWait(500);
    QCOMPARE(received, atStop); // nothing trickles in after stop
    QVERIFY(fetcher.hasMore());

    fetcher.fetchAll();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(taskIds.size(), m_sim->fleet().taskCount(jobId));
    // Pages read before the stop were not read again: every page was accepted once (plus the few
    // that were on the wire when stop came, which were dropped).
    const int pages = (m_sim->fleet().taskCount(jobId) + 99) / 100 + 7;
    QVERIFY2(m_sim->acceptedCount() <= pages + RequestScheduler::kMaxInFlightPerAccount,
             qPrintable(u"%1 requests for %2 pages (%3 before the stop)"_s.arg(m_sim->acceptedCount())
                                .arg(pages)
                                .arg(requestsAtStop)));
}

void TestTaskFetcher::aFailedPageEndsTheFetchAndKeepsTheRows()
{
    useFastScheduler();
    const QString jobId = batchWithTasks(800, 3000);
    TaskFetcher fetcher(m_scheduler.get());
    fetcher.setBatch(config(), jobId);
    qint64 received = 0;
    connect(&fetcher, &TaskFetcher::tasksArrived, this, [&](const QList<TaskInfo> &tasks) {
        received += tasks.size();
        if (received >= 200)
            m_sim->setFault(OtaSimulator::Fault::BinaryJunk); // not retried: the body is no answer at all
    });
    QSignalSpy failed(&fetcher, &TaskFetcher::pageFailed);
    QSignalSpy finished(&fetcher, &TaskFetcher::finished);
    fetcher.fetchAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    const auto error = finished.first().at(1).value<std::optional<ApiError>>();
    QVERIFY(error.has_value());
    QCOMPARE(error->transport, ApiError::Transport::Malformed);
    QVERIFY(failed.size() >= 1);
    QVERIFY(received >= 200);
    QTRY_VERIFY(!fetcher.isBusy());
    QCOMPARE(m_scheduler->queuedCount(), 0);
}

void TestTaskFetcher::startingOverDropsTheOldWalk()
{
    TaskFetcher fetcher(m_scheduler.get());
    fetcher.setBatch(config(), SimFleet::bigJobId());
    QSignalSpy arrived(&fetcher, &TaskFetcher::tasksArrived);
    fetcher.fetchAll();
    QVERIFY(fetcher.isBusy());
    fetcher.setBatch(config(), batchWithTasks(300, 3000)); // before any answer came
    QVERIFY(!fetcher.isBusy());
    QCOMPARE(m_scheduler->queuedCount(), 0);
    QTest::qWait(300);
    QCOMPARE(arrived.size(), 0);
    QCOMPARE(fetcher.fetchedCount(), 0);
}

QTEST_GUILESS_MAIN(TestTaskFetcher)
#include "tst_taskfetcher.moc"
