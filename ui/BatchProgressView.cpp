#include "BatchProgressView.h"
#include "DesktopStyle.h"
#include "ui_BatchProgressView.h"

#include "ProgressBarDelegate.h"
#include "api/OtaListCalls.h"
#include "api/TaskFetcher.h"
#include "models/FailureReasonsModel.h"
#include "models/TaskTableModel.h"
#include "ota/CountsSummary.h"
#include "ota/StuckTask.h"
#include "services/BatchCounts.h"
#include "services/DeviceNameSearch.h"
#include "services/TaskRowsRefresh.h"
#include "services/TaskSampler.h"
#include "state/BatchStore.h"
#include "util/Clock.h"
#include "util/TimeText.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The status filter's entry for the stuck devices.
constexpr int kStuckItem = -2;

// A pause in typing a device name before it is looked up on the server.
constexpr int kNameLookupDelayMs = 600;
// 100,000 names of 32 characters and their separators.
constexpr int kMaxNameBoxLength = 100000 * 33;
// Names listed in a text before "and N more".
constexpr int kNamesListed = 10;

// Pages read on their own, in a row, that added no row the filter shows: then the user decides (Fetch all).
constexpr int kMaxPagesWithoutRows = 5;

qint64 reachable(qint64 total)
{
    return std::min(total, ListOtaTaskByJob::kMaxReachableRows);
}
} // namespace

BatchProgressView::BatchProgressView(RequestScheduler *scheduler, BatchStore *store, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BatchProgressView>()), m_tasks(new TaskTableModel(this)),
      m_reasons(new FailureReasonsModel(this)), m_fetcher(new TaskFetcher(scheduler, this)), m_store(store),
      m_countsService(new BatchCounts(scheduler, store, this)),
      m_rowsRefresh(new TaskRowsRefresh(scheduler, store, m_tasks, this)),
      m_failedSample(new TaskTableModel(this)), m_clock(scheduler->clock()),
      m_tick(m_clock.createTimer(this)), m_nameSearch(new DeviceNameSearch(scheduler, m_tasks, this)),
      m_nameTimer(m_clock.createTimer(this))
{
    m_ui->setupUi(this);
    // The reasons count from the failed tasks read by themselves, not from the rows paged in.
    m_reasons->setSource(m_failedSample);
    m_tick->setSingleShot(false);
    m_tick->setInterval(1000);
    connect(m_tick, &ClockTimer::timeout, this, &BatchProgressView::tick);

    // Filters: all statuses, then each; texts in retranslateDynamicTexts().
    m_ui->statusCombo->addItem(QString(), -1);
    for (const TaskStatus status : kAllTaskStatuses)
        m_ui->statusCombo->addItem(QString(), int(status));
    m_ui->statusCombo->addItem(QString(), kStuckItem);

    // The tasks: uniform rows, sortable by the header (a third click goes back to the order of loading).
    QTableView *table = m_ui->taskTable;
    table->setModel(m_tasks);
    table->setItemDelegateForColumn(TaskTableModel::Progress,
                                    new ProgressBarDelegate(TaskTableModel::ProgressRole, table));
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    // The failure reason takes the room the others leave (fitColumns()); the device name yields first.
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    table->viewport()->installEventFilter(this);
    // The task ID is there for copying, on demand: the header's context menu shows and hides columns.
    header->setSectionHidden(TaskTableModel::TaskId, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &BatchProgressView::showColumnMenu);
    // A row's device, and the actions on the selected tasks.
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QTableView::customContextMenuRequested, this, &BatchProgressView::showTaskMenu);
    connect(table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit deviceRequested(m_tasks->taskAt(index.row()));
    });

    QTableView *reasons = m_ui->reasonsTable;
    reasons->setModel(m_reasons);
    reasons->verticalHeader()->hide();
    reasons->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    reasons->verticalHeader()->setDefaultSectionSize(reasons->fontMetrics().height() + 6);
    reasons->horizontalHeader()->setSectionResizeMode(FailureReasonsModel::Reason, QHeaderView::Stretch);
    reasons->horizontalHeader()->setSectionResizeMode(FailureReasonsModel::Devices,
                                                      QHeaderView::ResizeToContents);
    reasons->horizontalHeader()->setHighlightSections(false);

    DesktopStyle::setProblemStyleSheet(
            m_ui->pageErrorPanel, u"#pageErrorPanel { background: palette(base); border: 1px solid %1; }"_s);

    // Pages read again (Read again) update the rows already loaded; new ones are added.
    connect(m_fetcher, &TaskFetcher::tasksArrived, m_tasks, [this](const QList<TaskInfo> &tasks) {
        m_tasks->updateTasks(tasks);
        m_tasks->appendTasks(tasks);
    });
    connect(m_fetcher, &TaskFetcher::tasksArrived, this, &BatchProgressView::collectFailedVersions);
    connect(m_tasks, &TaskTableModel::fetchMoreRequested, m_fetcher, &TaskFetcher::fetchNextPage);
    connect(m_fetcher, &TaskFetcher::progress, this, &BatchProgressView::onFetchProgress);
    connect(m_fetcher, &TaskFetcher::finished, this, &BatchProgressView::onFetchFinished);
    connect(m_fetcher, &TaskFetcher::pageFailed, this, &BatchProgressView::onPageFailed);
    connect(m_fetcher, &TaskFetcher::busyChanged, this, &BatchProgressView::updateBusy);
    connect(m_countsService, &BatchCounts::finished, this, &BatchProgressView::onCounts);
    connect(m_rowsRefresh, &TaskRowsRefresh::changed, this, [this] {
        updateStuck();
        updateReasonsNote();
        updateStatusLines();
    });
    connect(m_rowsRefresh, &TaskRowsRefresh::finished, this, &BatchProgressView::finishRefresh);
    connect(m_rowsRefresh, &TaskRowsRefresh::busyChanged, this, &BatchProgressView::updateBusy);
    connect(m_ui->reasonsTable, &QAbstractItemView::clicked, this, &BatchProgressView::filterByReason);
    connect(m_ui->reasonChip, &QToolButton::clicked, this, &BatchProgressView::clearReasonFilter);
    connect(m_ui->readAllFailuresButton, &QPushButton::clicked, m_rowsRefresh,
            &TaskRowsRefresh::readAllFailures);
    connect(m_ui->rereadButton, &QPushButton::clicked, this, &BatchProgressView::rereadAll);
    connect(m_ui->stuckButton, &QPushButton::clicked, this,
            [this] { m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(kStuckItem)); });
    if (m_store) {
        // A round another view read (the watch list's alert, the cancel dialog) shows here too.
        connect(m_store, &BatchStore::changed, this, [this](const BatchKey &key, BatchStore::Parts parts) {
            if (m_jobId.isEmpty() || key != m_account.key(m_jobId))
                return;
            if (parts & BatchStore::Failures)
                onFailuresChanged();
            if (parts & BatchStore::Job)
                updateStuck(); // the batch's timeout may have changed
            if (!(parts & BatchStore::Counts))
                return;
            if (const CountsReading *reading = m_store->counts(key))
                showCounts(*reading);
        });
        // Every page of rows read here is known to the store with its time.
        connect(m_fetcher, &TaskFetcher::tasksArrived, this, [this, scheduler](const QList<TaskInfo> &tasks) {
            if (!m_jobId.isEmpty())
                m_store->addTaskRows(m_account.key(m_jobId), tasks.size(), scheduler->clock().nowUtc(), {});
        });
    }
    connect(m_tasks, &TaskTableModel::tasksAppended, this, &BatchProgressView::updateStatusLines);
    connect(m_tasks, &QAbstractItemModel::modelReset, this, &BatchProgressView::updateStatusLines);

    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this,
            &BatchProgressView::onStatusFilterChanged);
    // A pasted list of thousands of names fits (the default holds 32,767 characters).
    m_ui->nameFilterEdit->setMaxLength(kMaxNameBoxLength);
    connect(m_ui->nameFilterEdit, &QLineEdit::textChanged, this, &BatchProgressView::onNameTextChanged);
    connect(m_ui->nameFilterEdit, &QLineEdit::returnPressed, this, &BatchProgressView::lookUpNames);
    m_nameTimer->setInterval(kNameLookupDelayMs);
    connect(m_nameTimer, &ClockTimer::timeout, this, &BatchProgressView::lookUpNames);
    connect(m_nameSearch, &DeviceNameSearch::finished, this, [this] {
        updateNameSearchText();
        updateStatusLines();
    });
    connect(m_nameSearch, &DeviceNameSearch::busyChanged, this, &BatchProgressView::updateBusy);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_ui->fetchAllButton, &QPushButton::clicked, this, &BatchProgressView::fetchAll);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &BatchProgressView::stop);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        m_pageError.reset();
        m_pagesWithoutRows = 0;
        updateMoreAvailable();
        updateStatusLines();
        m_fetcher->fetchNextPage();
    });

    // Fetch all's progress and Stop keep their room while hidden: showing them moves nothing around.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->fetchProgress), static_cast<QWidget *>(m_ui->stopButton)}) {
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
    }
    m_ui->rereadButton->hide();
    m_ui->readAllFailuresButton->hide();
    m_ui->stuckButton->hide();

    retranslateDynamicTexts();
    clear();
}

BatchProgressView::~BatchProgressView() = default;

void BatchProgressView::clear()
{
    m_countsService->cancel();
    m_rowsRefresh->setBatch(Account(), QString());
    m_failedSample->clear();
    m_tasks->setReasonFilter(std::nullopt);
    m_tasks->setStuckFilter(std::nullopt);
    updateReasonChip();
    if (m_ui->statusCombo->currentData().toInt() == kStuckItem)
        m_ui->statusCombo->setCurrentIndex(0);
    m_refreshing = false;
    m_refreshLast = false;
    m_tick->stop();
    m_nameTimer->stop();
    m_nameSearch->setBatch(Account(), QString());
    m_fetcher->setBatch(RpcConfig(), QString()); // drops what runs, without a word
    if (m_store && !m_jobId.isEmpty())
        m_store->clearTaskRows(m_account.key(m_jobId));
    m_account = Account();
    m_jobId.clear();
    m_started = false;
    m_counts.reset();
    m_etaSamples.clear();
    m_countsError.reset();
    m_pageError.reset();
    m_walk.clear();
    m_fetchOutcome = FetchOutcome::None;
    m_pagesWithoutRows = 0;
    m_rowsAtLastPage = 0;
    m_tasks->clear(); // the filters and the sort order stay
    m_failedSrcVersions.clear();
    m_tasksSeen = false;
    updateCountTexts();
    updateFetchControls();
    updateStatusLines();
    updateReasonsNote();
    updateStuck();
    updateNameSearchText();
    updateBusy();
    emit taskFactsChanged();
}

void BatchProgressView::collectFailedVersions(const QList<TaskInfo> &tasks)
{
    const qsizetype before = m_failedSrcVersions.size();
    for (const TaskInfo &task : tasks) {
        if (task.taskStatus == TaskStatus::Failed && !task.srcVersion.isEmpty())
            m_failedSrcVersions.insert(task.srcVersion);
    }
    if (std::exchange(m_tasksSeen, true) && m_failedSrcVersions.size() == before)
        return;
    emit taskFactsChanged();
}

std::optional<QStringList> BatchProgressView::failedSourceVersions() const
{
    if (!m_tasksSeen && !m_counts)
        return std::nullopt;
    QStringList versions(m_failedSrcVersions.cbegin(), m_failedSrcVersions.cend());
    versions.sort();
    return versions;
}

std::optional<TaskStatusCounts> BatchProgressView::counts() const
{
    if (!m_counts)
        return std::nullopt;
    return m_counts->counts;
}

void BatchProgressView::setBatch(const Account &account, const QString &jobId)
{
    clear();
    m_account = account;
    m_jobId = jobId;
    m_fetcher->setBatch(account.config, jobId, account.iotInstanceId);
    m_rowsRefresh->setBatch(account, jobId);
    m_nameSearch->setBatch(account, jobId);
    // What is known already shows at once, with its time; a fresh round follows once the view is shown.
    if (m_store) {
        if (const CountsReading *known = m_store->counts(account.key(jobId))) {
            m_counts = *known;
            m_etaSamples.append(RolloutEta::sampleOf(known->finishedAtUtc, known->counts, known->batchTotal));
        }
        onFailuresChanged();
    }
    updateCountTexts();
    if (isVisible())
        start();
}

void BatchProgressView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_jobId.isEmpty() && !m_started)
        start();
}

void BatchProgressView::start()
{
    m_started = true;
    m_tick->start();
    refresh(m_refreshLast);
    refocusFetcher(); // reads the first page: the table is empty, so its last row is in sight
    if (!namesToLookUp().isEmpty())
        m_nameTimer->start(); // the names typed for the batch before
}

void BatchProgressView::refresh(bool last, RequestPriority priority)
{
    if (m_jobId.isEmpty())
        return;
    m_refreshLast = m_refreshLast || last;
    if (!m_started) {
        emit refreshed(); // read when the view is first shown
        return;
    }
    m_refreshing = true;
    m_rowsRefresh->cancel();
    refreshCounts(priority);
}

void BatchProgressView::refreshCounts(RequestPriority priority)
{
    m_countsError.reset();
    m_countsService->fetch(m_account, m_jobId, priority);
    updateCountTexts();
    updateBusy();
}

void BatchProgressView::finishRefresh()
{
    const bool was = std::exchange(m_refreshing, false);
    m_refreshLast = false;
    // A stuck filter shows the devices stuck now, not at the last round.
    if (m_tasks->stuckFilter())
        m_tasks->setStuckFilter(stuckRule());
    updateStuck();
    updateReasonsNote();
    updateStatusLines();
    updateBusy();
    if (was)
        emit refreshed();
}

void BatchProgressView::refreshIfStarted()
{
    if (m_started)
        refresh();
}

void BatchProgressView::setRefreshInterval(int secs)
{
    m_intervalSecs = std::max(0, secs);
    tick();
}

bool BatchProgressView::isBusy() const
{
    return m_countsService->isBusy() || m_fetcher->isBusy() || m_fetcher->isFetchingAll()
            || m_rowsRefresh->isBusy() || m_nameSearch->isBusy();
}

void BatchProgressView::updateBusy()
{
    const bool busy = isBusy();
    updateFetchControls();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void BatchProgressView::onCounts(const BatchKey &key, const std::optional<CountsReading> &reading,
                                 const std::optional<ApiError> &error)
{
    if (m_jobId.isEmpty() || key != m_account.key(m_jobId))
        return;
    if (error && error->transport == ApiError::Transport::Canceled) {
        updateBusy(); // replaced by a newer round, or stopped: nothing to show
        return;
    }
    if (error) {
        m_countsError = error; // the counts shown before, if any, stay
        updateCountTexts();
        finishRefresh();
        return;
    }
    m_countsError.reset();
    if (reading && !m_store) // with a store, its changed() signal brought the round already
        showCounts(*reading);
    updateCountTexts();
    if (reading && m_refreshing)
        m_rowsRefresh->refresh(*reading, m_refreshLast); // finishRefresh() when it is done
    updateBusy();
}

void BatchProgressView::showCounts(const CountsReading &reading)
{
    if (m_counts && m_counts->finishedAtUtc > reading.finishedAtUtc)
        return; // an older round than the one shown
    m_counts = reading;
    m_etaSamples.append(RolloutEta::sampleOf(reading.finishedAtUtc, reading.counts, reading.batchTotal));
    // The estimate looks back ten minutes, a stall fifteen: an hour of rounds is plenty.
    const QDateTime kept = reading.finishedAtUtc.addSecs(-3600);
    m_etaSamples.removeIf([&kept](const RolloutEta::Sample &sample) { return sample.atUtc < kept; });
    updateCountTexts();
    updateStatusLines();
    updateBusy();
    emit countsChanged(reading.counts);
    emit taskFactsChanged();
}

void BatchProgressView::updateCountTexts()
{
    const QLocale locale;
    m_ui->countsChart->setCounts(m_counts, !m_jobId.isEmpty());
    const QString moved = m_counts
            ? CountsSummary::of(m_counts->counts, m_counts->batchTotal).movedNote(locale)
            : QString();
    QString status;
    const bool counting = m_countsService->isBusy();
    bool stale = false;
    if (counting && !m_counts)
        status = tr("Counting the tasks of each status…");
    else if (m_countsError && !counting)
        status = tr("The tasks could not be counted: %1 — %2")
                         .arg(m_countsError->title(), m_countsError->localizedMessage());
    if (m_counts) {
        // The chart keeps the last round's numbers while the next is counted: their time stays beside them.
        const QString when = TimeText::readAt(m_counts->finishedAtUtc, m_clock.nowUtc());
        const QString at = counting
                ? tr("Counted at %1 · counting again…").arg(when)
                : tr("Counted at %1 · %2").arg(when, ageText(m_counts->finishedAtUtc, &stale));
        status = status.isEmpty() ? at : status + u'\n' + at;
    }
    if (!moved.isEmpty() && !counting)
        status += u'\n' + moved;
    m_ui->countsStatusLabel->setText(status);
    DesktopStyle::setProblemStyleSheet(m_ui->countsStatusLabel,
                                       m_countsError && !counting ? u"color: %1;"_s
                                               : stale            ? u"color: %2;"_s
                                                                  : QString());
    m_ui->countsStatusLabel->setVisible(!status.isEmpty());
    updateEta();
    m_ui->refreshButton->setEnabled(!m_jobId.isEmpty() && !counting);
}

void BatchProgressView::onStatusFilterChanged()
{
    const int chosen = m_ui->statusCombo->currentData().toInt();
    if (chosen == kStuckItem) {
        // The stuck devices read by themselves join the table, so that the filter shows them all.
        m_tasks->setStatusFilter(TaskStatuses::bit(TaskStatus::InProgress)
                                 | TaskStatuses::bit(TaskStatus::Notified));
        if (const auto &inFlight = m_rowsRefresh->inFlight())
            m_tasks->appendTasks(inFlight->tasks);
        m_tasks->setStuckFilter(
                stuckRule().value_or(TaskTableModel::StuckRule {m_clock.nowUtc().toMSecsSinceEpoch(), -1}));
    } else {
        m_tasks->setStuckFilter(std::nullopt);
        m_tasks->setStatusFilter(chosen < 0 ? TaskStatuses::kAllBits
                                            : TaskStatuses::bit(static_cast<TaskStatus>(chosen)));
    }
    m_pagesWithoutRows = 0;
    refocusFetcher();
    updateStatusLines();
}

QList<TaskStatus> BatchProgressView::statusesToWalk() const
{
    const int chosen = m_ui->statusCombo->currentData().toInt();
    QList<TaskStatus> statuses;
    for (const TaskStatus status : TaskFetcher::kFetchOrder) {
        if (chosen >= 0 && static_cast<TaskStatus>(chosen) != status)
            continue;
        if (chosen == kStuckItem && status != TaskStatus::InProgress && status != TaskStatus::Notified)
            continue;
        if (isLoaded(status))
            continue; // every task of it that can be listed is here
        statuses.append(status);
    }
    return statuses;
}

bool BatchProgressView::isLoaded(TaskStatus status) const
{
    return m_counts && m_tasks->loadedStatusCounts()[status] >= reachable(m_counts->counts[status]);
}

void BatchProgressView::refocusFetcher()
{
    if (!m_started || m_fetcher->isFetchingAll()) {
        updateMoreAvailable(); // a long fetch reads everything anyway; onFetchFinished() comes back here
        return;
    }
    const QList<TaskStatus> wanted = statusesToWalk();
    // The walk goes on while it serves every wanted status and reads nothing else; else it starts over.
    const bool serves = std::all_of(wanted.cbegin(), wanted.cend(),
                                    [this](TaskStatus status) { return m_walk.contains(status); });
    const bool onlyWanted = std::all_of(m_walk.cbegin(), m_walk.cend(), [this, &wanted](TaskStatus status) {
        return wanted.contains(status) || isLoaded(status);
    });
    if (m_walk.isEmpty() || !serves || !onlyWanted) {
        m_walk = wanted;
        if (wanted.isEmpty())
            m_fetcher->stop();
        else
            m_fetcher->setStatuses(wanted);
    }
    m_rowsAtLastPage = m_tasks->rowCount();
    updateMoreAvailable();
    continuePaging();
}

void BatchProgressView::updateMoreAvailable()
{
    // Whole names and lists are looked up by name: paging on for them would read rows for nothing.
    m_tasks->setMoreAvailable(m_started && !m_walk.isEmpty() && !m_pageError && m_fetcher->hasMore()
                              && m_nameQuery.names.isEmpty());
    updateFetchControls();
}

void BatchProgressView::continuePaging()
{
    if (!m_started || m_fetcher->isFetchingAll() || !m_tasks->canFetchMore(QModelIndex()))
        return;
    if (m_pagesWithoutRows >= kMaxPagesWithoutRows)
        return;
    const int rows = m_tasks->rowCount();
    if (rows > 0) {
        const QRect last = m_ui->taskTable->visualRect(m_tasks->index(rows - 1, 0));
        if (!m_ui->taskTable->viewport()->rect().intersects(last))
            return;
    }
    m_tasks->fetchMore(QModelIndex());
}

void BatchProgressView::updateProgressBar(qint64 fetched, qint64 expected)
{
    QProgressBar *bar = m_ui->fetchProgress;
    const QLocale locale;
    if (expected >= 0) {
        bar->setRange(0, int(std::min<qint64>(expected, INT_MAX)));
        bar->setValue(int(std::min(fetched, expected)));
        bar->setFormat(tr("Fetched %1 of %2 tasks").arg(locale.toString(fetched), locale.toString(expected)));
    } else {
        bar->setRange(0, 0); // the totals are not all known yet
        bar->setFormat(tr("Fetched %1 tasks").arg(locale.toString(fetched)));
    }
}

void BatchProgressView::onFetchProgress(qint64 fetched, qint64 expected)
{
    if (m_fetcher->isFetchingAll())
        updateProgressBar(fetched, expected);
    const int rows = m_tasks->rowCount();
    m_pagesWithoutRows = rows > m_rowsAtLastPage ? 0 : m_pagesWithoutRows + 1;
    m_rowsAtLastPage = rows;
    updateMoreAvailable();
    updateStatusLines();
    continuePaging();
}

void BatchProgressView::onFetchFinished(bool complete, const std::optional<ApiError> &error)
{
    m_fetchOutcome = complete ? FetchOutcome::Complete : error ? FetchOutcome::None : FetchOutcome::Stopped;
    m_pagesWithoutRows = 0;
    updateFetchControls();
    updateStatusLines();
    updateBusy();
    // The filter may have changed while everything was being read.
    refocusFetcher();
}

void BatchProgressView::onPageFailed(const ApiError &error)
{
    m_pageError = error;
    updateMoreAvailable(); // until the user tries again: no request loop against a failing endpoint
    updateStatusLines();
}

void BatchProgressView::fetchAll()
{
    if (!m_started || m_fetcher->isFetchingAll())
        return;
    m_pageError.reset();
    m_fetchOutcome = FetchOutcome::None;
    if (m_walk.isEmpty()) {
        m_fetchOutcome = FetchOutcome::Complete;
    } else {
        updateProgressBar(m_fetcher->fetchedCount(), -1);
        m_fetcher->fetchAll(RequestPriority::Bulk);
    }
    updateFetchControls();
    updateStatusLines();
    updateBusy();
}

void BatchProgressView::stop()
{
    m_fetcher->stop();
    updateFetchControls();
    updateBusy();
}

void BatchProgressView::updateFetchControls()
{
    const bool fetchingAll = m_fetcher->isFetchingAll();
    m_ui->fetchProgress->setVisible(fetchingAll);
    m_ui->stopButton->setVisible(fetchingAll);
    m_ui->stopButton->setEnabled(fetchingAll);
    m_ui->fetchAllButton->setEnabled(m_started && !fetchingAll && !m_walk.isEmpty() && m_fetcher->hasMore());
}

void BatchProgressView::updateStatusLines()
{
    const QLocale locale;
    QStringList lines;
    if (m_started) {
        const qint64 loaded = m_tasks->totalRows();
        if (m_counts)
            lines.append(tr("%1 of %Ln task(s) loaded.", "",
                            int(CountsSummary::of(m_counts->counts, m_counts->batchTotal).total()))
                                 .arg(locale.toString(loaded)));
        else
            lines.append(tr("%Ln task(s) loaded.", "", int(loaded)));
        if (m_tasks->isFiltered())
            lines.append(tr("%Ln shown.", "rows that pass the filter", m_tasks->rowCount()));
        if (m_fetchOutcome == FetchOutcome::Stopped)
            lines.append(tr("Fetching was stopped; the tasks loaded so far stay."));
        // Fetch all read every page, yet rows are missing: tasks moved between statuses meanwhile.
        qint64 missing = 0;
        if (m_fetchOutcome == FetchOutcome::Complete && m_counts) {
            for (const TaskStatus status : statusesShown())
                missing += std::max<qint64>(
                        0, reachable(m_counts->counts[status]) - m_tasks->loadedStatusCounts()[status]);
        }
        if (missing > 0)
            lines.append(tr("%Ln task(s) were not seen: they changed status while the pages were read. Read "
                            "again to look for them.",
                            "", int(std::min<qint64>(missing, INT_MAX))));
        m_ui->rereadButton->setVisible(missing > 0 && !m_fetcher->isFetchingAll());
        if (m_rowsRefresh->rowsReadAtUtc().isValid()) {
            lines.append(tr("Unfinished rows read again at %1 (%Ln changed) · %2.", "",
                            m_rowsRefresh->rowsChanged())
                                 .arg(TimeText::readAt(m_rowsRefresh->rowsReadAtUtc(), m_clock.nowUtc()),
                                      ageText(m_rowsRefresh->rowsReadAtUtc())));
            if (m_rowsRefresh->rowsWaiting() > 0)
                lines.append(tr("%Ln unfinished row(s) wait for the next round.", "",
                                m_rowsRefresh->rowsWaiting()));
        }
        if (m_pagesWithoutRows >= kMaxPagesWithoutRows && m_tasks->canFetchMore(QModelIndex()))
            lines.append(tr("No more matches in the pages read; Fetch all searches every task."));
        qint64 beyond = m_fetcher->unreachableCount();
        if (m_counts) {
            qint64 fromCounts = 0;
            for (const TaskStatus status : kAllTaskStatuses)
                fromCounts += m_counts->counts[status] - reachable(m_counts->counts[status]);
            beyond = std::max(beyond, fromCounts);
        }
        if (beyond > 0)
            lines.append(
                    tr("%Ln task(s) are beyond the API's window of %1 rows per status and cannot be listed.",
                       "", int(beyond))
                            .arg(locale.toString(ListOtaTaskByJob::kMaxReachableRows)));
    }
    m_ui->loadedLabel->setText(lines.join(u' '));
    m_ui->loadedLabel->setVisible(!lines.isEmpty());

    if (m_pageError) {
        m_ui->pageErrorLabel->setText(
                tr("Loading tasks failed: %1 — %2").arg(m_pageError->title(), m_pageError->localizedMessage())
                + u'\n' + tr("The tasks loaded so far stay."));
        m_ui->pageErrorLabel->setToolTip(m_pageError->requestId.isEmpty()
                                                 ? QString()
                                                 : tr("Request ID: %1").arg(m_pageError->requestId));
    }
    m_ui->pageErrorPanel->setVisible(m_pageError.has_value());
}

void BatchProgressView::updateEta()
{
    if (!m_counts || m_jobId.isEmpty()) {
        m_ui->etaLabel->hide();
        return;
    }
    RolloutEta::Options options;
    if (const JobReading *job = m_store ? m_store->job(m_account.key(m_jobId)) : nullptr) {
        options.maxPerMinute = job->job.maximumPerMinute;
        options.scheduledFinishUtc = job->job.utcScheduleFinishTime.value_or(QDateTime());
    }
    m_ui->etaLabel->setText(
            RolloutEta::describe(RolloutEta::estimate(m_etaSamples, options), m_clock.nowUtc()));
    m_ui->etaLabel->show();
}

void BatchProgressView::onNameTextChanged(const QString &text)
{
    m_nameQuery = parseDeviceNameQuery(text);
    if (m_nameQuery.isList) {
        m_tasks->setNameFilter(QString());
        m_tasks->setDeviceListFilter(m_nameQuery.names);
    } else {
        m_tasks->setDeviceListFilter({});
        m_tasks->setNameFilter(text.trimmed());
    }
    m_nameSearch->setBatch(m_account, m_jobId); // what was looked up was for other names
    m_nameTimer->stop();
    m_pagesWithoutRows = 0;
    m_rowsAtLastPage = m_tasks->rowCount();
    updateMoreAvailable();
    // A whole name is looked up once typing pauses; part of a name pages on while the table's end is in
    // sight (as scrolling does).
    if (!namesToLookUp().isEmpty())
        m_nameTimer->start();
    continuePaging();
    updateNameSearchText();
    updateStatusLines();
    updateBusy();
}

QStringList BatchProgressView::namesToLookUp() const
{
    if (!m_started || m_jobId.isEmpty())
        return {};
    if (m_counts && m_tasks->totalRows() >= m_counts->counts.total())
        return {}; // every task is loaded: a name not among them is not in the batch
    // One token is a name when it can be one; a list's names are all that can be.
    return m_tasks->unloadedDevices(m_nameQuery.names);
}

void BatchProgressView::lookUpNames()
{
    m_nameTimer->stop();
    const QStringList names = namesToLookUp();
    if (names.isEmpty() || m_nameSearch->isBusy())
        return;
    m_nameSearch->lookUp(names);
    updateNameSearchText();
}

void BatchProgressView::updateNameSearchText()
{
    const QLocale locale;
    QStringList lines;
    const DeviceNameSearch *search = m_nameSearch;
    const std::optional<DeviceNameSearch::Result> &result = search->result();
    const auto listed = [](const QStringList &names) {
        const QString text = names.mid(0, kNamesListed).join(u", "_s);
        if (names.size() <= kNamesListed)
            return text;
        return tr("%1 and %Ln more", "names, then how many are not shown", int(names.size() - kNamesListed))
                .arg(text);
    };
    if (m_nameQuery.isList && !m_nameQuery.invalid.isEmpty())
        lines.append(tr("Left out, not device names: %1 (a device name has 4 to 32 letters, digits and - _ . "
                        "@ :).")
                             .arg(listed(m_nameQuery.invalid)));
    if (search->isBusy()) {
        lines.append(tr("Looking up %Ln device(s) on the server…", "", int(search->pending().size())));
    } else if (result && result->error) {
        lines.append(tr("Looking up the devices failed: %1 — %2")
                             .arg(result->error->title(), result->error->localizedMessage())
                     + u' ' + tr("The rows loaded stay."));
    }
    if (m_started && m_nameQuery.isList && !m_nameQuery.names.isEmpty()) {
        const QStringList unloaded = m_tasks->unloadedDevices(m_nameQuery.names);
        const qsizetype in = m_nameQuery.names.size() - unloaded.size();
        const bool allLoaded = m_counts && m_tasks->totalRows() >= m_counts->counts.total();
        // Known not to be in the batch: every task is loaded, or the server had none for them.
        QStringList notIn;
        if (allLoaded) {
            notIn = unloaded;
        } else if (result && !result->error) {
            const QSet<QString> notFound(result->notInBatch.cbegin(), result->notInBatch.cend());
            for (const QString &name : unloaded) {
                if (notFound.contains(name))
                    notIn.append(name);
            }
        }
        QString line = tr("%1 of %Ln listed device(s) are in this batch.", "", int(m_nameQuery.names.size()))
                               .arg(locale.toString(in));
        if (!notIn.isEmpty())
            line += u' ' + tr("Not in it: %1.").arg(listed(notIn));
        if (result && !result->error && !result->asked.isEmpty())
            line += u' '
                    + tr("Looked up on the server at %1.")
                              .arg(TimeText::readAt(result->readAtUtc, m_clock.nowUtc()));
        lines.append(line);
    } else if (m_started && !m_nameQuery.isList && result && !result->error && !m_nameQuery.names.isEmpty()
               && result->notInBatch == m_nameQuery.names) {
        const QString readAt = TimeText::readAt(result->readAtUtc, m_clock.nowUtc());
        if (m_tasks->rowCount() == 0)
            lines.append(tr("No device named “%1” in this batch (looked up on the server at %2).")
                                 .arg(m_nameQuery.names.first(), readAt));
        else
            lines.append(tr("No device is named “%1” exactly (looked up on the server at %2); the rows shown "
                            "contain it, among the tasks loaded. Fetch all searches every task.")
                                 .arg(m_nameQuery.names.first(), readAt));
    }
    m_ui->nameSearchLabel->setText(lines.join(u' '));
    m_ui->nameSearchLabel->setVisible(!lines.isEmpty());
}

QList<TaskStatus> BatchProgressView::statusesShown() const
{
    const int chosen = m_ui->statusCombo->currentData().toInt();
    if (chosen == kStuckItem)
        return {TaskStatus::InProgress, TaskStatus::Notified};
    if (chosen >= 0)
        return {static_cast<TaskStatus>(chosen)};
    return QList<TaskStatus>(kAllTaskStatuses.cbegin(), kAllTaskStatuses.cend());
}

void BatchProgressView::rereadAll()
{
    if (!m_started || m_fetcher->isFetchingAll())
        return;
    // A new walk over every page of the statuses shown: rows already loaded take what is read.
    m_walk = statusesToWalkAll();
    m_fetcher->setStatuses(m_walk);
    m_fetchOutcome = FetchOutcome::None;
    updateProgressBar(0, -1);
    m_fetcher->fetchAll(RequestPriority::Bulk);
    updateFetchControls();
    updateStatusLines();
    updateBusy();
}

QList<TaskStatus> BatchProgressView::statusesToWalkAll() const
{
    const QList<TaskStatus> shown = statusesShown();
    QList<TaskStatus> walk;
    for (const TaskStatus status : TaskFetcher::kFetchOrder) {
        if (shown.contains(status))
            walk.append(status);
    }
    return walk;
}

void BatchProgressView::onFailuresChanged()
{
    const std::optional<FailureSample> sample = m_rowsRefresh->failures();
    m_failedSample->clear();
    if (sample)
        m_failedSample->appendTasks(sample->tasks);
    // The failed tasks' source versions feed the batch lint, whether or not their rows are loaded.
    if (sample)
        collectFailedVersions(sample->tasks);
    updateReasonsNote();
}

void BatchProgressView::updateReasonsNote()
{
    const QLocale locale;
    const std::optional<FailureSample> sample = m_rowsRefresh->failures();
    const qint64 failedNow = m_counts ? m_counts->counts[TaskStatus::Failed] : -1;
    QString note;
    bool stale = false;
    bool partial = false;
    if (m_rowsRefresh->isReadingFailures() && !sample) {
        note = tr("Reading the failed tasks…");
    } else if (sample && sample->failedTotal > 0) {
        const qint64 read = sample->tasks.size();
        partial = read < sample->failedTotal;
        note = partial ? tr("Counted from %1 of %Ln failed task(s)", "",
                            int(std::min<qint64>(sample->failedTotal, INT_MAX)))
                                 .arg(locale.toString(read))
                       : tr("Counted from all %Ln failed task(s)", "", int(std::min<qint64>(read, INT_MAX)));
        const QDateTime now = m_clock.nowUtc();
        note += u", "_s + tr("read at %1").arg(TimeText::readAt(sample->readAtUtc, now));
        if (sample->checkedAtUtc > sample->readAtUtc)
            note += u" "_s
                    + tr("(still %1 at %2)")
                              .arg(locale.toString(sample->failedTotal),
                                   TimeText::readAt(sample->checkedAtUtc, now));
        note += u" · "_s + ageText(sample->currentAtUtc(), &stale);
        // Counted after the failures were read, the batch has more (or fewer) of them: say so.
        if (failedNow >= 0 && failedNow != sample->failedTotal
            && m_counts->finishedAtUtc > sample->currentAtUtc() && !m_rowsRefresh->isBusy())
            note += u' '
                    + tr("The counts now say %1 failed; Refresh reads them again.")
                              .arg(locale.toString(failedNow));
        // Read just after the counts, a few more (or fewer) had failed by then: say why the two differ.
        else if (failedNow >= 0 && failedNow != sample->failedTotal
                 && m_counts->finishedAtUtc <= sample->readAtUtc)
            note += u' '
                    + tr("The counts above, read just before, say %1 failed.")
                              .arg(locale.toString(failedNow));
    } else if (failedNow == 0 || (sample && sample->failedTotal == 0)) {
        // As of when it was counted: a task may fail between that and the rows read after it.
        const QDateTime at = failedNow == 0 ? m_counts->finishedAtUtc : sample->readAtUtc;
        note = tr("No task had failed at %1.").arg(TimeText::readAt(at, m_clock.nowUtc()));
    }
    // A note that ends in a word (the age) ends as a sentence of the UI language does; one that ends in a
    // full stop, 。 or … already has its end.
    if (!note.isEmpty() && !note.back().isPunct())
        note += tr(".", "the end of a sentence");
    m_ui->reasonsNote->setText(note);
    DesktopStyle::setProblemStyleSheet(m_ui->reasonsNote, stale ? u"color: %2;"_s : QString());
    m_ui->readAllFailuresButton->setVisible(partial);
    m_ui->readAllFailuresButton->setEnabled(!m_rowsRefresh->isBusy());
}

std::optional<TaskTableModel::StuckRule> BatchProgressView::stuckRule() const
{
    if (m_jobId.isEmpty())
        return std::nullopt;
    int batchTimeout = -1;
    if (m_store) {
        if (const JobReading *job = m_store->job(m_account.key(m_jobId)))
            batchTimeout = job->job.timeoutInMinutes.value_or(-1);
    }
    return TaskTableModel::StuckRule {m_clock.nowUtc().toMSecsSinceEpoch(), batchTimeout};
}

std::optional<qint64> BatchProgressView::stuckCount() const
{
    const auto &inFlight = m_rowsRefresh->inFlight();
    const std::optional<TaskTableModel::StuckRule> rule = stuckRule();
    if (!inFlight || !rule)
        return std::nullopt;
    return std::count_if(inFlight->tasks.cbegin(), inFlight->tasks.cend(), [&rule](const TaskInfo &task) {
        return StuckTask::isStuck(task.taskStatus,
                                  task.utcModified.isValid() ? task.utcModified.toMSecsSinceEpoch() : 0,
                                  task.timeoutMinutes, rule->batchTimeoutMinutes, rule->nowMs);
    });
}

void BatchProgressView::updateStuck()
{
    const std::optional<qint64> stuck = stuckCount();
    const auto &inFlight = m_rowsRefresh->inFlight();
    m_ui->stuckButton->setVisible(stuck.value_or(0) > 0);
    if (!stuck || !inFlight)
        return;
    const QLocale locale;
    m_ui->stuckButton->setText(tr("⚠ %Ln stuck", "devices with no change past the timeout", int(*stuck)));
    QString tip = tr("%Ln device(s) notified or in progress with no change for longer than the timeout (the "
                     "task's, else the batch's TimeoutInMinutes). Click to show them.",
                     "", int(*stuck));
    if (inFlight->tasks.size() < inFlight->listed)
        tip += u'\n'
                + tr("Counted from %1 of the %2 tasks in flight.")
                          .arg(locale.toString(inFlight->tasks.size()), locale.toString(inFlight->listed));
    m_ui->stuckButton->setToolTip(tip);
}

void BatchProgressView::filterByReason(const QModelIndex &index)
{
    const QVariant reason
            = index.siblingAtColumn(FailureReasonsModel::Reason).data(FailureReasonsModel::ReasonRole);
    if (!reason.isValid()) // "Other reasons" sums several
        return;
    const QString text = reason.toString();
    // The failed tasks read by themselves join the table, so that the filter shows every one of them.
    if (const std::optional<FailureSample> sample = m_rowsRefresh->failures())
        m_tasks->appendTasks(sample->tasks);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(TaskStatus::Failed)));
    m_tasks->setReasonFilter(text);
    updateReasonChip();
    updateStatusLines();
}

void BatchProgressView::clearReasonFilter()
{
    m_tasks->setReasonFilter(std::nullopt);
    m_ui->reasonsTable->clearSelection();
    updateReasonChip();
    updateStatusLines();
}

void BatchProgressView::updateReasonChip()
{
    const std::optional<QString> reason = m_tasks->reasonFilter();
    m_ui->reasonChip->setVisible(reason.has_value());
    if (!reason)
        return;
    const QString shown = reason->isEmpty() ? FailureReasonsModel::tr("(no reason given)") : *reason;
    const QFontMetrics metrics = m_ui->reasonChip->fontMetrics();
    m_ui->reasonChip->setText(
            tr("Reason: %1  ✕")
                    .arg(metrics.elidedText(shown, Qt::ElideMiddle, metrics.horizontalAdvance(u'0') * 20)));
    m_ui->reasonChip->setToolTip(
            tr("Showing the devices that failed with: %1\nClick to show every reason.").arg(shown));
}

QString BatchProgressView::ageText(const QDateTime &readAtUtc, bool *stale) const
{
    const QDateTime now = m_clock.nowUtc();
    const qint64 age = std::max<qint64>(0, readAtUtc.secsTo(now));
    // A round starts an interval after the last one ended, and takes a while: a reading older than twice the
    // interval (and 15 s) missed a round.
    const bool old = m_intervalSecs > 0 && age > qint64(m_intervalSecs) + std::max(m_intervalSecs, 15);
    if (stale)
        *stale = old;
    const QString text = TimeText::updatedAgo(readAtUtc, now);
    return old ? tr("%1, older than the refresh interval of %Ln s", "", m_intervalSecs).arg(text) : text;
}

void BatchProgressView::tick()
{
    if (m_jobId.isEmpty())
        return;
    updateCountTexts();
    updateReasonsNote();
    updateStatusLines();
}

void BatchProgressView::fitColumns()
{
    // The failure reason is the column people read: it takes what the others leave, and the device name
    // gives up room first (down to 12 characters, elided in the middle) before the reason goes below 28.
    QTableView *table = m_ui->taskTable;
    QHeaderView *header = table->horizontalHeader();
    const int charWidth = table->fontMetrics().horizontalAdvance(u'0');
    int others = 0;
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        if (column != TaskTableModel::FailureReason && column != TaskTableModel::DeviceName
            && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int room = table->viewport()->width() - others;
    const int nameWanted = m_nameWidth;
    const int reasonMin = 28 * charWidth;
    const int nameMin = std::min(nameWanted, 12 * charWidth);
    const int name = std::clamp(room - reasonMin, nameMin, nameWanted);
    header->resizeSection(TaskTableModel::DeviceName, name);
    header->resizeSection(TaskTableModel::FailureReason, std::max(reasonMin, room - name));
}

bool BatchProgressView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->taskTable->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void BatchProgressView::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_ui->taskTable->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_tasks->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The device name always shows: a row without it says nothing.
        action->setEnabled(column != TaskTableModel::DeviceName);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void BatchProgressView::retranslateDynamicTexts()
{
    m_ui->statusCombo->setItemText(0, tr("All statuses"));
    for (const TaskStatus status : kAllTaskStatuses)
        m_ui->statusCombo->setItemText(int(status) + 1, TaskStatuses::label(status));
    m_ui->statusCombo->setItemText(m_ui->statusCombo->findData(kStuckItem),
                                   tr("Stuck (no change past the timeout)"));
    m_tasks->retranslate();

    // Columns as wide as their header or typical content in this language: the failure reason gets the rest.
    QHeaderView *header = m_ui->taskTable->horizontalHeader();
    const QFontMetrics metrics = m_ui->taskTable->fontMetrics();
    const int charWidth = metrics.horizontalAdvance(u'0');
    const auto fit = [&](int column, int contentWidth) {
        const QString title = m_tasks->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(metrics.horizontalAdvance(title) + 24, contentWidth + 12));
    };
    fit(TaskTableModel::DeviceName, 11 * charWidth);
    int statusWidth = 0;
    for (const TaskStatus status : kAllTaskStatuses)
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(TaskStatuses::label(status)));
    fit(TaskTableModel::Status, std::min(statusWidth, 16 * charWidth)); // a longer one is elided
    fit(TaskTableModel::Progress, 10 * charWidth);
    fit(TaskTableModel::SourceVersion, 6 * charWidth);
    fit(TaskTableModel::DestinationVersion, 6 * charWidth);
    fit(TaskTableModel::Modified, metrics.horizontalAdvance(u"2000-00-00 00:00:00"_s));
    fit(TaskTableModel::TaskId, 20 * charWidth);
    m_nameWidth = header->sectionSize(TaskTableModel::DeviceName);
    fitColumns();

    updateCountTexts();
    updateStatusLines();
    updateReasonsNote();
    updateStuck();
    updateReasonChip();
    if (m_fetcher->isFetchingAll())
        updateProgressBar(m_fetcher->fetchedCount(), m_fetcher->expectedCount());
}

void BatchProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateDynamicTexts();
    }
    QWidget::changeEvent(event);
}

QList<TaskInfo> BatchProgressView::selectedTasks() const
{
    QList<TaskInfo> tasks;
    const QModelIndexList rows = m_ui->taskTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        tasks.append(m_tasks->taskAt(row.row()));
    return tasks;
}

void BatchProgressView::showTaskMenu(const QPoint &pos)
{
    const QModelIndex at = m_ui->taskTable->indexAt(pos);
    QList<TaskInfo> selected = selectedTasks();
    if (selected.isEmpty() && at.isValid())
        selected.append(m_tasks->taskAt(at.row()));
    const auto count = [&selected](std::initializer_list<TaskStatus> statuses) {
        return int(std::count_if(selected.cbegin(), selected.cend(), [&statuses](const TaskInfo &task) {
            return task.taskStatus
                    && std::find(statuses.begin(), statuses.end(), *task.taskStatus) != statuses.end();
        }));
    };
    QMenu menu(this);
    QAction *device = menu.addAction(tr("Show &Device…"));
    device->setEnabled(at.isValid());
    const int retryable = count({TaskStatus::Failed, TaskStatus::Canceled});
    QAction *retry = menu.addAction(tr("&Upgrade %Ln Selected Device(s) Again…", "", retryable));
    retry->setEnabled(retryable > 0);
    const int waiting = count({TaskStatus::Confirm});
    QAction *confirm = menu.addAction(tr("&Confirm %Ln Selected Task(s)…", "", waiting));
    confirm->setEnabled(waiting > 0);
    const int unfinished
            = count({TaskStatus::Confirm, TaskStatus::Queued, TaskStatus::Notified, TaskStatus::InProgress});
    QAction *cancel = menu.addAction(tr("Ca&ncel %Ln Selected Device(s)…", "", unfinished));
    cancel->setEnabled(unfinished > 0);
    // Every failed task, when the failure sample holds them all (as the reasons say).
    const QList<TaskInfo> failed = m_failedSample->loadedTasks();
    const std::optional<TaskStatusCounts> shown = counts();
    const bool allFailed
            = shown && !failed.isEmpty() && qint64(failed.size()) == (*shown)[TaskStatus::Failed];
    QAction *retryAll
            = menu.addAction(tr("Upgrade &All %Ln Failed Device(s) Again…", "", int(failed.size())));
    retryAll->setEnabled(allFailed);
    if (!allFailed)
        retryAll->setToolTip(tr("Read all failed tasks first (Failure reasons ▸ Read all)."));
    menu.addSeparator();
    QAction *verify = menu.addAction(tr("&Verify Success…"));
    verify->setEnabled(!shown || (*shown)[TaskStatus::Succeeded] > 0);
    menu.setToolTipsVisible(true);
    QAction *chosen = menu.exec(m_ui->taskTable->viewport()->mapToGlobal(pos));
    if (chosen == device)
        emit deviceRequested(m_tasks->taskAt(at.row()));
    else if (chosen == retry)
        emit taskActionRequested(TaskActionRun::Kind::Retry, selected);
    else if (chosen == confirm)
        emit taskActionRequested(TaskActionRun::Kind::Confirm, selected);
    else if (chosen == cancel)
        emit taskActionRequested(TaskActionRun::Kind::CancelDevices, selected);
    else if (chosen == retryAll)
        emit taskActionRequested(TaskActionRun::Kind::Retry, failed);
    else if (chosen == verify)
        emit verifyRequested();
}

void BatchProgressView::focusNameFilter()
{
    m_ui->nameFilterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->nameFilterEdit->selectAll();
}
