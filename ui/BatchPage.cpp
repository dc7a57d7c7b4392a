#include "BatchPage.h"
#include "ui_BatchPage.h"

#include "BatchProgressView.h"
#include "DesktopStyle.h"
#include "HistoryNoticeBar.h"
#include "HistoryView.h"
#include "JobDetailView.h"
#include "api/RequestScheduler.h"
#include "models/JobDetailModel.h"
#include "models/SourceVersionsModel.h"
#include "models/TagsModel.h"
#include "ota/CountsSummary.h"
#include "services/BatchCounts.h"
#include "services/BatchQuery.h"
#include "services/FirmwareLookup.h"
#include "services/HistoryRecorder.h"
#include "services/LiveRefresh.h"
#include "state/BatchStore.h"
#include "util/Clock.h"
#include "util/TimeText.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

BatchPage::BatchPage(BatchStore *store, HistoryRecorder *history, RequestScheduler *scheduler,
                     QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BatchPage>()), m_store(store), m_history(history),
      m_scheduler(scheduler), m_details(new JobDetailModel(this)), m_tags(new TagsModel(this)),
      m_versions(new SourceVersionsModel(this)), m_live(new LiveRefresh(scheduler->clock(), this)),
      m_firmware(new FirmwareLookup(scheduler, this)), m_query(new BatchQuery(scheduler, store, this)),
      m_counts(new BatchCounts(scheduler, store, this)), m_tick(scheduler->clock().createTimer(this))
{
    m_ui->setupUi(this);
    m_ui->detailView->setModels(m_details, m_tags, m_versions);
    connect(m_firmware, &FirmwareLookup::found, this,
            [this](const QString &firmwareId, const FirmwareDetail &firmware) {
                if (!m_reading || m_reading->job.firmwareId != firmwareId)
                    return;
                const QDateTime now = m_scheduler->clock().nowUtc();
                m_ui->detailView->setFirmware(firmware, tr("Read at %1.").arg(TimeText::readAt(now, now)));
            });
    connect(m_firmware, &FirmwareLookup::failed, this,
            [this](const QString &firmwareId, const ApiError &error) {
                if (!m_reading || m_reading->job.firmwareId != firmwareId)
                    return;
                // What was read of it before stays, said to be from before.
                const std::optional<FirmwareDetail> &shown = m_ui->detailView->firmware();
                const bool same = shown && shown->info.firmwareId == firmwareId;
                m_ui->detailView->setFirmware(
                        same ? shown : std::nullopt,
                        same ? tr("Package %1 could not be read again (%2): as read before.")
                                        .arg(firmwareId, error.title())
                             : tr("Package %1 could not be read: %2").arg(firmwareId, error.title()));
            });
    m_ui->readTimesLabel->hide();
    m_ui->notShownLabel->hide();
    m_ui->notShownLabel->setStyleSheet(
            u"#notShownLabel { background: #fff4e5; color: #5c3b00; border: 1px solid #e0a040; padding: 4px; }"_s);

    // Live: the open batch is read again every interval while it runs.
    for (const int secs : LiveRefresh::kIntervalChoicesSecs)
        m_ui->intervalCombo->addItem(QString(), secs);
    m_ui->intervalCombo->setCurrentIndex(m_ui->intervalCombo->findData(LiveRefresh::kDefaultIntervalSecs));
    connect(m_ui->intervalCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_live->setIntervalSecs(m_ui->intervalCombo->currentData().toInt()); });
    connect(m_ui->pauseButton, &QPushButton::toggled, m_live, &LiveRefresh::setPaused);
    connect(m_live, &LiveRefresh::due, this, &BatchPage::runRound);
    connect(m_live, &LiveRefresh::stateChanged, this, &BatchPage::updateLive);
    m_tick->setSingleShot(false);
    m_tick->setInterval(1000);
    connect(m_tick, &ClockTimer::timeout, this, [this] {
        updateReadTimes();
        updateLive();
    });
    retranslateLive();
    updateLive();

    connect(m_store, &BatchStore::changed, this,
            [this](const BatchKey &key, BatchStore::Parts parts) { onStoreChanged(key, int(parts)); });
    if (m_history) {
        connect(m_history, &HistoryRecorder::recorded, this, [this](const BatchKey &key) {
            if (key == m_key && m_historyView)
                m_historyView->refresh();
        });
    }
    // A tab's view is built the first time it comes to the front.
    connect(m_ui->batchTabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *page = m_ui->batchTabs->widget(index);
        if (page == m_ui->devicesTab)
            batchProgressView();
        else if (page == m_ui->historyTab)
            historyView();
    });
}

BatchProgressView *BatchPage::batchProgressView()
{
    if (m_progress)
        return m_progress;
    m_progress = new BatchProgressView(m_scheduler, m_store, m_ui->devicesTab);
    m_progress->setObjectName(u"batchProgressView"_s);
    m_ui->devicesLayout->addWidget(m_progress);
    m_progress->show(); // shown with its tab, now if that is in front
    // The form's lint also weighs the failed tasks' versions the Devices tab has read.
    connect(m_progress, &BatchProgressView::taskFactsChanged, this, &BatchPage::updateLintFacts);
    connect(m_progress, &BatchProgressView::deviceRequested, this, &BatchPage::deviceRequested);
    connect(m_progress, &BatchProgressView::taskActionRequested, this, &BatchPage::taskActionRequested);
    connect(m_progress, &BatchProgressView::verifyRequested, this, &BatchPage::verifyRequested);
    // Counts on screen: the user has seen them too (not past a reading the form does not show).
    connect(m_progress, &BatchProgressView::countsChanged, this, [this] {
        updateReadTimes();
        if (!isStale())
            markSeen();
    });
    if (m_account && m_key.isValid())
        m_progress->setBatch(*m_account, m_key.jobId);
    updateLive();
    return m_progress;
}

HistoryView *BatchPage::historyView()
{
    if (m_historyView)
        return m_historyView;
    m_historyView = new HistoryView(m_ui->historyTab);
    m_historyView->setObjectName(u"historyView"_s);
    m_ui->historyLayout->addWidget(m_historyView);
    m_historyView->show(); // shown with its tab, now if that is in front
    m_historyView->setStore(m_history ? m_history->history() : nullptr);
    if (m_key.isValid()) {
        m_historyView->setBatch(m_key.profile, m_key.jobId);
        m_historyView->setLastLook(m_lastLook.counts, m_lastLook.fetchedAtUtc);
    }
    return m_historyView;
}

BatchPage::~BatchPage() = default;

JobDetailView *BatchPage::detailView() const
{
    return m_ui->detailView;
}

HistoryNoticeBar *BatchPage::historyNotices() const
{
    return m_ui->historyNotices;
}

QTabWidget *BatchPage::tabs() const
{
    return m_ui->batchTabs;
}

bool BatchPage::isStale() const
{
    return m_ui->historyNotices->isStale();
}

void BatchPage::showTab(Tab tab)
{
    QWidget *page = m_ui->detailView;
    if (tab == Tab::Devices)
        page = m_ui->devicesTab;
    else if (tab == Tab::History)
        page = m_ui->historyTab;
    m_ui->batchTabs->setCurrentWidget(page);
}

void BatchPage::open(const Account &account, const QString &jobId)
{
    const BatchKey key = account.key(jobId);
    const JobReading *reading = m_store->job(key);
    if (!reading)
        return;
    const bool another = key != m_key || !m_account;
    clearNotRead();
    m_key = key;
    m_account = account;
    HistoryNoticeBar *notes = m_ui->historyNotices;
    notes->clearStale();
    notes->clearChanges();
    m_lastLookJob.reset();
    // Read before this look is marked: afterwards the history would say the user saw what just arrived.
    const LastLook look = m_history ? m_history->lastLook(key) : LastLook();
    m_lastLook = look;
    m_lastLookJob = look.job;
    showReading(*reading);
    lookUpFirmware(account, reading->job);
    if (look.job)
        notes->setChanges(int(m_details->changedFields().size()), look.fetchedAtUtc);
    if (m_historyView) {
        m_historyView->setBatch(key.profile, key.jobId);
        m_historyView->setLastLook(look.counts, look.fetchedAtUtc);
    }
    if (m_progress) {
        if (another || m_progress->jobId() != jobId)
            m_progress->setBatch(account, jobId);
        else
            m_progress->refreshIfStarted(); // read again: the counts and rows too (the loaded rows stay)
    }
    updateLintFacts();
    markSeen();
    m_tick->start();
    if (another)
        m_live->stop();
    m_live->follow(reading->job);
}

void BatchPage::showReading(const JobReading &reading)
{
    m_reading = reading;
    m_tags->setTags(reading.job.tags.value_or(QList<OtaTag>()));
    m_versions->setVersions(reading.job.srcVersions.value_or(QStringList()));
    m_details->setJob(reading.job);
    // Another package than the one shown (a batch shown from its history): not read yet.
    const std::optional<FirmwareDetail> &firmware = m_ui->detailView->firmware();
    if (!firmware || firmware->info.firmwareId != reading.job.firmwareId.value_or(QString()))
        m_ui->detailView->setFirmware(std::nullopt, tr("The package is read when the batch is queried."));
    if (m_lastLookJob)
        m_details->setPrevious(*m_lastLookJob);
    updateReadTimes();
    emit readingShown(m_key, reading);
}

void BatchPage::lookUpFirmware(const Account &account, const OtaJob &job)
{
    const QString firmwareId = job.firmwareId.value_or(QString());
    if (firmwareId.isEmpty()) {
        m_firmware->cancel();
        m_ui->detailView->setFirmware(std::nullopt,
                                      tr("The batch names no package (FirmwareId was not returned)."));
        return;
    }
    const std::optional<FirmwareDetail> &shown = m_ui->detailView->firmware();
    if (!shown || shown->info.firmwareId != firmwareId)
        m_ui->detailView->setFirmware(std::nullopt, tr("Reading package %1…").arg(firmwareId));
    m_firmware->lookUp(account, firmwareId);
}

bool BatchPage::showStale(const Account &account, const QString &jobId, const ApiError &error)
{
    const BatchKey key = account.key(jobId);
    if (!HistoryRecorder::isNetworkFailure(error)) {
        showNotRead(jobId, error);
        return false;
    }
    HistoryNoticeBar *notes = m_ui->historyNotices;
    if (key == m_key && m_reading) { // kept as it is, nothing lost: only now known to be old
        if (!notes->isStale())
            notes->setStale(m_reading->readAtUtc);
        return true;
    }
    // Another batch: what this session read of it, else its last recorded state.
    std::optional<JobReading> known;
    if (const JobReading *inStore = m_store->job(key))
        known = *inStore;
    else if (m_history)
        known = m_history->lastRecorded(key);
    if (!known) {
        showNotRead(jobId, error);
        return false;
    }
    clearNotRead();
    m_live->stop();
    m_key = key;
    m_account.reset(); // cancel and the exports act on a batch read now, never on a stale one
    m_lastLookJob.reset();
    m_lastLook = LastLook();
    if (m_progress)
        m_progress->clear(); // its tasks were of the batch shown before, and cannot be read now
    showReading(*known);
    notes->clearChanges();
    notes->setStale(known->readAtUtc);
    if (m_historyView)
        m_historyView->setBatch(key.profile, key.jobId);
    emit batchCleared();
    return true;
}

void BatchPage::onStoreChanged(const BatchKey &key, int parts)
{
    if (key != m_key || !m_account)
        return;
    if (parts & BatchStore::Counts) {
        updateLintFacts();
        updateReadTimes();
    }
    if (parts & BatchStore::Job) {
        // A newer read of the open batch, by any view: the form shows it, and it is no longer stale.
        if (const JobReading *reading = m_store->job(key)) {
            m_ui->historyNotices->clearStale();
            if (m_notReadJobId == key.jobId)
                clearNotRead();
            showReading(*reading);
            m_live->follow(reading->job);
            // Seen, once what reacts to the same read has run: a query's open() reads the last look first.
            QMetaObject::invokeMethod(this, &BatchPage::markSeen, Qt::QueuedConnection);
        }
    }
}

void BatchPage::markSeen()
{
    if (!m_history || !m_reading || !m_key.isValid())
        return;
    QDateTime seenUpTo = m_reading->readAtUtc;
    // Counts count as seen only once the Devices tab showed them.
    if (const std::optional<CountsReading> counts = m_progress ? m_progress->countsReading() : std::nullopt)
        seenUpTo = std::max(seenUpTo, counts->finishedAtUtc);
    m_history->markSeen(m_key, seenUpTo);
}

void BatchPage::updateReadTimes()
{
    if (!m_reading) {
        m_ui->readTimesLabel->hide();
        return;
    }
    const QDateTime now = m_scheduler->clock().nowUtc();
    QString text = tr("Batch read at %1 · %2")
                           .arg(TimeText::readAt(m_reading->readAtUtc, now),
                                TimeText::updatedAgo(m_reading->readAtUtc, now));
    // Older than the refresh interval allows while the batch is followed: it missed a round.
    const int interval = m_live->intervalSecs();
    const bool stale = m_live->isLive() && !m_live->isPaused()
            && m_reading->readAtUtc.secsTo(now) > qint64(interval) + std::max(interval, 15);
    if (stale)
        text += u" · "_s + tr("older than the refresh interval of %Ln s", "", interval);
    DesktopStyle::setProblemStyleSheet(m_ui->readTimesLabel, stale ? u"color: %2;"_s : QString());
    QString details;
    if (const std::optional<CountsReading> counts = shownCounts()) {
        const CountsSummary summary = CountsSummary::of(counts->counts, counts->batchTotal);
        text += u" · "_s
                + tr("%1, counted at %2")
                          .arg(summary.headline(), TimeText::readAt(counts->finishedAtUtc, now));
        details = summary.details();
    }
    m_ui->readTimesLabel->setText(text);
    m_ui->readTimesLabel->setToolTip(details);
    m_ui->readTimesLabel->show();
}

std::optional<CountsReading> BatchPage::shownCounts() const
{
    if (m_progress && m_progress->countsReading())
        return m_progress->countsReading();
    if (!m_account || !m_key.isValid())
        return std::nullopt;
    if (const CountsReading *counts = m_store->counts(m_key))
        return *counts;
    return std::nullopt;
}

void BatchPage::updateLintFacts()
{
    // The counts any view read; the failed tasks' versions as far as the Devices tab has read them.
    const std::optional<CountsReading> counts = shownCounts();
    std::optional<TaskStatusCounts> taskCounts;
    if (counts)
        taskCounts = counts->counts;
    m_ui->detailView->setLintTaskFacts(taskCounts,
                                       m_progress ? m_progress->failedSourceVersions() : std::nullopt);
}

void BatchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateLive();
        updateReadTimes();
        updateLive();
        if (m_notReadError)
            showNotRead(m_notReadJobId, *m_notReadError);
    }
    QWidget::changeEvent(event);
}

// --- Live

void BatchPage::runRound(bool last)
{
    if (!m_account || !m_key.isValid()) {
        m_live->roundFinished();
        return;
    }
    const Account account = *m_account;
    const QString jobId = m_key.jobId;
    BatchQueryCall *call = m_query->query(account, jobId, RequestPriority::Background, this);
    connect(call, &BatchQueryCall::finished, this, [this, account, jobId, last](const BatchRead &read) {
        // The form follows the store; a failed read leaves what is shown, its age says how old it is.
        if (!read.ok() || !m_account || m_key != account.key(jobId)) {
            endRound();
            return;
        }
        if (m_progress && m_progress->jobId() == jobId && m_progress->isStarted()) {
            connect(m_progress, &BatchProgressView::refreshed, this, &BatchPage::endRound,
                    Qt::SingleShotConnection);
            m_progress->refresh(last, RequestPriority::Background);
        } else {
            connect(m_counts, &BatchCounts::finished, this, &BatchPage::endRound, Qt::SingleShotConnection);
            m_counts->fetch(account, jobId, RequestPriority::Background);
        }
    });
}

void BatchPage::endRound()
{
    m_live->roundFinished();
}

void BatchPage::updateLive()
{
    const bool live = m_live->isLive() && m_account.has_value();
    m_ui->intervalCombo->setVisible(live);
    m_ui->pauseButton->setVisible(live);
    QString text;
    if (live && m_live->isPaused())
        text = tr("Live reading paused");
    else if (live && m_live->isRoundRunning())
        text = tr("Reading again…");
    else if (live) {
        const qint64 ms = m_live->msUntilNext().value_or(0);
        text = tr("Live: next read in %Ln s", "", int((ms + 999) / 1000));
    } else if (m_reading && m_account) {
        const QString status = m_reading->job.jobStatus.value_or(QString());
        if (status == u"COMPLETED" || status == u"CANCELED")
            text = tr("The batch has ended: it is not read again by itself.");
    }
    m_ui->liveLabel->setText(text);
    m_ui->liveLabel->setVisible(!text.isEmpty());
    if (m_progress)
        m_progress->setRefreshInterval(live && !m_live->isPaused() ? m_live->intervalSecs() : 0);
}

void BatchPage::retranslateLive()
{
    const QLocale locale;
    for (int i = 0; i < m_ui->intervalCombo->count(); ++i) {
        const int secs = m_ui->intervalCombo->itemData(i).toInt();
        m_ui->intervalCombo->setItemText(
                i, secs < 60 ? tr("Every %Ln s", "", secs) : tr("Every %Ln min", "", secs / 60));
    }
}

void BatchPage::showNotRead(const QString &jobId, const ApiError &error)
{
    if (!m_reading || !m_key.isValid())
        return;
    m_notReadJobId = jobId;
    m_notReadError = error;
    const QString name = m_reading->job.name.value_or(QString());
    const QString shown = name.isEmpty() ? m_key.jobId : u"%1 (%2)"_s.arg(name, m_key.jobId);
    const QDateTime now = m_scheduler->clock().nowUtc();
    m_ui->notShownLabel->setText(
            jobId == m_key.jobId
                    ? tr("Showing %1 as of %2; it could not be read again: %3")
                              .arg(shown, TimeText::readAt(m_reading->readAtUtc, now), error.title())
                    : tr("Showing %1 as of %2; %3 could not be read: %4")
                              .arg(shown, TimeText::readAt(m_reading->readAtUtc, now), jobId, error.title()));
    m_ui->notShownLabel->show();
    if (!m_ui->batchTabs->graphicsEffect()) {
        auto *dim = new QGraphicsOpacityEffect(m_ui->batchTabs);
        dim->setOpacity(0.45);
        m_ui->batchTabs->setGraphicsEffect(dim); // owns it
    }
}

void BatchPage::clearNotRead()
{
    m_notReadJobId.clear();
    m_notReadError.reset();
    m_ui->notShownLabel->hide();
    m_ui->batchTabs->setGraphicsEffect(nullptr); // deletes the effect
}

bool BatchPage::isDimmed() const
{
    return m_ui->batchTabs->graphicsEffect() != nullptr;
}
