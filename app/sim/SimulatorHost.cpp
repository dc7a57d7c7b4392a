#include "SimulatorHost.h"

#include "FleetCatalogue.h"
#include "OtaSimulator.h"

#include <QTcpServer>

SimulatorHost::SimulatorHost() : m_future(m_promise.get_future())
{
    m_thread.setObjectName(QStringLiteral("otasim"));
    m_context.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(&m_context, [this] {
        // What the caller waits for first: the endpoint (a socket that listens, its connections wait in the
        // backlog) and the fixture JobIds. The simulator, whose HTTP server loads the TLS backend (some
        // 12 ms), is built after, while the caller goes on.
        std::unique_ptr<QTcpServer> listener = OtaSimulator::openListener();
        Ready ready;
        if (listener)
            ready.endpoint = OtaSimulator::endpointOf(listener->serverPort());
        ready.jobIds = FleetCatalogue().fixtureJobIds();
        m_promise.set_value(ready);
        m_simulator = new OtaSimulator;
        m_simulator->serve(std::move(listener));
    });
}

SimulatorHost::~SimulatorHost()
{
    QMetaObject::invokeMethod(
            &m_context, [this] { delete m_simulator; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

const SimulatorHost::Ready &SimulatorHost::ready()
{
    if (!m_ready)
        m_ready = m_future.get();
    return *m_ready;
}
