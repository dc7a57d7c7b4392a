#pragma once

#include "auth/CredentialJob.h"
#include "auth/Profile.h"

#include <QObject>

// Where the AccessKey secret and the STS token of each profile are kept, keyed by profile id. Every call is
// asynchronous and returns a job that finishes exactly once (also on error and timeout); never nullptr.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // "<profile id>/secret" or "<profile id>/token": the entry's key in the store.
    static QString entryKey(const QString &profileId, SecretKind kind);

    // A short translated name of where secrets go ("the system keychain", "memory, this session only").
    virtual QString description() const = 0;

    // One entry. result().value holds what was read.
    virtual CredentialJob *read(const QString &profileId, SecretKind kind) = 0;
    virtual CredentialJob *write(const QString &profileId, SecretKind kind, const QString &value) = 0;
    // Removing an entry that does not exist succeeds, as it does with the Secret Service.
    virtual CredentialJob *remove(const QString &profileId, SecretKind kind) = 0;

    // The secret, and the token when the profile uses STS; result().credentials carries them together with
    // the profile's AccessKeyId.
    CredentialJob *readCredentials(const Profile &profile);
    // The secret, then the token for an STS profile (a stale token of a non-STS profile is removed). The
    // secret is written first, so a failure leaves no token without its secret.
    CredentialJob *writeCredentials(const Profile &profile, const Credentials &credentials);
    // Both entries of a profile; missing ones are fine.
    CredentialJob *removeCredentials(const QString &profileId);
};
