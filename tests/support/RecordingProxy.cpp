#include "RecordingProxy.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

RecordingProxy::RecordingProxy(const QUrl &target, QObject *parent)
    : QObject(parent), m_target(target), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RecordingProxy::onConnection);
}

RecordingProxy::~RecordingProxy() = default;

bool RecordingProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl RecordingProxy::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void RecordingProxy::onConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto pending = std::make_shared<QByteArray>(); // client bytes before the upstream connected
        auto responses = std::make_shared<QByteArray>(); // upstream bytes not yet parsed
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, pending] {
            const QByteArray bytes = client->readAll();
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(bytes);
            else
                pending->append(bytes);
        });
        connect(upstream, &QTcpSocket::connected, client, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, responses] {
            const QByteArray bytes = upstream->readAll();
            responses->append(bytes);
            parseResponses(*responses);
            client->write(bytes);
        });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(m_target.host(), quint16(m_target.port()));
    }
}

void RecordingProxy::parseResponses(QByteArray &buffer)
{
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        const qsizetype bodyStart = headerEnd + 4;
        if (buffer.size() < bodyStart + length)
            return;
        m_bodies.append(buffer.mid(bodyStart, length));
        buffer.remove(0, bodyStart + length);
    }
}
