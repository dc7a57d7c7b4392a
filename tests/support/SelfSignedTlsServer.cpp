#include "SelfSignedTlsServer.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

using namespace Qt::StringLiterals;

SelfSignedTlsServer::SelfSignedTlsServer(QObject *parent)
    : QObject(parent), m_server(std::make_unique<QSslServer>())
{
    m_lifetime.setSingleShot(true);
    connect(&m_lifetime, &QTimer::timeout, this, &SelfSignedTlsServer::stop);
    connect(m_server.get(), &QSslServer::startedEncryptionHandshake, this, [this] { ++m_started; });
    // Only connections whose handshake completed become pending: a client that accepted the certificate.
    connect(m_server.get(), &QSslServer::pendingConnectionAvailable, this,
            &SelfSignedTlsServer::onConnection);
}

SelfSignedTlsServer::~SelfSignedTlsServer()
{
    stop();
}

QString SelfSignedTlsServer::generateCertificate()
{
    if (!m_dir.isValid())
        return u"cannot create a temporary directory: "_s + m_dir.errorString();
    const QString keyPath = m_dir.filePath(u"key.pem"_s);
    const QString certPath = m_dir.filePath(u"cert.pem"_s);
    QProcess openssl;
    // P-256 rather than RSA: key generation in milliseconds.
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, keyPath, u"-out"_s, certPath,
                   u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1/O=OtaDash fault matrix"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        return u"openssl req failed (%1): %2"_s.arg(openssl.errorString(),
                                                    QString::fromLocal8Bit(openssl.readAllStandardError()));
    }
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
        return u"openssl wrote no key or certificate"_s;
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    keyFile.close();
    keyFile.remove(); // the key lives only as long as it takes to load it
    if (m_key.isNull() || m_certificate.isNull())
        return u"the generated key or certificate could not be loaded"_s;
    return {};
}

namespace {
// Runs openssl with these arguments; an empty string on success, else what went wrong.
QString runOpenssl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        return u"openssl %1 failed (%2): %3"_s.arg(arguments.value(0), openssl.errorString(),
                                                   QString::fromLocal8Bit(openssl.readAllStandardError()));
    }
    return {};
}
} // namespace

QString SelfSignedTlsServer::generateCaSignedCertificate(QString *caPemPath)
{
    if (!m_dir.isValid())
        return u"cannot create a temporary directory: "_s + m_dir.errorString();
    const QString caKey = m_dir.filePath(u"ca.key"_s);
    const QString caCert = m_dir.filePath(u"ca.pem"_s);
    const QString key = m_dir.filePath(u"key.pem"_s);
    const QString request = m_dir.filePath(u"server.csr"_s);
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    const QString extensions = m_dir.filePath(u"server.ext"_s);
    const QStringList ec {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                          u"-nodes"_s};
    QString error = runOpenssl(QStringList {u"req"_s, u"-x509"_s} + ec
                               + QStringList {u"-keyout"_s, caKey, u"-out"_s, caCert, u"-days"_s, u"1"_s,
                                              u"-subj"_s, u"/CN=OtaDash Test CA/O=OtaDash tests"_s,
                                              u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                                              u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s});
    if (error.isEmpty())
        error = runOpenssl(QStringList {u"req"_s, u"-new"_s} + ec
                           + QStringList {u"-keyout"_s, key, u"-out"_s, request, u"-subj"_s,
                                          u"/CN=127.0.0.1/O=OtaDash TLS test"_s});
    QFile ext(extensions);
    if (error.isEmpty()
        && (!ext.open(QIODevice::WriteOnly)
            || ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n") < 0)) {
        error = u"cannot write "_s + extensions;
    }
    ext.close();
    if (error.isEmpty())
        error = runOpenssl({u"x509"_s, u"-req"_s, u"-in"_s, request, u"-CA"_s, caCert, u"-CAkey"_s, caKey,
                            u"-CAcreateserial"_s, u"-out"_s, cert, u"-days"_s, u"1"_s, u"-extfile"_s,
                            extensions});
    QFile::remove(caKey); // nobody signs anything else with it
    if (!error.isEmpty())
        return error;
    QFile keyFile(key);
    QFile certFile(cert);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
        return u"openssl wrote no key or certificate"_s;
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    keyFile.close();
    keyFile.remove();
    if (m_key.isNull() || m_certificate.isNull())
        return u"the generated key or certificate could not be loaded"_s;
    *caPemPath = caCert;
    return {};
}

bool SelfSignedTlsServer::listen(int lifetimeMs)
{
    if (m_key.isNull() || m_certificate.isNull())
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(configuration);
    m_server->setHandshakeTimeout(lifetimeMs);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_lifetime.start(lifetimeMs);
    return true;
}

void SelfSignedTlsServer::stop()
{
    m_lifetime.stop();
    m_server->close();
}

QUrl SelfSignedTlsServer::endpoint() const
{
    return QUrl(u"https://127.0.0.1:%1/"_s.arg(m_server->serverPort()));
}

void SelfSignedTlsServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_completed;
        // Any request gets a batch that the test then fails to find on screen.
        connect(socket, &QTcpSocket::readyRead, this, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray body = QByteArrayLiteral(
                    "{\"RequestId\":\"TLS-ACCEPTED\",\"Success\":true,\"Data\":{\"JobId\":"
                    "\"HvKuBpuk3rdk6E92CP****0200\",\"Name\":\"accepted-an-untrusted-certificate\"}}");
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}
