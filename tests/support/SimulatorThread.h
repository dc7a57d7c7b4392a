#pragma once

#include "OtaSimulator.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <type_traits>

// otasim on a thread of its own, as the real gateway is a machine of its own: its arrival times do not
// depend on the test's event loop (which a sanitizer build slows down). Built, used and destroyed on that
// thread only; call() runs a function there and waits for it.
class SimulatorThread
{
public:
    SimulatorThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
                &m_context,
                [this] {
                    m_sim = new OtaSimulator;
                    if (m_sim->listen())
                        m_endpoint = m_sim->endpoint();
                },
                Qt::BlockingQueuedConnection);
    }

    ~SimulatorThread()
    {
        QMetaObject::invokeMethod(
                &m_context, [this] { delete m_sim; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    SimulatorThread(const SimulatorThread &) = delete;
    SimulatorThread &operator=(const SimulatorThread &) = delete;

    bool isListening() const { return !m_endpoint.isEmpty(); }
    QUrl endpoint() const { return m_endpoint; }

    // f(OtaSimulator &) on the simulator's thread; returns what f returns.
    template<typename F> auto call(F &&f)
    {
        using Result = std::invoke_result_t<F, OtaSimulator &>;
        if constexpr (std::is_void_v<Result>) {
            QMetaObject::invokeMethod(
                    &m_context, [&] { f(*m_sim); }, Qt::BlockingQueuedConnection);
        } else {
            Result result {};
            QMetaObject::invokeMethod(
                    &m_context, [&] { result = f(*m_sim); }, Qt::BlockingQueuedConnection);
            return result;
        }
    }

private:
    QThread m_thread;
    QObject m_context;
    OtaSimulator *m_sim = nullptr;
    QUrl m_endpoint;
};
