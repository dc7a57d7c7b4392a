#include "auth/CredentialStore.h"

#include <QPointer>

#include <memory>

namespace {
using Operation = CredentialResult::Operation;

// Runs step on the result of inner when it succeeds; otherwise outer fails with inner's error.
template<typename Step> void then(CredentialJob *inner, CredentialJob *outer, Step step)
{
    QObject::connect(inner, &CredentialJob::finished, outer,
                     [outer, step](const CredentialResult &result) mutable {
                         if (!result.ok())
                             outer->finishWithError(*result.error);
                         else
                             step(result);
                     });
}
} // namespace

QString CredentialStore::entryKey(const QString &profileId, SecretKind kind)
{
    return profileId
            + (kind == SecretKind::SecurityToken ? QStringLiteral("/token") : QStringLiteral("/secret"));
}

CredentialJob *CredentialStore::readCredentials(const Profile &profile)
{
    auto *outer = new CredentialJob(Operation::ReadCredentials, profile.id);
    const QPointer<CredentialStore> self(this);
    then(read(profile.id, SecretKind::AccessKeySecret), outer,
         [self, outer, profile](const CredentialResult &secret) {
             CredentialResult done;
             done.credentials.accessKeyId = profile.accessKeyId;
             done.credentials.accessKeySecret = secret.value;
             if (!profile.sts || !self) {
                 if (!self)
                     outer->finishWithError({CredentialError::Kind::Other, 0, {}});
                 else
                     outer->finish(done);
                 return;
             }
             then(self->read(profile.id, SecretKind::SecurityToken), outer,
                  [outer, done](const CredentialResult &token) mutable {
                      done.credentials.securityToken = token.value;
                      outer->finish(done);
                  });
         });
    return outer;
}

CredentialJob *CredentialStore::writeCredentials(const Profile &profile, const Credentials &credentials)
{
    auto *outer = new CredentialJob(Operation::WriteCredentials, profile.id);
    const QPointer<CredentialStore> self(this);
    const QString id = profile.id;
    const bool sts = profile.sts;
    const QString token = credentials.securityToken;
    then(write(id, SecretKind::AccessKeySecret, credentials.accessKeySecret), outer,
         [self, outer, id, sts, token](const CredentialResult &) {
             if (!self) {
                 outer->finishWithError({CredentialError::Kind::Other, 0, {}});
                 return;
             }
             CredentialJob *second = sts ? self->write(id, SecretKind::SecurityToken, token)
                                         : self->remove(id, SecretKind::SecurityToken);
             then(second, outer, [outer](const CredentialResult &) { outer->finish({}); });
         });
    return outer;
}

CredentialJob *CredentialStore::removeCredentials(const QString &profileId)
{
    auto *outer = new CredentialJob(Operation::RemoveCredentials, profileId);
    // Both removals run; the first real error wins, a missing entry is no error.
    auto firstError = std::make_shared<std::optional<CredentialError>>();
    auto pending = std::make_shared<int>(2);
    for (const SecretKind kind : {SecretKind::AccessKeySecret, SecretKind::SecurityToken}) {
        CredentialJob *job = remove(profileId, kind);
        QObject::connect(job, &CredentialJob::finished, outer,
                         [outer, firstError, pending](const CredentialResult &result) {
                             if (!result.ok() && result.error->kind != CredentialError::Kind::NotFound
                                 && !*firstError)
                                 *firstError = result.error;
                             if (--*pending > 0)
                                 return;
                             if (*firstError)
                                 outer->finishWithError(**firstError);
                             else
                                 outer->finish({});
                         });
    }
    return outer;
}
