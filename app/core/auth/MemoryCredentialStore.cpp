#include "auth/MemoryCredentialStore.h"

#include <QCoreApplication>

MemoryCredentialStore::MemoryCredentialStore(QObject *parent) : CredentialStore(parent) { }

MemoryCredentialStore::~MemoryCredentialStore() = default;

QString MemoryCredentialStore::description() const
{
    return QCoreApplication::translate("MemoryCredentialStore", "memory, for this session only");
}

CredentialJob *MemoryCredentialStore::start(CredentialResult::Operation operation, const QString &profileId,
                                            SecretKind kind)
{
    ++m_calls;
    auto *job = new CredentialJob(operation, profileId, kind);
    if (m_failure)
        job->finishWithError(*m_failure);
    return job;
}

CredentialJob *MemoryCredentialStore::read(const QString &profileId, SecretKind kind)
{
    CredentialJob *job = start(CredentialResult::Operation::Read, profileId, kind);
    if (job->isFinished())
        return job;
    const auto it = m_entries.constFind(entryKey(profileId, kind));
    if (it == m_entries.cend()) {
        job->finishWithError({CredentialError::Kind::NotFound, 0, {}});
        return job;
    }
    CredentialResult result;
    result.value = *it;
    job->finish(result);
    return job;
}

CredentialJob *MemoryCredentialStore::write(const QString &profileId, SecretKind kind, const QString &value)
{
    CredentialJob *job = start(CredentialResult::Operation::Write, profileId, kind);
    if (!job->isFinished()) {
        m_entries.insert(entryKey(profileId, kind), value);
        job->finish({});
    }
    return job;
}

CredentialJob *MemoryCredentialStore::remove(const QString &profileId, SecretKind kind)
{
    CredentialJob *job = start(CredentialResult::Operation::Remove, profileId, kind);
    if (!job->isFinished()) {
        m_entries.remove(entryKey(profileId, kind));
        job->finish({});
    }
    return job;
}

bool MemoryCredentialStore::contains(const QString &profileId, SecretKind kind) const
{
    return m_entries.contains(entryKey(profileId, kind));
}

void MemoryCredentialStore::setFailure(std::optional<CredentialError> error)
{
    m_failure = std::move(error);
}
