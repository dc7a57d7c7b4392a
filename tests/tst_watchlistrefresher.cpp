#include "OtaSimulator.h"
#include "SimFleet.h"
#include "api/QueryOtaJob.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "models/WatchListModel.h"
#include "models/WatchListRefresher.h"
#include "util/ManualClock.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kProfile = u"demo"_s;
const QDateTime kNow(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC);
} // namespace

// The watch list refreshed against the simulated gateway over loopback.
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
    void reportsEachBatchReadWithItsBody();

private:
    RpcConfig config() const;
    QString statusOf(const QString &jobId) const
    {
        return m_sim->fleet().job(jobId)->value(u"JobStatus").toString();
    }

    std::unique_ptr<OtaSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RpcClient> m_client;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<WatchListModel> m_model;
    std::unique_ptr<WatchListRefresher> m_refresher;
    QStringList m_resolved; // profiles the resolver was asked about
};

void TestWatchListRefresher::init()
{
    m_sim = std::make_unique<OtaSimulator>();
    QVERIFY(m_sim->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<RpcClient>(m_network.get());
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get());
    m_clock = std::make_unique<ManualClock>(kNow);
    m_model = std::make_unique<WatchListModel>(m_clock.get());
    m_resolved.clear();
    m_refresher = std::make_unique<WatchListRefresher>(
            m_model.get(), m_scheduler.get(), [this](const QString &profile) -> std::optional<RpcConfig> {
                m_resolved.append(profile);
                if (profile != kProfile)
                    return std::nullopt;
                return config();
            });
}

void TestWatchListRefresher::cleanup()
{
    m_refresher.reset();
    m_model.reset();
    m_scheduler.reset();
    m_client.reset();
    m_network.reset();
    m_sim.reset();
}

RpcConfig TestWatchListRefresher::config() const
{
    RpcConfig config;
    config.endpoint = m_sim->endpoint();
    config.credentials = OtaSimulator::demoCredentials();
    return config;
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

    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 5000);
    QVERIFY(!m_refresher->isRunning());
    for (const QString &jobId : jobIds) {
        const WatchListModel::Entry &entry = m_model->entries().at(m_model->rowOf(kProfile, jobId));
        const QJsonObject data = *m_sim->fleet().job(jobId);
        QCOMPARE(entry.status, data.value(u"JobStatus").toString());
        QCOMPARE(entry.destVersion, data.value(u"DestVersion").toString());
        QCOMPARE(entry.name, data.value(u"Name").toString());
        QCOMPARE(entry.lastRefreshUtc, kNow);
        QVERIFY(!entry.error);
    }
}

void TestWatchListRefresher::reportsAStatusChangeOnce()
{
    const QString jobId = SimFleet::bigJobId();
    m_model->add(kProfile, jobId);
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);
    QSignalSpy changes(m_refresher.get(), &WatchListRefresher::statusChanged);
    m_refresher->refreshAll();
    QTRY_COMPARE(refreshed.size(), 1);
    const QString before = statusOf(jobId);
    QCOMPARE(m_model->entries().at(0).status, before);
    QCOMPARE(changes.size(), 0);

    const QString after = before == u"COMPLETED"_s ? u"CANCELED"_s : u"COMPLETED"_s;
    QVERIFY(m_sim->fleet().setJobStatus(jobId, after));
    m_clock->advanceSecs(30);
    m_refresher->refreshAll();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toString(), kProfile);
    QCOMPARE(changes.at(0).at(1).toString(), jobId);
    QCOMPARE(changes.at(0).at(2).toString(), m_model->entries().at(0).name);
    QCOMPARE(changes.at(0).at(3).toString(), before);
    QCOMPARE(changes.at(0).at(4).toString(), after);
    QVERIFY(m_model->index(0, 0).data(WatchListModel::ChangedRole).toBool());
    QCOMPARE(m_model->entries().at(0).lastRefreshUtc, kNow.addSecs(30));

    m_refresher->refreshAll();
    QTRY_COMPARE(refreshed.size(), 3);
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
    QTRY_COMPARE(refreshed.size(), 1);
    QTest::qWait(100);
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(m_refresher->refreshAll()); // over, so the next one may start

    // A round without requests is a round too, and ends after the caller returns to the event loop.
    QTRY_COMPARE(refreshed.size(), 2);
    WatchListModel empty(m_clock.get());
    WatchListRefresher idle(&empty, m_scheduler.get(), {});
    QSignalSpy idleRefreshed(&idle, &WatchListRefresher::refreshed);
    QVERIFY(idle.refreshAll());
    QCOMPARE(idleRefreshed.size(), 0);
    QVERIFY(!idle.refreshAll());
    QTRY_COMPARE(idleRefreshed.size(), 1);
}

void TestWatchListRefresher::intervalTimerStartsRounds()
{
    m_model->add(kProfile, m_sim->jobIds().first());
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);
    QCOMPARE(m_refresher->interval(), 0);
    QVERIFY(!m_refresher->isTimerActive());
    m_refresher->setInterval(1);
    QVERIFY(m_refresher->isTimerActive());
    QCOMPARE(m_refresher->interval(), 1);
    QTest::qWait(500);
    QCOMPARE(refreshed.size(), 0); // the first round comes after one interval
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 3500);

    m_refresher->setInterval(0);
    QVERIFY(!m_refresher->isTimerActive());
    QTRY_VERIFY(!m_refresher->isRunning()); // a round already under way may still end
    const qsizetype rounds = refreshed.size();
    QTest::qWait(1500);
    QCOMPARE(refreshed.size(), rounds);
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
    QTRY_COMPARE(refreshed.size(), 1);
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
    QTRY_COMPARE(refreshed.size(), 1);
    const WatchListModel::Entry before = m_model->entries().at(0);

    m_sim->setFault(OtaSimulator::Fault::TruncatedJson);
    m_clock->advanceSecs(60);
    m_refresher->refreshAll();
    QTRY_COMPARE(refreshed.size(), 2);
    const WatchListModel::Entry &after = m_model->entries().at(0);
    QVERIFY(after.error);
    QCOMPARE(after.error->transport, ApiError::Transport::Malformed);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.lastRefreshUtc, kNow); // the last successful one
}

void TestWatchListRefresher::reportsEachBatchReadWithItsBody()
{
    const QStringList jobIds = m_sim->jobIds().mid(0, 2);
    for (const QString &jobId : jobIds)
        QVERIFY(m_model->add(kProfile, jobId));
    QVERIFY(m_model->add(u"no-credentials"_s, jobIds.constFirst()));
    QSignalSpy refreshed(m_refresher.get(), &WatchListRefresher::refreshed);
    QSignalSpy fetched(m_refresher.get(), &WatchListRefresher::jobFetched);
    QVERIFY(m_refresher->refreshAll());
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 5000);
    QCOMPARE(fetched.size(), 2); // the batch of the profile without credentials was not read
    QStringList seen;
    for (const QList<QVariant> &arguments : std::as_const(fetched)) {
        QCOMPARE(arguments.at(0).toString(), kProfile);
        const QString jobId = arguments.at(1).toString();
        seen.append(jobId);
        QCOMPARE(arguments.at(2).toDateTime(), kNow);
        const auto response = arguments.at(3).value<RpcResponse>();
        QVERIFY(response.ok());
        QVERIFY(response.body.contains(jobId.toUtf8()));
        QCOMPARE(response.format, ResponseFormat::Json);
        QCOMPARE(arguments.at(4).toString(), statusOf(jobId));
    }
    seen.sort();
    QStringList expected = jobIds;
    expected.sort();
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestWatchListRefresher)
#include "tst_watchlistrefresher.moc"
