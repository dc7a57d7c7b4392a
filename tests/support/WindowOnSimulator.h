#pragma once

#include "MainWindow.h"
#include "OtaSimulator.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"

#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

// The main window wired to the simulated gateway on loopback, with the demo credentials, as --demo wires it.
struct WindowOnSimulator
{
    std::unique_ptr<OtaSimulator> sim;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<RpcClient> client;
    std::unique_ptr<RequestScheduler> scheduler;
    std::unique_ptr<MainWindow> window;

    // Starts the simulator and shows the window; false when either fails.
    bool start()
    {
        sim = std::make_unique<OtaSimulator>();
        if (!sim->listen())
            return false;
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<RpcClient>(network.get());
        scheduler = std::make_unique<RequestScheduler>(client.get());
        scheduler->setRetryBaseDelayMs(10); // retries of injected faults stay quick
        window = std::make_unique<MainWindow>(scheduler.get());
        window->setCustomEndpoint(sim->endpoint());
        window->setCredentials(OtaSimulator::demoCredentials());
        // Discovery browses whatever endpoint the window points at; closed, it sends nothing that would mix
        // with the requests a test counts.
        window->discoveryDock()->hide();
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // Tears down in the reverse order of start(): the window before what it uses.
    void stop()
    {
        window.reset();
        scheduler.reset();
        client.reset();
        network.reset();
        sim.reset();
    }
};
