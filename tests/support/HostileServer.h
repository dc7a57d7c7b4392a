#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

// A plain-HTTP server on 127.0.0.1 that misbehaves in one chosen way (fault-matrix tests). It reads each
// request to the end of its body, then answers as its mode says; after its lifetime it closes every
// connection and stops listening by itself.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Reset, // read the request, then reset the connection (RST through SO_LINGER 0)
        ResetOnAccept, // reset the first connection as soon as it is accepted, before reading a byte; the
                       // later ones as Reset
        CutMidBody, // 200 announcing kCutAnnouncedBytes, send kCutSentBytes of them, close
        StreamChunked, // 200, Transfer-Encoding: chunked, kChunkBytes every kChunkIntervalMs
        StreamUntilClose, // 200 without Content-Length (close-delimited), the same pace
        Redirect, // the status and Location set by setRedirect()
        ServeBatch, // 200 with a well-formed batch that must never reach the screen (a tripwire)
    };
    Q_ENUM(Mode)

    static constexpr int kChunkBytes = 64 * 1024;
    static constexpr int kChunkIntervalMs = 5;
    static constexpr qint64 kDefaultPlannedBytes = 64 * 1024 * 1024;
    static constexpr int kCutAnnouncedBytes = 4096;
    static constexpr int kCutSentBytes = 1000;
    static constexpr int kDefaultLifetimeMs = 30000;

    explicit HostileServer(Mode mode, QObject *parent = nullptr);
    ~HostileServer() override;

    // Stream modes: body bytes to send in all, unless the client goes away first.
    void setPlannedBytes(qint64 bytes);
    void setRedirect(int status, const QUrl &location);
    // Binds 127.0.0.1 on a free port and starts the lifetime clock.
    bool listen(int lifetimeMs = kDefaultLifetimeMs);
    void stop();

    // http://127.0.0.1:<port>/
    QUrl endpoint() const;
    bool isListening() const;
    int connectionCount() const { return m_connections; }
    int requestCount() const { return m_requests; }
    // The SignatureNonce of each request read (V3's x-acs-signature-nonce header, else V1's parameter in the
    // query or the form body), in order.
    const QStringList &nonces() const { return m_nonces; }
    // Stream modes: bytes the kernel accepted from us (headers, framing and body), and the body we meant to
    // send.
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 plannedBytes() const { return m_plannedBytes; }
    // Stream modes: the client closed the connection before the whole planned body was sent.
    bool peerClosedEarly() const { return m_peerClosedEarly; }
    // The request id every answer carries in x-acs-request-id ("HOSTILE-<mode>").
    QString requestId() const;

signals:
    void peerClosed();

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *connection);
    void answer(Connection *connection);
    void pump(Connection *connection);
    void onDisconnected(Connection *connection);
    QByteArray headers(int status, const QByteArray &reason, const QList<QByteArray> &extra) const;

    Mode m_mode;
    std::unique_ptr<QTcpServer> m_server;
    std::vector<std::unique_ptr<Connection>> m_open;
    QTimer m_lifetime;
    qint64 m_plannedBytes = kDefaultPlannedBytes;
    int m_redirectStatus = 302;
    QUrl m_redirectLocation;
    int m_connections = 0;
    int m_requests = 0;
    QStringList m_nonces;
    qint64 m_bytesSent = 0;
    bool m_peerClosedEarly = false;
};
