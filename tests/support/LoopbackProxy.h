#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QTcpServer;
class QTcpSocket;

// An HTTP proxy on 127.0.0.1 for tests, over real sockets: it takes absolute-form requests ("POST
// http://host: port/ HTTP/1.1") and CONNECT tunnels, optionally demands Basic credentials (407 with
// Proxy-Authenticate until they match), then forwards the connection's bytes both ways to the host and port
// the first request named. Counts what it forwarded.
class LoopbackProxy : public QObject
{
public:
    explicit LoopbackProxy(QObject *parent = nullptr);
    ~LoopbackProxy() override;

    // Requires these credentials from now on.
    void requireCredentials(const QByteArray &user, const QByteArray &password);
    bool listen();
    quint16 port() const;

    // Connections forwarded to their target (after any credentials were accepted).
    int forwardedCount() const { return m_forwarded; }
    // 407 answers sent.
    int refusedCount() const { return m_refused; }
    // The first line of every request head the proxy read ("POST http://127.0.0.1:1234/ HTTP/1.1",
    // "CONNECT 127.0.0.1:443 HTTP/1.1").
    const QList<QByteArray> &requestLines() const { return m_lines; }

private:
    struct Link;
    void onConnection();
    void onClientData(Link *link);

    std::unique_ptr<QTcpServer> m_server;
    std::vector<std::unique_ptr<Link>> m_links;
    QByteArray m_expectedAuthorization; // "Basic base64(user:password)", empty: none needed
    int m_forwarded = 0;
    int m_refused = 0;
    QList<QByteArray> m_lines;
};
