#pragma once

#include "auth/CredentialStore.h"

// Secrets in the operating system's keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows): service "OtaDash", key "<profile id>/secret" or "<profile id>/token". The
// insecure plaintext fallback is never enabled. QtKeychain is reached through SecretBackend::system(), on
// Linux a module loaded by the first call that touches a secret, not by constructing the store.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr char kServiceName[] = "OtaDash";
    // Long enough for a person to answer an unlock prompt.
    static constexpr int kDefaultTimeoutMs = 120000;

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    // How long a call may take before it finishes with a Timeout error.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    QString description() const override;
    CredentialJob *read(const QString &profileId, SecretKind kind) override;
    CredentialJob *write(const QString &profileId, SecretKind kind, const QString &value) override;
    CredentialJob *remove(const QString &profileId, SecretKind kind) override;

    // QtKeychain's error code (QKeychain::Error, SecretBackend::Code) and text as a CredentialError: the code
    // alone is too coarse (7, OtherError, covers both "no D-Bus" and "no Secret Service"), so the text
    // decides within it.
    static CredentialError mapError(int keychainError, const QString &text);

private:
    // A read that found nothing, or a removal that "succeeded", may have met a locked keyring: the Secret
    // Service then hides its items. Finishes the job with locked if the default collection is locked, else
    // with otherwise.
    static void finishUnlessLocked(CredentialJob *job, const CredentialResult &otherwise,
                                   const CredentialError &locked);

    int m_timeoutMs = kDefaultTimeoutMs;
};
