#pragma once

#include "DesktopStyle.h"
#include "MainWindow.h"
#include "SchedulerOnSimulator.h"
#include "history/HistoryStore.h"
#include "services/AccountDirectory.h"
#include "services/BatchQuery.h"
#include "services/HistoryRecorder.h"
#include "services/Services.h"
#include "state/BatchStore.h"

#include <QDockWidget>
#include <QPushButton>
#include <QTest>

#include <memory>

// The main window wired to the simulated gateway on loopback, with the demo credentials, as --demo wires it,
// all on the manual clock of SchedulerOnSimulator. Adjust setup, services (the optional parts) and
// historyPath before start().
struct WindowOnSimulator
{
    std::unique_ptr<SchedulerOnSimulator> net;
    OtaSimulator *sim = nullptr;
    RequestScheduler *scheduler = nullptr;
    RpcClient *client = nullptr;
    std::unique_ptr<BatchStore> store;
    std::unique_ptr<BatchQuery> query;
    std::unique_ptr<AccountDirectory> accounts;
    std::unique_ptr<HistoryRecorder> history; // with the file at historyPath, opened when first needed
    std::unique_ptr<MainWindow> window;
    MainWindow::Setup setup;
    Services services;
    QString historyPath; // empty: the history is off
    bool showDiscovery = false;
    const QDateTime clockStart; // where each start()'s manual clock starts

    explicit WindowOnSimulator(const QDateTime &start = SchedulerOnSimulator::start()) : clockStart(start)
    {
        makeNet();
    }

    // Starts the simulator and shows the window; false when either fails. After stop(), starts afresh (a
    // new clock, simulator and scheduler), with setup and services as adjusted since.
    bool start(int gatewayRate = RequestScheduler::kAccountLimitPerSecond)
    {
        if (!net)
            makeNet();
        if (sim->endpoint().isEmpty() && !net->listen(gatewayRate))
            return false;
        store = std::make_unique<BatchStore>();
        query = std::make_unique<BatchQuery>(scheduler, store.get());
        accounts = std::make_unique<AccountDirectory>();
        history = std::make_unique<HistoryRecorder>(historyPath, store.get(), net->clock);
        services.clock = &net->clock;
        services.scheduler = scheduler;
        services.store = store.get();
        services.query = query.get();
        services.accounts = accounts.get();
        services.history = history.get();
        if (setup.endpoint.isEmpty())
            setup.endpoint = sim->endpoint();
        if (setup.credentials.accessKeyId.isEmpty())
            setup.credentials = OtaSimulator::demoCredentials();
        DesktopStyle::install(); // as main() does
        window = std::make_unique<MainWindow>(services, setup);
        // Discovery browses whatever endpoint the window points at; closed, it sends nothing that would mix
        // with the requests a test counts.
        if (!showDiscovery)
            window->discoveryDock()->hide();
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) && net->time.settle();
    }

    // The window's history file (opened now if it was not yet); nullptr when historyPath is empty.
    HistoryStore *historyFile() { return history ? history->history() : nullptr; }

    // Moves the clock until done(), letting each request come back.
    bool runUntil(const std::function<bool()> &done, qint64 limitMs = 120000)
    {
        return net->runUntil(done, limitMs);
    }
    bool advance(qint64 ms) { return net->time.advance(ms); }
    bool waitFor(const QSignalSpy &spy) { return net->waitFor(spy); }
    // Presses Pause on the open batch's live reading, as a user would: a test that moves the clock and counts
    // reads then sees only its own.
    void pauseLive()
    {
        window->batchPage()->findChild<QPushButton *>(QStringLiteral("pauseButton"))->setChecked(true);
    }

    // Queries a batch as the user would (JobId, Return) and waits for the answer; true when it was shown.
    bool queryBatch(const QString &jobId)
    {
        int finished = 0;
        bool ok = false;
        const QMetaObject::Connection connection
                = QObject::connect(window.get(), &MainWindow::queryFinished, window.get(), [&](bool success) {
                      ++finished;
                      ok = success;
                  });
        window->setJobId(jobId);
        window->query();
        const bool done = runUntil([&] { return finished > 0; });
        QObject::disconnect(connection);
        return done && ok;
    }

    // Tears down in the reverse order of start(): the window before what it uses. setup and services keep
    // what the test set, for a start() again within the same test.
    void stop()
    {
        window.reset();
        history.reset();
        accounts.reset();
        query.reset();
        store.reset();
        setup.endpoint.clear(); // the next simulator listens elsewhere
        sim = nullptr;
        scheduler = nullptr;
        client = nullptr;
        net.reset();
    }

private:
    void makeNet()
    {
        net = std::make_unique<SchedulerOnSimulator>(clockStart);
        sim = &net->sim;
        scheduler = net->scheduler.get();
        client = &net->client;
        scheduler->setRetryBaseDelayMs(10); // retries of injected faults stay quick
    }
};
