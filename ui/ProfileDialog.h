#pragma once

#include "auth/CredentialError.h"
#include "auth/Profile.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>

class ProfileStore;
class RequestScheduler;
class StsSession;
class SessionAwareCredentialStore;
struct AliyunImportOutcome;
struct ProfileProblem;

namespace Ui {
class ProfileDialog;
}

// Add, edit, duplicate and delete profiles; test one with a signed call; import the aliyun CLI's profiles.
// Secrets go to the credential store only; when the keychain is unusable the user is told why and may keep
// the secret for this session only. The Environment profile is shown read-only.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks the user a yes/no question (title, text); replaceable so tests need no modal message box.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    // Not owned.
    ProfileDialog(ProfileStore *profiles, SessionAwareCredentialStore *credentials,
                  RequestScheduler *scheduler, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void setEnvironment(const QProcessEnvironment &environment);
    void setAliyunConfigPath(const QString &path) { m_aliyunPath = path; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // Shows the profile (an empty id, or Profile::kEnvironmentId for the Environment profile).
    void selectProfile(const QString &id);
    // Puts the cursor in the selected profile's instance ID (an enterprise instance's error says to set it).
    void focusInstanceId();
    QString currentId() const { return m_currentId; }
    bool isBusy() const { return m_busy; }

signals:
    // A keychain call or a test call started or ended.
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadList(const QString &selectId);
    void onSelectionChanged();
    void showProfile(const Profile &profile);
    void startNew();
    std::optional<Profile> profileFromForm(bool forTest);
    void save();
    void writeSecretAndStore(const Profile &profile, bool isNew, const Credentials &credentials);
    void storeProfile(const Profile &profile, bool isNew);
    void offerSessionOnly(const CredentialError &error, std::function<void()> keep);
    void hideKeychainPanel();
    void deleteCurrent();
    void duplicateCurrent();
    void testConnection();
    void runTest(const Profile &profile, const Credentials &credentials);
    void importAliyun();
    void showImportResult(const QList<AliyunImportOutcome> &outcomes,
                          const std::optional<CredentialError> &error);
    void setBusy(bool busy);
    void showProblem(const ProfileProblem &problem);
    void setStatus(const QString &text, bool error = false);
    void updateFieldStates();
    void retranslate();
    std::optional<Profile> environmentProfile() const;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileStore *m_profiles;
    SessionAwareCredentialStore *m_credentials;
    RequestScheduler *m_scheduler;
    std::unique_ptr<StsSession> m_testSts; // Test connection of a RAM-role profile
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_aliyunPath;
    Confirm m_confirm;
    QString m_currentId; // empty while a new profile is entered
    QString m_endpointRegion; // the RegionId a custom-endpoint profile was loaded with
    std::function<void()> m_keepForSession; // what "Keep for this session only" does now
    bool m_busy = false;
    bool m_loading = false;
};
