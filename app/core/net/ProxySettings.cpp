#include "net/ProxySettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QNetworkProxy::ProxyType typeOfScheme(const QString &scheme)
{
    if (scheme == u"socks5" || scheme == u"socks5h")
        return QNetworkProxy::Socks5Proxy;
    if (scheme == u"http" || scheme.isEmpty())
        return QNetworkProxy::HttpProxy;
    return QNetworkProxy::DefaultProxy; // not one OtaDash speaks
}
// An HTTP proxy only ever tunnels (CONNECT), also to a plain-http loopback endpoint: it never sees a signed
// request in clear, never caches one, and when it asks for credentials (407) Qt repeats the CONNECT, not the
// request (which OtaDash never lets Qt send twice).
QNetworkProxy tunnelOnly(QNetworkProxy proxy)
{
    if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::HttpCachingProxy) {
        proxy.setType(QNetworkProxy::HttpProxy);
        proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    }
    return proxy;
}
} // namespace

ProxyChoice ProxyChoice::load(const QSettings &settings)
{
    ProxyChoice choice;
    const QString mode = settings.value(kSettingsGroup + u"/mode"_s).toString();
    choice.mode = mode == u"none" ? Mode::None : mode == u"manual" ? Mode::Manual : Mode::System;
    choice.type = settings.value(kSettingsGroup + u"/type"_s).toString() == u"socks5"
            ? QNetworkProxy::Socks5Proxy
            : QNetworkProxy::HttpProxy;
    choice.host = settings.value(kSettingsGroup + u"/host"_s).toString();
    choice.port = quint16(settings.value(kSettingsGroup + u"/port"_s).toUInt());
    choice.user = settings.value(kSettingsGroup + u"/user"_s).toString();
    choice.exceptions = settings.value(kSettingsGroup + u"/exceptions"_s).toStringList();
    if (choice.mode == Mode::Manual && (choice.host.isEmpty() || choice.port == 0))
        choice.mode = Mode::System; // an incomplete manual proxy is never used half
    return choice;
}

void ProxyChoice::save(QSettings &settings) const
{
    settings.setValue(kSettingsGroup + u"/mode"_s,
                      mode == Mode::None             ? u"none"_s
                              : mode == Mode::Manual ? u"manual"_s
                                                     : u"system"_s);
    settings.setValue(kSettingsGroup + u"/type"_s,
                      type == QNetworkProxy::Socks5Proxy ? u"socks5"_s : u"http"_s);
    settings.setValue(kSettingsGroup + u"/host"_s, host);
    settings.setValue(kSettingsGroup + u"/port"_s, port);
    settings.setValue(kSettingsGroup + u"/user"_s, user);
    settings.setValue(kSettingsGroup + u"/exceptions"_s, exceptions);
}

namespace {
// The URL as a message may show it: a password in it never is ("http://…@proxy:3128").
QString withoutUserInfo(QString text)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 0)
        return text;
    const qsizetype scheme = text.indexOf(u"://");
    const qsizetype from = scheme < 0 ? 0 : scheme + 3;
    return at < from ? text : text.replace(from, at - from, u"…"_s);
}
} // namespace

std::optional<ProxyChoice> ProxyChoice::fromUrl(const QString &text, QString *password, QString *error)
{
    const QUrl url(text.contains(u"://") ? text : u"http://"_s + text, QUrl::StrictMode);
    const QNetworkProxy::ProxyType type = typeOfScheme(url.scheme());
    const QString path = url.path();
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || (!path.isEmpty() && path != u"/")
        || url.hasQuery()) {
        if (error)
            *error = QCoreApplication::translate("ProxyChoice",
                                                 "'%1' is not a proxy address; write it as http://host:port "
                                                 "or socks5://host:port.")
                             .arg(withoutUserInfo(text));
        return std::nullopt;
    }
    if (type == QNetworkProxy::DefaultProxy) {
        if (error)
            *error = QCoreApplication::translate(
                             "ProxyChoice", "The proxy scheme '%1' is not supported; use http or socks5.")
                             .arg(url.scheme());
        return std::nullopt;
    }
    ProxyChoice choice;
    choice.mode = Mode::Manual;
    choice.type = type;
    choice.host = url.host();
    choice.port = quint16(url.port());
    choice.user = url.userName(QUrl::FullyDecoded);
    if (password)
        *password = url.password(QUrl::FullyDecoded);
    return choice;
}

QStringList ProxyChoice::parseExceptions(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

ProxyFactory::ProxyFactory(ProxyChoice choice, Environment environment)
    : m_choice(std::move(choice)), m_environment(std::move(environment))
{
    if (!m_environment)
        m_environment = [](const char *name) {
            return qEnvironmentVariable(name);
        };
}

QString ProxyFactory::env(const char *upper, const char *lower) const
{
    // The lower-case spelling first, as curl and most tools read it.
    const QString value = m_environment(lower);
    return value.isEmpty() ? m_environment(upper) : value;
}

bool ProxyFactory::bypasses(const QString &host, const QStringList &exceptions)
{
    const QString h = host.toLower();
    const QHostAddress address(h);
    for (QString rule : exceptions) {
        rule = rule.trimmed().toLower();
        if (rule.isEmpty())
            continue;
        if (rule == u"*")
            return true;
        if (rule.startsWith(u"*."))
            rule.remove(0, 1);
        if (rule.startsWith(u'.')) {
            if (h.endsWith(rule) || h == rule.mid(1))
                return true;
            continue;
        }
        if (!address.isNull()) {
            const auto subnet = QHostAddress::parseSubnet(rule);
            if (rule.contains(u'/') && subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol
                && address.isInSubnet(subnet))
                return true;
            if (QHostAddress(rule) == address)
                return true;
            continue;
        }
        if (h == rule || h.endsWith(u'.' + rule)) // curl's NO_PROXY: "example.com" covers its subdomains
            return true;
    }
    return false;
}

std::optional<QNetworkProxy> ProxyFactory::proxyFromEnvironmentValue(const QString &value)
{
    QString password;
    const std::optional<ProxyChoice> choice = ProxyChoice::fromUrl(value.trimmed(), &password, nullptr);
    if (!choice)
        return std::nullopt;
    return QNetworkProxy(choice->type, choice->host, choice->port, choice->user, password);
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    switch (m_choice.mode) {
    case ProxyChoice::Mode::None:
        return {QNetworkProxy::NoProxy};
    case ProxyChoice::Mode::Manual:
        if (bypasses(host, m_choice.exceptions))
            return {QNetworkProxy::NoProxy};
        return {tunnelOnly(
                QNetworkProxy(m_choice.type, m_choice.host, m_choice.port, m_choice.user, m_password))};
    case ProxyChoice::Mode::System:
        break;
    }
    // A server on this computer is never reached through the system's proxy (as Go's ProxyFromEnvironment):
    // the demo's gateway and local test servers keep working behind any HTTPS_PROXY.
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback())
        return {QNetworkProxy::NoProxy};
#if defined(Q_OS_LINUX)
    const bool https = query.url().scheme() == u"https";
    const QString value = https ? env("HTTPS_PROXY", "https_proxy") : env("HTTP_PROXY", "http_proxy");
    if (!value.isEmpty()) {
        if (bypasses(host, env("NO_PROXY", "no_proxy").split(u',', Qt::SkipEmptyParts)))
            return {QNetworkProxy::NoProxy};
        if (const std::optional<QNetworkProxy> proxy = proxyFromEnvironmentValue(value))
            return {tunnelOnly(*proxy)};
    }
#endif
    QList<QNetworkProxy> proxies = systemProxyForQuery(query);
    for (QNetworkProxy &proxy : proxies)
        proxy = tunnelOnly(proxy);
    return proxies;
}
