#include "auth/KeychainCredentialStore.h"

#include "auth/AuthLog.h"
#include "auth/SecretBackend.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
using Kind = CredentialError::Kind;

QString serviceName()
{
    return QString::fromLatin1(KeychainCredentialStore::kServiceName);
}

// The system's keychain backend (loaded on first use); nullptr after finishing job with the reason.
SecretBackend *backendFor(CredentialJob *job)
{
    QString problem;
    SecretBackend *backend = SecretBackend::system(&problem);
    if (!backend)
        job->finishWithError({Kind::Other, 0, problem});
    return backend;
}

bool containsAny(const QString &text, std::initializer_list<QStringView> markers)
{
    for (const QStringView marker : markers) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent) : CredentialStore(parent) { }

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::description() const
{
    return QCoreApplication::translate("KeychainCredentialStore", "the system keychain");
}

CredentialError KeychainCredentialStore::mapError(int keychainError, const QString &text)
{
    CredentialError error {Kind::Other, keychainError, text};
    switch (keychainError) {
    case SecretBackend::EntryNotFound:
        error.kind = Kind::NotFound;
        return error;
    case SecretBackend::AccessDeniedByUser:
        error.kind = Kind::AccessDenied;
        return error;
    case SecretBackend::AccessDenied:
        // libsecret's SECRET_ERROR_IS_LOCKED arrives as AccessDenied: "Cannot create an item in a locked
        // collection".
        error.kind = text.contains(u"locked", Qt::CaseInsensitive) ? Kind::Locked : Kind::AccessDenied;
        return error;
    case SecretBackend::NoBackendAvailable:
    case SecretBackend::NotImplemented:
        error.kind = Kind::NoSecretService;
        return error;
    default:
        break;
    }
    if (containsAny(text, {u"locked"}))
        error.kind = Kind::Locked;
    else if (containsAny(text,
                         {// no session bus at all (GDBus, QtDBus)
                          u"autolaunch", u"DBUS_SESSION_BUS_ADDRESS", u"Could not connect",
                          u"Failed to connect", u"D-Bus is not running", u"NoServer",
                          // a bus without a provider
                          u"org.freedesktop.secrets", u"was not provided by any", u"ServiceUnknown",
                          u"No keychain service available", u"Could not open wallet",
                          // gnome-keyring started on demand, without a login keyring to write to
                          u"Object does not exist at path"}))
        error.kind = Kind::NoSecretService;
    else if (keychainError == SecretBackend::OtherError && text == u"Unknown error")
        // QtKeychain's words when no keyring library (libsecret, libgnome-keyring) could be loaded.
        error.kind = Kind::NoSecretService;
    else if (containsAny(text, {u"denied", u"dismissed", u"cancelled", u"canceled"}))
        error.kind = Kind::AccessDenied;
    return error;
}

CredentialJob *KeychainCredentialStore::read(const QString &profileId, SecretKind kind)
{
    auto *job = new CredentialJob(CredentialResult::Operation::Read, profileId, kind);
    job->setTimeout(m_timeoutMs);
    SecretBackend *backend = backendFor(job);
    if (!backend)
        return job;
    const QString key = entryKey(profileId, kind);
    backend->read(serviceName(), key, job, [job, key](const SecretBackend::Answer &answer) {
        if (answer.code == SecretBackend::NoError) {
            qCDebug(lcAuth) << "read" << key << "ok";
            CredentialResult result;
            result.value = answer.value;
            job->finish(result);
            return;
        }
        const CredentialError error = mapError(answer.code, answer.text);
        qCDebug(lcAuth) << "read" << key << "failed:" << answer.code << answer.text;
        if (error.kind == Kind::NotFound) {
            CredentialResult notFound;
            notFound.error = error;
            finishUnlessLocked(
                    job, notFound,
                    {Kind::Locked, error.backendCode, u"The default keyring collection is locked."_s});
        } else {
            job->finishWithError(error);
        }
    });
    return job;
}

CredentialJob *KeychainCredentialStore::write(const QString &profileId, SecretKind kind, const QString &value)
{
    auto *job = new CredentialJob(CredentialResult::Operation::Write, profileId, kind);
    job->setTimeout(m_timeoutMs);
    SecretBackend *backend = backendFor(job);
    if (!backend)
        return job;
    const QString key = entryKey(profileId, kind);
    backend->write(serviceName(), key, value, job, [job, key](const SecretBackend::Answer &answer) {
        if (answer.code == SecretBackend::NoError) {
            qCDebug(lcAuth) << "write" << key << "ok";
            job->finish({});
            return;
        }
        qCDebug(lcAuth) << "write" << key << "failed:" << answer.code << answer.text;
        job->finishWithError(mapError(answer.code, answer.text));
    });
    return job;
}

CredentialJob *KeychainCredentialStore::remove(const QString &profileId, SecretKind kind)
{
    auto *job = new CredentialJob(CredentialResult::Operation::Remove, profileId, kind);
    job->setTimeout(m_timeoutMs);
    SecretBackend *backend = backendFor(job);
    if (!backend)
        return job;
    const QString key = entryKey(profileId, kind);
    backend->remove(serviceName(), key, job, [job, key](const SecretBackend::Answer &answer) {
        const CredentialError error = mapError(answer.code, answer.text);
        // Some backends (Windows, KWallet) report a missing entry; the Secret Service does not. Same answer.
        if (answer.code == SecretBackend::NoError || error.kind == Kind::NotFound) {
            qCDebug(lcAuth) << "remove" << key << "ok";
            finishUnlessLocked(
                    job, {},
                    {Kind::Locked, 0,
                     u"The default keyring collection is locked; the entry could not be removed."_s});
            return;
        }
        qCDebug(lcAuth) << "remove" << key << "failed:" << answer.code << answer.text;
        job->finishWithError(error);
    });
    return job;
}

void KeychainCredentialStore::finishUnlessLocked(CredentialJob *job, const CredentialResult &otherwise,
                                                 const CredentialError &locked)
{
    // A lookup in a locked collection whose unlock prompt failed returns "no such item" without an error,
    // which QtKeychain reports as EntryNotFound; a removal there deletes nothing and reports no error either.
    // Ask the Secret Service whether the default collection is locked, so the user is told to unlock it.
    QString problem;
    SecretBackend *backend = SecretBackend::system(&problem);
    if (!backend) {
        job->finish(otherwise);
        return;
    }
    backend->isDefaultCollectionLocked(job, [job, otherwise, locked](bool isLocked) {
        if (isLocked) {
            qCDebug(lcAuth) << "the default collection is locked";
            job->finishWithError(locked);
        } else {
            job->finish(otherwise);
        }
    });
}
