#pragma once

#include "api/ApiError.h"
#include "api/Credentials.h"
#include "api/RpcClient.h"
#include "auth/CredentialError.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class BatchProgressView;
class DesktopNotifier;
class DiscoveryPanel;
class JobDetailModel;
class ProfileStore;
class ProfileSwitcher;
class QAction;
class SessionAwareCredentialStore;
struct Profile;
class QLabel;
class QProgressBar;
class QDockWidget;
class QMenu;
class QSettings;
class QTimer;
class RequestScheduler;
class SourceVersionsModel;
class TagsModel;
class Translations;
class WatchListPanel;

namespace Ui {
class MainWindow;
}

// The dashboard window: a JobId field, region or endpoint, IotInstanceId, the batch form, an error panel
// that never replaces the last good batch, RequestId and latency in the status bar, and the Discovery and
// Watch list docks, which follow the profile in use.
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
    // The Devices tab: task counts and device tasks of the batch last loaded.
    BatchProgressView *batchProgressView() const { return m_progressView; }

    enum class Tab { Details, Devices };
    void showTab(Tab tab);

    // The Watch list and Discovery docks, and the notifications of status changes.
    WatchListPanel *watchListPanel() const { return m_watchList; }
    DiscoveryPanel *discoveryPanel() const { return m_discovery; }
    DesktopNotifier *desktopNotifier() const { return m_notifier; }
    QDockWidget *watchListDock() const { return m_watchDock; }
    QDockWidget *discoveryDock() const { return m_discoveryDock; }
    // Not owned: the watch list is kept there, inside group when not empty (the demo keeps its own).
    void setWatchListSettings(QSettings *settings, const QString &group = {});
    // Not owned; Preferences then also offers the request rate and keeps it there.
    void setPreferenceSettings(QSettings *settings) { m_preferenceSettings = settings; }
    // The profile name batches are watched with while no profile of the switcher is in use (the demo's).
    void setWatchListProfile(const QString &name);
    // The profile name batches are watched with now.
    QString watchListProfile() const;
    // Watches these batches with the current profile, if the watch list is empty.
    void prefillWatchList(const QStringList &jobIds);
    // Puts the JobId into the field and queries it, with this profile first when one of that name exists.
    void openBatch(const QString &profile, const QString &jobId);

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
    // showProblems: explain an unusable endpoint beside the fields (a query) or say nothing (the docks).
    std::optional<RpcConfig> currentConfig(bool showProblems = true);
    void setupDocks();
    void connectDocksToProfiles();
    void retranslateDocks();
    // The endpoint, credentials or instance changed: Discovery and the watch list follow, a moment later.
    void scheduleAccountUpdate();
    void updateAccount();
    std::optional<std::pair<RpcConfig, QString>> accountOf(const QString &watchProfile);

    std::unique_ptr<Ui::MainWindow> m_ui;
    RequestScheduler *m_scheduler;
    JobDetailModel *m_details;
    TagsModel *m_tags;
    SourceVersionsModel *m_versions;
    QLabel *m_statusRequestId;
    QLabel *m_statusLatency;
    QProgressBar *m_busyBar;
    BatchProgressView *m_progressView;
    Credentials m_credentials;
    SignatureVersion m_signature = SignatureVersion::V3;
    ResponseFormat m_format = ResponseFormat::Json;
    int m_timeoutMs = RpcConfig().timeoutMs;
    QString m_pendingJobId;
    std::optional<RpcConfig> m_pendingConfig; // the query's, for the Devices tab
    QString m_pendingInstanceId;
    std::optional<ApiError> m_lastError;
    std::optional<RpcResponse> m_lastResponse;
    bool m_busy = false;
    Translations *m_translations = nullptr;
    QSettings *m_preferenceSettings = nullptr;
    std::function<QString()> m_inputProblem;
    std::function<QString()> m_statusText;
    ProfileStore *m_profiles = nullptr;
    SessionAwareCredentialStore *m_profileCredentials = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    QAction *m_profilesAction = nullptr;
    std::optional<std::pair<QString, CredentialError>> m_lastCredentialError; // profile name, error
    bool m_queryAfterProfile = false; // a query asked for while the profile's secret was being read
    WatchListPanel *m_watchList = nullptr;
    DiscoveryPanel *m_discovery = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    QDockWidget *m_watchDock = nullptr;
    QDockWidget *m_discoveryDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QTimer *m_accountTimer = nullptr;
    QString m_switcherProfile; // the name of the switcher's profile in use; empty before one is
    QString m_fixedWatchProfile; // setWatchListProfile()
    // Accounts whose secret was read this session, by profile name: the watch list reads their batches too.
    QHash<QString, std::pair<RpcConfig, QString>> m_sessionAccounts; // config, IotInstanceId
    std::optional<std::pair<RpcConfig, QString>> m_lastAccount; // the watch list was refreshed for it
    QString m_lastAccountProfile;
};
