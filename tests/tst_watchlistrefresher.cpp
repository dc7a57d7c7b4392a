#include "SchedulerOnSimulator.h"
#include "SimFleet.h"
#include "api/QueryOtaJob.h"
#include "models/WatchListModel.h"
#include "models/WatchListRefresher.h"
#include "services/BatchQuery.h"
#include "state/BatchStore.h"

#include <QHash>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"demo"_s;
const QDateTime kNow = SchedulerOnSimulator::start();
} // namespace

// The watch list refreshed against the simulated gateway over loopback, on a manual clock.
class TestWatchListRefresher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void refreshesEveryEntryInOneBackgroundRound();
    void reportsAStatusChangeOnce();
    void neverRunsTwoRoundsAtOnce();
    void intervalTimerStartsRounds();
    void marksEntriesWithoutCredentials();
    void keepsFieldsWhenABatchCannotBeRead();
    void putsEachBatchReadIntoTheStore();
    void fiftyBatchesStayInsideTheBudget();

private:
    RpcConfig config() const { return m_net->config(); }
    bool runUntil(const std::function<bool()> &done) { return m_net->time.runUntil(done, 60000); }
    QString statusOf(const QString &jobId) const
    {
        return m_sim->fleet().job(jobId)->value(u"JobStatus").toString();
    }

    std::unique_ptr<SchedulerOnSimulator> m_net;
    OtaSimulator *m_sim = nullptr;
    RequestScheduler *m_scheduler = nullptr;
    ManualClock *m_clock = nullptr;
    std::unique_ptr<BatchStore> m_store;
    std::unique_ptr<BatchQuery> m_query;
    std::unique_ptr<WatchListModel> m_model;
    std::unique_ptr<WatchListRefresher> m_refresher;
    QStringList m_resolved; // profiles the resolver was asked about
};

void TestWatchListRefresher::init()
{
    m_net = std::make_unique<SchedulerOnSimulator>();
    QVERIFY(m_net->listen());
    m_sim = &m_net->sim;
    m_scheduler = m_net->scheduler.get();
    m_clock = &m_net->clock;
    m_store = std::make_unique<BatchStore>();
    m_query = std::make_unique<BatchQuery>(m_scheduler, m_store.get());
    m_model = std::make_unique<WatchListModel>(m_clock, m_store.get());
    m_resolved.clear();
    m_refresher = std::make_unique<WatchListRefresher>(
            m_model.get(), m_query.get(), [this](const QString &profile) -> std::optional<Account> {
                m_resolved.append(profile);
                if (profile != kProfile)
                    return std::nullopt;
                return Account {profile, config(), {}, false};
            });
}

void TestWatchListRefresher::cleanup()
{
    m_refresher.reset();
    m_model.reset();
    m_query.reset();
    m_store.reset();
    m_net.reset();
}

void TestWatchListRefresher::refreshesEveryEntryInOneBackgroundRound()
{
    const QStringList jobIds = m_sim->jobIds().mid(0, 4);
    QCOMPARE(jobIds.size(), 4);
    for (const QString &jobId : jobIds)
        QVERIFY(m_model->add(kProfile, jobId));
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);

    QVERIFY(m_refresher->refreshAll());
    QVERIFY(m_refresher->isRunning());
    const QList<ScheduledRequest *> requests = m_scheduler->findChildren<ScheduledRequest *>();
    QCOMPARE(requests.size(), jobIds.size());
    for (const ScheduledRequest *request : requests) {
        QCOMPARE(request->priority(), RequestPriority::Background);
        QCOMPARE(request->action(), QueryOtaJob::kAction);
    }
    QCOMPARE(m_resolved, QStringList({kProfile})); // once per profile and round

    QVERIFY(runUntil([&] { return refreshed.size() == 1; }));
    QVERIFY(!m_refresher->isRunning());
    for (int i = 0; i < jobIds.size(); ++i) {
        const QString &jobId = jobIds.at(i);
        const WatchListModel::Entry &entry = m_model->entries().at(m_model->rowOf(kProfile, jobId));
        const QJsonObject data = *m_sim->fleet().job(jobId);
        QCOMPARE(entry.status, data.value(u"JobStatus").toString());
        QCOMPARE(entry.destVersion, data.value(u"DestVersion").toString());
        QCOMPARE(entry.name, data.value(u"Name").toString());
        // Each row says when it was read: one request every 104 ms, in the list's order.
        QCOMPARE(entry.lastRefreshUtc, kNow.addMSecs(104 * i));
        QVERIFY(!entry.error);
    }
}

void TestWatchListRefresher::reportsAStatusChangeOnce()
{
    const QString jobId = SimFleet::bigJobId();
    m_model->add(kProfile, jobId);
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);
    QSignalSpy changes(m_model.get(), &WatchListModel::statusChanged);
    m_refresher->refreshAll();
    QVERIFY(runUntil([&] { return refreshed.size() == 1; }));
    const QString before = statusOf(jobId);
    QCOMPARE(m_model->entries().at(0).status, before);
    QCOMPARE(changes.size(), 0);

    const QString after = before == u"COMPLETED"_s ? u"CANCELED"_s : u"COMPLETED"_s;
    QVERIFY(m_sim->fleet().setJobStatus(jobId, after));
    QVERIFY(m_net->time.advance(30000));
    const QDateTime secondRound = m_clock->nowUtc();
    m_refresher->refreshAll();
    QVERIFY(runUntil([&] { return refreshed.size() == 2; }));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toString(), kProfile);
    QCOMPARE(changes.at(0).at(1).toString(), jobId);
    QCOMPARE(changes.at(0).at(2).toString(), m_model->entries().at(0).name);
    QCOMPARE(changes.at(0).at(3).toString(), before);
    QCOMPARE(changes.at(0).at(4).toString(), after);
    QVERIFY(m_model->index(0, 0).data(WatchListModel::ChangedRole).toBool());
    QCOMPARE(m_model->entries().at(0).lastRefreshUtc, secondRound);

    m_refresher->refreshAll();
    QVERIFY(runUntil([&] { return refreshed.size() == 3; }));
    QCOMPARE(changes.size(), 1);
}

void TestWatchListRefresher::neverRunsTwoRoundsAtOnce()
{
    for (const QString &jobId : m_sim->jobIds().mid(0, 3))
        m_model->add(kProfile, jobId);
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);
    QVERIFY(m_refresher->refreshAll());
    QVERIFY(!m_refresher->refreshAll());
    QCOMPARE(m_scheduler->findChildren<ScheduledRequest *>().size(), 3);
    QVERIFY(runUntil([&] { return refreshed.size() == 1; }));
    QVERIFY(m_net->time.advance(5000));
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(m_refresher->refreshAll()); // over, so the next one may start

    // A round without requests is a round too, and ends after the caller returns to the event loop.
    QVERIFY(runUntil([&] { return refreshed.size() == 2; }));
    WatchListModel empty(m_clock);
    WatchListRefresher idle(&empty, m_query.get(), {});
    QSignalSpy idleRefreshed(&idle, &WatchListRefresher::refreshed);
    QVERIFY(idle.refreshAll());
    QCOMPARE(idleRefreshed.size(), 0);
    QVERIFY(!idle.refreshAll());
    QVERIFY(m_net->time.settle());
    QCOMPARE(idleRefreshed.size(), 1);
}

void TestWatchListRefresher::intervalTimerStartsRounds()
{
    m_model->add(kProfile, m_sim->jobIds().first());
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);
    QCOMPARE(m_refresher->interval(), 0);
    QVERIFY(!m_refresher->isTimerActive());
    m_refresher->setInterval(30);
    QVERIFY(m_refresher->isTimerActive());
    QCOMPARE(m_refresher->interval(), 30);
    QVERIFY(m_net->time.advance(29999));
    QCOMPARE(refreshed.size(), 0); // the first round comes after one interval
    QVERIFY(m_net->time.advance(1));
    QVERIFY(runUntil([&] { return refreshed.size() == 1; })); // QueryOTAJob, then the counts it calls for
    QCOMPARE(m_model->entries().at(0).lastRefreshUtc, kNow.addSecs(30));
    QVERIFY(m_net->time.advance(m_clock->nowUtc().msecsTo(kNow.addSecs(60)))); // to the second round
    QVERIFY(runUntil([&] { return refreshed.size() == 2; }));
    QCOMPARE(m_model->entries().at(0).lastRefreshUtc, kNow.addSecs(60));

    m_refresher->setInterval(0);
    QVERIFY(!m_refresher->isTimerActive());
    QVERIFY(m_net->time.advance(600000));
    QCOMPARE(refreshed.size(), 2);
}

void TestWatchListRefresher::marksEntriesWithoutCredentials()
{
    const QString jobId = m_sim->jobIds().first();
    m_model->add(u"locked"_s, jobId);
    m_model->add(kProfile, jobId);
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);
    QVERIFY(m_refresher->refreshAll());
    QCOMPARE(m_scheduler->findChildren<ScheduledRequest *>().size(), 1); // only the profile with credentials
    const WatchListModel::Entry &locked = m_model->entries().at(0);
    QVERIFY(locked.error);
    QCOMPARE(locked.error->transport, ApiError::Transport::MissingCredentials);
    QCOMPARE(m_model->index(0, 0).data(WatchListModel::ErrorRole).toString(),
             u"The credentials of profile locked are not available."_s);
    QVERIFY(runUntil([&] { return refreshed.size() == 1; }));
    QVERIFY(!m_model->entries().at(1).error);
    QCOMPARE(m_model->entries().at(1).status, statusOf(jobId));
    QVERIFY(m_model->entries().at(0).error); // still
}

void TestWatchListRefresher::keepsFieldsWhenABatchCannotBeRead()
{
    const QString jobId = m_sim->jobIds().first();
    m_model->add(kProfile, jobId);
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);
    m_refresher->refreshAll();
    QVERIFY(runUntil([&] { return refreshed.size() == 1; }));
    const WatchListModel::Entry before = m_model->entries().at(0);

    m_sim->setFault(OtaSimulator::Fault::TruncatedJson);
    QVERIFY(m_net->time.advance(60000));
    m_refresher->refreshAll();
    QVERIFY(runUntil([&] { return refreshed.size() == 2; }));
    const WatchListModel::Entry &after = m_model->entries().at(0);
    QVERIFY(after.error);
    QCOMPARE(after.error->transport, ApiError::Transport::Malformed);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.lastRefreshUtc, kNow); // the last successful one
}

void TestWatchListRefresher::putsEachBatchReadIntoTheStore()
{
    const QStringList jobIds = m_sim->jobIds().mid(0, 2);
    for (const QString &jobId : jobIds)
        QVERIFY(m_model->add(kProfile, jobId));
    QVERIFY(m_model->add(u"no-credentials"_s, jobIds.constFirst()));
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);
    QSignalSpy stored(m_store.get(), &BatchStore::changed);
    QVERIFY(m_refresher->refreshAll());
    QVERIFY(runUntil([&] { return refreshed.size() == 1; }));
    // The batch of the profile without credentials was not read.
    const qsizetype jobReadings
            = std::count_if(stored.cbegin(), stored.cend(), [](const QList<QVariant> &args) {
                  return args.at(1).value<BatchStore::Parts>().testFlag(BatchStore::Job);
              });
    QCOMPARE(jobReadings, 2);
    for (int i = 0; i < jobIds.size(); ++i) {
        const QString &jobId = jobIds.at(i);
        const JobReading *reading = m_store->job({kProfile, jobId});
        QVERIFY(reading);
        // As received, with its time and the RequestId of the answer.
        QCOMPARE(reading->readAtUtc, kNow.addMSecs(104 * i));
        QVERIFY(reading->body.contains(jobId.toUtf8()));
        QCOMPARE(reading->format, ResponseFormat::Json);
        QVERIFY(!reading->requestId.isEmpty());
        QCOMPARE(reading->job.jobStatus.value_or(QString()), statusOf(jobId));
    }
    QVERIFY(!m_store->job({u"no-credentials"_s, jobIds.constFirst()}));
}

// The most requests in any minute of these times (sorted).
static qsizetype busiestMinute(const QList<QDateTime> &times)
{
    qsizetype most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times[first].msecsTo(times[last]) >= 60000)
            ++first;
        most = std::max(most, last - first + 1);
    }
    return most;
}

void TestWatchListRefresher::fiftyBatchesStayInsideTheBudget()
{
    // 50 of the 250 batches of one firmware, running, planned and finished ones.
    const QStringList jobIds = m_sim->fleet().jobIdsOfFirmware(SimFleet::manyJobsFirmwareId()).mid(0, 50);
    QCOMPARE(jobIds.size(), 50);
    for (const QString &jobId : jobIds)
        QVERIFY(m_model->add(kProfile, jobId));
    QList<QDateTime> sent;
    connect(m_sim, &OtaSimulator::requestHandled, this, [&] { sent.append(m_clock->nowUtc()); });
    QHash<QString, int> reads; // QueryOTAJob answers per JobId
    connect(m_store.get(), &BatchStore::changed, this, [&](const BatchKey &key, BatchStore::Parts parts) {
        if (parts.testFlag(BatchStore::Job))
            ++reads[key.jobId];
    });
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);

    // Every minute for six minutes at the account's full rate (10 a second).
    m_refresher->setInterval(60);
    QVERIFY(m_net->time.advance(6 * 60000));
    QVERIFY(runUntil([&] { return !m_refresher->isRunning(); }));
    QCOMPARE(refreshed.size(), 6);
    QVERIFY(!m_refresher->plan().stretched);
    const qsizetype busiest = busiestMinute(sent);
    qInfo("50 batches every minute: %lld requests in 6 min, at most %lld in a minute (budget %d, account "
          "600)",
          qlonglong(sent.size()), qlonglong(busiest), m_refresher->plan().budgetPerMinute);
    QVERIFY(busiest <= m_refresher->plan().budgetPerMinute);
    QVERIFY(busiest <= 600);
    // Running batches every round with their counts; finished ones once, then settled; planned ones once
    // (their start is not near).
    int running = 0;
    int finished = 0;
    for (const WatchListModel::Entry &entry : m_model->entries()) {
        if (entry.status == u"IN_PROGRESS"_s) {
            ++running;
            QCOMPARE(reads.value(entry.jobId), 6);
            QVERIFY(entry.counts.has_value());
            QCOMPARE(entry.rounds.size(), 6);
        } else if (entry.status == u"PLANNED"_s) {
            // Every round once its scheduled start is near or past (it may start any moment), else once.
            const bool near = entry.scheduledStartUtc.isValid()
                    && m_clock->nowUtc().secsTo(entry.scheduledStartUtc) <= 60 * 6;
            QVERIFY2(near ? reads.value(entry.jobId) >= 1 : reads.value(entry.jobId) == 1,
                     qPrintable(entry.jobId));
            QVERIFY(!entry.counts.has_value()); // a planned batch moves no device: no counts
        } else {
            QVERIFY(entry.status == u"COMPLETED"_s || entry.status == u"CANCELED"_s);
            ++finished;
            QCOMPARE(reads.value(entry.jobId), 1);
            QVERIFY(entry.counts.has_value()); // its last counts
        }
    }
    QVERIFY(running > 0);
    QVERIFY(finished > 0);

    // At 2 a second (90 a minute for the watch list) the running batches do not fit a minute: the rounds
    // stretch, the plan says so.
    QSignalSpy planChanged(m_refresher.get(), &WatchListRefresher::planChanged);
    m_scheduler->setRateLimit(2);
    sent.clear();
    const int roundsBefore = int(refreshed.size());
    QVERIFY(m_net->time.advance(10 * 60000));
    QVERIFY(runUntil([&] { return !m_refresher->isRunning(); }));
    const PollPlan::Result plan = m_refresher->plan();
    QVERIFY(plan.stretched);
    QVERIFY(planChanged.size() >= 1);
    QCOMPARE(plan.budgetPerMinute, 90);
    QVERIFY(plan.wantedPerMinute >= running * 9.0); // and the planned ones about to start
    QVERIFY(plan.intervalSecs > 60);
    QVERIFY(PollPlan::describe(plan).contains(u"refreshed every"_s));
    const qsizetype slowest = busiestMinute(sent);
    qInfo("at 2 a second: every %d s, %lld requests in 10 min, at most %lld in a minute (budget %d a minute "
          "on "
          "average)",
          plan.intervalSecs, qlonglong(sent.size()), qlonglong(slowest), plan.budgetPerMinute);
    // A round goes at the chosen rate (never faster: the scheduler spaces it), the rounds on average keep to
    // the budget.
    QVERIFY(slowest <= 2 * 60);
    QVERIFY(sent.size() / 10.0 <= plan.budgetPerMinute);
    QVERIFY(refreshed.size() - roundsBefore < 10); // fewer rounds than one a minute
}

QTEST_GUILESS_MAIN(TestWatchListRefresher)
#include "tst_watchlistrefresher.moc"
