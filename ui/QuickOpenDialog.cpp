#include "QuickOpenDialog.h"

#include "KnownBatchesModel.h"
#include "util/FuzzyMatch.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

QuickOpenModel::QuickOpenModel(QObject *parent) : QAbstractTableModel(parent) { }

void QuickOpenModel::setItems(QList<Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    m_shown.resize(m_items.size());
    std::iota(m_shown.begin(), m_shown.end(), 0);
    endResetModel();
}

void QuickOpenModel::setPattern(const QString &pattern)
{
    QList<std::pair<int, int>> scored; // {score, row}
    for (int row = 0; row < m_items.size(); ++row) {
        if (const std::optional<int> score = FuzzyMatch::score(pattern, m_items.at(row).searchText))
            scored.append({*score, row});
    }
    // Best first; equal scores keep their order (recent batches first, menus in menu order).
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    beginResetModel();
    m_shown.clear();
    for (const auto &[score, row] : std::as_const(scored))
        m_shown.append(row);
    endResetModel();
}

int QuickOpenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int QuickOpenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuickOpenModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Item &it = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? it.name : index.column() == Detail ? it.detail : it.shortcut;
    case Qt::ToolTipRole:
        return it.detail;
    case ProfileRole:
        return it.profile;
    case JobIdRole:
        return it.jobId;
    case IsCommandRole:
        return !it.action.isNull();
    default:
        return {};
    }
}

Qt::ItemFlags QuickOpenModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Item &it = item(index.row());
    // A disabled action is listed, with the reason it is disabled, but cannot be run.
    if (it.action && !it.action->isEnabled())
        return Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QList<QuickOpenModel::Item> QuickOpenModel::batchItems(const KnownBatchesModel *batches)
{
    QList<Item> items;
    for (const KnownBatchesModel::Entry &entry : batches->entries()) {
        Item item;
        item.name = entry.name.isEmpty() ? entry.jobId : entry.jobId + u"  "_s + entry.name;
        item.detail = entry.profile.isEmpty() ? KnownBatchesModel::detailOf(entry)
                                              : entry.profile + u" · "_s + KnownBatchesModel::detailOf(entry);
        item.profile = entry.profile;
        item.jobId = entry.jobId;
        item.searchText = entry.jobId + u' ' + entry.name + u' ' + entry.profile;
        items.append(item);
    }
    return items;
}

QList<QuickOpenModel::Item> QuickOpenModel::commandItems(const QList<ActionCatalog::Entry> &actions)
{
    QList<Item> items;
    for (const ActionCatalog::Entry &entry : actions) {
        Item item;
        item.name = entry.name;
        const QString why = entry.action->isEnabled() ? QString() : entry.action->toolTip();
        item.detail = why.isEmpty() || why == entry.name ? entry.path : entry.path + u" — "_s + why;
        item.shortcut = entry.action->shortcut().toString(QKeySequence::NativeText);
        item.action = entry.action;
        item.searchText = entry.name + u' ' + entry.path;
        items.append(item);
    }
    return items;
}

QuickOpenDialog::QuickOpenDialog(Mode mode, const KnownBatchesModel *batches,
                                 const QList<ActionCatalog::Entry> &commands, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_pattern(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_countLabel(new QLabel(this)), m_model(new QuickOpenModel(this))
{
    setObjectName(mode == Mode::Batches ? u"quickOpenDialog"_s : u"commandPaletteDialog"_s);
    setWindowTitle(mode == Mode::Batches ? tr("Open Batch") : tr("Command Palette"));
    m_pattern->setObjectName(u"patternEdit"_s);
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setPlaceholderText(mode == Mode::Batches
                                          ? tr("A JobId, a batch's name or a profile")
                                          : tr("An action, a JobId, a batch's name or a profile"));
    m_pattern->setAccessibleName(windowTitle());
    m_view->setObjectName(u"resultView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setHeaderHidden(true);
    m_view->setAccessibleName(tr("Matches"));
    // The name whole, the shortcut whole at the right, the detail (menu, why disabled) in what is left.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QuickOpenModel::Name, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(QuickOpenModel::Detail, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(QuickOpenModel::Shortcut, QHeaderView::ResizeToContents);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_countLabel->setObjectName(u"countLabel"_s);

    QList<QuickOpenModel::Item> items = QuickOpenModel::batchItems(batches);
    if (mode == Mode::Everything)
        items = QuickOpenModel::commandItems(commands) + items;
    m_model->setItems(std::move(items));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pattern);
    layout->addWidget(m_view);
    layout->addWidget(m_countLabel);
    resize(720, 420);

    m_pattern->installEventFilter(this);
    connect(m_pattern, &QLineEdit::textChanged, this, &QuickOpenDialog::filter);
    connect(m_view, &QAbstractItemView::activated, this, &QuickOpenDialog::activate);
    filter({});
    m_pattern->setFocus();
}

void QuickOpenDialog::filter(const QString &pattern)
{
    m_model->setPattern(pattern);
    const int count = m_model->rowCount();
    if (count > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_countLabel->setText(count == 0 ? tr("Nothing matches “%1”.").arg(pattern)
                                     : tr("%n match(es). Enter opens, Escape closes.", "", count));
}

void QuickOpenDialog::activate(const QModelIndex &index)
{
    if (!index.isValid() || !(m_model->flags(index) & Qt::ItemIsEnabled))
        return;
    const QuickOpenModel::Item item = m_model->item(index.row());
    accept();
    if (item.action) {
        // After the dialog is gone: the action may open a dialog of its own.
        QTimer::singleShot(0, item.action, [action = item.action] {
            if (action && action->isEnabled())
                action->trigger();
        });
        return;
    }
    emit batchChosen(item.profile, item.jobId);
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pattern && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // The list moves while the typing goes on in the field.
            QCoreApplication::sendEvent(m_view, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_view->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
