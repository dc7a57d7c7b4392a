// Company CAs: a loopback TLS server whose certificate a test CA signed (both made by openssl in the test) is
// refused with the issuer and subject named, and accepted once that CA is added: in the process (Preferences)
// and by otadash-cli --ca-file. Certificate errors are never ignored.

#include "SelfSignedTlsServer.h"
#include "api/ApiError.h"
#include "api/RpcClient.h"
#include "net/CaCertificates.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCaCertificates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void saysWhyAFileCannotBeUsed();
    void refusesThenTrustsTheCompanyCa();
    void cliTakesCaFile();

private:
    RpcResponse query();

    SelfSignedTlsServer m_server;
    QString m_caPath;
};

void TestCaCertificates::initTestCase()
{
    const QString error = m_server.generateCaSignedCertificate(&m_caPath);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.listen(120000));
}

void TestCaCertificates::cleanup()
{
    CaCertificates::install({});
}

RpcResponse TestCaCertificates::query()
{
    QNetworkAccessManager network;
    RpcClient client(&network);
    RpcConfig config;
    config.endpoint = m_server.endpoint();
    config.credentials = {u"LTAI5tOtaDashDemoKey0001"_s, u"secret"_s, {}};
    RpcCall *call = client.call(config, u"QueryOTAJob"_s, {{u"JobId"_s, u"HvKuBpuk3rdk6E92CP****0200"_s}});
    QSignalSpy finished(call, &RpcCall::finished);
    if (!finished.wait(20000))
        return {};
    return finished.at(0).at(0).value<RpcResponse>();
}

void TestCaCertificates::saysWhyAFileCannotBeUsed()
{
    QString error;
    QVERIFY(!CaCertificates::load(u"/nonexistent/ca.pem"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent/ca.pem"_s), qPrintable(error));
    QTemporaryDir dir;
    QFile notPem(dir.filePath(u"ca.pem"_s));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate\n");
    notPem.close();
    QVERIFY(!CaCertificates::load(notPem.fileName(), &error));
    QVERIFY2(error.contains(u"no PEM certificate"_s), qPrintable(error));
    const auto loaded = CaCertificates::load(m_caPath, &error);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), 1);
    QCOMPARE(loaded->constFirst().subjectInfo(QSslCertificate::CommonName),
             QStringList {u"OtaDash Test CA"_s});
}

void TestCaCertificates::refusesThenTrustsTheCompanyCa()
{
    const RpcResponse refused = query();
    QVERIFY(refused.error);
    QCOMPARE(refused.error->transport, ApiError::Transport::Tls);
    const QString message = refused.error->localizedMessage();
    QVERIFY2(message.contains(u"It names 127.0.0.1 (OtaDash TLS test) and was issued by OtaDash Test CA "
                              "(OtaDash tests)."_s),
             qPrintable(message));
    QVERIFY(refused.error->hint().contains(u"--ca-file"_s));
    QCOMPARE(m_server.handshakesCompleted(), 0);

    QString error;
    CaCertificates::install(*CaCertificates::load(m_caPath, &error));
    const RpcResponse trusted = query();
    QVERIFY2(trusted.ok(), qPrintable(trusted.error ? trusted.error->localizedMessage() : QString()));
    QVERIFY(trusted.body.contains("accepted-an-untrusted-certificate"));
    QCOMPARE(m_server.handshakesCompleted(), 1);
}

void TestCaCertificates::cliTakesCaFile()
{
    const auto runCli = [this](const QStringList &extra, QByteArray *err) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tOtaDashDemoKey0001"_s);
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"secret"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/otadash-tst-ca-config"_s);
        environment.insert(u"XDG_DATA_HOME"_s, QDir::tempPath() + u"/otadash-tst-ca-data"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OTADASH_CLI_BIN),
                      QStringList {u"query"_s, u"--endpoint"_s, m_server.endpoint().toString(), u"--job-id"_s,
                                   u"HvKuBpuk3rdk6E92CP****0200"_s, u"--lang"_s, u"en"_s}
                              + extra);
        // The server answers on this thread: wait with the event loop running.
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60000))
            return -1;
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray err;
    const int refused = runCli({}, &err);
    QVERIFY2(refused == 3, qPrintable(u"exit code %1: %2"_s.arg(refused).arg(QString::fromLocal8Bit(err))));
    QVERIFY2(err.contains("issued by OtaDash Test CA"), err.constData());
    QCOMPARE(runCli({u"--ca-file"_s, m_caPath}, &err), 0);
    QCOMPARE(runCli({u"--ca-file"_s, u"/nonexistent/ca.pem"_s}, &err), 1);
    QVERIFY2(err.contains("/nonexistent/ca.pem"), err.constData());
}

QTEST_GUILESS_MAIN(TestCaCertificates)
#include "tst_cacertificates.moc"
