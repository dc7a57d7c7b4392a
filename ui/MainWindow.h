#pragma once

#include "BatchActions.h"
#include "BatchPage.h"
#include "LayoutMemory.h"
#include "api/Credentials.h"
#include "api/RpcClient.h"
#include "services/Account.h"
#include "services/Services.h"
#include "util/SingleInstance.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class BatchProgressView;
class BatchTimelineView;
struct BatchRead;
class CancelBatchDialog;
class ClockTimer;
class CompareDialog;
struct CredentialError;
class DesktopNotifier;
class DiscoveryPanel;
class ExportActions;
class HistoryNoticeBar;
class HistoryView;
class JobDetailModel;
class KnownBatchesModel;
class KeyboardShortcutsDialog;
class QuickOpenDialog;
class RecentBatches;
struct Profile;
class ProfileSwitcher;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class ProfileDialog;
class QProgressBar;
class RetryNotice;
class WatchListPanel;

namespace Ui {
class MainWindow;
}

// How a MainWindow starts, besides its services.
struct WindowSetup
{
    QUrl endpoint; // a custom endpoint; empty: regionId
    QString regionId; // the region to start with when there is no endpoint (empty: the list's first)
    Credentials credentials; // used while no profile of the switcher is in use (demo, environment)
    SignatureVersion signature = SignatureVersion::V3;
    ResponseFormat format = ResponseFormat::Json;
    int requestTimeoutMs = RpcConfig().timeoutMs;
    // The name batches are kept under while no profile of the switcher is in use (the demo's "Demo").
    QString fixedProfile;
    // The built-in profile (fixedProfile with credentials, the demo's "Demo") starts read-only: it may only
    // query until File > Allow Write Actions in the Demo is turned on for the run.
    bool builtInReadOnly = false;
    QString watchListGroup; // settings group of the watch list (the demo keeps its own)
    QStringList prefillWatchList; // watched with fixedProfile when the list is empty
    bool selectInitialProfile = false; // the switcher picks the last used profile
};

// The dashboard window: the query fields, the error panel and the open batch (BatchPage), the Watch list and
// Discovery docks, menus and the status bar. It lays things out and passes the user's requests on: batches
// are read by BatchQuery into the store, which every view follows; which account is in use is the
// AccountDirectory's; what is recorded is the HistoryRecorder's. Everything it needs comes with its
// constructor.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Setup = WindowSetup;

    explicit MainWindow(const Services &services, const Setup &setup = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts a JobId into the field (query() reads it).
    void setJobId(const QString &jobId);
    bool isBusy() const { return m_busy; }
    // Puts the JobId into the field and queries it, with this profile first when one of that name exists.
    void openBatch(const QString &profile, const QString &jobId);
    // The profile name batches are watched and recorded with now.
    QString currentProfile() const;

    enum class Tab { Details, Devices, History };
    void showTab(Tab tab);

    BatchPage *batchPage() const { return m_page; }
    JobDetailModel *detailModel() const { return m_page->detailModel(); }
    BatchProgressView *batchProgressView() const { return m_page->batchProgressView(); }
    HistoryView *historyView() const { return m_page->historyView(); }
    HistoryNoticeBar *historyNotices() const { return m_page->historyNotices(); }
    ProfileSwitcher *profileSwitcher() const { return m_profileSwitcher; }
    WatchListPanel *watchListPanel() const { return m_watchList; }
    DiscoveryPanel *discoveryPanel() const { return m_discovery; }
    DesktopNotifier *desktopNotifier() const { return m_notifier; }
    ExportActions *exportActions() const { return m_actions->exports(); }
    QDockWidget *watchListDock() const { return m_watchDock; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    BatchTimelineView *timelineView() const { return m_timeline; }
    QDockWidget *discoveryDock() const { return m_discoveryDock; }
    // File > Cancel batch tasks…: enabled while a batch read with the profile in use is shown and that
    // profile is not read-only; its tooltip says why not otherwise.
    QAction *cancelBatchAction() const { return m_actions->cancelAction(); }
    // Opens the cancel dialog for the batch shown (nullptr when the action is disabled).
    CancelBatchDialog *openCancelBatch() { return m_actions->openCancel(); }
    // File > Compare with…: a window that reads the batch shown and another one and compares them.
    QAction *compareAction() const { return m_actions->compareAction(); }
    // Opens (or raises) the compare window with the batch shown on the left; with rightJobId, compares at
    // once.
    CompareDialog *openCompare(const QString &rightJobId = {});
    BatchActions *batchActions() const { return m_actions; }
    // Every batch quick open finds, and the batch ID fields complete from.
    KnownBatchesModel *knownBatches() const { return m_known; }
    RecentBatches *recentBatches() const { return m_recent; }
    // File ▸ Open Batch… (Ctrl+P): batches only; View ▸ Command Palette… (Ctrl+K): actions and batches.
    QuickOpenDialog *openQuickOpen(bool commandsToo = false);
    KeyboardShortcutsDialog *openKeyboardShortcuts();
    // View ▸ Reset Layout: the docks, their sizes, the window's size and the columns as at the first start.
    void resetLayout();
    // Edit > Copy Link: the otadash://batch/<JobId>?profile=<name> link of the batch shown, with the profile
    // it was read with; enabled while a batch whose ID makes a link is shown, its tooltip says why not
    // otherwise.
    QAction *copyLinkAction() const;
    // A later launch's request (SingleInstance): the window comes to the front and opens the batch with the
    // profile named, or says why the launch's link could not be opened.
    void handleLaunch(const SingleInstance::Request &request);

public slots:
    void query();

signals:
    void queryFinished(bool ok);
    // The tray's Quit: the application should end (main() quits the event loop).
    void quitRequested();

public:
    // Where the choice to keep watching in the tray when the window is closed is kept (a bool, default off).
    static inline const QString kKeepWatchingKey = QStringLiteral("tray/keepWatchingWhenClosed");
    // Where the layout is kept (geometry, docks, lists' columns and sort, splitters, the batch's tab).
    static inline const QString kLayoutGroup = QStringLiteral("layout");

protected:
    void changeEvent(QEvent *event) override;
    // macOS hands a clicked otadash:// link to the running application as an event (QFileOpenEvent), not as
    // a launch's argument: it opens here as a later launch's would. Tab in the window: arrangeFocus() first.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setupMenus();
    void setupKeyboard();
    void fillRecentMenu();
    void updateWindowTitle();
    // The window's geometry, its docks, splitters, columns, sort and tab: saved on close, restored at start.
    void saveLayout() const;
    void restoreLayout();
    // Tab goes from the profile and the query bar through the batch to the docks, and around.
    void arrangeFocus();
    void setupStatusBar();
    void updateRateStatus();
    void updateZoneStatus();
    void setupProfiles(bool selectInitial);
    void setupDocks();
    void setupTray();
    // Opens the batch and, once it is read, its Cancel dialog (a failure alert's notification): never sends.
    void openForCancel(const QString &profile, const QString &jobId);
    void setupBatchActions();
    void setupCopyLink();
    void updateCopyLink();
    void copyLink();
    // Shown, not minimized, raised and active: also when it was kept watching in the tray.
    void bringToFront();
    // The id of the profile of that name (the Environment one included); empty when there is none.
    QString profileIdOf(const QString &name) const;
    void onRead(const BatchRead &read);
    void setBusy(bool busy);
    // The texts are composed again when the language changes, hence a function rather than a string.
    void showStatus(std::function<QString()> text, int timeoutMs = 0);
    void openPreferences();
    ProfileDialog *openProfiles();
    // The error says the instance ID is what to fix: the profile's, or the query bar's without one.
    void fixInstanceId();
    void applyProfile(const Profile &profile, const Credentials &credentials);
    void setReadingProfile(bool reading);
    // The account the fields and the profile in use make; nullopt (with *problem) when they cannot be used.
    std::optional<Account> composeAccount(std::function<QString()> *problem = nullptr) const;
    // The fields or the profile changed: the directory (and the docks, which follow it) learn it a moment
    // later.
    void scheduleAccountUpdate();
    void updateAccount();
    void followAccount();
    void retranslateDynamicTexts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Services m_services;
    const Setup m_setup;
    // What the profile in use brings (the setup's until a profile is chosen).
    Credentials m_credentials;
    SignatureVersion m_signature;
    QString m_switcherProfile; // the switcher's profile in use; empty before one is
    bool m_readOnly = false;
    bool m_builtInActive = false; // the profile in use is the built-in one (the demo's)
    // The query under way.
    std::optional<Account> m_pendingAccount;
    bool m_busy = false;
    bool m_queryAfterProfile = false; // a query asked for while the profile's secret was being read
    bool m_renewalFailed = false; // the status bar says a RAM role's credentials could not be renewed
    std::optional<RpcResponse> m_lastResponse; // for the status bar's request ID and latency
    std::function<QString()> m_statusText;
    QLabel *m_statusRequestId;
    QLabel *m_statusLatency;
    QLabel *m_statusRate; // requests of the last minute against the chosen rate
    QLabel *m_statusZone; // the zone the window's times are written in
    QProgressBar *m_busyBar;
    RetryNotice *m_retryNotice;
    BatchPage *const m_page;
    ClockTimer *m_accountTimer;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_builtInWrites = nullptr; // lifts the built-in profile's read-only mark for the run
    WatchListPanel *m_watchList = nullptr;
    DiscoveryPanel *m_discovery = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    QDockWidget *m_watchDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    bool m_quitting = false; // the tray's Quit: closing really closes
    bool m_toldKeepsWatching = false;
    BatchTimelineView *m_timeline = nullptr;
    QDockWidget *m_discoveryDock = nullptr;
    RecentBatches *m_recent = nullptr;
    KnownBatchesModel *m_known = nullptr;
    QByteArray m_initialState; // the docks as built, for Reset Layout
    QSize m_initialSize;
    LayoutMemory m_layout;
    BatchActions *m_actions = nullptr;
};
