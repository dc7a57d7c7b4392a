#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "BatchProgressView.h"
#include "CancelBatchDialog.h"
#include "CompareDialog.h"
#include "DesktopNotifier.h"
#include "DiscoveryPanel.h"
#include "ExportActions.h"
#include "HistoryNoticeBar.h"
#include "HistoryView.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "ProfileSwitcher.h"
#include "WatchListPanel.h"
#include "api/QueryOtaJob.h"
#include "api/RequestScheduler.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "history/HistoryStore.h"
#include "history/LastLook.h"
#include "models/JobDetailModel.h"
#include "models/SourceVersionsModel.h"
#include "models/TagsModel.h"
#include "models/WatchListModel.h"
#include "models/WatchListRefresher.h"
#include "util/Translations.h"

#include <QCompleter>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpressionValidator>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {
// Same endpoint, identity and way of asking, same IotInstanceId.
bool sameAccount(const std::pair<RpcConfig, QString> &a, const std::pair<RpcConfig, QString> &b)
{
    const RpcConfig &x = a.first;
    const RpcConfig &y = b.first;
    return x.endpoint == y.endpoint && x.regionId == y.regionId
            && x.credentials.accessKeyId == y.credentials.accessKeyId
            && x.credentials.accessKeySecret == y.credentials.accessKeySecret
            && x.credentials.securityToken == y.credentials.securityToken && x.signature == y.signature
            && x.format == y.format && x.httpMethod == y.httpMethod && x.timeoutMs == y.timeoutMs
            && a.second == b.second;
}

// Public-instance regions of IoT Platform (REFERENCE.md section 3, "Endpoint").
const char *const kRegions[]
        = {"cn-shanghai", "ap-southeast-1", "ap-northeast-1", "us-west-1", "us-east-1", "eu-central-1"};
} // namespace

MainWindow::MainWindow(RequestScheduler *scheduler, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_scheduler(scheduler),
      m_details(new JobDetailModel(this)), m_tags(new TagsModel(this)),
      m_versions(new SourceVersionsModel(this)), m_statusRequestId(new QLabel(this)),
      m_statusLatency(new QLabel(this)), m_busyBar(new QProgressBar(this))
{
    m_ui->setupUi(this);
    m_ui->detailView->setModels(m_details, m_tags, m_versions);
    m_progressView = new BatchProgressView(scheduler, m_ui->devicesTab);
    m_progressView->setObjectName(u"batchProgressView"_s);
    m_ui->devicesLayout->addWidget(m_progressView);
    m_ui->errorPanel->hide();
    m_ui->inputHint->hide();
    // Right under the error panel: the stale badge belongs to the error it explains.
    m_historyNotes = new HistoryNoticeBar(m_ui->centralWidget);
    m_historyNotes->setObjectName(u"historyNotices"_s);
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->errorPanel) + 1, m_historyNotes);
    connect(this, &MainWindow::historyRecorded, m_ui->historyView,
            [this](const QString &profile, const QString &jobId) {
                if (profile == m_ui->historyView->profile() && jobId == m_ui->historyView->jobId())
                    m_ui->historyView->refresh();
            });

    // Batch IDs are letters, digits and a few marks; the reference's samples mask some characters with '*'.
    m_ui->jobIdEdit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(u"[A-Za-z0-9_\\-*]{0,64}"_s), m_ui->jobIdEdit));
    m_ui->jobIdEdit->setMaxLength(64);

    for (const char *region : kRegions)
        m_ui->regionCombo->addItem(QString::fromLatin1(region), QString::fromLatin1(region));
    m_ui->regionCombo->addItem(QString(), QString()); // "Custom endpoint", texts set in retranslate

    m_busyBar->setObjectName(u"busyBar"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_statusRequestId);
    statusBar()->addPermanentWidget(m_statusLatency);
    m_statusRequestId->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_ui->jobIdEdit, &QLineEdit::returnPressed, this, &MainWindow::query);
    connect(m_ui->instanceEdit, &QLineEdit::returnPressed, this, &MainWindow::query);
    connect(m_ui->endpointEdit, &QLineEdit::returnPressed, this, &MainWindow::query);
    connect(m_ui->queryButton, &QPushButton::clicked, this, &MainWindow::query);
    connect(m_ui->actionQuery, &QAction::triggered, this, &MainWindow::query);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    m_ui->actionPreferences->setEnabled(false);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_ui->errorDismiss, &QToolButton::clicked, this, &MainWindow::hideError);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &MainWindow::updateEndpointField);
    connect(m_ui->jobIdEdit, &QLineEdit::textEdited, m_ui->inputHint, &QWidget::hide);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
                this, tr("About OtaDash"),
                tr("<p><b>OtaDash %1</b></p><p>A dashboard for the OTA update batches of IoT Platform.</p>"
                   "<p>Built with Qt %2.</p>")
                        .arg(QStringLiteral(OTADASH_VERSION), QString::fromLatin1(qVersion())));
    });

    // File > Export and Edit > Copy as command, for the batch on screen.
    m_exports = new ExportActions(scheduler, m_progressView, this);
    m_exports->install(m_ui->menuFile, m_ui->actionPreferences, m_ui->detailView);
    m_exports->setHistorySource([this]() -> const HistoryStore * { return m_history; });
    setupDocks();
    setupGuardRails();
    setupCompareAndLint();
    // Every batch read and every complete round of task counts goes into the history, once there is one.
    connect(m_watchList->refresher(), &WatchListRefresher::jobFetched, this, &MainWindow::recordFetch);
    connect(m_progressView, &BatchProgressView::countsChanged, this, [this](const TaskStatusCounts &counts) {
        if (!m_history || !m_history->isOpen())
            return;
        const QString jobId = m_progressView->jobId();
        if (m_history->recordCounts(m_batchProfile, jobId, QDateTime::currentDateTimeUtc(), counts))
            emit historyRecorded(m_batchProfile, jobId);
        else
            showHistoryError();
    });
    // Counts of the batch on screen (after they were recorded, above): the user has now seen them too.
    connect(m_progressView, &BatchProgressView::countsChanged, this, [this] {
        const QString jobId = m_progressView->jobId();
        if (m_history && m_history->isOpen() && !m_historyNotes->isStale() && m_batchProfile == m_shownProfile
            && m_details->hasJob() && m_details->job().jobId.value_or(QString()) == jobId) {
            // Not past a fetch the form does not show (a watch-list refresh since): its changes are unseen.
            const std::optional<HistoryJobSnapshot> latest = m_history->latestJob(m_shownProfile, jobId);
            if (!latest || latest->fetchedAtUtc <= m_shownFetchedAtUtc)
                m_history->markSeen(m_shownProfile, jobId, QDateTime::currentDateTimeUtc());
        }
    });
    retranslateDynamicTexts();
    updateEndpointField();
    m_ui->jobIdEdit->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    scheduleAccountUpdate();
}

void MainWindow::setSignatureVersion(SignatureVersion version)
{
    m_signature = version;
    scheduleAccountUpdate();
}

void MainWindow::setResponseFormat(ResponseFormat format)
{
    m_format = format;
}

void MainWindow::setRegion(const QString &regionId)
{
    int index = m_ui->regionCombo->findData(regionId);
    if (index < 0) {
        index = m_ui->regionCombo->count() - 1;
        m_ui->regionCombo->insertItem(index, regionId, regionId);
    }
    m_ui->regionCombo->setCurrentIndex(index);
}

void MainWindow::setCustomEndpoint(const QUrl &endpoint)
{
    m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->count() - 1);
    m_ui->endpointEdit->setText(endpoint.toString());
}

void MainWindow::setRequestTimeout(int ms)
{
    m_timeoutMs = ms;
}

void MainWindow::setSuggestedJobIds(const QStringList &jobIds)
{
    auto *completer = new QCompleter(jobIds, m_ui->jobIdEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->jobIdEdit->setCompleter(completer);
}

void MainWindow::setJobId(const QString &jobId)
{
    m_ui->jobIdEdit->setText(jobId);
}

void MainWindow::setTranslations(Translations *translations)
{
    m_translations = translations;
    m_ui->actionPreferences->setEnabled(translations != nullptr);
}

void MainWindow::openPreferences()
{
    if (!m_translations)
        return;
    auto *dialog = new PreferencesDialog(m_translations, m_scheduler, m_preferenceSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_history && m_history->isOpen()) {
        dialog->setHistoryStore(m_history);
        connect(dialog, &PreferencesDialog::historyChanged, m_ui->historyView, &HistoryView::refresh);
    }
    dialog->open();
}

void MainWindow::setHistoryStore(HistoryStore *store)
{
    m_history = store;
    m_ui->historyView->setStore(store);
    if (store && !store->isOpen()) {
        showStatus([reason = store->errorString()] { return tr("The batch history is off: %1").arg(reason); },
                   15000);
    }
}

void MainWindow::recordFetch(const QString &profile, const QString &jobId, const QDateTime &fetchedAtUtc,
                             const RpcResponse &response, const QString &jobStatus)
{
    // A history that could not be opened said so once (setHistoryStore); each fetch does not repeat it.
    if (!m_history || !m_history->isOpen())
        return;
    if (m_history->recordJob(profile, jobId, fetchedAtUtc, response.body, response.format, jobStatus))
        emit historyRecorded(profile, jobId);
    else
        showHistoryError();
}

void MainWindow::showHistoryError()
{
    const QString reason = m_history->errorString();
    showStatus([reason] { return tr("Not added to the batch history: %1").arg(reason); }, 8000);
}

void MainWindow::updateEndpointField()
{
    const QString region = m_ui->regionCombo->currentData().toString();
    const bool custom = region.isEmpty();
    m_ui->endpointEdit->setReadOnly(!custom);
    m_ui->endpointEdit->setEnabled(custom);
    if (!custom)
        m_ui->endpointEdit->setText(RpcConfig::regionEndpoint(region).toString());
}

std::optional<RpcConfig> MainWindow::currentConfig(bool showProblems)
{
    RpcConfig config;
    const QString region = m_ui->regionCombo->currentData().toString();
    if (region.isEmpty()) {
        const QString text = m_ui->endpointEdit->text().trimmed();
        if (text.isEmpty()) {
            if (showProblems)
                showInputProblem([] { return tr("Enter an endpoint URL, or choose a region."); });
            return std::nullopt;
        }
        config.endpoint = QUrl(text, QUrl::StrictMode);
        if (RpcClient::validateEndpoint(config.endpoint)) {
            if (!showProblems)
                return std::nullopt;
            showInputProblem([endpoint = config.endpoint] {
                return RpcClient::validateEndpoint(endpoint).value_or(QString());
            });
            return std::nullopt;
        }
    } else {
        config.regionId = region;
        config.endpoint = RpcConfig::regionEndpoint(region);
    }
    config.credentials = m_credentials;
    config.signature = m_signature;
    config.format = m_format;
    config.timeoutMs = m_timeoutMs;
    return config;
}

void MainWindow::query()
{
    if (m_busy)
        return;
    if (m_profileSwitcher && m_profileSwitcher->isReading()) {
        m_queryAfterProfile = true; // runs once the secret is there
        return;
    }
    const QString jobId = m_ui->jobIdEdit->text().trimmed();
    if (jobId.isEmpty()) {
        showInputProblem([] { return tr("Enter the batch ID (JobId) to query."); });
        m_ui->jobIdEdit->setFocus();
        return;
    }
    const std::optional<RpcConfig> config = currentConfig();
    if (!config)
        return;
    m_ui->inputHint->hide();
    m_pendingJobId = jobId;
    m_pendingConfig = config;
    m_pendingInstanceId = m_ui->instanceEdit->text().trimmed();
    m_pendingProfile = watchListProfile();
    setBusy(true);
    const QueryPairs params = QueryOtaJob::params(jobId, m_pendingInstanceId);
    ScheduledRequest *request
            = m_scheduler->submit(*config, QueryOtaJob::kAction, params, RequestPriority::Interactive, this);
    connect(request, &ScheduledRequest::finished, this, &MainWindow::onFinished);
}

void MainWindow::onFinished(const RpcResponse &response)
{
    setBusy(false);
    m_lastResponse = response;
    const BatchQueryResult result = QueryOtaJob::interpret(response);
    m_statusLatency->setText(tr("%1 ms").arg(QLocale().toString(response.latencyMs)));
    const QString requestId = result.error ? result.error->requestId : response.requestId;
    m_statusRequestId->setText(requestId.isEmpty() ? QString() : tr("Request ID: %1").arg(requestId));
    if (result.error) {
        showError(*result.error); // the batch on screen stays as it was
        showStatus([jobId = m_pendingJobId] { return tr("Query of %1 failed.").arg(jobId); }, 8000);
        showStaleBatch(*result.error, m_pendingProfile, m_pendingJobId);
        emit queryFinished(false);
        return;
    }
    hideError();
    m_tags->setTags(result.job->tags.value_or(QList<OtaTag>()));
    m_versions->setVersions(result.job->srcVersions.value_or(QStringList()));
    m_details->setJob(*result.job);
    if (m_pendingConfig)
        m_shownBatch = ShownBatch {*m_pendingConfig, m_pendingJobId, m_pendingInstanceId, m_pendingProfile};
    updateCancelAction();
    if (m_pendingConfig) {
        m_batchProfile = m_pendingProfile;
        m_progressView->setBatch(*m_pendingConfig, m_pendingJobId, m_pendingInstanceId);
    }
    const QString name = result.job->name.value_or(m_pendingJobId);
    setWindowTitle(u"OtaDash — "_s + name);
    showStatus([jobId = m_pendingJobId] { return tr("Batch %1 loaded.").arg(jobId); }, 8000);
    if (m_pendingConfig)
        m_exports->setBatch({response, *result.job, *m_pendingConfig, m_pendingJobId, m_pendingInstanceId,
                             m_switcherProfile, watchListProfile()});
    recordFetch(m_pendingProfile, m_pendingJobId, QDateTime::currentDateTimeUtc(), response,
                result.job->jobStatus.value_or(QString()));
    lookAtHistory(m_pendingProfile, m_pendingJobId);
    emit queryFinished(true);
}

void MainWindow::showTab(Tab tab)
{
    QWidget *page = m_ui->detailView;
    if (tab == Tab::Devices)
        page = m_ui->devicesTab;
    else if (tab == Tab::History)
        page = m_ui->historyView;
    m_ui->batchTabs->setCurrentWidget(page);
}

HistoryView *MainWindow::historyView() const
{
    return m_ui->historyView;
}

void MainWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_ui->queryButton->setEnabled(!busy);
    m_ui->actionQuery->setEnabled(!busy);
    if (busy)
        showStatus([jobId = m_pendingJobId] { return tr("Querying batch %1…").arg(jobId); });
}

void MainWindow::showError(const ApiError &error)
{
    m_lastError = error;
    m_lastCredentialError.reset();
    m_ui->errorTitle->setText(error.title());
    QString message = error.localizedMessage();
    if (!error.detail.isEmpty())
        message += u"\n"_s + error.localizedDetail();
    m_ui->errorMessage->setText(message);
    const bool hasCode = !error.code.isEmpty();
    m_ui->errorCode->setText(error.code);
    m_ui->errorCode->setVisible(hasCode);
    m_ui->errorCodeCaption->setVisible(hasCode);
    m_ui->errorRequestId->setText(error.requestId);
    m_ui->errorRequestId->setVisible(!error.requestId.isEmpty());
    m_ui->errorRequestIdCaption->setVisible(!error.requestId.isEmpty());
    const QString hint = error.hint();
    m_ui->errorHint->setText(hint);
    m_ui->errorHint->setVisible(!hint.isEmpty());
    m_ui->errorPanel->setStyleSheet(
            u"#errorPanel { background: palette(base); border: 1px solid #c62828; }"_s);
    m_ui->errorPanel->show();
}

void MainWindow::hideError()
{
    m_lastError.reset();
    m_lastCredentialError.reset();
    m_ui->errorPanel->hide();
}

void MainWindow::showInputProblem(std::function<QString()> problem)
{
    m_inputProblem = std::move(problem);
    m_ui->inputHint->setText(m_inputProblem());
    m_ui->inputHint->setStyleSheet(u"color: #c62828;"_s);
    m_ui->inputHint->show();
}

void MainWindow::showStatus(std::function<QString()> text, int timeoutMs)
{
    m_statusText = std::move(text);
    statusBar()->showMessage(m_statusText(), timeoutMs);
}

void MainWindow::retranslateDynamicTexts()
{
    retranslateDocks();
    m_ui->regionCombo->setItemText(m_ui->regionCombo->count() - 1, tr("Custom endpoint"));
    if (m_cancelBatchAction) {
        m_cancelBatchAction->setText(tr("&Cancel batch tasks…"));
        updateCancelAction();
    }
    m_busyBar->setToolTip(tr("A request is under way"));
    if (m_compareAction)
        m_compareAction->setText(tr("Co&mpare with…"));
    if (m_lastError) {
        // Parsed again, so that what OtaDash says about an unreadable body follows the language too.
        if (m_lastResponse) {
            if (const std::optional<ApiError> again = QueryOtaJob::interpret(*m_lastResponse).error)
                m_lastError = again;
        }
        showError(*m_lastError);
    }
    if (m_lastCredentialError)
        showCredentialError(m_lastCredentialError->first, m_lastCredentialError->second);
    if (m_profilesAction)
        m_profilesAction->setText(tr("&Profiles…"));
    if (m_inputProblem && !m_ui->inputHint->isHidden())
        m_ui->inputHint->setText(m_inputProblem());
    if (m_statusText && !statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(m_statusText(), m_busy ? 0 : 8000);
    if (m_lastResponse) {
        m_statusLatency->setText(tr("%1 ms").arg(QLocale().toString(m_lastResponse->latencyMs)));
        const QString requestId = m_lastResponse->requestId;
        m_statusRequestId->setText(requestId.isEmpty() ? QString() : tr("Request ID: %1").arg(requestId));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateDynamicTexts();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setProfileStores(ProfileStore *profiles, SessionAwareCredentialStore *credentials)
{
    m_profiles = profiles;
    m_profileCredentials = credentials;
    m_profileSwitcher = new ProfileSwitcher(profiles, credentials, this);
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
                showCredentialError(profile.name, error);
            });
    connectDocksToProfiles();
    // Read-only profiles may only query: the cancel action follows the profile in use.
    connect(m_profileSwitcher, &ProfileSwitcher::profileActivated, this, [this](const Profile &profile) {
        m_readOnlyProfile = profile.readOnly ? profile.name : QString();
        updateCancelAction();
    });
    connect(m_profileSwitcher, &ProfileSwitcher::profileFailed, this, [this](const Profile &profile) {
        m_readOnlyProfile = profile.readOnly ? profile.name : QString();
        updateCancelAction();
    });
    retranslateDynamicTexts();
}

void MainWindow::applyProfile(const Profile &profile, const Credentials &credentials)
{
    if (!profile.endpoint.isEmpty())
        setCustomEndpoint(profile.endpoint);
    else if (!profile.regionId.isEmpty())
        setRegion(profile.regionId);
    m_ui->instanceEdit->setText(profile.iotInstanceId);
    setSignatureVersion(profile.signature);
    setCredentials(credentials);
    if (m_lastCredentialError)
        hideError();
    showStatus([name = profile.name] { return tr("Profile %1 in use.").arg(name); }, 8000);
    m_switcherProfile = profile.name; // before a deferred query: its fetch is recorded under this profile
    if (std::exchange(m_queryAfterProfile, false) && credentials.isComplete())
        query();
}

void MainWindow::showCredentialError(const QString &profileName, const CredentialError &error)
{
    m_lastError.reset();
    m_lastCredentialError = {profileName, error};
    m_queryAfterProfile = false;
    m_ui->errorTitle->setText(tr("Profile %1: %2").arg(profileName, error.title()));
    m_ui->errorMessage->setText(error.message());
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->errorCode), static_cast<QWidget *>(m_ui->errorCodeCaption),
          static_cast<QWidget *>(m_ui->errorRequestId), static_cast<QWidget *>(m_ui->errorRequestIdCaption)})
        widget->hide();
    m_ui->errorHint->setText(
            tr("Open File > Profiles… to enter the secret again or to choose another profile."));
    m_ui->errorHint->show();
    m_ui->errorPanel->setStyleSheet(
            u"#errorPanel { background: palette(base); border: 1px solid #c62828; }"_s);
    m_ui->errorPanel->show();
}

void MainWindow::setReadingProfile(bool reading)
{
    // Busy, but not querying: no query starts before the secret is there.
    m_busyBar->setVisible(reading || m_busy);
    m_ui->queryButton->setEnabled(!reading && !m_busy);
    m_ui->actionQuery->setEnabled(!reading && !m_busy);
    if (reading)
        showStatus([] { return tr("Reading the profile's secret from the keychain…"); });
}

void MainWindow::openProfiles()
{
    if (!m_profiles)
        return;
    auto *dialog = new ProfileDialog(m_profiles, m_profileCredentials, m_scheduler, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What was edited may be the profile in use: apply it again once the dialog closes.
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_profileSwitcher && !m_profileSwitcher->currentId().isEmpty())
            m_profileSwitcher->selectProfile(m_profileSwitcher->currentId());
    });
    dialog->open();
}

// --- Watch list and Discovery

void MainWindow::setupDocks()
{
    const auto resolver = [this](const QString &profile) -> std::optional<WatchListRefresher::Target> {
        if (const auto account = accountOf(profile))
            return WatchListRefresher::Target(account->first, account->second);
        return std::nullopt;
    };
    m_watchList = new WatchListPanel(m_scheduler, resolver, this);
    m_watchList->setObjectName(u"watchListPanel"_s);
    m_discovery = new DiscoveryPanel(m_scheduler, this);
    m_discovery->setObjectName(u"discoveryPanel"_s);
    m_notifier = new DesktopNotifier(this);

    m_discoveryDock = new QDockWidget(this);
    m_discoveryDock->setObjectName(u"discoveryDock"_s);
    m_discoveryDock->setWidget(m_discovery);
    m_watchDock = new QDockWidget(this);
    m_watchDock->setObjectName(u"watchListDock"_s);
    m_watchDock->setWidget(m_watchList);
    addDockWidget(Qt::LeftDockWidgetArea, m_discoveryDock);
    splitDockWidget(m_discoveryDock, m_watchDock, Qt::Vertical);
    // Room for both docks beside the batch form.
    resize(std::max(width(), 1380), std::max(height(), 860));
    resizeDocks({m_discoveryDock}, {540}, Qt::Horizontal);
    resizeDocks({m_discoveryDock, m_watchDock}, {440, 320}, Qt::Vertical);

    m_viewMenu = new QMenu(this);
    m_viewMenu->setObjectName(u"menuView"_s);
    m_viewMenu->addAction(m_discoveryDock->toggleViewAction());
    m_viewMenu->addAction(m_watchDock->toggleViewAction());
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), m_viewMenu);

    connect(m_watchList, &WatchListPanel::openBatch, this, &MainWindow::openBatch);
    connect(m_discovery, &DiscoveryPanel::openBatch, this,
            [this](const QString &jobId) { openBatch(watchListProfile(), jobId); });
    connect(m_discovery, &DiscoveryPanel::watchBatch, this, [this](const QString &jobId) {
        m_watchDock->show();
        m_watchDock->raise();
        m_watchList->addBatch(watchListProfile(), jobId);
    });
    connect(m_watchList->refresher(), &WatchListRefresher::statusChanged, m_notifier,
            &DesktopNotifier::notifyStatusChange);
    connect(m_notifier, &DesktopNotifier::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_watchDock->show();
        m_watchDock->raise();
    });
    // The title counts the rows whose status changed since they were last opened.
    connect(m_watchList->model(), &QAbstractItemModel::dataChanged, this, &MainWindow::retranslateDocks);
    connect(m_watchList->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::retranslateDocks);
    connect(m_watchList->model(), &QAbstractItemModel::modelReset, this, &MainWindow::retranslateDocks);

    // Typing an endpoint or switching a profile changes several fields in a row: one update after them.
    m_accountTimer = new QTimer(this);
    m_accountTimer->setSingleShot(true);
    m_accountTimer->setInterval(300);
    connect(m_accountTimer, &QTimer::timeout, this, &MainWindow::updateAccount);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &MainWindow::scheduleAccountUpdate);
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &MainWindow::scheduleAccountUpdate);
    connect(m_ui->instanceEdit, &QLineEdit::textChanged, this, &MainWindow::scheduleAccountUpdate);
}

void MainWindow::connectDocksToProfiles()
{
    // After applyProfile (connected first): the fields already show the profile.
    connect(m_profileSwitcher, &ProfileSwitcher::profileActivated, this,
            [this](const Profile &profile, const Credentials &credentials) {
                m_switcherProfile = profile.name;
                m_watchList->setCurrentProfile(profile.name);
                if (credentials.isComplete()) {
                    RpcConfig config = profile.rpcConfig(credentials);
                    config.timeoutMs = m_timeoutMs;
                    m_sessionAccounts.insert(profile.name, {config, profile.iotInstanceId});
                }
                scheduleAccountUpdate();
            });
    connect(m_profileSwitcher, &ProfileSwitcher::profileFailed, this, [this](const Profile &profile) {
        m_switcherProfile = profile.name;
        m_watchList->setCurrentProfile(profile.name);
        scheduleAccountUpdate();
    });
}

void MainWindow::setWatchListSettings(QSettings *settings, const QString &group)
{
    m_watchList->setSettings(settings, group);
}

void MainWindow::setWatchListProfile(const QString &name)
{
    m_fixedWatchProfile = name;
    m_watchList->setCurrentProfile(watchListProfile());
    scheduleAccountUpdate();
}

QString MainWindow::watchListProfile() const
{
    return m_switcherProfile.isEmpty() ? m_fixedWatchProfile : m_switcherProfile;
}

void MainWindow::prefillWatchList(const QStringList &jobIds)
{
    if (m_watchList->model()->rowCount() > 0 || watchListProfile().isEmpty())
        return;
    for (const QString &jobId : jobIds)
        m_watchList->model()->add(watchListProfile(), jobId);
}

void MainWindow::openBatch(const QString &profile, const QString &jobId)
{
    // A batch of another profile is read with that profile: switch to it first (query() waits for its
    // secret).
    if (m_profileSwitcher && m_profiles && !profile.isEmpty() && profile != watchListProfile()) {
        QString id;
        if (profile == QLatin1String(Profile::kEnvironmentName))
            id = QString::fromLatin1(Profile::kEnvironmentId);
        else if (const std::optional<Profile> named = m_profiles->profileByName(profile))
            id = named->id;
        if (!id.isEmpty())
            m_profileSwitcher->selectProfile(id);
    }
    setJobId(jobId);
    showTab(Tab::Details);
    query();
}

void MainWindow::scheduleAccountUpdate()
{
    if (m_accountTimer)
        m_accountTimer->start();
}

std::optional<std::pair<RpcConfig, QString>> MainWindow::accountOf(const QString &watchProfile)
{
    if (watchProfile == watchListProfile()) {
        std::optional<RpcConfig> config = currentConfig(false);
        if (!config || !config->credentials.isComplete())
            return std::nullopt;
        return std::pair {*config, m_ui->instanceEdit->text().trimmed()};
    }
    const auto found = m_sessionAccounts.constFind(watchProfile);
    if (found == m_sessionAccounts.cend())
        return std::nullopt;
    return *found;
}

void MainWindow::updateAccount()
{
    const QString profile = watchListProfile();
    const auto account = accountOf(profile);
    if (!account) {
        m_discovery->clear();
        m_lastAccount.reset();
        return;
    }
    m_discovery->setConfig(account->first, account->second);
    // No profile yet (its secret is still being read): the watch list waits for it.
    if (profile.isEmpty())
        return;
    m_sessionAccounts.insert(profile, *account); // still readable after a switch to another profile
    if (!m_lastAccount || m_lastAccountProfile != profile || !sameAccount(*m_lastAccount, *account)) {
        m_lastAccount = account;
        m_lastAccountProfile = profile;
        m_watchList->refreshNow(); // its rows of this account can be read now
    }
}

void MainWindow::retranslateDocks()
{
    if (!m_watchDock)
        return;
    m_discoveryDock->setWindowTitle(tr("Discovery"));
    const int changed = m_watchList->model()->changedCount();
    m_watchDock->setWindowTitle(changed > 0 ? tr("Watch list (%n changed)", "", changed) : tr("Watch list"));
    m_viewMenu->setTitle(tr("&View"));
}

// --- Guard rails: canceling tasks, failure-rate alerts

void MainWindow::setupGuardRails()
{
    m_cancelBatchAction = new QAction(this);
    m_cancelBatchAction->setObjectName(u"actionCancelBatch"_s);
    // After Query in the File menu: it acts on the batch the query shows.
    const QList<QAction *> fileActions = m_ui->menuFile->actions();
    m_ui->menuFile->insertAction(fileActions.value(fileActions.indexOf(m_ui->actionQuery) + 1),
                                 m_cancelBatchAction);
    m_ui->menuFile->setToolTipsVisible(true); // the reason a disabled action gives
    connect(m_cancelBatchAction, &QAction::triggered, this, &MainWindow::openCancelBatch);

    connect(m_watchList->model(), &WatchListModel::failureAlertRaised, m_notifier,
            &DesktopNotifier::notifyFailureAlert);
    // The Devices tab's counts feed the alert of the same batch on the watch list.
    connect(m_progressView, &BatchProgressView::countsChanged, this, [this](const TaskStatusCounts &counts) {
        if (m_shownBatch && m_shownBatch->jobId == m_progressView->jobId())
            m_watchList->model()->updateCounts(m_shownBatch->profile, m_shownBatch->jobId, counts);
    });
    updateCancelAction();
}

void MainWindow::updateCancelAction()
{
    if (!m_cancelBatchAction)
        return;
    QString tip;
    bool enabled = false;
    if (!m_readOnlyProfile.isEmpty()) {
        tip = tr("Profile %1 is read-only: it may only query. Clear “Read-only” in File > Profiles… to "
                 "cancel tasks with it.")
                      .arg(m_readOnlyProfile);
    } else if (!m_shownBatch) {
        tip = tr("Query a batch first: canceling acts on the batch shown.");
    } else if (m_shownBatch->profile != watchListProfile()) {
        tip = tr("Batch %1 was read with profile %2: query it again with the profile in use.")
                      .arg(m_shownBatch->jobId, m_shownBatch->profile);
    } else {
        enabled = true;
        tip = tr("Cancel device tasks of batch %1; asks for its batch ID first.").arg(m_shownBatch->jobId);
    }
    m_cancelBatchAction->setEnabled(enabled);
    m_cancelBatchAction->setToolTip(tip);
    m_cancelBatchAction->setStatusTip(tip);
}

CancelBatchDialog *MainWindow::openCancelBatch()
{
    updateCancelAction();
    if (!m_cancelBatchAction->isEnabled() || !m_shownBatch || !m_details->hasJob())
        return nullptr;
    const OtaJob &job = m_details->job();
    CancelBatchDialog::Batch batch;
    batch.jobId = m_shownBatch->jobId;
    batch.name = job.name.value_or(QString());
    batch.iotInstanceId = m_shownBatch->iotInstanceId;
    batch.dynamic = job.selectionType.value_or(QString()) == u"DYNAMIC";
    batch.planned = job.jobStatus.value_or(QString()) == u"PLANNED";
    if (m_progressView->jobId() == batch.jobId)
        batch.counts = m_progressView->counts();
    auto *dialog = new CancelBatchDialog(m_scheduler, m_shownBatch->config, batch, this);
    dialog->setObjectName(u"cancelBatchDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelBatchDialog::batchChanged, this, [this](const QString &jobId) {
        // What changed: the batch and its counts again, and the watch list's rows.
        if (!m_shownBatch || m_shownBatch->jobId != jobId)
            return;
        setJobId(jobId);
        query();
        m_watchList->refreshNow();
    });
    dialog->open();
    return dialog;
}

// --- History

void MainWindow::lookAtHistory(const QString &profile, const QString &jobId)
{
    m_shownProfile = profile;
    m_shownFetchedAtUtc = QDateTime::currentDateTimeUtc();
    m_historyNotes->clearStale();
    m_historyNotes->clearChanges();
    m_ui->historyView->setBatch(profile, jobId);
    if (!m_history || !m_history->isOpen())
        return;
    if (const std::optional<HistoryJobSnapshot> latest = m_history->latestJob(profile, jobId))
        m_shownFetchedAtUtc = latest->fetchedAtUtc; // the fetch just recorded: "Stale since" names it
    // Read before this look is marked: afterwards the store would say the user saw what just arrived.
    const LastLook look = LastLook::read(*m_history, profile, jobId);
    if (look.job) {
        m_details->setPrevious(*look.job);
        m_historyNotes->setChanges(int(m_details->changedFields().size()), look.fetchedAtUtc);
    }
    m_ui->historyView->setLastLook(look.counts, look.fetchedAtUtc);
    if (!m_history->markSeen(profile, jobId, QDateTime::currentDateTimeUtc()))
        showHistoryError();
}

void MainWindow::showStaleBatch(const ApiError &error, const QString &profile, const QString &jobId)
{
    // Only when the network failed: an answer (business or signature error) says the batch is not readable
    // as it stands, and the last state of it would mislead.
    const bool network = error.kind == ApiError::Kind::Transport
            && (error.transport == ApiError::Transport::Timeout
                || error.transport == ApiError::Transport::ConnectionRefused
                || error.transport == ApiError::Transport::ConnectionClosed
                || error.transport == ApiError::Transport::HostNotFound
                || error.transport == ApiError::Transport::Tls
                || error.transport == ApiError::Transport::Network);
    if (!network || !m_history || !m_history->isOpen())
        return;
    const bool shown = m_details->hasJob() && m_details->job().jobId.value_or(QString()) == jobId
            && m_shownProfile == profile;
    if (shown) { // kept as it is, nothing lost: only now known to be old
        if (!m_historyNotes->isStale())
            m_historyNotes->setStale(m_shownFetchedAtUtc);
        return;
    }
    const std::optional<HistoryJobSnapshot> latest = m_history->latestJob(profile, jobId);
    const std::optional<OtaJob> job = latest ? jobOfSnapshot(*latest) : std::nullopt;
    if (!job)
        return;
    m_tags->setTags(job->tags.value_or(QList<OtaTag>()));
    m_versions->setVersions(job->srcVersions.value_or(QStringList()));
    m_details->setJob(*job);
    m_progressView->clear(); // its tasks were of the batch shown before, and cannot be read now
    // Cancel and the exports act on a batch read now, never on the one shown before nor on a stale one.
    m_shownBatch.reset();
    updateCancelAction();
    m_exports->clearBatch();
    m_shownProfile = profile;
    m_shownFetchedAtUtc = latest->fetchedAtUtc;
    m_historyNotes->clearChanges();
    m_historyNotes->setStale(latest->fetchedAtUtc);
    m_ui->historyView->setBatch(profile, jobId);
    setWindowTitle(u"OtaDash — "_s + job->name.value_or(jobId));
}

// --- Compare and lint

void MainWindow::setupCompareAndLint()
{
    // The form's lint also weighs the task counts and the failed tasks' versions the Devices tab has read;
    // both views are given the same batch in onFinished().
    connect(m_progressView, &BatchProgressView::taskFactsChanged, this, [this] {
        m_ui->detailView->setLintTaskFacts(m_progressView->counts(), m_progressView->failedSourceVersions());
    });

    m_compareAction = new QAction(this);
    m_compareAction->setObjectName(u"actionCompare"_s);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    const QList<QAction *> fileActions = m_ui->menuFile->actions();
    m_ui->menuFile->insertAction(fileActions.value(fileActions.indexOf(m_ui->actionQuery) + 1),
                                 m_compareAction);
    connect(m_compareAction, &QAction::triggered, this, [this] { openCompare(); });
    connect(m_watchList, &WatchListPanel::compareBatch, this,
            [this](const QString &profile, const QString &jobId) {
                // The compare window reads with the profile in use; a batch of another one would not be found
                // there.
                if (!profile.isEmpty() && profile != watchListProfile()) {
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
    if (!m_compare) {
        m_compare = new CompareDialog(
                m_scheduler, [this] { return accountOf(watchListProfile()); }, this);
        m_compare->setObjectName(u"compareDialog"_s);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
    }
    const QString shown = m_details->hasJob() ? m_details->job().jobId.value_or(QString()) : QString();
    m_compare->setLeftJobId(shown.isEmpty() ? m_ui->jobIdEdit->text().trimmed() : shown);
    if (!rightJobId.isEmpty())
        m_compare->setRightJobId(rightJobId);
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    if (!rightJobId.isEmpty() && !shown.isEmpty())
        m_compare->compare();
    return m_compare;
}
