// Proxies: which proxy a request takes (system settings with HTTPS_PROXY and NO_PROXY, none, manual with
// exceptions), and requests that reach the simulated gateway through a loopback proxy over real sockets, with
// and without credentials.

#include "LoopbackProxy.h"
#include "SchedulerOnSimulator.h"
#include "api/ApiError.h"
#include "auth/MemoryCredentialStore.h"
#include "net/ProxyService.h"
#include "net/ProxySettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProxy : public QObject
{
    Q_OBJECT
private slots:
    void parsesProxyUrls_data();
    void parsesProxyUrls();
    void matchesExceptions_data();
    void matchesExceptions();
    void choosesTheProxyOfEachRequest();
    void keepsTheChoiceWithoutAPassword();
    void reachesTheGatewayThroughTheProxy();
    void followsHttpProxyInSystemMode();
    void sendsCredentialsTheProxyAccepts();
    void saysWhenTheProxyRefusesTheCredentials();
    void saysWhenTheProxyIsNotThere();
    void asksOnceAndKeepsThePasswordInTheStore();

private:
    // One QueryOTAJob through fx's network; its response.
    static RpcResponse query(SchedulerOnSimulator &fx);
};

namespace {
ProxyFactory::Environment environment(const QHash<QString, QString> &values)
{
    return [values](const char *name) {
        return values.value(QString::fromLatin1(name));
    };
}

QNetworkProxy proxyFor(ProxyFactory &factory, const QString &url)
{
    return factory.queryProxy(QNetworkProxyQuery(QUrl(url))).value(0);
}

ProxyChoice manual(quint16 port)
{
    ProxyChoice choice;
    choice.mode = ProxyChoice::Mode::Manual;
    choice.host = u"127.0.0.1"_s;
    choice.port = port;
    return choice;
}

// fx's requests go through proxy as the user alice with this password.
void useManualProxyAsAlice(SchedulerOnSimulator &fx, const LoopbackProxy &proxy, const QString &password)
{
    ProxyChoice chosen = manual(proxy.port());
    chosen.user = u"alice"_s;
    auto *factory = new ProxyFactory(chosen, environment({}));
    factory->setPassword(password);
    fx.network.setProxyFactory(factory); // owns it
}
} // namespace

RpcResponse TestProxy::query(SchedulerOnSimulator &fx)
{
    RpcCall *call
            = fx.client.call(fx.config(), u"QueryOTAJob"_s, {{u"JobId"_s, u"HvKuBpuk3rdk6E92CP****0200"_s}});
    QSignalSpy finished(call, &RpcCall::finished);
    if (!finished.wait(20000))
        return {};
    return finished.at(0).at(0).value<RpcResponse>();
}

void TestProxy::parsesProxyUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("http") << u"http://proxy.corp:3128"_s << true << int(QNetworkProxy::HttpProxy)
                          << u"proxy.corp"_s << 3128 << QString() << QString();
    QTest::newRow("no-scheme") << u"proxy.corp:8080"_s << true << int(QNetworkProxy::HttpProxy)
                               << u"proxy.corp"_s << 8080 << QString() << QString();
    QTest::newRow("socks5-user") << u"socks5://alice:s%40cret@10.0.0.2:1080/"_s << true
                                 << int(QNetworkProxy::Socks5Proxy) << u"10.0.0.2"_s << 1080 << u"alice"_s
                                 << u"s@cret"_s;
    QTest::newRow("no-port") << u"http://proxy.corp"_s << false << 0 << QString() << 0 << QString()
                             << QString();
    QTest::newRow("https-scheme") << u"ftp://proxy.corp:21"_s << false << 0 << QString() << 0 << QString()
                                  << QString();
    QTest::newRow("no-port-with-password")
            << u"http://alice:s3cret@proxy.corp"_s << false << 0 << QString() << 0 << QString() << QString();
    QTest::newRow("path") << u"http://proxy.corp:3128/x"_s << false << 0 << QString() << 0 << QString()
                          << QString();
}

void TestProxy::parsesProxyUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QString givenPassword;
    QString error;
    const std::optional<ProxyChoice> choice = ProxyChoice::fromUrl(url, &givenPassword, &error);
    QCOMPARE(choice.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error)); // a password is never echoed
        return;
    }
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QCOMPARE(choice->mode, ProxyChoice::Mode::Manual);
    QCOMPARE(int(choice->type), type);
    QCOMPARE(choice->host, host);
    QCOMPARE(int(choice->port), port);
    QCOMPARE(choice->user, user);
    QCOMPARE(givenPassword, password);
}

void TestProxy::matchesExceptions_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("exceptions");
    QTest::addColumn<bool>("bypasses");
    const QStringList rules {u"localhost"_s,    u".corp.example"_s, u"*.internal"_s,
                             u"aliyuncs.com"_s, u"10.1.0.0/16"_s,   u"192.168.1.7"_s};
    QTest::newRow("exact") << u"LOCALHOST"_s << rules << true;
    QTest::newRow("dot-suffix") << u"iot.corp.example"_s << rules << true;
    QTest::newRow("dot-suffix-itself") << u"corp.example"_s << rules << true;
    QTest::newRow("star-suffix") << u"a.b.internal"_s << rules << true;
    QTest::newRow("curl-suffix") << u"iot.cn-shanghai.aliyuncs.com"_s << rules << true;
    QTest::newRow("not-a-suffix") << u"notaliyuncs.com"_s << rules << false;
    QTest::newRow("subnet") << u"10.1.200.3"_s << rules << true;
    QTest::newRow("other-subnet") << u"10.2.0.1"_s << rules << false;
    QTest::newRow("address") << u"192.168.1.7"_s << rules << true;
    QTest::newRow("star") << u"anything"_s << QStringList {u"*"_s} << true;
    QTest::newRow("none") << u"iot.cn-shanghai.aliyuncs.com"_s << QStringList() << false;
}

void TestProxy::matchesExceptions()
{
    QFETCH(QString, host);
    QFETCH(QStringList, exceptions);
    QFETCH(bool, bypasses);
    QCOMPARE(ProxyFactory::bypasses(host, exceptions), bypasses);
}

void TestProxy::choosesTheProxyOfEachRequest()
{
    const QString iot = u"https://iot.cn-shanghai.aliyuncs.com/"_s;
    // None: never a proxy, whatever the environment says.
    ProxyChoice none;
    none.mode = ProxyChoice::Mode::None;
    ProxyFactory direct(none, environment({{u"HTTPS_PROXY"_s, u"http://p:1"_s}}));
    QCOMPARE(proxyFor(direct, iot).type(), QNetworkProxy::NoProxy);
    // Manual: its proxy, except for the exceptions.
    ProxyChoice chosen = manual(3128);
    chosen.host = u"proxy.corp"_s;
    chosen.exceptions = {u".corp.example"_s};
    ProxyFactory manualFactory(chosen, environment({}));
    QCOMPARE(proxyFor(manualFactory, iot).hostName(), u"proxy.corp"_s);
    QCOMPARE(proxyFor(manualFactory, iot).port(), quint16(3128));
    QCOMPARE(proxyFor(manualFactory, u"https://iot.corp.example/"_s).type(), QNetworkProxy::NoProxy);
#ifdef Q_OS_LINUX
    // System: https_proxy (before HTTPS_PROXY) for https, http_proxy for http, NO_PROXY's hosts go direct.
    ProxyFactory system(ProxyChoice(),
                        environment({{u"https_proxy"_s, u"http://bob:pw@lower:3128"_s},
                                     {u"HTTPS_PROXY"_s, u"http://upper:3128"_s},
                                     {u"HTTP_PROXY"_s, u"plain:8080"_s},
                                     {u"NO_PROXY"_s, u"localhost,.corp.example"_s}}));
    const QNetworkProxy viaEnv = proxyFor(system, iot);
    QCOMPARE(viaEnv.hostName(), u"lower"_s);
    QCOMPARE(viaEnv.user(), u"bob"_s);
    QCOMPARE(viaEnv.password(), u"pw"_s);
    QCOMPARE(proxyFor(system, u"http://10.0.0.9:1/"_s).hostName(), u"plain"_s);
    QCOMPARE(proxyFor(system, u"https://sts.corp.example/"_s).type(), QNetworkProxy::NoProxy);
#endif
}

void TestProxy::keepsTheChoiceWithoutAPassword()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    QCOMPARE(ProxyChoice::load(settings).mode, ProxyChoice::Mode::System); // the default
    ProxyChoice chosen = manual(1080);
    chosen.type = QNetworkProxy::Socks5Proxy;
    chosen.user = u"alice"_s;
    chosen.exceptions = {u"localhost"_s, u".corp"_s};
    chosen.save(settings);
    settings.sync();
    QCOMPARE(ProxyChoice::load(settings), chosen);
    QFile file(dir.filePath(u"s.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().toLower().contains("password"));
    // A manual proxy without its host is not used half: the system settings apply.
    settings.setValue(ProxyChoice::kSettingsGroup + u"/host"_s, QString());
    QCOMPARE(ProxyChoice::load(settings).mode, ProxyChoice::Mode::System);
}

void TestProxy::reachesTheGatewayThroughTheProxy()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listen());
    SchedulerOnSimulator fx;
    QVERIFY(fx.listen());
    fx.network.setProxyFactory(new ProxyFactory(manual(proxy.port()), environment({})));
    QSignalSpy handled(&fx.sim, &OtaSimulator::requestHandled);
    const RpcResponse response = query(fx);
    QVERIFY2(response.ok(), qPrintable(response.error ? response.error->localizedMessage() : QString()));
    QCOMPARE(handled.size(), 1);
    QCOMPARE(proxy.forwardedCount(), 1);
    // A tunnel: the proxy never sees the signed request in clear.
    QCOMPARE(proxy.requestLines().constFirst(),
             "CONNECT 127.0.0.1:" + QByteArray::number(fx.sim.port()) + " HTTP/1.1");
}

void TestProxy::followsHttpProxyInSystemMode()
{
    // The system's proxy (here http_proxy) never carries a request to this computer: the demo and local
    // servers keep working behind it.
    LoopbackProxy proxy;
    QVERIFY(proxy.listen());
    SchedulerOnSimulator fx;
    QVERIFY(fx.listen());
    const QString url = u"http://127.0.0.1:%1"_s.arg(proxy.port());
    fx.network.setProxyFactory(new ProxyFactory(ProxyChoice(), environment({{u"http_proxy"_s, url}})));
    QVERIFY(query(fx).ok());
    QCOMPARE(proxy.forwardedCount(), 0);
    ProxyFactory system(ProxyChoice(), environment({{u"http_proxy"_s, url}, {u"https_proxy"_s, url}}));
    for (const QString &local : {u"http://localhost:1/"_s, u"https://127.0.0.1/"_s, u"http://[::1]:2/"_s})
        QCOMPARE(proxyFor(system, local).type(), QNetworkProxy::NoProxy);
#ifdef Q_OS_LINUX
    QCOMPARE(proxyFor(system, u"http://10.9.8.7:80/"_s).port(), proxy.port());
#endif
}

void TestProxy::sendsCredentialsTheProxyAccepts()
{
    LoopbackProxy proxy;
    proxy.requireCredentials("alice", "s3cret");
    QVERIFY(proxy.listen());
    SchedulerOnSimulator fx;
    QVERIFY(fx.listen());
    useManualProxyAsAlice(fx, proxy, u"s3cret"_s);
    const RpcResponse response = query(fx);
    QVERIFY2(response.ok(), qPrintable(response.error ? response.error->localizedMessage() : QString()));
    QCOMPARE(proxy.forwardedCount(), 1);
}

void TestProxy::saysWhenTheProxyRefusesTheCredentials()
{
    LoopbackProxy proxy;
    proxy.requireCredentials("alice", "s3cret");
    QVERIFY(proxy.listen());
    SchedulerOnSimulator fx;
    QVERIFY(fx.listen());
    useManualProxyAsAlice(fx, proxy, u"wrong"_s);
    QSignalSpy handled(&fx.sim, &OtaSimulator::requestHandled);
    const RpcResponse response = query(fx);
    QVERIFY(response.error);
    QCOMPARE(response.error->transport, ApiError::Transport::ProxyAuth);
    QCOMPARE(response.error->title(), u"Proxy refused the credentials"_s);
    QVERIFY(response.error->hint().contains(u"407"_s));
    QVERIFY(!response.error->isRetryable());
    QVERIFY(proxy.refusedCount() >= 1);
    QCOMPARE(proxy.forwardedCount(), 0);
    QCOMPARE(handled.size(), 0); // nothing reached the gateway
}

void TestProxy::saysWhenTheProxyIsNotThere()
{
    QTcpServer probe; // a port nothing listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    SchedulerOnSimulator fx;
    QVERIFY(fx.listen());
    fx.network.setProxyFactory(new ProxyFactory(manual(port), environment({})));
    const RpcResponse response = query(fx);
    QVERIFY(response.error);
    QCOMPARE(response.error->transport, ApiError::Transport::Proxy);
    QCOMPARE(response.error->title(), u"Proxy error"_s);
    QVERIFY2(response.error->localizedMessage().endsWith(u"(proxy 127.0.0.1:%1)"_s.arg(port)),
             qPrintable(response.error->localizedMessage()));
}

// The dashboard's proxy service: a manual proxy that wants credentials it has not got asks the user once,
// keeps the password in the credential store (not the settings), and a later session uses it without asking.
void TestProxy::asksOnceAndKeepsThePasswordInTheStore()
{
    LoopbackProxy proxy;
    proxy.requireCredentials("alice", "s3cret");
    QVERIFY(proxy.listen());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    MemoryCredentialStore store;
    ProxyChoice chosen = manual(proxy.port());
    chosen.user = u"alice"_s;
    int asked = 0;
    const ProxyService::Prompt prompt = [&](const QNetworkProxy &asking, QString *user, QString *password) {
        ++asked;
        if (asking.port() != proxy.port() || *user != u"alice")
            return false;
        *password = u"s3cret"_s;
        return true;
    };
    {
        SchedulerOnSimulator fx;
        QVERIFY(fx.listen());
        ProxyService service(&fx.network, &store, &settings, ProxyChoice());
        service.setPrompt(prompt);
        QSignalSpy ready(&service, &ProxyService::ready);
        service.apply(chosen);
        QVERIFY(ready.wait(10000));
        QVERIFY(query(fx).ok());
        QCOMPARE(asked, 1);
        QVERIFY(query(fx).ok()); // known now
        QCOMPARE(asked, 1);
    }
    settings.sync();
    QCOMPARE(ProxyChoice::load(settings), chosen);
    QFile file(dir.filePath(u"s.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret"));
    // The next session reads the password from the store and never asks.
    SchedulerOnSimulator fx;
    QVERIFY(fx.listen());
    ProxyService later(&fx.network, &store, &settings, ProxyChoice::load(settings));
    later.setPrompt(prompt);
    QSignalSpy ready(&later, &ProxyService::ready);
    QVERIFY(ready.wait(10000));
    QVERIFY(query(fx).ok());
    QCOMPARE(asked, 1);
    QCOMPARE(proxy.forwardedCount(), 3);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
