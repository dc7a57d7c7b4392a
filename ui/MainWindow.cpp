#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "BatchActions.h"
#include "BatchPage.h"
#include "BatchProgressView.h"
#include "BatchTimelineView.h"
#include "DesktopNotifier.h"
#include "DiscoveryPanel.h"
#include "ErrorPanel.h"
#include "FocusOrder.h"
#include "HistoryView.h"
#include "JobDetailView.h"
#include "JobIdField.h"
#include "KeyboardShortcutsDialog.h"
#include "KnownBatchesModel.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "ProfileSwitcher.h"
#include "ProxyLoginDialog.h"
#include "QueryBar.h"
#include "QuickOpenDialog.h"
#include "RetryNotice.h"
#include "WatchListPanel.h"
#include "api/RequestScheduler.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "models/JobDetailModel.h"
#include "models/WatchListModel.h"
#include "models/WatchListRefresher.h"
#include "net/ProxyService.h"
#include "services/AccountDirectory.h"
#include "services/BatchQuery.h"
#include "services/HistoryRecorder.h"
#include "services/PollPlan.h"
#include "services/RecentBatches.h"
#include "state/BatchStore.h"
#include "util/BatchLink.h"
#include "util/Clock.h"
#include "util/DisplayZone.h"
#include "util/TimeText.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {

// The switcher's id of the built-in profile (the demo's): never one a stored profile has.
QString builtInId(const QString &name)
{
    return u"builtin:"_s + name;
}

} // namespace

MainWindow::MainWindow(const Services &services, const Setup &setup, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_services(services), m_setup(setup),
      m_credentials(setup.credentials), m_signature(setup.signature), m_statusRequestId(new QLabel(this)),
      m_statusLatency(new QLabel(this)), m_statusRate(new QLabel(this)), m_statusZone(new QLabel(this)),
      m_busyBar(new QProgressBar(this)), m_retryNotice(new RetryNotice(services.scheduler, this)),
      m_page(new BatchPage(services.store, services.history, services.scheduler, this)),
      m_accountTimer(services.clock->createTimer(this))
{
    m_ui->setupUi(this);
    // The batch page needs the services, so it takes the place the form keeps for it.
    BatchPage *page = m_page;
    page->setObjectName(u"batchPage"_s);
    page->setSizePolicy(m_ui->batchPagePlace->sizePolicy());
    delete m_ui->centralLayout->replaceWidget(m_ui->batchPagePlace, page);
    delete m_ui->batchPagePlace;

    QueryBar *bar = m_ui->queryBar;
    if (!setup.endpoint.isEmpty())
        bar->setCustomEndpoint(setup.endpoint);
    else if (!setup.regionId.isEmpty())
        bar->setRegion(setup.regionId);
    connect(bar, &QueryBar::queryRequested, this, &MainWindow::query);
    connect(bar, &QueryBar::connectionEdited, this, &MainWindow::scheduleAccountUpdate);
    // Typing an endpoint or switching a profile changes several fields in a row: one update after them.
    m_accountTimer->setInterval(300);
    connect(m_accountTimer, &ClockTimer::timeout, this, &MainWindow::updateAccount);
    connect(services.accounts, &AccountDirectory::currentChanged, this, &MainWindow::followAccount);
    // Queued: a read's own "loaded" message comes first, and this one stays.
    connect(
            services.history, &HistoryRecorder::recordFailed, this,
            [this](const QString &reason) {
                showStatus([reason] { return tr("Not added to the batch history: %1").arg(reason); }, 8000);
            },
            Qt::QueuedConnection);
    connect(page, &BatchPage::readingShown, this, [this](const BatchKey &key) {
        updateWindowTitle();
        // The watch list's row of this batch is seen now.
        const int row = m_watchList->model()->rowOf(key.profile, key.jobId);
        if (row >= 0 && !m_page->isStale())
            m_watchList->model()->markSeen(row);
        m_watchList->refresher()->setOpenBatch(key.profile, key.jobId); // its reads go first
    });

    // A proxy that wants credentials it has not got asks here.
    if (services.proxies) {
        services.proxies->setPrompt([this](const QNetworkProxy &proxy, QString *user, QString *password) {
            return ProxyLoginDialog::ask(this, proxy, user, password);
        });
    }
    connect(m_ui->errorPanel, &ErrorPanel::instanceIdWanted, this, &MainWindow::fixInstanceId);
    setupMenus();
    setupStatusBar();
    setupDocks();
    setupBatchActions();
    setupKeyboard();
    setupCopyLink();
    m_actions->setCurrentProfile(currentProfile(), m_readOnly, m_builtInActive);
    // Before the profile is applied: the rows are read as soon as its account is there.
    if (!setup.prefillWatchList.isEmpty() && m_watchList->model()->rowCount() == 0
        && !currentProfile().isEmpty()) {
        for (const QString &jobId : setup.prefillWatchList)
            m_watchList->model()->add(currentProfile(), jobId);
    }
    if (services.profiles && services.credentials)
        setupProfiles(setup.selectInitialProfile);
    // Said once, when the history is first needed (it is opened then, after the first paint); queued like
    // the message below, so that a read's own message comes first.
    connect(
            services.history, &HistoryRecorder::historyOff, this,
            [this](const QString &reason) {
                showStatus([reason] { return tr("The batch history is off: %1").arg(reason); }, 15000);
            },
            Qt::QueuedConnection);
    retranslateDynamicTexts();
    updateAccount();
    restoreLayout();
    qApp->installEventFilter(this);
    bar->focusJobId();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupMenus()
{
    connect(m_ui->actionQuery, &QAction::triggered, this, &MainWindow::query);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    m_ui->actionPreferences->setEnabled(m_services.translations != nullptr);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
                this, tr("About OtaDash"),
                tr("<p><b>OtaDash %1</b></p><p>A dashboard for the OTA update batches of IoT Platform.</p>"
                   "<p>Built with Qt %2.</p>")
                        .arg(QStringLiteral(OTADASH_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::setupKeyboard()
{
    // What quick open finds, and the batch ID fields complete from: watched, recent, recorded and discovered
    // batches. The history is read when quick open opens, not at start.
    m_recent = new RecentBatches(m_services.settings, m_setup.watchListGroup, this);
    m_known = new KnownBatchesModel(m_watchList->model(), m_recent, this);
    m_known->setDiscovery([this] { return std::pair {currentProfile(), m_discovery->loadedBatches()}; });
    m_known->setHistory([this] {
        QList<std::pair<QString, QString>> batches;
        if (m_services.history->isOn()) {
            for (const HistoryStore::RecentBatch &batch : m_services.history->history()->recentBatches(200))
                batches.append({batch.profile, batch.jobId});
        }
        return batches;
    });
    m_ui->queryBar->setCompletions(m_known);
    m_watchList->setCompletions(m_known);
    m_actions->setCompletions(m_known);

    if (m_ui->actionPreferences->shortcut().isEmpty()) // no platform binding (X11): the common one
        m_ui->actionPreferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_ui->actionQuickOpen, &QAction::triggered, this, [this] { openQuickOpen(false); });
    connect(m_ui->actionCommandPalette, &QAction::triggered, this, [this] { openQuickOpen(true); });
    connect(m_ui->actionFocusJobId, &QAction::triggered, this, [this] { m_ui->queryBar->focusJobId(); });
    connect(m_ui->actionShowDetails, &QAction::triggered, this, [this] { showTab(Tab::Details); });
    connect(m_ui->actionShowDevices, &QAction::triggered, this, [this] { showTab(Tab::Devices); });
    connect(m_ui->actionShowHistory, &QAction::triggered, this, [this] { showTab(Tab::History); });
    connect(m_ui->actionFilterDevices, &QAction::triggered, this, [this] {
        showTab(Tab::Devices);
        batchProgressView()->focusNameFilter();
    });
    connect(m_ui->actionRefreshWatchList, &QAction::triggered, this, [this] {
        m_watchDock->show();
        m_watchDock->raise();
        m_watchList->refreshNow();
    });
    connect(m_ui->actionWatchBatch, &QAction::triggered, this, [this] {
        if (!m_page->hasBatch())
            return;
        m_watchDock->show();
        m_watchDock->raise();
        m_watchList->addBatch(m_page->key().profile, m_page->key().jobId);
    });
    m_ui->actionWatchBatch->setEnabled(false);
    connect(m_page, &BatchPage::readingShown, this, [this] { m_ui->actionWatchBatch->setEnabled(true); });
    connect(m_page, &BatchPage::batchCleared, this, [this] { m_ui->actionWatchBatch->setEnabled(false); });
    connect(m_ui->actionResetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this, &MainWindow::openKeyboardShortcuts);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    // Views built later (the Devices and History tabs) get their remembered columns when they appear.
    connect(m_page->tabs(), &QTabWidget::currentChanged, this, [this] { m_layout.apply(this); });
}

void MainWindow::fillRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QString profile = currentProfile();
    const QStringList jobIds = m_recent->jobIds(profile);
    for (int i = 0; i < jobIds.size(); ++i) {
        const QString jobId = jobIds.at(i);
        // Numbered like recent files: &1 … &9, then 1&0.
        const QString number = i < 9 ? u"&"_s + QString::number(i + 1) : u"1&0"_s;
        menu->addAction(number + u"  "_s + jobId, this,
                        [this, profile, jobId] { openBatch(profile, jobId); });
    }
    if (jobIds.isEmpty())
        menu->addAction(tr("No batch opened with this profile yet"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear
            = menu->addAction(tr("&Clear This List"), this, [this, profile] { m_recent->clear(profile); });
    clear->setEnabled(!jobIds.isEmpty());
}

QuickOpenDialog *MainWindow::openQuickOpen(bool commandsToo)
{
    m_known->refresh();
    auto *dialog = new QuickOpenDialog(commandsToo ? QuickOpenDialog::Mode::Everything
                                                   : QuickOpenDialog::Mode::Batches,
                                       m_known, ActionCatalog::of(menuBar()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickOpenDialog::batchChosen, this, &MainWindow::openBatch);
    dialog->open();
    return dialog;
}

KeyboardShortcutsDialog *MainWindow::openKeyboardShortcuts()
{
    auto *dialog = new KeyboardShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::updateWindowTitle()
{
    // "<name> (<JobId>) — OtaDash": the batch shown, as the task bar and the window switcher list it.
    if (!m_page->hasBatch() || !m_page->reading()) {
        setWindowTitle(u"OtaDash"_s);
        return;
    }
    const QString jobId = m_page->key().jobId;
    const QString name = m_page->reading()->job.name.value_or(QString());
    setWindowTitle(name.isEmpty() ? QString(jobId + u" — OtaDash"_s)
                                  : QString(name + u" ("_s + jobId + u") — OtaDash"_s));
}

void MainWindow::saveLayout() const
{
    QSettings *settings = m_services.settings;
    if (!settings)
        return;
    settings->beginGroup(kLayoutGroup);
    settings->setValue(u"geometry"_s, saveGeometry());
    settings->setValue(u"state"_s, saveState());
    settings->setValue(u"tab"_s, m_page->tabs()->currentIndex());
    settings->setValue(u"views"_s, m_layout.take(this));
    settings->endGroup();
}

void MainWindow::restoreLayout()
{
    m_initialState = saveState();
    m_initialSize = size();
    QSettings *settings = m_services.settings;
    if (settings) {
        settings->beginGroup(kLayoutGroup);
        // Qt brings a window saved on a screen that is gone back onto a screen there is.
        restoreGeometry(settings->value(u"geometry"_s).toByteArray());
        restoreState(settings->value(u"state"_s).toByteArray());
        m_layout.setSaved(settings->value(u"views"_s).toMap());
        const int tab = settings->value(u"tab"_s, 0).toInt();
        settings->endGroup();
        if (tab > 0 && tab < m_page->tabs()->count())
            m_page->tabs()->setCurrentIndex(tab);
    }
    m_layout.apply(this);
}

void MainWindow::arrangeFocus()
{
    QList<QWidget *> regions {findChild<QToolBar *>(u"profileToolBar"_s), m_ui->queryBar, m_ui->errorPanel,
                              m_page};
    // The tabs of docks that share a place (the watch list and the timeline), then the docks.
    for (QTabBar *tabs : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        regions.append(tabs);
    regions << m_watchDock << m_timelineDock << m_discoveryDock;
    FocusOrder::arrange(this, regions);
}

void MainWindow::resetLayout()
{
    if (isMaximized() || isFullScreen())
        showNormal();
    restoreState(m_initialState);
    resize(m_initialSize);
    m_layout.reset(this);
    m_page->tabs()->setCurrentIndex(0);
    if (m_services.settings)
        m_services.settings->remove(kLayoutGroup);
    showStatus([] { return tr("The layout is back as it was at the first start."); }, 8000);
}

void MainWindow::setupStatusBar()
{
    m_busyBar->setObjectName(u"busyBar"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->hide();
    // While a request waits to be sent again: why, when, which attempt; Cancel drops the retries.
    m_retryNotice->setObjectName(u"retryNotice"_s);
    statusBar()->addPermanentWidget(m_retryNotice);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_statusRate);
    statusBar()->addPermanentWidget(m_statusRequestId);
    statusBar()->addPermanentWidget(m_statusLatency);
    statusBar()->addPermanentWidget(m_statusZone);
    m_statusRequestId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The window's times are written without a zone (TimeText): it is named here, once, and follows
    // Preferences.
    m_statusZone->setObjectName(u"statusZone"_s);
    connect(DisplayZone::instance(), &DisplayZone::changed, this, &MainWindow::updateZoneStatus);
    updateZoneStatus();
    // The requests of the last minute against the chosen rate, every few seconds on the scheduler's clock.
    m_statusRate->setObjectName(u"statusRate"_s);
    auto *rateTimer = m_services.scheduler->clock().createTimer(this);
    rateTimer->setSingleShot(false);
    rateTimer->setInterval(2000);
    connect(rateTimer, &ClockTimer::timeout, this, &MainWindow::updateRateStatus);
    rateTimer->start();
    updateRateStatus();
}

void MainWindow::updateRateStatus()
{
    const RequestScheduler *scheduler = m_services.scheduler;
    const QLocale locale;
    const int perMinute = scheduler->rateLimit() * 60;
    m_statusRate->setText(
            tr("%1 of %2 requests a minute")
                    .arg(locale.toString(scheduler->startsInLastMinute()), locale.toString(perMinute)));
    QString tip
            = tr("Requests sent in the last minute, against the rate chosen in Preferences (%1 a second; the "
                 "account allows %2 a second, shared by all its RAM users and tools). The watch list may use "
                 "%3 a minute.")
                      .arg(locale.toString(scheduler->rateLimit()),
                           locale.toString(scheduler->accountLimit()),
                           locale.toString(PollPlan::budgetPerMinute(scheduler->rateLimit())));
    if (m_watchList) {
        const QString plan = PollPlan::describe(m_watchList->refresher()->plan());
        if (!plan.isEmpty())
            tip += u'\n' + plan;
    }
    m_statusRate->setToolTip(tip);
}

void MainWindow::updateZoneStatus()
{
    m_statusZone->setText(TimeText::zoneNote());
    m_statusZone->setToolTip(tr("Every time in this window is written in this zone: the computer's, or UTC "
                                "(File ▸ Preferences ▸ Show times in UTC)."));
}

void MainWindow::setJobId(const QString &jobId)
{
    m_ui->queryBar->setJobId(jobId);
}

QString MainWindow::currentProfile() const
{
    return m_switcherProfile.isEmpty() ? m_setup.fixedProfile : m_switcherProfile;
}

void MainWindow::showTab(Tab tab)
{
    m_page->showTab(tab == Tab::Devices           ? BatchPage::Tab::Devices
                            : tab == Tab::History ? BatchPage::Tab::History
                                                  : BatchPage::Tab::Details);
}

// --- Querying

std::optional<Account> MainWindow::composeAccount(std::function<QString()> *problem) const
{
    std::optional<RpcConfig> config = m_ui->queryBar->connection(problem);
    if (!config)
        return std::nullopt;
    config->credentials = m_credentials;
    config->signature = m_signature;
    config->format = m_setup.format;
    config->timeoutMs = m_setup.requestTimeoutMs;
    return Account {currentProfile(), *config, m_ui->queryBar->instanceId(), m_readOnly};
}

void MainWindow::query()
{
    if (m_busy)
        return;
    if (m_profileSwitcher && m_profileSwitcher->isReading()) {
        m_queryAfterProfile = true; // runs once the secret is there
        return;
    }
    QueryBar *bar = m_ui->queryBar;
    const QString jobId = bar->jobId();
    if (jobId.isEmpty()) {
        bar->showProblem([] { return tr("Enter the batch ID (JobId) to query."); });
        bar->focusJobId();
        return;
    }
    std::function<QString()> problem;
    const std::optional<Account> account = composeAccount(&problem);
    if (!account) {
        bar->showProblem(problem);
        return;
    }
    bar->hideProblem();
    updateAccount(); // the docks follow what is queried now, not a moment later
    m_pendingAccount = account;
    setBusy(true);
    showStatus([jobId] { return tr("Querying batch %1…").arg(jobId); });
    BatchQueryCall *call = m_services.query->query(*account, jobId, RequestPriority::Interactive, this);
    connect(call, &BatchQueryCall::finished, this, &MainWindow::onRead);
}

void MainWindow::onRead(const BatchRead &read)
{
    setBusy(false);
    const Account account = *std::exchange(m_pendingAccount, std::nullopt);
    const QString jobId = read.key.jobId;
    m_lastResponse = read.response;
    retranslateDynamicTexts(); // the request ID and latency
    if (!read.ok()) {
        const ApiError &error = *read.result.error;
        m_ui->errorPanel->showError(error, read.response); // the batch on screen stays as it was
        showStatus([jobId] { return tr("Query of %1 failed.").arg(jobId); }, 8000);
        m_page->showStale(account, jobId, error);
        emit queryFinished(false);
        return;
    }
    m_ui->errorPanel->clear();
    m_recent->add(account.profile, jobId);
    m_page->open(account, jobId);
    showStatus([jobId] { return tr("Batch %1 loaded.").arg(jobId); }, 8000);
    emit queryFinished(true);
}

void MainWindow::setBusy(bool busy)
{
    m_busy = busy;
    setReadingProfile(m_profileSwitcher && m_profileSwitcher->isReading());
}

void MainWindow::showStatus(std::function<QString()> text, int timeoutMs)
{
    m_statusText = std::move(text);
    statusBar()->showMessage(m_statusText(), timeoutMs);
}

void MainWindow::openBatch(const QString &profile, const QString &jobId)
{
    // A batch of another profile is read with that profile: switch to it first (query() waits for its
    // secret).
    if (m_profileSwitcher && !profile.isEmpty() && profile != currentProfile()) {
        if (const QString id = profileIdOf(profile); !id.isEmpty())
            m_profileSwitcher->selectProfile(id);
    }
    setJobId(jobId);
    showTab(Tab::Details);
    query();
}

QString MainWindow::profileIdOf(const QString &name) const
{
    if (!m_services.profiles || name.isEmpty())
        return QString();
    if (name == QLatin1String(Profile::kEnvironmentName))
        return QString::fromLatin1(Profile::kEnvironmentId);
    if (const std::optional<Profile> named = m_services.profiles->profileByName(name))
        return named->id;
    return QString();
}

// --- Links and later launches

void MainWindow::setupCopyLink()
{
    QAction *action = m_ui->actionCopyLink;
    m_ui->menuEdit->setToolTipsVisible(true); // the reason a disabled action gives
    connect(action, &QAction::triggered, this, &MainWindow::copyLink);
    connect(m_page, &BatchPage::readingShown, this, &MainWindow::updateCopyLink);
    connect(m_page, &BatchPage::batchCleared, this, &MainWindow::updateCopyLink);
    // First in the form's context menu, before the copy commands.
    QWidget *form = m_page->detailView();
    form->insertAction(form->actions().value(0), action);
    updateCopyLink();
}

QAction *MainWindow::copyLinkAction() const
{
    return m_ui->actionCopyLink;
}

void MainWindow::updateCopyLink()
{
    // The link names the profile the batch shown was read with: opened elsewhere, it reads the same account
    // even after this window switched to another profile.
    QString tip;
    bool enabled = false;
    if (!m_page->hasBatch()) {
        tip = tr("Query a batch first: the link opens the batch shown.");
    } else {
        const BatchKey &key = m_page->key();
        QString problem;
        if (!BatchLink::compose(key.jobId, key.profile, &problem)) {
            tip = tr("Batch %1 has no link: %2").arg(key.jobId, problem);
        } else {
            enabled = true;
            tip = key.profile.isEmpty()
                    ? tr("Copy a link that opens batch %1 (it holds no AccessKey and no secret).")
                              .arg(key.jobId)
                    : tr("Copy a link that opens batch %1 with profile %2 (it holds no AccessKey and no "
                         "secret).")
                              .arg(key.jobId, key.profile);
        }
    }
    QAction *action = m_ui->actionCopyLink;
    action->setEnabled(enabled);
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

void MainWindow::copyLink()
{
    if (!m_page->hasBatch())
        return;
    const BatchKey key = m_page->key();
    const std::optional<QString> link = BatchLink::compose(key.jobId, key.profile);
    if (!link)
        return;
    QGuiApplication::clipboard()->setText(*link);
    showStatus([jobId = key.jobId,
                text = *link] { return tr("Copied the link to batch %1: %2").arg(jobId, text); },
               8000);
}

void MainWindow::bringToFront()
{
    if (isHidden()) { // kept watching in the tray: closing it ends the application again
        QGuiApplication::setQuitOnLastWindowClosed(true);
        show();
    }
    if (isMinimized()) // showNormal() would also undo a maximized window
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::handleLaunch(const SingleInstance::Request &request)
{
    bringToFront();
    if (!request.error.isEmpty()) {
        showStatus([error = request.error] { return tr("Could not open the link: %1").arg(error); }, 15000);
        return;
    }
    if (request.jobId.isEmpty())
        return; // a launch without a batch: the window is all it wanted
    if (m_busy) {
        // query() would drop it while another query runs: it comes after that one.
        connect(
                this, &MainWindow::queryFinished, this, [this, request] { handleLaunch(request); },
                Qt::SingleShotConnection);
        return;
    }
    const QString profile = request.profile;
    const bool known = profile.isEmpty() || profile == currentProfile()
            || (m_profileSwitcher && !profileIdOf(profile).isEmpty());
    openBatch(profile, request.jobId);
    if (known)
        return;
    // Said after the query's own word: the batch is read with the profile in use instead.
    const auto say = [this, profile, jobId = request.jobId] {
        showStatus(
                [profile, jobId] {
                    return tr("There is no profile named %1 here: batch %2 is read with the profile in use.")
                            .arg(profile, jobId);
                },
                15000);
    };
    if (!m_busy && !m_queryAfterProfile) {
        say();
        return;
    }
    connect(this, &MainWindow::queryFinished, this, say, Qt::SingleShotConnection);
}

// --- Accounts and profiles

void MainWindow::scheduleAccountUpdate()
{
    m_accountTimer->start();
}

void MainWindow::updateAccount()
{
    m_accountTimer->stop();
    const std::optional<Account> account = composeAccount();
    if (account && account->config.credentials.isComplete())
        m_services.accounts->setCurrent(*account);
    else
        m_services.accounts->setCurrentUnusable(currentProfile());
}

void MainWindow::followAccount()
{
    const std::optional<Account> account = m_services.accounts->current();
    m_watchList->setCurrentProfile(currentProfile());
    if (!account) {
        m_discovery->clear();
        return;
    }
    m_discovery->setAccount(*account);
    if (!account->profile.isEmpty())
        m_watchList->refreshNow(); // its rows of this account can be read now
}

void MainWindow::setupProfiles(bool selectInitial)
{
    m_profileSwitcher
            = new ProfileSwitcher(m_services.profiles, m_services.credentials, m_services.scheduler, this);
    m_profilesAction = new QAction(this);
    m_profilesAction->setObjectName(u"actionProfiles"_s);
    QToolBar *toolBar = addToolBar(QString());
    toolBar->setObjectName(u"profileToolBar"_s);
    toolBar->setMovable(false);
    toolBar->addWidget(m_profileSwitcher);
    toolBar->addAction(m_profilesAction);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_profilesAction);
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::openProfiles);
    connect(m_profileSwitcher, &ProfileSwitcher::readingChanged, this, &MainWindow::setReadingProfile);
    connect(m_profileSwitcher, &ProfileSwitcher::profileActivated, this, &MainWindow::applyProfile);
    connect(m_profileSwitcher, &ProfileSwitcher::profileFailed, this,
            [this](const Profile &profile, const CredentialError &error) {
                // Its place is applied all the same, so the user sees which profile failed and where.
                applyProfile(profile, {profile.accessKeyId, {}, {}});
                m_queryAfterProfile = false;
                m_ui->errorPanel->showCredentialError(profile.name, error);
            });
    connect(m_profileSwitcher, &ProfileSwitcher::roleFailed, this,
            [this](const Profile &profile, const ApiError &error) {
                applyProfile(profile, {profile.accessKeyId, {}, {}});
                m_queryAfterProfile = false;
                m_ui->errorPanel->showError(error);
            });
    connect(m_profileSwitcher, &ProfileSwitcher::roleRenewalFailed, this,
            [this](const Profile &profile, const ApiError &error) {
                showStatus(
                        [name = profile.name, error] {
                            return tr("Could not renew the temporary credentials of profile %1 (%2); trying "
                                      "again while the current ones last.")
                                    .arg(name, error.title());
                        },
                        0);
                m_renewalFailed = true;
            });
    connect(m_profileSwitcher, &ProfileSwitcher::roleRenewed, this, [this](const Profile &profile) {
        // Only worth a word after a failed renewal: it takes that warning back.
        if (!std::exchange(m_renewalFailed, false))
            return;
        showStatus(
                [name = profile.name] {
                    return tr("The temporary credentials of profile %1 are renewed.").arg(name);
                },
                8000);
    });
    // The demo's profile is one of the switcher's, built in: the switcher and the watch list say "Demo"
    // alike.
    if (!m_setup.fixedProfile.isEmpty() && m_setup.credentials.isComplete()) {
        Profile demo;
        demo.id = builtInId(m_setup.fixedProfile);
        demo.name = m_setup.fixedProfile;
        demo.endpoint = m_setup.endpoint;
        demo.regionId = m_setup.regionId;
        demo.accessKeyId = m_setup.credentials.accessKeyId;
        demo.signature = m_setup.signature;
        demo.readOnly = m_setup.builtInReadOnly;
        m_profileSwitcher->setBuiltIn(demo, m_setup.credentials);
        // Read-only as a real profile can be; the demo's write actions reach only the simulator, so its mark
        // can be lifted here for the run (never remembered).
        m_builtInWrites = new QAction(this);
        m_builtInWrites->setObjectName(u"actionBuiltInWrites"_s);
        m_builtInWrites->setCheckable(true);
        m_builtInWrites->setChecked(!demo.readOnly);
        m_ui->menuFile->insertAction(m_ui->actionQuit, m_builtInWrites);
        m_ui->menuFile->insertSeparator(m_ui->actionQuit);
        connect(m_builtInWrites, &QAction::toggled, this, [this, demo](bool allowed) {
            Profile changed = demo;
            changed.readOnly = !allowed;
            m_profileSwitcher->setBuiltIn(changed, m_setup.credentials);
            if (m_builtInActive) {
                m_readOnly = changed.readOnly;
                m_actions->setCurrentProfile(currentProfile(), m_readOnly, true);
                updateAccount();
            }
            showStatus(
                    [allowed, name = demo.name] {
                        return allowed
                                ? tr("Write actions are allowed with profile %1: they act on the embedded "
                                     "simulator only.")
                                          .arg(name)
                                : tr("Profile %1 is read-only again: it may only query.").arg(name);
                    },
                    8000);
        });
        if (!selectInitial)
            m_profileSwitcher->selectProfile(demo.id);
    }
    if (selectInitial)
        m_profileSwitcher->selectInitialProfile();
}

void MainWindow::applyProfile(const Profile &profile, const Credentials &credentials)
{
    QueryBar *bar = m_ui->queryBar;
    if (!profile.endpoint.isEmpty())
        bar->setCustomEndpoint(profile.endpoint);
    else if (!profile.regionId.isEmpty())
        bar->setRegion(profile.regionId);
    bar->setInstanceId(profile.iotInstanceId);
    m_signature = profile.signature;
    m_credentials = credentials;
    m_readOnly = profile.readOnly;
    m_builtInActive = m_builtInWrites && profile.id == builtInId(m_setup.fixedProfile);
    m_switcherProfile = profile.name; // before a deferred query: its fetch is kept under this profile
    if (m_ui->errorPanel->hasCredentialError())
        m_ui->errorPanel->clear();
    showStatus([name = profile.name] { return tr("Profile %1 in use.").arg(name); }, 8000);
    m_actions->setCurrentProfile(currentProfile(), m_readOnly, m_builtInActive);
    updateAccount();
    if (std::exchange(m_queryAfterProfile, false) && credentials.isComplete())
        query();
}

void MainWindow::setReadingProfile(bool reading)
{
    // Busy, but not querying: no query starts before the secret is there.
    m_busyBar->setVisible(reading || m_busy);
    m_ui->queryBar->setQueryEnabled(!reading && !m_busy);
    m_ui->actionQuery->setEnabled(!reading && !m_busy);
    if (reading)
        showStatus([] { return tr("Reading the profile's secret from the keychain…"); });
}

void MainWindow::fixInstanceId()
{
    // A saved profile holds the instance ID: open it there. Otherwise (the environment's credentials, the
    // demo) it is the query bar's field.
    const QString id = m_profileSwitcher ? m_profileSwitcher->currentId() : QString();
    if (id.isEmpty() || !m_services.profiles || !m_services.profiles->profile(id)) {
        m_ui->queryBar->focusInstanceId();
        return;
    }
    ProfileDialog *dialog = openProfiles();
    dialog->selectProfile(id);
    dialog->focusInstanceId();
}

ProfileDialog *MainWindow::openProfiles()
{
    auto *dialog = new ProfileDialog(m_services.profiles, m_services.credentials, m_services.scheduler, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What was edited may be the profile in use: apply it again once the dialog closes.
    connect(dialog, &QDialog::finished, this, [this] {
        if (!m_profileSwitcher->currentId().isEmpty())
            m_profileSwitcher->selectProfile(m_profileSwitcher->currentId());
    });
    dialog->open();
    return dialog;
}

void MainWindow::openPreferences()
{
    auto *dialog
            = new PreferencesDialog(m_services.translations, m_services.scheduler, m_services.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProxyService(m_services.proxies);
    dialog->setWatchList(m_watchList);
    dialog->setTrayAvailable(m_notifier->isTrayAvailable());
    if (m_services.history->isOn()) {
        dialog->setHistoryStore(m_services.history->history());
        connect(dialog, &PreferencesDialog::historyChanged, historyView(), &HistoryView::refresh);
    }
    dialog->open();
}

// --- Watch list and Discovery

void MainWindow::setupDocks()
{
    AccountDirectory *accounts = m_services.accounts;
    m_watchList = new WatchListPanel(
            m_services.query, [accounts](const QString &profile) { return accounts->account(profile); },
            this);
    m_watchList->setObjectName(u"watchListPanel"_s);
    m_discovery = new DiscoveryPanel(m_services.scheduler, m_services.store, this);
    m_discovery->setObjectName(u"discoveryPanel"_s);
    m_notifier = new DesktopNotifier(this);
    if (m_services.settings)
        m_watchList->setSettings(m_services.settings, m_setup.watchListGroup);

    m_discoveryDock = new QDockWidget(this);
    m_discoveryDock->setObjectName(u"discoveryDock"_s);
    m_discoveryDock->setWidget(m_discovery);
    m_watchDock = new QDockWidget(this);
    m_watchDock->setObjectName(u"watchListDock"_s);
    m_watchDock->setWidget(m_watchList);
    // The watched batches on a time axis, a tab beside the watch list.
    m_timeline = new BatchTimelineView(m_watchList->model(), &m_services.scheduler->clock(), this);
    m_timeline->setObjectName(u"timelineView"_s);
    m_timelineDock = new QDockWidget(this);
    m_timelineDock->setObjectName(u"timelineDock"_s);
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::LeftDockWidgetArea, m_discoveryDock);
    splitDockWidget(m_discoveryDock, m_watchDock, Qt::Vertical);
    tabifyDockWidget(m_watchDock, m_timelineDock);
    m_watchDock->raise();
    // Room for both docks beside the batch form.
    resize(std::max(width(), 1380), std::max(height(), 860));
    resizeDocks({m_discoveryDock}, {540}, Qt::Horizontal);
    resizeDocks({m_discoveryDock, m_watchDock}, {440, 320}, Qt::Vertical);

    // The docks, shown or hidden, above Reset Layout.
    QMenu *view = m_ui->menuView;
    view->insertAction(m_ui->actionResetLayout, m_discoveryDock->toggleViewAction());
    view->insertAction(m_ui->actionResetLayout, m_watchDock->toggleViewAction());
    view->insertAction(m_ui->actionResetLayout, m_timelineDock->toggleViewAction());
    view->insertSeparator(m_ui->actionResetLayout);

    connect(m_watchList, &WatchListPanel::openBatch, this, &MainWindow::openBatch);
    connect(m_timeline, &BatchTimelineView::openBatch, this, &MainWindow::openBatch);
    connect(m_discovery, &DiscoveryPanel::showOnTimeline, this,
            [this](const QString &what, const QList<JobSummary> &batches) {
                m_timeline->showAlso(what,
                                     BatchTimeline::fromSummaries(currentProfile(), batches,
                                                                  m_services.scheduler->clock().nowUtc()));
                m_timelineDock->show();
                m_timelineDock->raise();
            });
    connect(m_discovery, &DiscoveryPanel::openBatch, this,
            [this](const QString &jobId) { openBatch(currentProfile(), jobId); });
    connect(m_discovery, &DiscoveryPanel::watchBatch, this, [this](const QString &jobId) {
        m_watchDock->show();
        m_watchDock->raise();
        m_watchList->addBatch(currentProfile(), jobId);
    });
    // A watched batch's status changed, whichever view read it: the user hears of it once.
    connect(m_watchList->model(), &WatchListModel::statusChanged, m_notifier,
            &DesktopNotifier::notifyStatusChange);
    connect(m_watchList->model(), &WatchListModel::failureAlertRaised, m_notifier,
            &DesktopNotifier::notifyFailureAlert);
    connect(m_notifier, &DesktopNotifier::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_watchDock->show();
        m_watchDock->raise();
    });
    setupTray();
    // The title counts the rows whose status changed since they were last opened.
    connect(m_watchList->model(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::retranslateDynamicTexts);
    connect(m_watchList->model(), &QAbstractItemModel::rowsRemoved, this,
            &MainWindow::retranslateDynamicTexts);
    connect(m_watchList->model(), &QAbstractItemModel::modelReset, this,
            &MainWindow::retranslateDynamicTexts);
}

void MainWindow::setupTray()
{
    connect(m_notifier, &DesktopNotifier::openRequested, this, [this] {
        QGuiApplication::setQuitOnLastWindowClosed(true);
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_notifier, &DesktopNotifier::pauseToggled, m_watchList, &WatchListPanel::setPaused);
    connect(m_notifier, &DesktopNotifier::quitRequested, this, [this] {
        m_quitting = true;
        close();
        emit quitRequested();
    });
    connect(m_notifier, &DesktopNotifier::batchClicked, this,
            [this](const QString &profile, const QString &jobId, bool alert) {
                if (alert)
                    openForCancel(profile, jobId);
            });
}

void MainWindow::openForCancel(const QString &profile, const QString &jobId)
{
    auto *once = new QObject(this);
    connect(this, &MainWindow::queryFinished, once, [this, once, jobId](bool ok) {
        once->deleteLater();
        if (!ok || m_ui->queryBar->jobId() != jobId || openCancelBatch())
            return;
        // Not offered (a read-only profile, the demo's among them): the batch is open, and the reason shows.
        showStatus([this] { return m_actions->cancelAction()->toolTip(); }, 0);
    });
    openBatch(profile, jobId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // Closing keeps watching in the tray when the user chose so and the desktop has one; Quit ends it.
    const bool keep = m_services.settings && m_services.settings->value(kKeepWatchingKey, false).toBool();
    if (!m_quitting && keep && m_notifier && m_notifier->isTrayAvailable()) {
        // A dialog closed while the window is hidden must not end the application.
        QGuiApplication::setQuitOnLastWindowClosed(false);
        hide();
        event->ignore();
        if (!std::exchange(m_toldKeepsWatching, true))
            m_notifier->notify(
                    tr("OtaDash keeps watching"),
                    tr("The watch list goes on refreshing in the background, with its notifications. "
                       "Open or quit OtaDash from its tray icon."));
        return;
    }
    QMainWindow::closeEvent(event);
}

// --- What acts on the batch shown

void MainWindow::setupBatchActions()
{
    m_actions = new BatchActions(m_services, m_page, this, m_ui->menuFile, m_ui->actionQuery,
                                 m_ui->actionPreferences);
    connect(m_actions, &BatchActions::batchChanged, this, [this](const QString &jobId) {
        // What changed: the batch and its counts again, and the watch list's rows.
        setJobId(jobId);
        query();
        m_watchList->refreshNow();
    });
    connect(m_watchList, &WatchListPanel::compareBatch, this,
            [this](const QString &profile, const QString &jobId) {
                // The compare window reads with the profile in use; a batch of another one would not be found
                // there.
                if (!profile.isEmpty() && profile != currentProfile()) {
                    showStatus(
                            [jobId, profile] {
                                return tr("Batch %1 is watched with profile %2: switch to that profile to "
                                          "compare it.")
                                        .arg(jobId, profile);
                            },
                            8000);
                    return;
                }
                openCompare(jobId);
            });
}

CompareDialog *MainWindow::openCompare(const QString &rightJobId)
{
    return m_actions->openCompare(m_ui->queryBar->jobId(), rightJobId);
}

// --- Language

void MainWindow::retranslateDynamicTexts()
{
    m_busyBar->setToolTip(tr("A request is under way"));
    updateRateStatus();
    updateZoneStatus();
    updateCopyLink();
    m_actions->retranslate();
    if (m_profilesAction)
        m_profilesAction->setText(tr("Pro&files…"));
    if (m_builtInWrites) {
        m_builtInWrites->setText(tr("Allow Write Actions in the &Demo"));
        const QString tip
                = tr("Profile %1 is read-only while this is off. On, canceling, upgrading again and "
                     "confirming device tasks are sent to the embedded simulator; never to a real "
                     "account. Not remembered.")
                          .arg(m_setup.fixedProfile);
        m_builtInWrites->setToolTip(tip);
        m_builtInWrites->setStatusTip(tip);
    }
    m_discoveryDock->setWindowTitle(tr("Discovery"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    const int changed = m_watchList->model()->changedCount();
    m_watchDock->setWindowTitle(changed > 0 ? tr("Watch list (%n changed)", "", changed) : tr("Watch list"));
    if (m_statusText && !statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(m_statusText(), m_busy ? 0 : 8000);
    if (m_lastResponse) {
        m_statusLatency->setText(tr("%1 ms").arg(QLocale().toString(m_lastResponse->latencyMs)));
        const QString requestId = m_lastResponse->requestId;
        m_statusRequestId->setText(requestId.isEmpty() ? QString() : tr("Request ID: %1").arg(requestId));
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Views and badges are built as they are needed, and each joins the end of the Tab chain: the order is
    // put right just before Tab moves the focus.
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
            arrangeFocus();
    }
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme() == QLatin1String(BatchLink::kScheme)) {
            SingleInstance::Request request;
            if (const std::optional<BatchLink> link = BatchLink::parse(url.toString(), &request.error)) {
                request.jobId = link->jobId;
                request.profile = link->profile;
            }
            handleLaunch(request);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_watchList) // not during construction
            retranslateDynamicTexts();
    }
    QMainWindow::changeEvent(event);
}
