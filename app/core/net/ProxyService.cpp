#include "net/ProxyService.h"

#include "auth/CredentialStore.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QSettings>

using namespace Qt::StringLiterals;

ProxyService::ProxyService(QNetworkAccessManager *network, CredentialStore *store, QSettings *settings,
                           const ProxyChoice &choice, QObject *parent)
    : QObject(parent), m_network(network), m_store(store), m_settings(settings), m_choice(choice)
{
    connect(network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &ProxyService::onAuthenticationRequired);
    install();
}

ProxyService::~ProxyService() = default;

QString ProxyService::storeId(const ProxyChoice &choice)
{
    return u"proxy:%1:%2:%3"_s.arg(choice.host).arg(choice.port).arg(choice.user);
}

void ProxyService::apply(const ProxyChoice &choice)
{
    if (m_settings)
        choice.save(*m_settings);
    if (choice == m_choice)
        return;
    m_choice = choice;
    m_password.clear();
    install();
}

void ProxyService::install()
{
    const int generation = ++m_generation;
    installFactory();
    m_network->clearConnectionCache(); // connections made through the old proxy go
    const bool needsPassword = m_choice.mode == ProxyChoice::Mode::Manual && !m_choice.user.isEmpty();
    if (!needsPassword || !m_store) {
        QMetaObject::invokeMethod(this, &ProxyService::ready, Qt::QueuedConnection);
        return;
    }
    CredentialJob *job = m_store->read(storeId(m_choice), SecretKind::AccessKeySecret);
    connect(job, &CredentialJob::finished, this, [this, generation](const CredentialResult &result) {
        if (generation != m_generation)
            return;
        if (result.ok() && !result.value.isEmpty()) {
            m_password = result.value;
            installFactory();
        }
        emit ready();
    });
}

void ProxyService::installFactory()
{
    auto *factory = new ProxyFactory(m_choice);
    factory->setPassword(m_password);
    m_network->setProxyFactory(factory); // owns it
}

void ProxyService::onAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    // Called when the proxy refused what it was given (or got nothing): ask, unless there is nobody to ask.
    QString user = proxy.user().isEmpty() ? m_choice.user : proxy.user();
    QString password;
    if (!m_prompt || !m_prompt(proxy, &user, &password))
        return; // the request fails with "Proxy refused the credentials"
    authenticator->setUser(user);
    authenticator->setPassword(password);
    if (m_choice.mode != ProxyChoice::Mode::Manual)
        return; // a system proxy's credentials are the system's business: used, not kept
    if (user != m_choice.user) {
        m_choice.user = user;
        if (m_settings)
            m_choice.save(*m_settings);
    }
    m_password = password;
    installFactory();
    if (m_store)
        m_store->write(storeId(m_choice), SecretKind::AccessKeySecret, password);
}
