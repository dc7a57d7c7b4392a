#include "WatchListPanel.h"
#include "DesktopStyle.h"
#include "JobIdField.h"
#include "ui_WatchListPanel.h"

#include "FailureAlertDialog.h"
#include "WatchListDelegate.h"
#include "api/RequestScheduler.h"
#include "models/WatchListModel.h"
#include "services/BatchQuery.h"
#include "util/Clock.h"
#include "util/TimeText.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QList<int> kChoices = {0, 5, 30, 60, 300};
} // namespace

WatchListPanel::WatchListPanel(BatchQuery *query, WatchListRefresher::Resolver resolver, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WatchListPanel>()),
      m_model(new WatchListModel(&query->scheduler()->clock(), query->store(), this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_refresher(new WatchListRefresher(m_model, query, std::move(resolver), this)),
      m_tickTimer(m_model->clock().createTimer(this)), m_openAction(new QAction(this)),
      m_removeAction(new QAction(this)), m_refreshAction(new QAction(this)),
      m_failureAlertAction(new QAction(this)), m_planLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();

    QTableView *table = m_ui->tableView;
    // Sorted by any column on a click of its header (numbers as numbers); unsorted, the order they were
    // added.
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(WatchListModel::SortRole);
    m_sorted->setDynamicSortFilter(true);
    table->setModel(m_sorted);
    auto *delegate = new WatchListDelegate(table);
    delegate->setChangedRole(WatchListModel::ChangedRole);
    delegate->setErrorRole(WatchListModel::Updated, WatchListModel::ErrorRole);
    delegate->setStaleRole(WatchListModel::Updated, WatchListModel::StaleRole);
    delegate->setAlertRole(WatchListModel::Name, WatchListModel::FailureAlertRole);
    delegate->setElideMode(WatchListModel::Versions, Qt::ElideLeft); // "…, 1.1.0 → 1.2.0": the target stays
    delegate->setElideMode(WatchListModel::Name, Qt::ElideRight); // the start of a name says most
    table->setItemDelegate(delegate);
    // Columns keep their widths as the numbers move (no jitter every second); the name gets room for a
    // readable name and the table scrolls sideways rather than squeezing it to "smar…live".
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(40);
    const QFontMetrics metrics = table->fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    header->resizeSection(WatchListModel::Status, widthOf(u"IN_PROGRESS"_s) + 16);
    header->resizeSection(WatchListModel::Name, widthOf(u"smart-plug-p1-2.0.1-live"_s) + 20);
    header->resizeSection(WatchListModel::Progress, widthOf(u"100.0 %"_s) + 60);
    header->resizeSection(WatchListModel::FailureRate, widthOf(u"100.0 % alert"_s));
    header->resizeSection(WatchListModel::InFlight, widthOf(u"100,000"_s));
    header->resizeSection(WatchListModel::Trend, widthOf(u"100.0/min"_s) + 50);
    header->resizeSection(WatchListModel::Eta,
                          widthOf(TimeText::date(QDate(2026, 12, 31)) + u" 22:00, 120 min late"_s));
    header->resizeSection(WatchListModel::Versions, widthOf(u"1.1.0 → 1.2.0"_s));
    header->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);

    for (const int seconds : kChoices)
        m_ui->autoRefreshCombo->addItem(QString(), seconds);
    m_ui->autoRefreshCombo->setCurrentIndex(int(kChoices.indexOf(kDefaultAutoRefreshSecs)));
    m_refresher->setInterval(kDefaultAutoRefreshSecs);

    // Delete removes the selected rows while the table has the focus; the same actions fill the context menu.
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this, &WatchListPanel::removeSelected);
    connect(m_refreshAction, &QAction::triggered, this, &WatchListPanel::refreshNow);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const int row = modelRow(m_ui->tableView->currentIndex());
        if (row >= 0)
            openRow(row);
    });
    m_failureAlertAction->setObjectName(u"failureAlertAction"_s);
    connect(m_failureAlertAction, &QAction::triggered, this, [this] {
        const int row = modelRow(m_ui->tableView->currentIndex());
        if (row >= 0)
            editFailureAlert(row);
    });

    connect(m_ui->addButton, &QPushButton::clicked, this, &WatchListPanel::addFromField);
    new JobIdField(m_ui->addEdit,
                   [this](const QString &reason) { showProblem([reason] { return reason; }); });
    connect(m_ui->addEdit, &QLineEdit::returnPressed, this, &WatchListPanel::addFromField);
    connect(m_ui->addEdit, &QLineEdit::textEdited, this, &WatchListPanel::hideProblem);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &WatchListPanel::refreshNow);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &WatchListPanel::removeSelected);
    connect(m_ui->autoRefreshCombo, &QComboBox::activated, this, &WatchListPanel::onIntervalChosen);
    connect(table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(modelRow(index)); });
    connect(table, &QWidget::customContextMenuRequested, this, &WatchListPanel::showContextMenu);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WatchListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WatchListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WatchListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WatchListPanel::updateButtons);
    connect(m_refresher, &WatchListRefresher::refreshed, this, &WatchListPanel::onRoundFinished);
    // When the batches need more requests than the watch list may use, the rounds come further apart: said
    // under the table, not as a problem (nothing is wrong, and nothing is lost).
    m_planLabel->setObjectName(u"planLabel"_s);
    m_planLabel->setWordWrap(true);
    m_planLabel->hide();
    m_ui->outerLayout->insertWidget(m_ui->outerLayout->indexOf(m_ui->messageLabel) + 1, m_planLabel);
    connect(m_refresher, &WatchListRefresher::planChanged, this, &WatchListPanel::showPlan);

    // "updated 12 s ago" moves on by itself.
    m_tickTimer->setSingleShot(false);
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &ClockTimer::timeout, m_model, &WatchListModel::tick);
    m_tickTimer->start();

    retranslateDynamicTexts();
    updateButtons();
}

WatchListPanel::~WatchListPanel() = default;

QTableView *WatchListPanel::view() const
{
    return m_ui->tableView;
}

int WatchListPanel::modelRow(const QModelIndex &viewIndex) const
{
    return viewIndex.isValid() ? m_sorted->mapToSource(viewIndex).row() : -1;
}

void WatchListPanel::selectModelRow(int row)
{
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_ui->tableView->selectRow(index.row());
    m_ui->tableView->scrollTo(index);
}

QList<int> WatchListPanel::autoRefreshChoices()
{
    return kChoices;
}

void WatchListPanel::setSettings(QSettings *settings, const QString &group)
{
    m_settings = settings;
    m_group = group;
    if (!m_settings)
        return;
    if (!m_group.isEmpty())
        m_settings->beginGroup(m_group);
    m_model->load(m_settings);
    const int seconds = m_settings->value(kAutoRefreshKey, kDefaultAutoRefreshSecs).toInt();
    m_model->setStallMinutes(
            m_settings->value(WatchListModel::kStallMinutesKey, WatchListModel::kDefaultStallMinutes)
                    .toInt());
    if (!m_group.isEmpty())
        m_settings->endGroup();
    setAutoRefreshInterval(seconds);
}

void WatchListPanel::setCurrentProfile(const QString &profile)
{
    m_profile = profile;
}

void WatchListPanel::setAutoRefreshInterval(int seconds)
{
    int index = 0;
    for (int i = 0; i < kChoices.size(); ++i) {
        if (kChoices[i] <= seconds)
            index = i;
    }
    m_ui->autoRefreshCombo->setCurrentIndex(index);
    m_refresher->setInterval(m_paused ? 0 : kChoices[index]);
    m_model->setRefreshInterval(kChoices[index]);
}

int WatchListPanel::autoRefreshInterval() const
{
    return m_ui->autoRefreshCombo->currentData().toInt();
}

void WatchListPanel::onIntervalChosen()
{
    const int seconds = autoRefreshInterval();
    m_refresher->setInterval(m_paused ? 0 : seconds);
    m_model->setRefreshInterval(seconds);
    saveValue(kAutoRefreshKey, seconds);
}

void WatchListPanel::setPaused(bool paused)
{
    m_paused = paused;
    m_refresher->setInterval(paused ? 0 : autoRefreshInterval());
}

void WatchListPanel::setStallMinutes(int minutes)
{
    m_model->setStallMinutes(minutes);
    saveValue(WatchListModel::kStallMinutesKey, m_model->stallMinutes());
}

void WatchListPanel::saveValue(const QString &key, const QVariant &value)
{
    if (!m_settings)
        return;
    if (!m_group.isEmpty())
        m_settings->beginGroup(m_group);
    m_settings->setValue(key, value);
    if (!m_group.isEmpty())
        m_settings->endGroup();
}

void WatchListPanel::addFromField()
{
    if (addBatch(m_profile, m_ui->addEdit->text().trimmed()))
        m_ui->addEdit->clear();
    else
        m_ui->addEdit->setFocus();
}

bool WatchListPanel::addBatch(const QString &profile, const QString &jobIdText)
{
    const QString jobId = jobIdText.trimmed();
    if (jobId.isEmpty()) {
        showProblem([] { return tr("Enter the batch ID (JobId) to watch."); });
        return false;
    }
    if (profile.isEmpty()) {
        showProblem([] {
            return tr("Choose a profile first: a batch is read with the profile it was added with.");
        });
        return false;
    }
    const int existing = m_model->rowOf(profile, jobId);
    if (existing >= 0) {
        showProblem([jobId, profile] {
            return tr("Batch %1 is already on the watch list (profile %2).").arg(jobId, profile);
        });
        selectModelRow(existing);
        return false;
    }
    hideProblem();
    m_model->add(profile, jobId);
    selectModelRow(m_model->rowOf(profile, jobId));
    save();
    refreshNow();
    return true;
}

void WatchListPanel::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->tableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(modelRow(index));
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : std::as_const(rows))
        m_model->remove(row);
    save();
}

void WatchListPanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const WatchListModel::Entry entry = m_model->entries().at(row);
    if (entry.changed) {
        m_model->markSeen(row);
        save();
    }
    emit openBatch(entry.profile, entry.jobId);
}

void WatchListPanel::editFailureAlert(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const WatchListModel::Entry entry = m_model->entries().at(row);
    auto *dialog = new FailureAlertDialog(entry.name.isEmpty() ? entry.jobId : entry.name,
                                          entry.failureAlert.settings(), entry.counts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"failureAlertDialog"_s);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile = entry.profile, jobId = entry.jobId] {
        // The row may have moved while the dialog was open.
        const int current = m_model->rowOf(profile, jobId);
        if (current < 0 || !m_model->setFailureAlert(current, dialog->settings()))
            return;
        save();
        if (dialog->settings().isEnabled())
            refreshNow(); // reads the counts the alert needs
    });
    dialog->open();
}

void WatchListPanel::refreshNow()
{
    if (!m_refresher->refreshAll())
        m_refreshAgain = true; // the running round may have missed a batch added since it started
}

void WatchListPanel::onRoundFinished()
{
    save(); // the statuses too: a change while OtaDash was closed is reported by the next refresh
    if (std::exchange(m_refreshAgain, false))
        m_refresher->refreshAll();
}

void WatchListPanel::showPlan()
{
    // A row is late by the interval the rounds keep (longer than chosen when the plan stretched it).
    if (m_refresher->interval() > 0)
        m_model->setRefreshInterval(std::max(m_refresher->interval(), m_refresher->plan().intervalSecs));
    const QString text = PollPlan::describe(m_refresher->plan());
    m_planLabel->setText(text);
    m_planLabel->setVisible(!text.isEmpty());
}

void WatchListPanel::save()
{
    if (!m_settings)
        return;
    if (!m_group.isEmpty())
        m_settings->beginGroup(m_group);
    m_model->save(m_settings);
    if (!m_group.isEmpty())
        m_settings->endGroup();
}

void WatchListPanel::showContextMenu(const QPoint &pos)
{
    const int row = modelRow(m_ui->tableView->indexAt(pos));
    QMenu menu(this);
    if (row >= 0) {
        menu.addAction(m_openAction);
        const WatchListModel::Entry entry = m_model->entries().at(row);
        connect(menu.addAction(tr("Co&mpare with open batch")), &QAction::triggered, this,
                [this, entry] { emit compareBatch(entry.profile, entry.jobId); });
        menu.addSeparator();
    }
    menu.addAction(m_refreshAction);
    if (row >= 0) {
        menu.addAction(m_failureAlertAction);
        menu.addAction(m_removeAction);
    }
    menu.exec(m_ui->tableView->viewport()->mapToGlobal(pos));
}

void WatchListPanel::setCompletions(QAbstractItemModel *batches)
{
    JobIdField::of(m_ui->addEdit)->setCompletions(batches);
}

void WatchListPanel::showProblem(std::function<QString()> problem)
{
    m_problem = std::move(problem);
    m_ui->messageLabel->setText(m_problem());
    DesktopStyle::setProblemStyleSheet(m_ui->messageLabel);
    m_ui->messageLabel->show();
}

void WatchListPanel::hideProblem()
{
    m_problem = nullptr;
    m_ui->messageLabel->hide();
}

void WatchListPanel::updateButtons()
{
    const bool selected = m_ui->tableView->selectionModel()->hasSelection();
    m_ui->removeButton->setEnabled(selected);
    m_removeAction->setEnabled(selected);
    m_openAction->setEnabled(m_ui->tableView->currentIndex().isValid());
}

void WatchListPanel::retranslateDynamicTexts()
{
    QComboBox *combo = m_ui->autoRefreshCombo;
    for (int i = 0; i < combo->count(); ++i) {
        const int seconds = combo->itemData(i).toInt();
        QString text;
        if (seconds == 0)
            text = tr("Off", "auto-refresh");
        else if (seconds < 60)
            text = tr("Every %n s", "auto-refresh interval in seconds", seconds);
        else
            text = tr("Every %n min", "auto-refresh interval in minutes", seconds / 60);
        combo->setItemText(i, text);
    }
    // The age column as wide as its longest usual text in this language, so it does not jump as time passes.
    const QDateTime now = m_model->clock().nowUtc();
    const QFontMetrics metrics = m_ui->tableView->fontMetrics();
    QHeaderView *header = m_ui->tableView->horizontalHeader();
    int ageWidth = header->fontMetrics().horizontalAdvance(
                           m_model->headerData(WatchListModel::Updated, Qt::Horizontal).toString())
            + 24;
    for (const qint64 secs : {59, 59 * 60, 23 * 3600, 99 * 86400}) {
        ageWidth = std::max(ageWidth,
                            metrics.horizontalAdvance(TimeText::updatedAgo(now.addSecs(-secs), now)) + 12);
    }
    header->resizeSection(WatchListModel::Updated, ageWidth);
    m_openAction->setText(tr("&Open"));
    m_removeAction->setText(tr("Re&move"));
    m_refreshAction->setText(tr("Refresh &now"));
    m_failureAlertAction->setText(tr("&Failure alert…"));
    if (m_problem)
        m_ui->messageLabel->setText(m_problem());
    showPlan();
}

void WatchListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateDynamicTexts();
    }
    QWidget::changeEvent(event);
}
