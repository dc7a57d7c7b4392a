#pragma once

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSettings;

// How requests reach the IoT and STS endpoints: through the system's proxy settings (the default), directly,
// or through a proxy the user names (HTTP or SOCKS5, with hosts that bypass it). Kept in the settings without
// any password (a proxy password lives in the keychain, or in the --proxy URL of a headless command).
struct ProxyChoice
{
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy; // Manual: HttpProxy or Socks5Proxy
    QString host;
    quint16 port = 0;
    QString user; // optional; its password is asked for when the proxy wants it
    QStringList exceptions; // host names, ".suffix" or "*.suffix", or IP addresses that bypass the proxy

    static inline const QString kSettingsGroup = QStringLiteral("network/proxy");
    static ProxyChoice load(const QSettings &settings);
    void save(QSettings &settings) const;

    // "http://[user[:password]@]host:port" or "socks5://...": a Manual choice (the password in *password),
    // else nullopt and *error says why.
    static std::optional<ProxyChoice> fromUrl(const QString &url, QString *password, QString *error);
    // The exceptions as typed in one line: "localhost, .corp.example, 10.0.0.1".
    static QStringList parseExceptions(const QString &text);

    friend bool operator==(const ProxyChoice &a, const ProxyChoice &b)
    {
        return a.mode == b.mode && a.type == b.type && a.host == b.host && a.port == b.port
                && a.user == b.user && a.exceptions == b.exceptions;
    }
};

// The proxy for each request, as ProxyChoice says. System: never for a loopback host; on Linux,
// https_proxy/HTTPS_PROXY (for https URLs), http_proxy/HTTP_PROXY (for http) and no_proxy/NO_PROXY first,
// then the desktop's settings (Qt's system configuration); elsewhere the system's settings. The environment
// (the process's, or one a test gives) counts in System mode only. An HTTP proxy is only ever used as a
// tunnel (CONNECT): it never sees a signed request in clear.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    using Environment = std::function<QString(const char *name)>;

    explicit ProxyFactory(ProxyChoice choice, Environment environment = {});

    const ProxyChoice &choice() const { return m_choice; }
    // The manual proxy's password (from the keychain, or the --proxy URL), in memory only.
    void setPassword(const QString &password) { m_password = password; }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Whether host matches one of the exceptions ("*" matches all; ".example.com" and "*.example.com" its
    // subdomains and itself; else the host name or address exactly, case-insensitive).
    static bool bypasses(const QString &host, const QStringList &exceptions);
    // A proxy from an environment value such as "http://user:pass@proxy:3128" or "proxy:3128".
    static std::optional<QNetworkProxy> proxyFromEnvironmentValue(const QString &value);

private:
    QString env(const char *upper, const char *lower) const;

    ProxyChoice m_choice;
    QString m_password;
    Environment m_environment;
};
