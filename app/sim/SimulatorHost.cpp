#include "SimulatorHost.h"

#include "OtaSimulator.h"

SimulatorHost::SimulatorHost() : m_future(m_promise.get_future())
{
    m_thread.setObjectName(QStringLiteral("otasim"));
    m_context.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(&m_context, [this] {
        m_simulator = new OtaSimulator;
        Ready ready;
        if (m_simulator->listen())
            ready.endpoint = m_simulator->endpoint();
        ready.jobIds = m_simulator->jobIds();
        m_promise.set_value(ready);
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
