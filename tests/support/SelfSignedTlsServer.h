#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

class QSslServer;

// An HTTPS server on 127.0.0.1 whose certificate (CN and subjectAltName 127.0.0.1) is self-signed and made
// at start-up by the openssl command-line tool in a temporary directory: no private key is ever committed.
// A client that accepted it anyway would receive a batch that must never reach the screen. Stops by itself
// after its lifetime.
// (Or, with generateCaSignedCertificate(), one signed by a test CA made the same way.)
class SelfSignedTlsServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultLifetimeMs = 30000;

    explicit SelfSignedTlsServer(QObject *parent = nullptr);
    ~SelfSignedTlsServer() override;

    // Runs `openssl req -x509 ...`; an empty string on success, else what went wrong.
    QString generateCertificate();
    // Instead: a test CA ("OtaDash Test CA") made by openssl, and a certificate for 127.0.0.1 it signed;
    // caPemPath: where the CA's certificate (only) was written, for a client to trust.
    QString generateCaSignedCertificate(QString *caPemPath);
    bool listen(int lifetimeMs = kDefaultLifetimeMs);
    void stop();

    QUrl endpoint() const; // https://127.0.0.1:<port>/
    QSslCertificate certificate() const { return m_certificate; }
    int handshakesStarted() const { return m_started; }
    int handshakesCompleted() const { return m_completed; } // a refusing client leaves this at 0

private:
    void onConnection();

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QSslServer> m_server;
    QTimer m_lifetime;
    int m_started = 0;
    int m_completed = 0;
};
