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
    m_progress = new BatchProgressView(scheduler, store, m_ui->devicesTab);
    m_progress->setObjectName(u"batchProgressView"_s);
    m_ui->devicesLayout->addWidget(m_progress);
    m_ui->historyView->setStore(history ? history->history() : nullptr);
    m_ui->readTimesLabel->hide();

    connect(m_store, &BatchStore::changed, this,
            [this](const BatchKey &key, BatchStore::Parts parts) { onStoreChanged(key, int(parts)); });
    if (m_history) {
        connect(m_history, &HistoryRecorder::recorded, this, [this](const BatchKey &key) {
            if (key == m_key)
                m_ui->historyView->refresh();
        });
    }
    // The form's lint also weighs the task counts and the failed tasks' versions the Devices tab has read.
    connect(m_progress, &BatchProgressView::taskFactsChanged, this, [this] {
        m_ui->detailView->setLintTaskFacts(m_progress->counts(), m_progress->failedSourceVersions());
    });
    // Counts on screen: the user has seen them too (not past a reading the form does not show).
    connect(m_progress, &BatchProgressView::countsChanged, this, [this] {
        updateReadTimes();
        if (!isStale())
            markSeen();
    });
}

BatchPage::~BatchPage() = default;

JobDetailView *BatchPage::detailView() const
{
    return m_ui->detailView;
}

HistoryView *BatchPage::historyView() const
{
    return m_ui->historyView;
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
        page = m_ui->historyView;
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
    m_lastLookJob = look.job;
    showReading(*reading);
    if (look.job)
        notes->setChanges(int(m_details->changedFields().size()), look.fetchedAtUtc);
    m_ui->historyView->setBatch(key.profile, key.jobId);
    m_ui->historyView->setLastLook(look.counts, look.fetchedAtUtc);
    if (another || m_progress->jobId() != jobId)
        m_progress->setBatch(account, jobId);
    else
        m_progress->refreshCountsIfStarted(); // read again: its counts too (the loaded rows stay)
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
    m_progress->clear(); // its tasks were of the batch shown before, and cannot be read now
    showReading(*known);
    notes->clearChanges();
    notes->setStale(known->readAtUtc);
    m_ui->historyView->setBatch(key.profile, key.jobId);
    emit batchCleared();
    return true;
}

void BatchPage::onStoreChanged(const BatchKey &key, int parts)
{
    if (key != m_key || !m_account)
        return;
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
    if (const std::optional<CountsReading> &counts = m_progress->countsReading())
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
    if (const std::optional<CountsReading> &counts = m_progress->countsReading())
        text += u" · "_s + tr("task counts at %1").arg(TimeText::readAt(counts->finishedAtUtc, now));
    m_ui->readTimesLabel->setText(text);
    m_ui->readTimesLabel->show();
}

void BatchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateReadTimes();
    }
    QWidget::changeEvent(event);
}
