#include "DiscoveryPanel.h"
#include "DesktopStyle.h"
#include "ui_DiscoveryPanel.h"

#include "StatusBadgeDelegate.h"
#include "models/DiscoveryTreeModel.h"
#include "state/BatchStore.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
using NodeKind = DiscoveryTreeModel::NodeKind;

// Same endpoint, same identity, same way of asking: the tree shown stays valid.
bool sameAccount(const DiscoveryTreeModel &model, const RpcConfig &config, const QString &instanceId)
{
    const RpcConfig &shown = model.config();
    return model.hasConfig() && shown.endpoint == config.endpoint && shown.regionId == config.regionId
            && shown.credentials == config.credentials && shown.signature == config.signature
            && shown.format == config.format && shown.httpMethod == config.httpMethod
            && shown.timeoutMs == config.timeoutMs && model.iotInstanceId() == instanceId;
}
// The tree view fetches the next page of every expanded node as soon as it lays it out, which would read all
// batches of a firmware at once: the panel asks itself, when a node is expanded or its "Load more" row comes
// into sight (fetchVisible()).
class PanelFetchProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
};
} // namespace

DiscoveryPanel::DiscoveryPanel(RequestScheduler *scheduler, BatchStore *store, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DiscoveryPanel>()),
      m_model(new DiscoveryTreeModel(scheduler, this)), m_proxy(new PanelFetchProxy(this)),
      m_fetchTimer(new QTimer(this)), m_openAction(new QAction(this)), m_watchAction(new QAction(this))
{
    m_ui->setupUi(this);
    if (store) {
        connect(store, &BatchStore::changed, this,
                [this, store](const BatchKey &key, BatchStore::Parts parts) {
                    if (!(parts & BatchStore::Job) || key.profile != m_profile)
                        return;
                    if (const JobReading *reading = store->job(key))
                        m_model->updateJobStatus(key.jobId, reading->job.jobStatus.value_or(QString()),
                                                 reading->readAtUtc);
                });
    }
    m_ui->errorLabel->hide();

    // The filter looks at every column of what is loaded; a match keeps its ancestors and all its children.
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    QTreeView *tree = m_ui->treeView;
    tree->setModel(m_proxy);
    auto *delegate
            = new StatusBadgeDelegate(DiscoveryTreeModel::Status, DiscoveryTreeModel::StatusValueRole, tree);
    delegate->setElideMode(DiscoveryTreeModel::Details, Qt::ElideRight);
    tree->setItemDelegate(delegate);
    // A batch's JobId, three levels deep, fits its column; the details get the rest.
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(DiscoveryTreeModel::Status, QHeaderView::ResizeToContents);
    tree->header()->resizeSection(DiscoveryTreeModel::Name,
                                  tree->fontMetrics().horizontalAdvance(u"HvKuBpuk3rdk6E92CP****0200"_s)
                                          + 4 * tree->indentation() + 16);

    // Scrolling or a new page may bring a "Load more" row into sight; looked at once the view has laid out.
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(0);
    connect(m_fetchTimer, &QTimer::timeout, this, &DiscoveryPanel::fetchVisible);
    connect(tree->verticalScrollBar(), &QScrollBar::valueChanged, m_fetchTimer, qOverload<>(&QTimer::start));
    connect(tree, &QTreeView::expanded, m_fetchTimer, qOverload<>(&QTimer::start));
    // An expanded node reads its first page (later ones when "Load more" comes into sight).
    connect(tree, &QTreeView::expanded, this, [this](const QModelIndex &proxyIndex) {
        const QModelIndex source = sourceIndex(proxyIndex);
        if (m_model->loadedCount(source) == 0 && m_model->canFetchMore(source))
            m_model->fetchMore(source);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_fetchTimer, qOverload<>(&QTimer::start));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->reloadButton, &QPushButton::clicked, m_model, &DiscoveryTreeModel::reload);
    connect(tree, &QAbstractItemView::activated, this, &DiscoveryPanel::activate);
    connect(tree, &QWidget::customContextMenuRequested, this, &DiscoveryPanel::showContextMenu);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiscoveryPanel::updateButtons);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (const QModelIndex batch = currentBatch(); batch.isValid())
            emit openBatch(batch.data(DiscoveryTreeModel::IdRole).toString());
    });
    connect(m_watchAction, &QAction::triggered, this, [this] {
        if (const QModelIndex batch = currentBatch(); batch.isValid())
            emit watchBatch(batch.data(DiscoveryTreeModel::IdRole).toString());
    });
    connect(m_ui->openButton, &QPushButton::clicked, m_openAction, &QAction::trigger);
    connect(m_ui->watchButton, &QPushButton::clicked, m_watchAction, &QAction::trigger);

    connect(m_model, &DiscoveryTreeModel::loadFailed, this, &DiscoveryPanel::onLoadFailed);
    connect(m_model, &DiscoveryTreeModel::pageLoaded, this, &DiscoveryPanel::onPageLoaded);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_error.reset();
        m_ui->errorLabel->hide();
        updateInfo();
        updateButtons();
    });

    retranslateDynamicTexts();
    updateButtons();
}

DiscoveryPanel::~DiscoveryPanel() = default;

QTreeView *DiscoveryPanel::view() const
{
    return m_ui->treeView;
}

void DiscoveryPanel::setAccount(const Account &account)
{
    m_profile = account.profile;
    setConfig(account.config, account.iotInstanceId);
}

void DiscoveryPanel::setConfig(const RpcConfig &config, const QString &iotInstanceId)
{
    m_account = {config, iotInstanceId};
    applyAccount();
}

void DiscoveryPanel::clear()
{
    m_account.reset();
    applyAccount();
}

void DiscoveryPanel::applyAccount()
{
    if (!isVisible())
        return; // showEvent comes back here
    if (!m_account) {
        if (m_model->hasConfig())
            m_model->clear();
    } else if (!sameAccount(*m_model, m_account->first, m_account->second)) {
        m_model->setConfig(m_account->first, m_account->second);
        m_model->fetchMore(QModelIndex()); // the products: the view itself does not ask (PanelFetchProxy)
    }
}

void DiscoveryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyAccount();
}

void DiscoveryPanel::expandTo(const QString &productKey, const QString &firmwareId)
{
    m_expandTo = {productKey, firmwareId};
    if (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    continueExpanding();
}

void DiscoveryPanel::continueExpanding()
{
    if (!m_expandTo)
        return;
    const auto find = [this](const QModelIndex &parent, const QString &id) {
        for (int row = 0; row < m_model->loadedCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (child.data(DiscoveryTreeModel::IdRole).toString() == id)
                return child;
        }
        return QModelIndex();
    };
    const QModelIndex product = find(QModelIndex(), m_expandTo->first);
    if (!product.isValid())
        return; // not (yet) loaded: the next page of products comes back here
    m_ui->treeView->expand(m_proxy->mapFromSource(product));
    const QModelIndex firmware = find(product, m_expandTo->second);
    if (!firmware.isValid())
        return;
    const QModelIndex proxyFirmware = m_proxy->mapFromSource(firmware);
    m_ui->treeView->expand(proxyFirmware);
    if (m_model->isLoading(firmware) || !m_model->totalAt(firmware))
        return;
    m_expandTo.reset();
    m_ui->treeView->setCurrentIndex(proxyFirmware);
    m_ui->treeView->scrollTo(m_proxy->mapFromSource(product), QAbstractItemView::PositionAtTop);
    emit revealed();
}

QModelIndex DiscoveryPanel::sourceIndex(const QModelIndex &proxyIndex) const
{
    return m_proxy->mapToSource(proxyIndex);
}

QModelIndex DiscoveryPanel::currentBatch() const
{
    const QModelIndex current = sourceIndex(m_ui->treeView->currentIndex()).siblingAtColumn(0);
    return m_model->kindAt(current) == NodeKind::Batch ? current : QModelIndex();
}

void DiscoveryPanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = sourceIndex(proxyIndex).siblingAtColumn(0);
    const std::optional<NodeKind> kind = m_model->kindAt(index);
    if (kind == NodeKind::Batch)
        emit openBatch(index.data(DiscoveryTreeModel::IdRole).toString());
    else if (kind == NodeKind::More || kind == NodeKind::Error)
        m_model->fetchMore(index.parent()); // the next page, or the failed one again
}

void DiscoveryPanel::fetchVisible()
{
    QTreeView *tree = m_ui->treeView;
    const int bottom = tree->viewport()->height();
    for (QModelIndex index = tree->indexAt(QPoint(1, 1)); index.isValid(); index = tree->indexBelow(index)) {
        if (tree->visualRect(index).top() > bottom)
            break;
        const QModelIndex source = sourceIndex(index);
        if (m_model->kindAt(source) == NodeKind::More && m_model->canFetchMore(source.parent()))
            m_model->fetchMore(source.parent());
    }
}

void DiscoveryPanel::onLoadFailed(const QModelIndex &parent, const ApiError &error)
{
    m_error = error;
    m_errorParent = parent;
    retranslateDynamicTexts();
}

void DiscoveryPanel::onPageLoaded(const QModelIndex &parent)
{
    if (m_error && QModelIndex(m_errorParent) == parent) {
        // The failed page came after all: the message is no longer news.
        m_error.reset();
        m_ui->errorLabel->hide();
    }
    updateInfo();
    continueExpanding();
}

void DiscoveryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex proxyIndex = m_ui->treeView->indexAt(pos);
    const QModelIndex index = sourceIndex(proxyIndex).siblingAtColumn(0);
    const std::optional<NodeKind> kind = m_model->kindAt(index);
    if (!kind)
        return;
    QMenu menu(this);
    if (kind == NodeKind::Batch) {
        m_ui->treeView->setCurrentIndex(proxyIndex);
        menu.addAction(m_openAction);
        menu.addAction(m_watchAction);
        menu.addSeparator();
    } else if (kind == NodeKind::More || kind == NodeKind::Error) {
        menu.addAction(
                kind == NodeKind::More ? tr("Load &more") : tr("&Try again"), this,
                [this, parent = QPersistentModelIndex(index.parent()), root = !index.parent().isValid()] {
                    // The menu runs its own event loop: the tree may have been reset meanwhile.
                    if (root || parent.isValid())
                        m_model->fetchMore(parent);
                });
    }
    if (kind == NodeKind::Firmware || kind == NodeKind::Product) {
        const QList<JobSummary> batches = loadedBatchesUnder(index);
        QAction *show
                = menu.addAction(tr("Show its batches on the &timeline (%n loaded)", "", int(batches.size())),
                                 this, [this, batches, what = index.data(Qt::DisplayRole).toString()] {
                                     emit showOnTimeline(what, batches);
                                 });
        show->setEnabled(!batches.isEmpty());
        menu.addSeparator();
    }
    const QString id = index.data(DiscoveryTreeModel::IdRole).toString();
    if (!id.isEmpty()) {
        const QString label = kind == NodeKind::Product ? tr("Copy &ProductKey")
                : kind == NodeKind::Firmware            ? tr("Copy &FirmwareId")
                                                        : tr("Copy &JobId");
        menu.addAction(label, this, [id] { QGuiApplication::clipboard()->setText(id); });
    }
    menu.exec(m_ui->treeView->viewport()->mapToGlobal(pos));
}

QList<JobSummary> DiscoveryPanel::loadedBatchesUnder(const QModelIndex &index) const
{
    QList<JobSummary> batches;
    const std::optional<NodeKind> kind = m_model->kindAt(index);
    if (!kind)
        return batches;
    if (kind == NodeKind::Batch) {
        batches.append(m_model->jobAt(index));
        return batches;
    }
    if (kind != NodeKind::Product && kind != NodeKind::Firmware)
        return batches;
    for (int row = 0; row < m_model->loadedCount(index); ++row)
        batches.append(loadedBatchesUnder(m_model->index(row, 0, index)));
    return batches;
}

QList<JobSummary> DiscoveryPanel::loadedBatches() const
{
    QList<JobSummary> batches;
    for (int row = 0; row < m_model->loadedCount(QModelIndex()); ++row)
        batches.append(loadedBatchesUnder(m_model->index(row, 0)));
    return batches;
}

void DiscoveryPanel::updateInfo()
{
    if (!m_model->hasConfig()) {
        m_ui->infoLabel->setText(tr("Choose a profile whose secret is available to browse its products."));
        m_ui->infoLabel->show();
    } else {
        m_ui->infoLabel->hide();
    }
    m_ui->reloadButton->setEnabled(m_model->hasConfig());
}

void DiscoveryPanel::updateButtons()
{
    const bool batch = currentBatch().isValid();
    m_openAction->setEnabled(batch);
    m_watchAction->setEnabled(batch);
    m_ui->openButton->setEnabled(batch);
    m_ui->watchButton->setEnabled(batch);
}

void DiscoveryPanel::retranslateDynamicTexts()
{
    m_openAction->setText(tr("&Open"));
    m_watchAction->setText(tr("Add to &watch list"));
    updateInfo();
    if (m_error) {
        QString text = u"<b>%1</b> %2"_s.arg(m_error->title().toHtmlEscaped(),
                                             m_error->localizedMessage().toHtmlEscaped());
        if (const QString hint = m_error->hint(); !hint.isEmpty())
            text += u"<br>"_s + hint.toHtmlEscaped();
        m_ui->errorLabel->setText(text);
        DesktopStyle::setProblemStyleSheet(m_ui->errorLabel);
        m_ui->errorLabel->show();
    }
}

void DiscoveryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateDynamicTexts();
    }
    QWidget::changeEvent(event);
}
