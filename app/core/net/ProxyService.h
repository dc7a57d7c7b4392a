#pragma once

#include "net/ProxySettings.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CredentialStore;
class QAuthenticator;
class QNetworkAccessManager;
class QSettings;

// The dashboard's proxy: installs the chosen ProxyFactory on the network manager every request goes through,
// keeps a manual proxy's password in the credential store (the system keychain; never in a file) and in
// memory, and when a proxy asks for credentials it has not got (407), asks the user once through the prompt
// and keeps what was given. The headless commands take theirs from --proxy or the environment instead.
class ProxyService : public QObject
{
    Q_OBJECT
public:
    // Asks for a proxy's user name and password (user holds the known one); false: the user declined.
    using Prompt = std::function<bool(const QNetworkProxy &proxy, QString *user, QString *password)>;

    // Not owned. store and settings may be nullptr (nothing remembered). Installs choice at once.
    ProxyService(QNetworkAccessManager *network, CredentialStore *store, QSettings *settings,
                 const ProxyChoice &choice, QObject *parent = nullptr);
    ~ProxyService() override;

    const ProxyChoice &choice() const { return m_choice; }
    // Saves the choice (without a password) and installs it.
    void apply(const ProxyChoice &choice);
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    // The credential-store id of a manual proxy's password: "proxy:<host>:<port>:<user>".
    static QString storeId(const ProxyChoice &choice);

signals:
    // A new choice is in place, its stored password (if any) read.
    void ready();

private:
    void install();
    void installFactory();
    void onAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);

    QNetworkAccessManager *m_network;
    QPointer<CredentialStore> m_store;
    QSettings *m_settings;
    ProxyChoice m_choice;
    QString m_password; // the manual proxy's, in memory
    Prompt m_prompt;
    int m_generation = 0; // a read that finishes after a newer choice is dropped
};
