#pragma once

#include "api/ApiError.h"
#include "auth/CredentialError.h"
#include "auth/Profile.h"

#include <QProcessEnvironment>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class CredentialStore;
class ProfileStore;
class QComboBox;
class QLabel;
class RequestScheduler;
class StsSession;

// The main window's profile chooser: lists the Environment profile and the stored ones, and on a switch
// reads the chosen profile's secret from the credential store (asynchronously) before announcing it. The
// choice is remembered as the last used profile. A RAM-role profile's role is assumed (through scheduler)
// before it is announced; its temporary credentials are then renewed in place while it stays active.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT
public:
    // Not owned. scheduler: what assumes RAM roles; without it such profiles fail.
    ProfileSwitcher(ProfileStore *profiles, CredentialStore *credentials, RequestScheduler *scheduler,
                    QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    void setEnvironment(const QProcessEnvironment &environment);
    // A profile that is not stored (the demo's "Demo", with the simulator's endpoint and credentials): listed
    // first, used without the keychain, never edited, deleted or remembered as the last used one.
    void setBuiltIn(const Profile &profile, const Credentials &credentials);
    // Selects the last used profile, else the Environment profile, else nothing.
    void selectInitialProfile();
    // Switches to the profile with this id; false if there is none.
    bool selectProfile(const QString &id);

    QString currentId() const;
    bool isReading() const { return m_reading; }
    QComboBox *comboBox() const { return m_combo; }

signals:
    // The profile is switched to, with its secret read.
    void profileActivated(const Profile &profile, const Credentials &credentials);
    // The profile is switched to, but its secret could not be read.
    void profileFailed(const Profile &profile, const CredentialError &error);
    // The profile is switched to, but its RAM role could not be assumed (STS answered error).
    void roleFailed(const Profile &profile, const ApiError &error);
    // Renewing the active RAM-role profile's credentials failed; the current ones still serve until they
    // expire, and renewing is tried again.
    void roleRenewalFailed(const Profile &profile, const ApiError &error);
    // Fresh temporary credentials replaced the active RAM-role profile's (after a failed renewal too).
    void roleRenewed(const Profile &profile);
    // Reading a secret (or assuming a role) started or ended.
    void readingChanged(bool reading);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void activate(int index);
    void setReading(bool reading);
    void assumeRole(const Profile &profile, const Credentials &source, quint64 generation);
    std::optional<Profile> profileAt(int index) const;

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    RequestScheduler *m_scheduler;
    std::unique_ptr<StsSession> m_sts; // the active RAM-role profile's
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QLabel *m_label;
    QComboBox *m_combo;
    QString m_activeId;
    std::optional<std::pair<Profile, Credentials>> m_builtIn;
    quint64 m_generation = 0; // only the latest switch's secret counts
    bool m_reading = false;
};
