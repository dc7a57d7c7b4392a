#pragma once

#include <QStringList>
#include <QThread>
#include <QUrl>

#include <future>
#include <optional>

class OtaSimulator;

// The simulated gateway on a thread of its own, as the real one is a machine of its own: it is built and
// starts listening there while the caller goes on (the demo builds its window meanwhile), and its event loop
// never waits for the window's. Only the endpoint and the fixture JobIds cross threads.
class SimulatorHost
{
public:
    struct Ready
    {
        QUrl endpoint; // empty when the simulator could not listen
        QStringList jobIds; // OtaSimulator::jobIds()
    };

    SimulatorHost();
    ~SimulatorHost(); // destroys the simulator on its thread, then ends the thread
    SimulatorHost(const SimulatorHost &) = delete;
    SimulatorHost &operator=(const SimulatorHost &) = delete;

    // Waits until the simulator's socket listens (or could not): connections to it wait until the simulator,
    // built after, serves them.
    const Ready &ready();

private:
    QThread m_thread;
    QObject m_context; // lives on m_thread: what runs there runs through it
    OtaSimulator *m_simulator = nullptr; // made, used and destroyed on m_thread only
    std::promise<Ready> m_promise;
    std::future<Ready> m_future;
    std::optional<Ready> m_ready;
};
