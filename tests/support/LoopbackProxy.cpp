#include "LoopbackProxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

struct LoopbackProxy::Link
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray head; // what the client sent before the link was made
    bool linked = false;
};

LoopbackProxy::LoopbackProxy(QObject *parent) : QObject(parent), m_server(std::make_unique<QTcpServer>())
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &LoopbackProxy::onConnection);
}

LoopbackProxy::~LoopbackProxy()
{
    m_server->close();
    for (const auto &link : m_links) {
        if (link->client)
            link->client->abort();
        if (link->upstream)
            link->upstream->abort();
    }
}

void LoopbackProxy::requireCredentials(const QByteArray &user, const QByteArray &password)
{
    const QByteArray pair = user + ':' + password;
    m_expectedAuthorization = "Basic " + pair.toBase64();
}

bool LoopbackProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LoopbackProxy::port() const
{
    return m_server->serverPort();
}

void LoopbackProxy::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto link = std::make_unique<Link>();
        Link *l = link.get();
        l->client = socket;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, l] { onClientData(l); });
        connect(socket, &QTcpSocket::disconnected, this, [l] {
            if (l->upstream)
                l->upstream->disconnectFromHost();
        });
        m_links.push_back(std::move(link));
    }
}

void LoopbackProxy::onClientData(Link *l)
{
    if (!l->client)
        return;
    if (l->linked) {
        if (l->upstream)
            l->upstream->write(l->client->readAll());
        return;
    }
    l->head += l->client->readAll();
    const qsizetype headEnd = l->head.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QList<QByteArray> lines = l->head.left(headEnd).split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    m_lines.append(requestLine);
    QByteArray authorization;
    qint64 bodyLength = 0;
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("proxy-authorization:"))
            authorization = line.mid(line.indexOf(':') + 1).trimmed();
        if (lower.startsWith("content-length:"))
            bodyLength = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    const QList<QByteArray> words = requestLine.split(' ');
    const bool tunnel = words.value(0) == "CONNECT";
    if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
        // Refused: the whole request is consumed, the connection stays for the next try.
        if (l->head.size() < headEnd + 4 + (tunnel ? 0 : bodyLength))
            return;
        l->head.remove(0, headEnd + 4 + (tunnel ? 0 : bodyLength));
        ++m_refused;
        l->client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                         "Proxy-Authenticate: Basic realm=\"otadash-test\"\r\nContent-Length: 0\r\n\r\n");
        return;
    }
    QString host;
    quint16 port = 0;
    if (tunnel) {
        const QList<QByteArray> hostPort = words.value(1).split(':');
        host = QString::fromLatin1(hostPort.value(0));
        port = quint16(hostPort.value(1).toUInt());
    } else {
        const QUrl url(QString::fromLatin1(words.value(1)));
        host = url.host();
        port = quint16(url.port(80));
    }
    l->linked = true;
    ++m_forwarded;
    auto *upstream = new QTcpSocket(this);
    l->upstream = upstream;
    connect(upstream, &QTcpSocket::readyRead, this, [l] {
        if (l->client)
            l->client->write(l->upstream->readAll());
    });
    connect(upstream, &QTcpSocket::disconnected, this, [l] {
        if (l->client)
            l->client->disconnectFromHost();
    });
    const QByteArray pending = tunnel ? l->head.mid(headEnd + 4) : l->head;
    l->head.clear();
    connect(upstream, &QTcpSocket::connected, this, [l, tunnel] {
        if (tunnel && l->client)
            l->client->write("HTTP/1.1 200 Connection established\r\n\r\n");
    });
    upstream->connectToHost(host, port);
    if (!pending.isEmpty())
        upstream->write(pending); // kept until connected, before anything the client sends after
}
