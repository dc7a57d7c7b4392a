#pragma once

#include "auth/Profile.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

// What add, update and duplicate give back: the profile as saved, or why it was not saved.
struct ProfileResult
{
    std::optional<Profile> profile;
    std::optional<ProfileProblem> problem;

    bool ok() const { return profile.has_value(); }
};

// The profiles' non-secret fields in QSettings (group "profiles/<id>"), plus the last used profile. It never
// sees a secret; pair it with a CredentialStore keyed by the same ids.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxNameLength = 64;

    // The application's settings (organization and application name of QCoreApplication).
    explicit ProfileStore(QObject *parent = nullptr);
    // A given settings file, for tests and tools.
    ProfileStore(const QString &fileName, QSettings::Format format, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString fileName() const;
    // NoError, or why the last write did not reach the file.
    QSettings::Status status() const;

    // Stored profiles, sorted by name (case-insensitive); the Environment profile is not among them.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Case-insensitive, as names are unique that way.
    std::optional<Profile> profileByName(const QString &name) const;

    // The first problem that would stop add() or update(), or nullopt.
    std::optional<ProfileProblem> validate(const Profile &profile) const;
    // Stores a new profile; the name is trimmed. The id is kept when it is a fresh one from Profile::newId()
    // (so a secret can be written under it first), else a new one is given.
    ProfileResult add(Profile profile);
    // Replaces the stored profile with the same id.
    ProfileResult update(Profile profile);
    // The fields of an existing profile under a new id and the name "<name> (copy)"; the secret is the
    // caller's to copy, through its CredentialStore.
    ProfileResult duplicate(const QString &id);
    // Forgets the profile (and the last-used mark if it pointed there); false if there was none.
    bool remove(const QString &id);

    // base, or "base (2)", "base (3)" ... whichever is free.
    QString uniqueName(const QString &base) const;

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

signals:
    void profilesChanged();

private:
    std::optional<Profile> load(const QString &id) const;
    void save(const Profile &profile);

    std::unique_ptr<QSettings> m_settings;
};
