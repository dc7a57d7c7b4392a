#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "api/TaskCountsFetcher.h"
#include "api/TaskFetcher.h"
#include "services/TaskSampler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The task walk against the simulated gateway over loopback, through the real scheduler, on a manual clock.
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
    void samplerStopsAtItsCapAndReportsTheTotal();
    void samplerReadsNamedDevicesFiftyPerCall();

private:
    RpcConfig config() const { return m_net->config(); }
    // A generated batch with between min and max device tasks.
    QString batchWithTasks(int min, int max) const;
    // Moves the clock until done(), letting each request come back (at most limitMs of clock time).
    bool runUntil(const std::function<bool()> &done, qint64 limitMs = 300000)
    {
        return m_net->time.runUntil(done, limitMs);
    }

    std::unique_ptr<SchedulerOnSimulator> m_net;
    OtaSimulator *m_sim = nullptr;
    RequestScheduler *m_scheduler = nullptr;
};

void TestTaskFetcher::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_sim = &m_net->sim;
    m_scheduler = m_net->scheduler.get();
}

void TestTaskFetcher::cleanup()
{
    m_net.reset();
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
    TaskCountsFetcher counts(m_scheduler);
    QSignalSpy finished(&counts, &TaskCountsFetcher::finished);
    counts.fetch(config(), SimFleet::bigJobId());
    QVERIFY(runUntil([&] { return finished.size() == 1; }));
    const auto result = finished.first().at(1).value<TaskStatusCounts>();
    QVERIFY(!finished.first().at(2).value<std::optional<ApiError>>().has_value());
    for (const TaskStatus status : kAllTaskStatuses)
        QCOMPARE(result[status],
                 qint64(m_sim->fleet().taskCount(SimFleet::bigJobId(), TaskStatuses::code(status))));
    QCOMPARE(result.total(), qint64(SimFleet::kBigJobTaskCount));
    QCOMPARE(counts.batchTotal(), qint64(SimFleet::kBigJobTaskCount));
    QCOMPARE(m_sim->acceptedCount(), 8);
}

void TestTaskFetcher::pagesLazilyOnePageAtATimeFailuresFirst()
{
    TaskFetcher fetcher(m_scheduler);
    fetcher.setBatch(config(), SimFleet::bigJobId());
    QSignalSpy arrived(&fetcher, &TaskFetcher::tasksArrived);
    fetcher.fetchNextPage();
    fetcher.fetchNextPage(); // the first is still on its way: no second request
    QVERIFY(runUntil([&] { return arrived.size() == 1; }));
    QCOMPARE(m_sim->acceptedCount(), 1);
    const auto tasks = arrived.first().first().value<QList<TaskInfo>>();
    QCOMPARE(tasks.size(), TaskFetcher::kPageSize);
    for (const TaskInfo &task : tasks)
        QCOMPARE(task.taskStatus, std::optional<TaskStatus>(TaskStatus::Failed));
    QVERIFY(fetcher.hasMore());
    QCOMPARE(fetcher.totals()[TaskStatus::Failed],
             qint64(m_sim->fleet().taskCount(SimFleet::bigJobId(), u"FAILED"_s)));
    fetcher.fetchNextPage();
    QVERIFY(runUntil([&] { return arrived.size() == 2; }));
    const auto second = arrived.last().first().value<QList<TaskInfo>>();
    QVERIFY(second.first().taskId != tasks.first().taskId);
}

void TestTaskFetcher::fetchesEveryTaskOfABatch()
{
    const QString jobId = batchWithTasks(300, 3000);
    QVERIFY(!jobId.isEmpty());
    TaskFetcher fetcher(m_scheduler);
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
    QVERIFY(runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(taskIds.size(), m_sim->fleet().taskCount(jobId));
    for (const TaskStatus status : kAllTaskStatuses)
        QCOMPARE(seen[status], qint64(m_sim->fleet().taskCount(jobId, TaskStatuses::code(status))));
    QCOMPARE(fetcher.expectedCount(), qint64(taskIds.size()));
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(taskIds.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(taskIds.size()));
    QVERIFY(!fetcher.hasMore());
    QVERIFY(!fetcher.isBusy());
    // On one clock the gateway sees the scheduler's spacing exactly: nothing is throttled.
    QCOMPARE(m_sim->throttledCount(), 0);
}

void TestTaskFetcher::fetchesOnlyTheChosenStatuses()
{
    TaskFetcher fetcher(m_scheduler);
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
    QVERIFY(runUntil([&] { return finished.size() == 1; }));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(received, qint64(m_sim->fleet().taskCount(SimFleet::bigJobId(), u"CANCELED"_s)));
    QCOMPARE(fetcher.totals()[TaskStatus::Failed], 0); // never asked
}

void TestTaskFetcher::stopKeepsWhatArrivedAndResumesWithoutRereading()
{
    const QString jobId = batchWithTasks(800, 3000);
    QVERIFY(!jobId.isEmpty());
    TaskFetcher fetcher(m_scheduler);
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
    QVERIFY(runUntil([&] { return received >= 300; }));
    fetcher.stop();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!finished.first().at(1).value<std::optional<ApiError>>().has_value()); // stopped, not failed
    QVERIFY(!fetcher.isBusy());
    QCOMPARE(m_scheduler->queuedCount(), 0);
    const qint64 atStop = received;
    const int requestsAtStop = m_sim->acceptedCount();
    QVERIFY(m_net->time.advance(5000));
    QCOMPARE(received, atStop); // nothing trickles in after stop
    QCOMPARE(m_sim->acceptedCount(), requestsAtStop);
    QVERIFY(fetcher.hasMore());

    fetcher.fetchAll();
    QVERIFY(runUntil([&] { return finished.size() == 2; }));
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
    const QString jobId = batchWithTasks(800, 3000);
    TaskFetcher fetcher(m_scheduler);
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
    QVERIFY(runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(finished.first().first().toBool(), false);
    const auto error = finished.first().at(1).value<std::optional<ApiError>>();
    QVERIFY(error.has_value());
    QCOMPARE(error->transport, ApiError::Transport::Malformed);
    QVERIFY(failed.size() >= 1);
    QVERIFY(received >= 200);
    QVERIFY(m_net->time.settle());
    QVERIFY(!fetcher.isBusy());
    QCOMPARE(m_scheduler->queuedCount(), 0);
}

void TestTaskFetcher::startingOverDropsTheOldWalk()
{
    TaskFetcher fetcher(m_scheduler);
    fetcher.setBatch(config(), SimFleet::bigJobId());
    QSignalSpy arrived(&fetcher, &TaskFetcher::tasksArrived);
    fetcher.fetchAll();
    QVERIFY(fetcher.isBusy());
    fetcher.setBatch(config(), batchWithTasks(300, 3000)); // before any answer came
    QVERIFY(!fetcher.isBusy());
    QCOMPARE(m_scheduler->queuedCount(), 0);
    QVERIFY(m_net->time.advance(3000));
    QCOMPARE(arrived.size(), 0);
    QCOMPARE(fetcher.fetchedCount(), 0);
}

void TestTaskFetcher::samplerStopsAtItsCapAndReportsTheTotal()
{
    const QString jobId = SimFleet::bigJobId();
    const int failed = m_sim->fleet().taskCount(jobId, u"FAILED"_s);
    QVERIFY(failed > 350);
    TaskSampler sampler(m_scheduler);
    QSignalSpy finished(&sampler, &TaskSampler::finished);
    const Account account {u"Demo"_s, config(), {}, false};
    sampler.read(account, jobId, {TaskStatus::Failed}, 250);
    QVERIFY(finished.isEmpty()); // never from inside the call
    QVERIFY(runUntil([&] { return finished.size() == 1; }));
    const auto tasks = finished.first().at(0).value<QList<TaskInfo>>();
    QCOMPARE(tasks.size(), 250); // three pages of 100 read, the cap kept
    QCOMPARE(finished.first().at(1).toLongLong(), qint64(failed));
    QCOMPARE(m_sim->acceptedCount(), 3);
    for (const TaskInfo &task : tasks)
        QCOMPARE(task.taskStatus, TaskStatus::Failed);
    // No cap: every one of them.
    sampler.read(account, jobId, {TaskStatus::Failed}, 0);
    QVERIFY(runUntil([&] { return finished.size() == 2; }));
    QCOMPARE(finished.last().at(0).value<QList<TaskInfo>>().size(), failed);
    QVERIFY(!sampler.isBusy());
}

void TestTaskFetcher::samplerReadsNamedDevicesFiftyPerCall()
{
    const QString jobId = batchWithTasks(120, 400);
    QVERIFY(!jobId.isEmpty());
    TaskFetcher fetcher(m_scheduler);
    fetcher.setBatch(config(), jobId);
    QList<TaskInfo> all;
    connect(&fetcher, &TaskFetcher::tasksArrived, this,
            [&all](const QList<TaskInfo> &tasks) { all += tasks; });
    fetcher.fetchAll();
    QVERIFY(runUntil([&] { return !fetcher.isFetchingAll() && !fetcher.isBusy(); }));
    QStringList names;
    for (int i = 0; i < 120; ++i)
        names.append(all.at(i).deviceName);
    const int before = m_sim->acceptedCount();
    TaskSampler sampler(m_scheduler);
    QSignalSpy finished(&sampler, &TaskSampler::finished);
    sampler.readDevices({u"Demo"_s, config(), {}, false}, jobId, names);
    QVERIFY(runUntil([&] { return finished.size() == 1; }));
    QCOMPARE(m_sim->acceptedCount() - before, 3); // 50 + 50 + 20
    QStringList read;
    for (const TaskInfo &task : finished.first().at(0).value<QList<TaskInfo>>())
        read.append(task.deviceName);
    read.sort();
    names.sort();
    QCOMPARE(read, names);
}

QTEST_GUILESS_MAIN(TestTaskFetcher)
#include "tst_taskfetcher.moc"
