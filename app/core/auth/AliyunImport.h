#pragma once

#include "auth/AliyunConfig.h"
#include "auth/CredentialError.h"

#include <QObject>

#include <optional>

class CredentialStore;
class ProfileStore;

// What became of one aliyun CLI profile.
struct AliyunImportOutcome
{
    enum class Status {
        Imported, // a new profile
        Updated, // the profile of the same name and AccessKey ID got the fields and secret anew
        Skipped, // its mode or content cannot be imported; reason says why
        Failed, // the credential store or the settings refused; nothing was kept for it
    };
    QString aliyunName;
    QString mode;
    Status status = Status::Skipped;
    QString profileName; // Imported, Updated
    QString reason; // translated
    std::optional<CredentialError> error; // Failed by the credential store
};

// Imports the importable entries one after another: the secret (and token) first into the credential store,
// then the profile; so a refused secret leaves no profile behind. Stops at the first credential-store error
// (the others would meet the same keychain).
class AliyunImport : public QObject
{
    Q_OBJECT
public:
    AliyunImport(ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);

    // Emits finished exactly once, after every entry has an outcome or the store failed.
    void start(const QList<AliyunProfileEntry> &entries);
    const QList<AliyunImportOutcome> &outcomes() const { return m_outcomes; }
    // The credential-store error that stopped the import, if one did.
    std::optional<CredentialError> storeError() const { return m_storeError; }

signals:
    void entryDone(const AliyunImportOutcome &outcome);
    void finished();

private:
    void next();
    void done(AliyunImportOutcome outcome);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QList<AliyunProfileEntry> m_entries;
    QList<AliyunImportOutcome> m_outcomes;
    std::optional<CredentialError> m_storeError;
    int m_index = 0;
};
