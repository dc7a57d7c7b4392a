#include "QtKeychainBackend.h"

#include <QObject>
#include <qt6keychain/keychain.h>

#ifdef OTADASH_HAVE_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

using namespace Qt::StringLiterals;

static_assert(int(SecretBackend::NoError) == int(QKeychain::NoError));
static_assert(int(SecretBackend::EntryNotFound) == int(QKeychain::EntryNotFound));
static_assert(int(SecretBackend::CouldNotDeleteEntry) == int(QKeychain::CouldNotDeleteEntry));
static_assert(int(SecretBackend::AccessDeniedByUser) == int(QKeychain::AccessDeniedByUser));
static_assert(int(SecretBackend::AccessDenied) == int(QKeychain::AccessDenied));
static_assert(int(SecretBackend::NoBackendAvailable) == int(QKeychain::NoBackendAvailable));
static_assert(int(SecretBackend::NotImplemented) == int(QKeychain::NotImplemented));
static_assert(int(SecretBackend::OtherError) == int(QKeychain::OtherError));

namespace {
// Sets what every job shares and starts it; QtKeychain deletes the job itself once it has finished, and only
// then: its libsecret callbacks still point at it until they ran.
void start(QKeychain::Job *job, const QString &key, QObject *context, SecretBackend::Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // the default, stated: a secret never goes to a plaintext file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         SecretBackend::Answer answer;
                         answer.code = finished->error();
                         if (answer.code != SecretBackend::NoError)
                             answer.text = finished->errorString();
                         else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                             answer.value = read->textData();
                         done(answer);
                     });
    job->start();
}
} // namespace

void QtKeychainBackend::read(const QString &service, const QString &key, QObject *context, Done done)
{
    start(new QKeychain::ReadPasswordJob(service), key, context, std::move(done));
}

void QtKeychainBackend::write(const QString &service, const QString &key, const QString &value,
                              QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setTextData(value);
    start(job, key, context, std::move(done));
}

void QtKeychainBackend::remove(const QString &service, const QString &key, QObject *context, Done done)
{
    start(new QKeychain::DeletePasswordJob(service), key, context, std::move(done));
}

void QtKeychainBackend::isDefaultCollectionLocked(QObject *context, std::function<void(bool)> done)
{
#ifdef OTADASH_HAVE_SECRET_SERVICE
    QDBusMessage message = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
                                                          u"/org/freedesktop/secrets/aliases/default"_s,
                                                          u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    message << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, 5000), context);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                         [done = std::move(done)](QDBusPendingCallWatcher *call) {
                             call->deleteLater();
                             const QDBusPendingReply<QDBusVariant> reply = *call;
                             done(!reply.isError() && reply.value().variant().toBool());
                         });
        return;
    }
#else
    Q_UNUSED(context);
#endif
    done(false);
}

extern "C" Q_DECL_EXPORT SecretBackend *otadash_secret_backend()
{
    static QtKeychainBackend backend;
    return &backend;
}
