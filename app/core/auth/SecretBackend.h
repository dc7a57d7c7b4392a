#pragma once

#include <QString>

#include <functional>

class QObject;

// The operating system's keychain as KeychainCredentialStore reaches it: QtKeychain, and on Linux the Secret
// Service's answer to "is the default collection locked". On Linux it lives in the module otadash-keychain,
// loaded on the first call that touches a secret, so that a program which never does (a headless query with
// the environment's credentials) does not load QtKeychain, Qt D-Bus, libdbus, libsystemd and libgcrypt.
// Elsewhere it is linked in.
class SecretBackend
{
public:
    // QtKeychain's error codes (QKeychain::Error), numbered as there; the module checks that they match.
    enum Code {
        NoError = 0,
        EntryNotFound,
        CouldNotDeleteEntry,
        AccessDeniedByUser,
        AccessDenied,
        NoBackendAvailable,
        NotImplemented,
        OtherError
    };
    struct Answer
    {
        int code = NoError;
        QString text; // the backend's own words for an error
        QString value; // read: the secret
    };
    using Done = std::function<void(const Answer &)>;

    virtual ~SecretBackend() = default;

    // Each calls done exactly once, from the event loop, unless context is destroyed first.
    virtual void read(const QString &service, const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &service, const QString &key, const QString &value, QObject *context,
                       Done done)
            = 0;
    virtual void remove(const QString &service, const QString &key, QObject *context, Done done) = 0;
    // Whether the Secret Service's default collection is locked (false where there is none to ask).
    virtual void isDefaultCollectionLocked(QObject *context, std::function<void(bool)> done) = 0;

    // The system's backend, loaded on the first call; nullptr when it cannot be, with the reason in *problem.
    static SecretBackend *system(QString *problem);
};

// What the module (or the linked-in backend) provides: the backend, owned by it, for the process's lifetime.
extern "C" SecretBackend *otadash_secret_backend();
using SecretBackendFactory = SecretBackend *(*)();
