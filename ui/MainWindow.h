#pragma once

#include "api/ApiError.h"
#include "api/Credentials.h"
#include "api/RpcClient.h"
#include "auth/CredentialError.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class BatchProgressView;
class CancelBatchDialog;
class CompareDialog;
class DesktopNotifier;
class DiscoveryPanel;
class ExportActions;
class HistoryNoticeBar;
class HistoryStore;
class HistoryView;
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

    enum class Tab { Details, Devices, History };
    void showTab(Tab tab);

    // The Watch list and Discovery docks, and the notifications of status changes.
    WatchListPanel *watchListPanel() const { return m_watchList; }
    DiscoveryPanel *discoveryPanel() const { return m_discovery; }
    DesktopNotifier *desktopNotifier() const { return m_notifier; }
    // File > Export and Edit > Copy as command.
    ExportActions *exportActions() const { return m_exports; }
    QDockWidget *watchListDock() const { return m_watchDock; }
    QDockWidget *discoveryDock() const { return m_discoveryDock; }
    // Not owned: the watch list is kept there, inside group when not empty (the demo keeps its own).
    void setWatchListSettings(QSettings *settings, const QString &group = {});
    // Not owned; Preferences then also offers the request rate and keeps it there.
    void setPreferenceSettings(QSettings *settings) { m_preferenceSettings = settings; }
    // Not owned: every batch read (queries, watch-list refreshes) and every complete round of task counts of
    // the Devices tab is recorded there.
    void setHistoryStore(HistoryStore *store);
    HistoryStore *historyStore() const { return m_history; }
    // The History tab, and the "Stale since" badge and "changed since you last looked" note above the tabs.
    HistoryView *historyView() const;
    HistoryNoticeBar *historyNotices() const { return m_historyNotes; }
    // The profile name batches are watched with while no profile of the switcher is in use (the demo's).
    void setWatchListProfile(const QString &name);
    // The profile name batches are watched with now.
    QString watchListProfile() const;
    // Watches these batches with the current profile, if the watch list is empty.
    void prefillWatchList(const QStringList &jobIds);
    // Puts the JobId into the field and queries it, with this profile first when one of that name exists.
    void openBatch(const QString &profile, const QString &jobId);
    // File > Cancel batch tasks…: enabled while a batch of the profile in use is shown and that profile is
    // not read-only; its tooltip says why not otherwise.
    QAction *cancelBatchAction() const { return m_cancelBatchAction; }
    // Opens the cancel dialog for the batch shown (nullptr when the action is disabled).
    CancelBatchDialog *openCancelBatch();
    // File > Compare with…: a window that reads the batch shown and another one and compares them.
    QAction *compareAction() const { return m_compareAction; }
    // Opens (or raises) the compare window with the batch shown on the left; with rightJobId, compares at
    // once.
    CompareDialog *openCompare(const QString &rightJobId = {});

public slots:
    void query();

signals:
    void queryFinished(bool ok);
    // A fetch or a round of task counts of this batch was added to the history store.
    void historyRecorded(const QString &profile, const QString &jobId);

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
    // The cancel action, and the failure-rate alerts of the watch list (notifications, Devices tab counts).
    void setupGuardRails();
    // Compare with…, and what the Devices tab knows about the tasks for the batch lint of the form.
    void setupCompareAndLint();
    void updateCancelAction();
    void recordFetch(const QString &profile, const QString &jobId, const QDateTime &fetchedAtUtc,
                     const RpcResponse &response, const QString &jobStatus);
    void showHistoryError();
    // After a batch loaded: marks what changed since the user last looked at it, then this look.
    void lookAtHistory(const QString &profile, const QString &jobId);
    // After a network failure: the batch's last recorded state, marked stale, rather than nothing.
    void showStaleBatch(const ApiError &error, const QString &profile, const QString &jobId);
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
    QString m_pendingProfile; // the profile the query was sent with
    QString m_batchProfile; // the profile of the batch the Devices tab shows
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
    ExportActions *m_exports = nullptr;
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
    // The batch on screen, as the cancel dialog and the watch list's failure alerts need it.
    struct ShownBatch
    {
        RpcConfig config;
        QString jobId;
        QString iotInstanceId;
        QString profile; // watchListProfile() when it was queried
    };
    std::optional<ShownBatch> m_shownBatch;
    QAction *m_cancelBatchAction = nullptr;
    QAction *m_compareAction = nullptr;
    QPointer<CompareDialog> m_compare;
    QString m_readOnlyProfile; // the profile in use when it is read-only, else empty
    HistoryStore *m_history = nullptr;
    HistoryNoticeBar *m_historyNotes = nullptr;
    QString m_shownProfile; // the profile of the batch the form shows
    QDateTime m_shownFetchedAtUtc; // when the batch the form shows was fetched
};
