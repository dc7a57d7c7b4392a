#include "BusiestWindow.h"
#include "OtaSimulator.h"
#include "SimulatorThread.h"
#include "TimeDriver.h"
#include "api/QueryOtaJob.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "util/ManualClock.h"
#include "util/SystemClock.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString kSeedJobId = u"HvKuBpuk3rdk6E92CP****0200"_s;
} // namespace

// The scheduler against the simulated gateway over loopback. Client, scheduler and gateway share a manual
// clock that only the test moves: each request reaches the gateway at the clock time it was started, so the
// rate the gateway counts is exactly the scheduler's, and nothing waits for real time to pass. One smoke test
// runs on the real clock.
class TestRequestScheduler : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void neverExceedsTheAccountLimitUnderAThousandQueuedRequests();
    void aLateStartDoesNotBunchWithTheNextOnes();
    void countsTheStartsOfTheLastMinute();
    void honoursALowerConfiguredRate();
    void servesInteractiveBeforeBackground();
    void retriesThrottledRequestsWithFreshNonces();
    void retriesServerErrors_data();
    void retriesServerErrors();
    void givesUpAfterMaxRetries();
    void doesNotRetrySignatureErrors();
    void aThrottledAccountPausesForTheBackoff();
    void cancelsQueuedRequestsBeforeTheyAreSent();
    void cancelsEverythingOfAnOwner();
    void dropsQueuedWorkOfADestroyedOwner();
    void keepsAccountsApart();
    void limitsCallsRunningAtOnce();
    void staysWithinTheRateOnTheRealClock();

private:
    // Every call the scheduler started has ended (answered or aborted), except those the gateway keeps
    // unanswered on purpose (Fault::NeverAnswer).
    bool idle() const;
    void checkRate(int limit, int requests);
    RpcConfig config(const Credentials &credentials = OtaSimulator::demoCredentials()) const;
    ScheduledRequest *query(RequestPriority priority = RequestPriority::Interactive,
                            QObject *owner = nullptr);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TimeDriver> m_time;
    std::unique_ptr<OtaSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RpcClient> m_client;
    std::unique_ptr<RequestScheduler> m_scheduler;
    QStringList m_nonces;
    QList<qint64> m_signedAtMs; // the clock's monotonic ms at which each request was signed, i.e. started
    int m_parked = 0; // requests the gateway keeps without an answer
};

void TestRequestScheduler::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
    m_sim = std::make_unique<OtaSimulator>();
    m_sim->setClock(m_clock.get());
    QVERIFY(m_sim->listen());
    m_parked = 0;
    connect(m_sim.get(), &OtaSimulator::requestHandled, this, [this](const QString &, const QString &code) {
        if (code == u"Fault.NeverAnswer")
            ++m_parked;
    });
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<RpcClient>(m_network.get());
    m_client->setClock(m_clock.get());
    m_nonces.clear();
    m_signedAtMs.clear();
    m_client->setNonceSource([this] {
        m_signedAtMs.append(m_client->clock().monotonicMs());
        m_nonces.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        return m_nonces.last();
    });
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get());
    m_scheduler->setRetryBaseDelayMs(50);
    m_time = std::make_unique<TimeDriver>(*m_clock, [this] { return idle(); });
}

void TestRequestScheduler::cleanup()
{
    m_time.reset();
    m_scheduler.reset();
    m_client.reset();
    m_network.reset();
    m_sim.reset();
    m_clock.reset();
}

bool TestRequestScheduler::idle() const
{
    return m_scheduler->inFlightCount() == m_parked;
}

RpcConfig TestRequestScheduler::config(const Credentials &credentials) const
{
    RpcConfig config;
    config.endpoint = m_sim->endpoint();
    config.credentials = credentials;
    return config;
}

ScheduledRequest *TestRequestScheduler::query(RequestPriority priority, QObject *owner)
{
    return m_scheduler->submit(config(), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId), priority,
                               owner);
}

// What the scheduler promises, where it starts requests (the signing times, retries included): never more
// than the rate within any second; and what the gateway saw: every request admitted, none throttled, each
// with a nonce of its own.
void TestRequestScheduler::checkRate(int limit, int requests)
{
    const int busiest = busiestWindow(m_signedAtMs, 1000);
    QVERIFY2(busiest <= limit, qPrintable(u"%1 requests started within one second"_s.arg(busiest)));
    QCOMPARE(m_sim->acceptedCount(), requests);
    QCOMPARE(m_sim->throttledCount(), 0);
    QCOMPARE(m_scheduler->retriedCount(), 0);
    QCOMPARE(m_nonces.size(), requests);
    QCOMPARE(QSet<QString>(m_nonces.cbegin(), m_nonces.cend()).size(), m_nonces.size());
}

void TestRequestScheduler::neverExceedsTheAccountLimitUnderAThousandQueuedRequests()
{
    constexpr int kRequests = 1000;
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < kRequests; ++i) {
        connect(query(RequestPriority::Bulk), &ScheduledRequest::finished, this,
                [&](const RpcResponse &response) { ++(response.ok() ? ok : failed); });
    }
    QCOMPARE(m_scheduler->queuedCount() + m_scheduler->inFlightCount(), kRequests);
    QVERIFY(m_time->runUntil([&] { return ok + failed == kRequests; }, 200000));
    QCOMPARE(failed, 0);
    checkRate(RequestScheduler::kAccountLimitPerSecond, kRequests);
    // And it uses the budget: one start every 104 ms (10 per second less the 4 % margin), no slower.
    const qint64 spanMs = m_signedAtMs.last() - m_signedAtMs.first();
    QCOMPARE(spanMs, (kRequests - 1) * 104);
}

void TestRequestScheduler::countsTheStartsOfTheLastMinute()
{
    QCOMPARE(m_scheduler->startsInLastMinute(), 0);
    int done = 0;
    for (int i = 0; i < 30; ++i)
        connect(query(RequestPriority::Background), &ScheduledRequest::finished, this, [&] { ++done; });
    QVERIFY(m_time->runUntil([&] { return done == 30; }, 60000));
    QCOMPARE(m_scheduler->startsInLastMinute(), 30); // 104 ms apart: all within 3.1 s
    // A minute later none of them; a new one counts alone.
    QVERIFY(m_time->advance(60000));
    QCOMPARE(m_scheduler->startsInLastMinute(), 0);
    connect(query(RequestPriority::Interactive), &ScheduledRequest::finished, this, [&] { ++done; });
    QVERIFY(m_time->runUntil([&] { return done == 31; }, 60000));
    QCOMPARE(m_scheduler->startsInLastMinute(), 1);
}

void TestRequestScheduler::aLateStartDoesNotBunchWithTheNextOnes()
{
    // The event loop stalls for 150 ms right after the first start, so the second starts late. Keeping the
    // cadence alone would then put 11 starts into less than a second.
    int done = 0;
    for (int i = 0; i < 25; ++i)
        connect(query(), &ScheduledRequest::finished, this, [&] { ++done; });
    QVERIFY(m_time->settle());
    QCOMPARE(m_signedAtMs.size(), 1);
    m_clock->stallMs(150);
    QVERIFY(m_time->runUntil([&] { return done == 25; }, 10000));
    QCOMPARE(m_signedAtMs[1] - m_signedAtMs[0], 150);
    checkRate(RequestScheduler::kAccountLimitPerSecond, 25);
}

void TestRequestScheduler::honoursALowerConfiguredRate()
{
    m_scheduler->setRateLimit(4);
    QCOMPARE(m_scheduler->rateLimit(), 4);
    m_scheduler->setRateLimit(25);
    QCOMPARE(m_scheduler->rateLimit(), RequestScheduler::kAccountLimitPerSecond); // never above the account's
    m_scheduler->setRateLimit(4);
    int done = 0;
    for (int i = 0; i < 9; ++i)
        connect(query(), &ScheduledRequest::finished, this, [&] { ++done; });
    QVERIFY(m_time->runUntil([&] { return done == 9; }, 10000));
    checkRate(4, 9); // the gateway admits 10 per second: the lower rate is the scheduler's own
    QCOMPARE(m_signedAtMs.last() - m_signedAtMs.first(), 8 * 260); // (1 s + 4 %) / 4
}

void TestRequestScheduler::servesInteractiveBeforeBackground()
{
    QStringList order;
    auto submit = [&](RequestPriority priority, const QString &label) {
        connect(query(priority), &ScheduledRequest::finished, this, [&order, label] { order.append(label); });
    };
    submit(RequestPriority::Background, u"b1"_s); // takes the first token at once
    submit(RequestPriority::Background, u"b2"_s);
    submit(RequestPriority::Bulk, u"k1"_s);
    submit(RequestPriority::Background, u"b3"_s);
    submit(RequestPriority::Interactive, u"i1"_s);
    submit(RequestPriority::Bulk, u"k2"_s);
    submit(RequestPriority::Interactive, u"i2"_s);
    QVERIFY(m_time->runUntil([&] { return order.size() == 7; }, 5000));
    QCOMPARE(order, QStringList({u"b1"_s, u"i1"_s, u"i2"_s, u"k1"_s, u"k2"_s, u"b2"_s, u"b3"_s}));
}

void TestRequestScheduler::retriesThrottledRequestsWithFreshNonces()
{
    m_sim->setFault(OtaSimulator::Fault::Throttle);
    QSignalSpy retrying(m_scheduler.get(), &RequestScheduler::retrying);
    connect(m_sim.get(), &OtaSimulator::requestHandled, this, [this](const QString &, const QString &code) {
        if (code == u"Throttling.User" && m_sim->throttledCount() == 2)
            m_sim->setFault(OtaSimulator::Fault::None); // the third attempt goes through
    });
    ScheduledRequest *request = query();
    QSignalSpy finished(request, &ScheduledRequest::finished);
    QVERIFY(m_time->runUntil([&] { return finished.size() == 1; }, 5000));
    const auto response = finished.first().first().value<RpcResponse>();
    QVERIFY2(response.ok(), qPrintable(response.error ? response.error->code : QString()));
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.first().at(1).value<ApiError>().code, u"Throttling.User"_s);
    // Backoff: 50 ms, then 100 ms, each plus up to a quarter of jitter.
    const int firstDelay = retrying.at(0).at(2).toInt();
    const int secondDelay = retrying.at(1).at(2).toInt();
    QVERIFY2(firstDelay >= 50 && firstDelay <= 62, qPrintable(QString::number(firstDelay)));
    QVERIFY2(secondDelay >= 100 && secondDelay <= 125, qPrintable(QString::number(secondDelay)));
    // A retry waits for its backoff and for the account's next token (one every 104 ms), whichever is later.
    constexpr qint64 kSpacingMs = 104;
    QCOMPARE(m_signedAtMs.at(1) - m_signedAtMs.at(0), std::max<qint64>(firstDelay, kSpacingMs));
    QCOMPARE(m_signedAtMs.at(2) - m_signedAtMs.at(1), std::max<qint64>(secondDelay, kSpacingMs));
    QCOMPARE(m_sim->throttledCount(), 2);
    QCOMPARE(m_scheduler->retriedCount(), 2);
    // Three attempts, three different nonces: the gateway would refuse a reused one (SignatureNonceUsed).
    QCOMPARE(m_nonces.size(), 3);
    QCOMPARE(QSet<QString>(m_nonces.cbegin(), m_nonces.cend()).size(), 3);
    QVERIFY(QueryOtaJob::interpret(response).job.has_value());
}

void TestRequestScheduler::retriesServerErrors_data()
{
    QTest::addColumn<OtaSimulator::Fault>("fault");
    QTest::newRow("html-500") << OtaSimulator::Fault::Html500;
    QTest::newRow("system-exception") << OtaSimulator::Fault::SystemException;
}

void TestRequestScheduler::retriesServerErrors()
{
    QFETCH(OtaSimulator::Fault, fault);
    m_sim->setFault(fault);
    connect(m_sim.get(), &OtaSimulator::requestHandled, this,
            [this] { m_sim->setFault(OtaSimulator::Fault::None); });
    ScheduledRequest *request = query();
    QSignalSpy finished(request, &ScheduledRequest::finished);
    QVERIFY(m_time->runUntil([&] { return finished.size() == 1; }, 5000));
    QVERIFY(finished.first().first().value<RpcResponse>().ok());
    QCOMPARE(m_sim->acceptedCount(), 2);
    QCOMPARE(m_scheduler->retriedCount(), 1);
}

void TestRequestScheduler::givesUpAfterMaxRetries()
{
    m_sim->setFault(OtaSimulator::Fault::Throttle);
    m_scheduler->setMaxRetries(2);
    ScheduledRequest *request = query();
    QSignalSpy finished(request, &ScheduledRequest::finished);
    QVERIFY(m_time->runUntil([&] { return finished.size() == 1; }, 5000));
    QVERIFY(m_time->advance(10000)); // and nothing more is sent
    QCOMPARE(finished.size(), 1);
    const auto response = finished.first().first().value<RpcResponse>();
    QVERIFY(response.error.has_value());
    QCOMPARE(response.error->code, u"Throttling.User"_s);
    QCOMPARE(m_sim->throttledCount(), 3);
    QCOMPARE(m_nonces.size(), 3);
}

void TestRequestScheduler::doesNotRetrySignatureErrors()
{
    const Credentials wrong {OtaSimulator::demoCredentials().accessKeyId, u"not-the-secret"_s, {}};
    ScheduledRequest *request
            = m_scheduler->submit(config(wrong), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId));
    QSignalSpy finished(request, &ScheduledRequest::finished);
    QVERIFY(m_time->runUntil([&] { return finished.size() == 1; }, 5000));
    QVERIFY(m_time->advance(10000));
    QCOMPARE(finished.first().first().value<RpcResponse>().error->code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(m_nonces.size(), 1);
    QCOMPARE(m_scheduler->retriedCount(), 0);
}

void TestRequestScheduler::aThrottledAccountPausesForTheBackoff()
{
    // Someone else uses the account's budget: after a throttle, nothing of this account starts before the
    // backoff has passed, not even other queued requests.
    m_scheduler->setRetryBaseDelayMs(1000);
    m_sim->setFault(OtaSimulator::Fault::Throttle);
    connect(m_sim.get(), &OtaSimulator::requestHandled, this,
            [this] { m_sim->setFault(OtaSimulator::Fault::None); });
    QSignalSpy retrying(m_scheduler.get(), &RequestScheduler::retrying);
    int done = 0;
    for (int i = 0; i < 3; ++i)
        connect(query(), &ScheduledRequest::finished, this, [&] { ++done; });
    QVERIFY(m_time->runUntil([&] { return done == 3; }, 5000));
    QCOMPARE(retrying.size(), 1);
    const int delay = retrying.first().at(2).toInt();
    QCOMPARE(m_signedAtMs.size(), 4);
    // The first start was throttled; the next start of the account (its retry) waits for the backoff.
    QVERIFY2(delay >= 1000, qPrintable(QString::number(delay)));
    QCOMPARE(m_signedAtMs.at(1) - m_signedAtMs.at(0), delay);
    QCOMPARE(m_sim->acceptedCount(), 3);
}

void TestRequestScheduler::cancelsQueuedRequestsBeforeTheyAreSent()
{
    m_scheduler->setRateLimit(2);
    ScheduledRequest *first = query();
    ScheduledRequest *second = query();
    ScheduledRequest *third = query();
    QCOMPARE(m_scheduler->queuedCount(), 2);
    QSignalSpy firstDone(first, &ScheduledRequest::finished);
    QSignalSpy secondDone(second, &ScheduledRequest::finished);
    QSignalSpy thirdDone(third, &ScheduledRequest::finished);
    second->cancel();
    QCOMPARE(secondDone.size(), 1); // at once, and only once
    QCOMPARE(secondDone.first().first().value<RpcResponse>().error->transport, ApiError::Transport::Canceled);
    QCOMPARE(m_scheduler->queuedCount(), 1);
    QVERIFY(m_time->runUntil([&] { return thirdDone.size() == 1; }, 3000));
    QCOMPARE(firstDone.size(), 1);
    QCOMPARE(secondDone.size(), 1);
    QCOMPARE(m_sim->acceptedCount(), 2); // the canceled one never reached the gateway
    QCOMPARE(m_nonces.size(), 2);
}

void TestRequestScheduler::cancelsEverythingOfAnOwner()
{
    m_scheduler->setRateLimit(1);
    QObject owner;
    QObject other;
    int canceled = 0;
    int answered = 0;
    auto count = [&](const RpcResponse &response) {
        ++(response.error && response.error->transport == ApiError::Transport::Canceled ? canceled
                                                                                        : answered);
    };
    for (int i = 0; i < 4; ++i)
        connect(query(RequestPriority::Bulk, &owner), &ScheduledRequest::finished, this, count);
    connect(query(RequestPriority::Bulk, &other), &ScheduledRequest::finished, this, count);
    m_scheduler->cancelAll(&owner);
    QCOMPARE(canceled, 4); // including the one already running
    QVERIFY(m_time->runUntil([&] { return answered == 1; }, 3000));
    QCOMPARE(m_scheduler->queuedCount(), 0);
    QCOMPARE(m_scheduler->inFlightCount(), 0);
}

void TestRequestScheduler::dropsQueuedWorkOfADestroyedOwner()
{
    m_scheduler->setRateLimit(2);
    auto owner = std::make_unique<QObject>();
    query(RequestPriority::Interactive, owner.get());
    query(RequestPriority::Interactive, owner.get());
    ScheduledRequest *kept = query();
    QCOMPARE(m_scheduler->queuedCount(), 2);
    owner.reset();
    QCOMPARE(m_scheduler->queuedCount(), 1);
    QSignalSpy keptDone(kept, &ScheduledRequest::finished);
    QVERIFY(m_time->runUntil([&] { return keptDone.size() == 1; }, 3000));
    QCOMPARE(m_scheduler->inFlightCount(), 0);
    QCOMPARE(m_nonces.size(), 2); // the first and the kept one; the second never started
    // The first was aborted before the event loop could send it.
    QCOMPARE(m_sim->acceptedCount(), 1);
}

void TestRequestScheduler::keepsAccountsApart()
{
    const Credentials second {u"LTAI5tSecondAccount00001"_s, u"AnotherLoopbackSecret000000001"_s, {}};
    m_sim->addAccessKey(second.accessKeyId, second.accessKeySecret);
    int done = 0;
    for (int i = 0; i < 10; ++i) {
        connect(query(), &ScheduledRequest::finished, this, [&] { ++done; });
        connect(m_scheduler->submit(config(second), QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId)),
                &ScheduledRequest::finished, this, [&] { ++done; });
    }
    QVERIFY(m_time->runUntil([&] { return done == 20; }, 5000));
    // Twenty requests, ten per key: both keys run side by side, so under one second, not two.
    QCOMPARE(m_signedAtMs.last(), 9 * 104);
    QCOMPARE(m_sim->throttledCount(), 0);
}

void TestRequestScheduler::limitsCallsRunningAtOnce()
{
    m_sim->setFault(OtaSimulator::Fault::NeverAnswer);
    QObject owner;
    for (int i = 0; i < 9; ++i)
        query(RequestPriority::Interactive, &owner);
    QVERIFY(m_time->advance(600)); // six tokens
    QCOMPARE(m_scheduler->inFlightCount(), RequestScheduler::kMaxInFlightPerAccount);
    QVERIFY(m_time->advance(400)); // three more tokens came, but no connection is free
    QCOMPARE(m_scheduler->inFlightCount(), RequestScheduler::kMaxInFlightPerAccount);
    QCOMPARE(m_scheduler->queuedCount(), 9 - RequestScheduler::kMaxInFlightPerAccount);
    QCOMPARE(m_nonces.size(), RequestScheduler::kMaxInFlightPerAccount);
    m_scheduler->cancelAll(&owner);
    QCOMPARE(m_scheduler->queuedCount(), 0);
    m_parked = 0;
    QVERIFY(m_time->settle());
    QCOMPARE(m_scheduler->inFlightCount(), 0);
}

// The one test on real time: the scheduler and a gateway on a thread of its own (as the real one is a machine
// of its own), both on the system clock. It checks what the scheduler controls, its starts never above the
// rate in any second, and that the gateway admitted everything in the end, each throttled request retried
// with a new nonce (thread and socket delays can bunch arrivals on a loaded machine; how often that happens
// at the real rate is the benchmark's figure, bench_fetch, never a timed assertion).
void TestRequestScheduler::staysWithinTheRateOnTheRealClock()
{
    constexpr int kRequests = 25;
    SimulatorThread gateway;
    QVERIFY(gateway.isListening());
    QNetworkAccessManager network;
    RpcClient client(&network); // the system clock
    QStringList nonces;
    QList<qint64> startedAtMs;
    client.setNonceSource([&] {
        startedAtMs.append(client.clock().monotonicMs());
        nonces.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        return nonces.last();
    });
    RequestScheduler scheduler(&client);
    RpcConfig target = config();
    target.endpoint = gateway.endpoint();
    int ok = 0;
    for (int i = 0; i < kRequests; ++i) {
        connect(scheduler.submit(target, QueryOtaJob::kAction, QueryOtaJob::params(kSeedJobId)),
                &ScheduledRequest::finished, this,
                [&](const RpcResponse &response) { ok += response.ok() ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok, kRequests, 60000);
    const int busiest = busiestWindow(startedAtMs, 1000);
    QVERIFY2(busiest <= RequestScheduler::kAccountLimitPerSecond,
             qPrintable(u"%1 requests started within one second"_s.arg(busiest)));
    QCOMPARE(gateway.call([](OtaSimulator &sim) { return sim.acceptedCount(); }), kRequests);
    const int throttled = gateway.call([](OtaSimulator &sim) { return sim.throttledCount(); });
    QCOMPARE(scheduler.retriedCount(), throttled);
    QCOMPARE(QSet<QString>(nonces.cbegin(), nonces.cend()).size(), kRequests + throttled);
}

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
