#include "BatchPage.h"
#include "ui_BatchPage.h"

#include "BatchProgressView.h"
#include "HistoryNoticeBar.h"
#include "HistoryView.h"
#include "JobDetailView.h"
#include "api/RequestScheduler.h"
#include "models/JobDetailModel.h"
#include "models/SourceVersionsModel.h"
#include "models/TagsModel.h"
#include "ota/CountsSummary.h"
#include "services/HistoryRecorder.h"
#include "state/BatchStore.h"
#include "util/Clock.h"
#include "util/TimeText.h"

#include <QEvent>

using namespace Qt::StringLiterals;

BatchPage::BatchPage(BatchStore *store, HistoryRecorder *history, RequestScheduler *scheduler,
                     QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BatchPage>()), m_store(store), m_history(history),
      m_scheduler(scheduler), m_details(new JobDetailModel(this)), m_tags(new TagsModel(this)),
      m_versions(new SourceVersionsModel(this))
{
    m_ui->setupUi(this);
    m_ui->detailView->setModels(m_details, m_tags, m_versions);
    m_ui->readTimesLabel->hide();

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
    // Counts on screen: the user has seen them too (not past a reading the form does not show).
    connect(m_progress, &BatchProgressView::countsChanged, this, [this] {
        updateReadTimes();
        if (!isStale())
            markSeen();
    });
    if (m_account && m_key.isValid())
        m_progress->setBatch(*m_account, m_key.jobId);
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
            m_progress->refreshCountsIfStarted(); // read again: its counts too (the loaded rows stay)
    }
    updateLintFacts();
    markSeen();
}

void BatchPage::showReading(const JobReading &reading)
{
    m_reading = reading;
    m_tags->setTags(reading.job.tags.value_or(QList<OtaTag>()));
    m_versions->setVersions(reading.job.srcVersions.value_or(QStringList()));
    m_details->setJob(reading.job);
    if (m_lastLookJob)
        m_details->setPrevious(*m_lastLookJob);
    updateReadTimes();
    emit readingShown(m_key, reading);
}

bool BatchPage::showStale(const Account &account, const QString &jobId, const ApiError &error)
{
    if (!HistoryRecorder::isNetworkFailure(error))
        return false;
    const BatchKey key = account.key(jobId);
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
    if (!known)
        return false;
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
            showReading(*reading);
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
    QString text = tr("Batch read at %1").arg(TimeText::readAt(m_reading->readAtUtc, now));
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
        updateReadTimes();
    }
    QWidget::changeEvent(event);
}
