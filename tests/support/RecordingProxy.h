#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;

// A plain-HTTP pass-through on 127.0.0.1 in front of another loopback server (otasim): it forwards every
// byte both ways and keeps the body of each response as it went over the wire, so a test can compare what
// the client saved with what the server sent. Responses must carry Content-Length (otasim's do).
class RecordingProxy : public QObject
{
public:
    explicit RecordingProxy(const QUrl &target, QObject *parent = nullptr);
    ~RecordingProxy() override;

    bool listen();
    // http://127.0.0.1:<port>/
    QUrl endpoint() const;
    // Every response body so far, in the order they were complete.
    const QList<QByteArray> &responseBodies() const { return m_bodies; }

private:
    void onConnection();
    void parseResponses(QByteArray &buffer);

    QUrl m_target;
    QTcpServer *m_server;
    QList<QByteArray> m_bodies;
};
