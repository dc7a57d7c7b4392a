#include "HostileServer.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// The seed batch's id: a tripwire batch under the same id would be indistinguishable but for its fields.
constexpr char kSeedJobId[] = "HvKuBpuk3rdk6E92CP****0200";

// Closes with RST instead of FIN: SO_LINGER on with a zero timeout. (Qt's LingerOption passes an int where
// the kernel expects struct linger, so it is set here directly.)
void resetConnection(QTcpSocket *socket)
{
    struct linger option
    {
    };
    option.l_onoff = 1;
    option.l_linger = 0;
#ifdef Q_OS_WIN
    ::setsockopt(SOCKET(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                 reinterpret_cast<const char *>(&option), sizeof option);
#else
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
    socket->abort();
}

QByteArray httpDate()
{
    return QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'")
            .toLatin1();
}

// Where a request's body ends in buffer, or -1 while it is incomplete.
qsizetype requestEnd(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qint64 length = 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:"))
            length = lower.mid(int(sizeof("content-length:")) - 1).trimmed().toLongLong();
    }
    const qsizetype end = headerEnd + 4 + length;
    return buffer.size() >= end ? end : -1;
}

// The SignatureNonce of one whole request (headers and body).
QString signatureNonce(const QByteArray &request)
{
    const qsizetype headerEnd = request.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = request.left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().toLower().startsWith("x-acs-signature-nonce:"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    }
    // V1: in the query of the request line, or in the form body.
    const QByteArray query = lines.value(0).split(' ').value(1).split('?').value(1);
    for (const QByteArray &pairs : {query, request.mid(headerEnd + 4)}) {
        for (const QByteArray &pair : pairs.split('&')) {
            if (pair.startsWith("SignatureNonce="))
                return QString::fromLatin1(QByteArray::fromPercentEncoding(pair.mid(15)));
        }
    }
    return {};
}

QByteArray batchPrefix(const QByteArray &requestId)
{
    return "{\"RequestId\":\"" + requestId + "\",\"Success\":true,\"Data\":{\"JobId\":\"" + kSeedJobId
            + "\",\"JobDesc\":\"";
}
} // namespace

struct HostileServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray received;
    QTimer pacer;
    qint64 queuedBody = 0;
    bool streaming = false;
    bool complete = false; // everything planned was handed to the socket
};

HostileServer::HostileServer(Mode mode, QObject *parent)
    : QObject(parent), m_mode(mode), m_server(std::make_unique<QTcpServer>())
{
    m_lifetime.setSingleShot(true);
    connect(&m_lifetime, &QTimer::timeout, this, &HostileServer::stop);
    connect(m_server.get(), &QTcpServer::newConnection, this, &HostileServer::onNewConnection);
}

HostileServer::~HostileServer()
{
    stop();
}

void HostileServer::setPlannedBytes(qint64 bytes)
{
    m_plannedBytes = bytes;
}

void HostileServer::setRedirect(int status, const QUrl &location)
{
    m_redirectStatus = status;
    m_redirectLocation = location;
}

bool HostileServer::listen(int lifetimeMs)
{
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_lifetime.start(lifetimeMs);
    return true;
}

void HostileServer::stop()
{
    m_lifetime.stop();
    m_server->close();
    for (const auto &connection : m_open) {
        connection->pacer.stop();
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
        }
    }
}

QUrl HostileServer::endpoint() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server->serverPort()));
}

bool HostileServer::isListening() const
{
    return m_server->isListening();
}

QString HostileServer::requestId() const
{
    return u"HOSTILE-"_s + QString::fromLatin1(QMetaEnum::fromType<Mode>().valueToKey(int(m_mode))).toUpper();
}

void HostileServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        auto connection = std::make_unique<Connection>();
        Connection *c = connection.get();
        c->socket = socket;
        c->pacer.setInterval(kChunkIntervalMs);
        connect(&c->pacer, &QTimer::timeout, this, [this, c] { pump(c); });
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { onDisconnected(c); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) { m_bytesSent += bytes; });
        m_open.push_back(std::move(connection));
        if (m_mode == Mode::ResetOnAccept && m_connections == 1)
            resetConnection(socket);
    }
}

void HostileServer::onReadyRead(Connection *c)
{
    if (!c->socket)
        return;
    c->received += c->socket->readAll();
    qsizetype end;
    while (c->socket && c->socket->state() == QAbstractSocket::ConnectedState
           && (end = requestEnd(c->received)) >= 0) {
        m_nonces.append(signatureNonce(c->received.left(end)));
        c->received.remove(0, end);
        ++m_requests;
        answer(c);
    }
}

QByteArray HostileServer::headers(int status, const QByteArray &reason, const QList<QByteArray> &extra) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    out += "x-acs-request-id: " + requestId().toLatin1() + "\r\n";
    for (const QByteArray &line : extra)
        out += line + "\r\n";
    return out + "\r\n";
}

void HostileServer::answer(Connection *c)
{
    QTcpSocket *socket = c->socket;
    const QByteArray id = requestId().toLatin1();
    switch (m_mode) {
    case Mode::Reset:
    case Mode::ResetOnAccept:
        resetConnection(socket);
        return;
    case Mode::CutMidBody: {
        QByteArray body = batchPrefix(id);
        body.append(kCutSentBytes - body.size(), 'x');
        socket->write(headers(200, "OK",
                              {"Content-Type: application/json;charset=utf-8",
                               "Content-Length: " + QByteArray::number(kCutAnnouncedBytes)})
                      + body);
        socket->disconnectFromHost(); // FIN once the 1000 bytes are out, 3096 short of the promise
        return;
    }
    case Mode::StreamChunked:
    case Mode::StreamUntilClose: {
        const bool chunked = m_mode == Mode::StreamChunked;
        socket->write(headers(
                200, "OK",
                {"Content-Type: application/json;charset=utf-8",
                 chunked ? QByteArray("Transfer-Encoding: chunked") : QByteArray("Connection: close")}));
        c->streaming = true;
        c->pacer.start();
        pump(c);
        return;
    }
    case Mode::Redirect:
        socket->write(headers(m_redirectStatus, m_redirectStatus == 301 ? "Moved Permanently" : "Found",
                              {"Location: " + m_redirectLocation.toEncoded(), "Content-Length: 0"}));
        return;
    case Mode::ServeBatch: {
        const QByteArray body = "{\"RequestId\":\"" + id + "\",\"Success\":true,\"Data\":{\"JobId\":\""
                + kSeedJobId + "\",\"Name\":\"tripwire-batch\",\"DestVersion\":\"9.9.9\"}}";
        socket->write(headers(200, "OK",
                              {"Content-Type: application/json;charset=utf-8",
                               "Content-Length: " + QByteArray::number(body.size()), "Connection: close"})
                      + body);
        socket->disconnectFromHost();
        return;
    }
    }
}

void HostileServer::pump(Connection *c)
{
    QTcpSocket *socket = c->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState || c->complete) {
        c->pacer.stop();
        return;
    }
    if (socket->bytesToWrite() > 0)
        return; // the previous chunk has not reached the kernel yet: the client is not reading
    const bool chunked = m_mode == Mode::StreamChunked;
    QByteArray payload = c->queuedBody == 0 ? batchPrefix(requestId().toLatin1()) : QByteArray();
    const qint64 size = qMin<qint64>(kChunkBytes, m_plannedBytes - c->queuedBody);
    payload.append(size - payload.size(), 'x');
    socket->write(chunked ? QByteArray::number(size, 16) + "\r\n" + payload + "\r\n" : payload);
    c->queuedBody += size;
    if (c->queuedBody >= m_plannedBytes) {
        c->complete = true;
        c->pacer.stop();
        if (chunked)
            socket->write("0\r\n\r\n");
        else
            socket->disconnectFromHost();
    }
}

void HostileServer::onDisconnected(Connection *c)
{
    c->pacer.stop();
    if (c->streaming && !c->complete) {
        m_peerClosedEarly = true;
        emit peerClosed();
    }
}
