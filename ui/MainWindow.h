#pragma once

#include "api/ApiError.h"
#include "api/Credentials.h"
#include "api/RpcClient.h"
#include "auth/CredentialError.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class JobDetailModel;
class ProfileStore;
class ProfileSwitcher;
class QAction;
class SessionAwareCredentialStore;
struct Profile;
class QLabel;
class QProgressBar;
class RequestScheduler;
class SourceVersionsModel;
class TagsModel;
class Translations;

namespace Ui {
class MainWindow;
}

// The dashboard window: a JobId field, region or endpoint, IotInstanceId, the batch form, an error panel
// that never replaces the last good batch, and RequestId and latency in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Not owned: the scheduler every request of every view goes through.
    explicit MainWindow(RequestScheduler *scheduler, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setCredentials(const Credentials &credentials);
    void setSignatureVersion(SignatureVersion version);
    void setResponseFormat(ResponseFormat format);
    void setRegion(const QString &regionId);
    void setCustomEndpoint(const QUrl &endpoint);
    void setRequestTimeout(int ms); // per request; RpcConfig's default until set
    void setSuggestedJobIds(const QStringList &jobIds);
    void setJobId(const QString &jobId);
    // Not owned; enables Preferences (the language). Without it the menu entry stays disabled.
    void setTranslations(Translations *translations);
    // Not owned; adds the profile switcher to a toolbar and Profiles… to the File menu.
    void setProfileStores(ProfileStore *profiles, SessionAwareCredentialStore *credentials);
    ProfileSwitcher *profileSwitcher() const { return m_profileSwitcher; }

    bool isBusy() const { return m_busy; }
    JobDetailModel *detailModel() const { return m_details; }

public slots:
    void query();

signals:
    void queryFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished(const RpcResponse &response);
    void setBusy(bool busy);
    void showError(const ApiError &error);
    void hideError();
    // The texts are composed again when the language changes, hence functions rather than strings.
    void showInputProblem(std::function<QString()> problem);
    void showStatus(std::function<QString()> text, int timeoutMs = 0);
    void openPreferences();
    void updateEndpointField();
    void retranslateDynamicTexts();
    void applyProfile(const Profile &profile, const Credentials &credentials);
    void showCredentialError(const QString &profileName, const CredentialError &error);
    void setReadingProfile(bool reading);
    void openProfiles();
    std::optional<RpcConfig> currentConfig();

    std::unique_ptr<Ui::MainWindow> m_ui;
    RequestScheduler *m_scheduler;
    JobDetailModel *m_details;
    TagsModel *m_tags;
    SourceVersionsModel *m_versions;
    QLabel *m_statusRequestId;
    QLabel *m_statusLatency;
    QProgressBar *m_busyBar;
    Credentials m_credentials;
    SignatureVersion m_signature = SignatureVersion::V3;
    ResponseFormat m_format = ResponseFormat::Json;
    int m_timeoutMs = RpcConfig().timeoutMs;
    QString m_pendingJobId;
    std::optional<ApiError> m_lastError;
    std::optional<RpcResponse> m_lastResponse;
    bool m_busy = false;
    Translations *m_translations = nullptr;
    std::function<QString()> m_inputProblem;
    std::function<QString()> m_statusText;
    ProfileStore *m_profiles = nullptr;
    SessionAwareCredentialStore *m_profileCredentials = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    QAction *m_profilesAction = nullptr;
    std::optional<std::pair<QString, CredentialError>> m_lastCredentialError; // profile name, error
    bool m_queryAfterProfile = false; // a query asked for while the profile's secret was being read
};
