#pragma once

#include "auth/CredentialStore.h"

#include <QHash>

#include <optional>

// Secrets in this process's memory only, never written anywhere: the store of every test that is not about
// the keychain, and of the user's explicit "keep for this session only" when no keychain is usable.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    QString description() const override;
    CredentialJob *read(const QString &profileId, SecretKind kind) override;
    CredentialJob *write(const QString &profileId, SecretKind kind, const QString &value) override;
    CredentialJob *remove(const QString &profileId, SecretKind kind) override;

    bool contains(const QString &profileId, SecretKind kind) const;
    int size() const { return int(m_entries.size()); }
    // Tests: every following call fails with this error (nullopt: back to normal), as an unusable keychain
    // would.
    void setFailure(std::optional<CredentialError> error);
    // Tests: calls made so far.
    int callCount() const { return m_calls; }

private:
    CredentialJob *start(CredentialResult::Operation operation, const QString &profileId, SecretKind kind);

    QHash<QString, QString> m_entries;
    std::optional<CredentialError> m_failure;
    int m_calls = 0;
};
