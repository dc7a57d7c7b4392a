#include "auth/SessionAwareCredentialStore.h"

SessionAwareCredentialStore::SessionAwareCredentialStore(CredentialStore *persistent, QObject *parent)
    : CredentialStore(parent), m_persistent(persistent)
{ }

SessionAwareCredentialStore::~SessionAwareCredentialStore() = default;

void SessionAwareCredentialStore::setSessionOnly(const QString &profileId, bool sessionOnly)
{
    if (sessionOnly) {
        m_sessionOnly.insert(profileId);
        return;
    }
    m_sessionOnly.remove(profileId);
    // Nothing of it stays behind in memory once the keychain holds it again.
    m_session.remove(profileId, SecretKind::AccessKeySecret);
    m_session.remove(profileId, SecretKind::SecurityToken);
}

QString SessionAwareCredentialStore::description() const
{
    return m_persistent->description();
}

CredentialStore *SessionAwareCredentialStore::storeFor(const QString &profileId)
{
    return isSessionOnly(profileId) ? static_cast<CredentialStore *>(&m_session) : m_persistent;
}

CredentialJob *SessionAwareCredentialStore::read(const QString &profileId, SecretKind kind)
{
    return storeFor(profileId)->read(profileId, kind);
}

CredentialJob *SessionAwareCredentialStore::write(const QString &profileId, SecretKind kind,
                                                  const QString &value)
{
    return storeFor(profileId)->write(profileId, kind, value);
}

CredentialJob *SessionAwareCredentialStore::remove(const QString &profileId, SecretKind kind)
{
    return storeFor(profileId)->remove(profileId, kind);
}
