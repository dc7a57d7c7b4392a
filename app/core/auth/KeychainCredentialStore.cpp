#include "auth/KeychainCredentialStore.h"

#include "auth/AuthLog.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

#ifdef OTADASH_HAVE_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

using namespace Qt::StringLiterals;

namespace {
using Kind = CredentialError::Kind;

QString serviceName()
{
    return QString::fromLatin1(KeychainCredentialStore::kServiceName);
}

// Sets what every job of ours shares; QtKeychain deletes the job itself once it has finished, and only then:
// its libsecret callbacks still point at it until they ran.
void prepare(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // the default, stated: a secret never goes to a plaintext file
    job->setKey(key);
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
    case QKeychain::EntryNotFound:
        error.kind = Kind::NotFound;
        return error;
    case QKeychain::AccessDeniedByUser:
        error.kind = Kind::AccessDenied;
        return error;
    case QKeychain::AccessDenied:
        // libsecret's SECRET_ERROR_IS_LOCKED arrives as AccessDenied: "Cannot create an item in a locked
        // collection".
        error.kind = text.contains(u"locked", Qt::CaseInsensitive) ? Kind::Locked : Kind::AccessDenied;
        return error;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
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
    else if (keychainError == QKeychain::OtherError && text == u"Unknown error")
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
    const QString key = entryKey(profileId, kind);
    auto *keychainJob = new QKeychain::ReadPasswordJob(serviceName());
    prepare(keychainJob, key);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, key](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            qCDebug(lcAuth) << "read" << key << "ok";
            CredentialResult result;
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            job->finish(result);
            return;
        }
        const CredentialError error = mapError(finished->error(), finished->errorString());
        qCDebug(lcAuth) << "read" << key << "failed:" << finished->error() << finished->errorString();
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
    keychainJob->start();
    return job;
}

CredentialJob *KeychainCredentialStore::write(const QString &profileId, SecretKind kind, const QString &value)
{
    auto *job = new CredentialJob(CredentialResult::Operation::Write, profileId, kind);
    job->setTimeout(m_timeoutMs);
    const QString key = entryKey(profileId, kind);
    auto *keychainJob = new QKeychain::WritePasswordJob(serviceName());
    prepare(keychainJob, key);
    keychainJob->setTextData(value);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, key](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            qCDebug(lcAuth) << "write" << key << "ok";
            job->finish({});
            return;
        }
        qCDebug(lcAuth) << "write" << key << "failed:" << finished->error() << finished->errorString();
        job->finishWithError(mapError(finished->error(), finished->errorString()));
    });
    keychainJob->start();
    return job;
}

CredentialJob *KeychainCredentialStore::remove(const QString &profileId, SecretKind kind)
{
    auto *job = new CredentialJob(CredentialResult::Operation::Remove, profileId, kind);
    job->setTimeout(m_timeoutMs);
    const QString key = entryKey(profileId, kind);
    auto *keychainJob = new QKeychain::DeletePasswordJob(serviceName());
    prepare(keychainJob, key);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, key](QKeychain::Job *finished) {
        const CredentialError error = mapError(finished->error(), finished->errorString());
        // Some backends (Windows, KWallet) report a missing entry; the Secret Service does not. Same answer.
        if (finished->error() == QKeychain::NoError || error.kind == Kind::NotFound) {
            qCDebug(lcAuth) << "remove" << key << "ok";
            finishUnlessLocked(
                    job, {},
                    {Kind::Locked, 0,
                     u"The default keyring collection is locked; the entry could not be removed."_s});
            return;
        }
        qCDebug(lcAuth) << "remove" << key << "failed:" << finished->error() << finished->errorString();
        job->finishWithError(error);
    });
    keychainJob->start();
    return job;
}

void KeychainCredentialStore::finishUnlessLocked(CredentialJob *job, const CredentialResult &otherwise,
                                                 const CredentialError &locked)
{
#ifdef OTADASH_HAVE_SECRET_SERVICE
    // A lookup in a locked collection whose unlock prompt failed returns "no such item" without an error,
    // which QtKeychain reports as EntryNotFound; a removal there deletes nothing and reports no error either.
    // Ask the Secret Service whether the default collection is locked, so the user is told to unlock it.
    QDBusMessage message = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
                                                          u"/org/freedesktop/secrets/aliases/default"_s,
                                                          u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    message << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, 5000), job);
        connect(watcher, &QDBusPendingCallWatcher::finished, job,
                [job, otherwise, locked](QDBusPendingCallWatcher *call) {
                    call->deleteLater();
                    const QDBusPendingReply<QDBusVariant> reply = *call;
                    if (!reply.isError() && reply.value().variant().toBool()) {
                        qCDebug(lcAuth) << "the default collection is locked";
                        job->finishWithError(locked);
                    } else {
                        job->finish(otherwise);
                    }
                });
        return;
    }
#else
    Q_UNUSED(locked);
#endif
    job->finish(otherwise);
}
