#pragma once

#include "OtaSimulator.h"
#include "TimeDriver.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "util/ManualClock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

// The simulated gateway on loopback, a client and the request scheduler, all on one manual clock that only
// the test moves: a request reaches the gateway at the clock time the scheduler started it, so rate limits
// and backoff behave exactly as designed and nothing waits for real time. time.advance()/runUntil() move the
// clock, letting every call the scheduler started come back in between.
struct SchedulerOnSimulator
{
    // Where the clock starts: wall time for what is signed and shown, monotonic 0.
    static QDateTime start() { return QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC); }

    // clockStart: where the clock starts; servers outside the simulator (HostileServer) date their answers by
    // the computer's clock, so tests with them start at the real now.
    explicit SchedulerOnSimulator(const QDateTime &clockStart = start())
        : clock(clockStart), client(&network), time(clock, [this] { return idle(); })
    {
        sim.setClock(&clock);
        client.setClock(&clock);
        scheduler = std::make_unique<RequestScheduler>(&client); // on the client's clock
        QObject::connect(&sim, &OtaSimulator::requestHandled, &sim,
                         [this](const QString &, const QString &code) {
                             if (code == u"Fault.NeverAnswer")
                                 ++parked;
                         });
    }

    // Every call the scheduler started has ended, except those the gateway keeps on purpose
    // (Fault::NeverAnswer, counted in parked; one that timed out meanwhile has ended too).
    bool idle() const { return scheduler->inFlightCount() <= parked; }

    // Listens; rate: the gateway's limit (the scheduler keeps the account's 10 per second).
    bool listen(int rate = RequestScheduler::kAccountLimitPerSecond)
    {
        sim.setRateLimit(rate);
        return sim.listen();
    }

    // The gateway's endpoint with the demo credentials.
    RpcConfig config() const
    {
        RpcConfig config;
        config.endpoint = sim.endpoint();
        config.credentials = OtaSimulator::demoCredentials();
        return config;
    }

    bool runUntil(const std::function<bool()> &done, qint64 limitMs = 120000)
    {
        return time.runUntil(done, limitMs);
    }
    // Until spy records one more emission (as QSignalSpy::wait, with the clock moving as needed).
    bool waitFor(const QSignalSpy &spy, qint64 limitMs = 120000)
    {
        const qsizetype before = spy.size();
        return time.runUntil([&] { return spy.size() > before; }, limitMs);
    }

    ManualClock clock;
    OtaSimulator sim;
    QNetworkAccessManager network;
    RpcClient client;
    std::unique_ptr<RequestScheduler> scheduler;
    TimeDriver time;
    int parked = 0; // requests the gateway keeps without an answer (reset when the test aborts them)
};
