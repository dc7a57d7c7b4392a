#include "auth/AliyunImport.h"

#include "auth/AuthLog.h"
#include "auth/CredentialStore.h"
#include "auth/ProfileStore.h"

#include <QCoreApplication>

using Status = AliyunImportOutcome::Status;

AliyunImport::AliyunImport(ProfileStore *profiles, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_credentials(credentials)
{ }

void AliyunImport::start(const QList<AliyunProfileEntry> &entries)
{
    m_entries = entries;
    m_outcomes.clear();
    m_storeError.reset();
    m_index = 0;
    // From the event loop, like every other completion, even for an empty list.
    QMetaObject::invokeMethod(this, &AliyunImport::next, Qt::QueuedConnection);
}

void AliyunImport::done(AliyunImportOutcome outcome)
{
    m_outcomes.append(outcome);
    emit entryDone(outcome);
    ++m_index;
    QMetaObject::invokeMethod(this, &AliyunImport::next, Qt::QueuedConnection);
}

void AliyunImport::next()
{
    if (m_index >= m_entries.size() || m_storeError) {
        emit finished();
        return;
    }
    const AliyunProfileEntry &entry = m_entries.at(m_index);
    AliyunImportOutcome outcome;
    outcome.aliyunName = entry.name;
    outcome.mode = entry.mode;
    outcome.reason = entry.reason;
    if (!entry.importable) {
        outcome.status = Status::Skipped;
        done(outcome);
        return;
    }

    // Importing again refreshes the profile of the same name and key (a new STS token, say).
    Profile profile = entry.profile;
    const std::optional<Profile> existing = m_profiles->profileByName(profile.name);
    const bool update = existing && existing->accessKeyId == profile.accessKeyId;
    if (update) {
        profile.id = existing->id;
        profile.name = existing->name;
        profile.endpoint = existing->endpoint;
        profile.iotInstanceId = existing->iotInstanceId;
        profile.signature = existing->signature;
        profile.readOnly = existing->readOnly;
    } else {
        if (profile.name.compare(QLatin1String(Profile::kEnvironmentName), Qt::CaseInsensitive) == 0)
            profile.name = QCoreApplication::translate("AliyunImport", "aliyun %1").arg(profile.name);
        profile.name = m_profiles->uniqueName(profile.name);
        profile.id = Profile::newId();
    }
    if (const std::optional<ProfileProblem> problem = m_profiles->validate(profile)) {
        outcome.status = Status::Failed;
        outcome.reason = problem->message;
        done(outcome);
        return;
    }
    CredentialJob *job = m_credentials->writeCredentials(profile, entry.credentials);
    connect(job, &CredentialJob::finished, this,
            [this, outcome, profile, update](const CredentialResult &result) {
                AliyunImportOutcome finished = outcome;
                finished.profileName = profile.name;
                if (!result.ok()) {
                    qCDebug(lcAuth) << "import of" << outcome.aliyunName
                                    << "stopped:" << CredentialError::kindName(result.error->kind);
                    m_storeError = result.error;
                    finished.status = Status::Failed;
                    finished.error = result.error;
                    finished.reason = result.error->message();
                    done(finished);
                    return;
                }
                const ProfileResult saved = update ? m_profiles->update(profile) : m_profiles->add(profile);
                if (!saved.ok()) {
                    finished.status = Status::Failed;
                    finished.reason = saved.problem->message;
                    // A new secret is already in the store; take it back out so nothing is left without its
                    // profile.
                    if (!update)
                        m_credentials->removeCredentials(profile.id);
                } else {
                    finished.status = update ? Status::Updated : Status::Imported;
                }
                done(finished);
            });
}
