#pragma once

#include "auth/CredentialStore.h"
#include "auth/MemoryCredentialStore.h"

#include <QSet>

// The persistent store (the keychain), except for the profiles whose secret the user explicitly chose to keep
// for this session only when the keychain was unusable: those go to memory and are forgotten at exit.
class SessionAwareCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    // persistent is not owned.
    explicit SessionAwareCredentialStore(CredentialStore *persistent, QObject *parent = nullptr);
    ~SessionAwareCredentialStore() override;

    // From now on this profile's secrets live in memory only (true), or in the persistent store again.
    void setSessionOnly(const QString &profileId, bool sessionOnly = true);
    bool isSessionOnly(const QString &profileId) const { return m_sessionOnly.contains(profileId); }

    CredentialStore *persistentStore() const { return m_persistent; }
    MemoryCredentialStore *sessionStore() { return &m_session; }

    QString description() const override;
    CredentialJob *read(const QString &profileId, SecretKind kind) override;
    CredentialJob *write(const QString &profileId, SecretKind kind, const QString &value) override;
    CredentialJob *remove(const QString &profileId, SecretKind kind) override;

private:
    CredentialStore *storeFor(const QString &profileId);

    CredentialStore *m_persistent;
    MemoryCredentialStore m_session;
    QSet<QString> m_sessionOnly;
};
