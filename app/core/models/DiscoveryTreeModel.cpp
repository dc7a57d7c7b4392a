#include "models/DiscoveryTreeModel.h"

#include "api/OtaListCalls.h"
#include "api/RequestScheduler.h"
#include "ota/OtaEnums.h"
#include "util/Clock.h"
#include "util/LanguageChangeWatcher.h"
#include "util/TimeText.h"

#include <QLocale>
#include <QSet>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

struct DiscoveryTreeModel::Node
{
    enum class Type { Root, Product, Firmware, Batch, StatusRow };

    explicit Node(Type nodeType, Node *parentNode = nullptr) : type(nodeType), parent(parentNode) { }
    bool expandable() const { return type == Type::Root || type == Type::Product || type == Type::Firmware; }

    Type type;
    Node *parent;
    int row = 0; // in parent->children; the status row is always after them
    ProductInfo product;
    FirmwareInfo firmware;
    JobSummary job;
    QDateTime statusReadAtUtc; // when job.jobStatus was read: its page, or a later read of the batch

    // Children, for the root, products and firmware.
    std::vector<std::unique_ptr<Node>> children;
    QSet<QString> childIds; // a list that shifted between two pages must not show a row twice
    std::unique_ptr<Node> statusRow; // made on first use, kept while the node lives
    bool statusShown = false;
    bool loading = false;
    bool complete = false;
    int pagesLoaded = 0;
    std::optional<qint64> total;
    std::optional<ApiError> error;
    std::optional<qint64> failedAtMs; // the scheduler's monotonic clock
};

namespace {

QString idOf(const ProductInfo &product)
{
    return product.productKey;
}
QString idOf(const FirmwareInfo &firmware)
{
    return firmware.firmwareId;
}
QString idOf(const JobSummary &job)
{
    return job.jobId;
}

QString dateTimeText(const QDateTime &utc)
{
    return TimeText::dateTime(utc);
}

} // namespace

DiscoveryTreeModel::DiscoveryTreeModel(RequestScheduler *scheduler, QObject *parent)
    : QAbstractItemModel(parent), m_scheduler(scheduler), m_root(std::make_unique<Node>(Node::Type::Root))
{
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &DiscoveryTreeModel::retranslate);
}

DiscoveryTreeModel::~DiscoveryTreeModel()
{
    ++m_generation;
    if (m_scheduler)
        m_scheduler->cancelAll(this);
}

void DiscoveryTreeModel::setConfig(const RpcConfig &config, const QString &iotInstanceId)
{
    beginResetModel();
    dropTree();
    m_config = config;
    m_iotInstanceId = iotInstanceId;
    m_hasConfig = true;
    endResetModel();
}

void DiscoveryTreeModel::clear()
{
    beginResetModel();
    dropTree();
    m_config = RpcConfig();
    m_iotInstanceId.clear();
    m_hasConfig = false;
    endResetModel();
}

void DiscoveryTreeModel::dropTree()
{
    ++m_generation; // before canceling: the canceled requests finish right away
    if (m_scheduler)
        m_scheduler->cancelAll(this);
    m_root = std::make_unique<Node>(Node::Type::Root);
}

void DiscoveryTreeModel::reload()
{
    if (m_hasConfig)
        setConfig(RpcConfig(m_config), QString(m_iotInstanceId));
    else
        clear();
}

void DiscoveryTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitSubtreeChanged(m_root.get());
}

void DiscoveryTreeModel::emitSubtreeChanged(const Node *node)
{
    const int rows = int(node->children.size()) + (node->statusShown ? 1 : 0);
    if (rows == 0)
        return;
    const QModelIndex parent = indexOf(node);
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (const auto &child : node->children)
        emitSubtreeChanged(child.get());
}

// --- structure

DiscoveryTreeModel::Node *DiscoveryTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    Q_ASSERT(index.model() == this);
    return static_cast<Node *>(index.internalPointer());
}

int DiscoveryTreeModel::rowOf(const Node *node) const
{
    return node->type == Node::Type::StatusRow ? int(node->parent->children.size()) : node->row;
}

QModelIndex DiscoveryTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

QModelIndex DiscoveryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    Node *node = nodeOf(parent);
    if (!node->expandable())
        return QModelIndex();
    const int count = int(node->children.size());
    if (row < count)
        return createIndex(row, column, node->children[size_t(row)].get());
    if (row == count && node->statusShown)
        return createIndex(row, column, node->statusRow.get());
    return QModelIndex();
}

QModelIndex DiscoveryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    return indexOf(nodeOf(child)->parent);
}

int DiscoveryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return int(node->children.size()) + (node->statusShown ? 1 : 0);
}

int DiscoveryTreeModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : ColumnCount;
}

bool DiscoveryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node->expandable())
        return false;
    if (rowCount(parent) > 0)
        return true;
    // Products and firmware show their expand arrow until a page says they have nothing.
    return node == m_root.get() ? canFetchMore(parent) : !node->complete;
}

bool DiscoveryTreeModel::canFetch(const Node *node) const
{
    return node->expandable() && m_hasConfig && m_scheduler && !node->loading && !node->complete;
}

// Not after a failure: views and testers call fetchMore whenever this says yes, which would hammer an
// endpoint that keeps failing (a wrong secret); fetchMore itself still retries.
bool DiscoveryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return canFetch(node) && !node->error;
}

void DiscoveryTreeModel::fetchMore(const QModelIndex &parent)
{
    if (parent.column() > 0)
        return;
    Node *node = nodeOf(parent);
    // QAbstractItemModelTester calls fetchMore(root) on every change without asking canFetchMore: a failure's
    // own signals must not start the next attempt at once.
    if (node->error && node->failedAtMs && m_scheduler
        && m_scheduler->clock().monotonicMs() - *node->failedAtMs < kRetryPauseMs)
        return;
    if (canFetch(node))
        startPage(node);
}

// --- loading

void DiscoveryTreeModel::updateJobStatus(const QString &jobId, const QString &status,
                                         const QDateTime &readAtUtc)
{
    if (status.isEmpty())
        return;
    // Batches sit two levels down: products, their firmware, its batches.
    for (const auto &product : m_root->children) {
        for (const auto &firmware : product->children) {
            for (const auto &batch : firmware->children) {
                if (batch->job.jobId != jobId || batch->statusReadAtUtc > readAtUtc)
                    continue;
                batch->statusReadAtUtc = readAtUtc;
                if (batch->job.jobStatus == status)
                    continue;
                batch->job.jobStatus = status;
                emitNodeChanged(batch.get(), {Qt::DisplayRole, StatusValueRole, Qt::ToolTipRole});
            }
        }
    }
}

void DiscoveryTreeModel::startPage(Node *node)
{
    node->loading = true;
    node->error.reset();
    if (node->statusShown) {
        showStatusRow(node); // More or Error becomes Loading: data only
    } else {
        // No rows inserted inside fetchMore: views and QAbstractItemModelTester call it while they handle
        // another change (rowsInserted, modelReset), where a nested insertion breaks their bookkeeping.
        QMetaObject::invokeMethod(
                this,
                [this, node, generation = m_generation] {
                    if (generation == m_generation && node->loading)
                        showStatusRow(node);
                },
                Qt::QueuedConnection);
    }
    emitNodeChanged(node, {LoadingRole, ErrorRole, Qt::ToolTipRole});
    emit loadingChanged(indexOf(node), true);

    const int page = node->pagesLoaded + 1;
    QString action;
    QueryPairs params;
    switch (node->type) {
    case Node::Type::Root:
        action = QueryProductList::kAction;
        params = QueryProductList::params(page, kProductPageSize, m_iotInstanceId);
        break;
    case Node::Type::Product:
        action = ListOtaFirmware::kAction;
        params = ListOtaFirmware::params(node->product.productKey, page, kFirmwarePageSize, m_iotInstanceId);
        break;
    case Node::Type::Firmware:
        action = ListOtaJobByFirmware::kAction;
        params = ListOtaJobByFirmware::params(node->firmware.firmwareId, page, kBatchPageSize,
                                              m_iotInstanceId);
        break;
    case Node::Type::Batch:
    case Node::Type::StatusRow:
        Q_UNREACHABLE();
    }
    ScheduledRequest *request
            = m_scheduler->submit(m_config, action, params, RequestPriority::Interactive, this);
    connect(request, &ScheduledRequest::finished, this,
            [this, node, generation = m_generation](const RpcResponse &response) {
                if (generation == m_generation) // else the node belongs to a tree that is gone
                    finishPage(node, response);
            });
}

void DiscoveryTreeModel::finishPage(Node *node, const RpcResponse &response)
{
    switch (node->type) {
    case Node::Type::Root:
        appendPage(node, QueryProductList::interpret(response), kProductPageSize);
        break;
    case Node::Type::Product:
        appendPage(node, ListOtaFirmware::interpret(response), kFirmwarePageSize);
        break;
    case Node::Type::Firmware:
        appendPage(node, ListOtaJobByFirmware::interpret(response), kBatchPageSize);
        break;
    case Node::Type::Batch:
    case Node::Type::StatusRow:
        Q_UNREACHABLE();
    }
}

template<typename T>
void DiscoveryTreeModel::appendPage(Node *node, const ListResult<T> &result, int requestedPageSize)
{
    if (result.error || !result.page) {
        failPage(node, result.error.value_or(ApiError::transportError(ApiError::Transport::Malformed, [] {
            return tr("The response holds no page.");
        })));
        return;
    }
    const ListPage<T> &page = *result.page;
    const QDateTime readAt = m_scheduler ? m_scheduler->clock().nowUtc() : QDateTime();
    std::vector<std::unique_ptr<Node>> fresh;
    for (const T &item : page.items) {
        const QString id = idOf(item);
        if (id.isEmpty() || node->childIds.contains(id))
            continue;
        node->childIds.insert(id);
        std::unique_ptr<Node> child;
        if constexpr (std::is_same_v<T, ProductInfo>) {
            child = std::make_unique<Node>(Node::Type::Product, node);
            child->product = item;
        } else if constexpr (std::is_same_v<T, FirmwareInfo>) {
            child = std::make_unique<Node>(Node::Type::Firmware, node);
            child->firmware = item;
        } else {
            child = std::make_unique<Node>(Node::Type::Batch, node);
            child->job = item;
            child->statusReadAtUtc = readAt;
        }
        fresh.push_back(std::move(child));
    }
    // The node's state first: whatever reacts to the rows below (a proxy, a view) asks about it.
    ++node->pagesLoaded;
    node->total = page.total;
    const int pageSize = page.pageSize > 0 ? page.pageSize : requestedPageSize;
    node->complete = page.items.isEmpty() || qint64(node->pagesLoaded) * pageSize >= page.total;
    if (!fresh.empty()) {
        const int first = int(node->children.size());
        beginInsertRows(indexOf(node), first, first + int(fresh.size()) - 1);
        for (auto &child : fresh) {
            child->row = int(node->children.size());
            node->children.push_back(std::move(child));
        }
        endInsertRows();
    }
    // Loading until the rows are in: the status row's text must not change under an insertion.
    node->loading = false;
    if (node->complete)
        hideStatusRow(node);
    else
        showStatusRow(node); // now "More"
    emitNodeChanged(node, {LoadingRole, ErrorRole, TotalRole, LoadedCountRole, Qt::ToolTipRole});
    const QModelIndex parent = indexOf(node);
    emit loadingChanged(parent, false);
    emit pageLoaded(parent);
}

void DiscoveryTreeModel::failPage(Node *node, const ApiError &error)
{
    node->loading = false;
    node->error = error;
    node->failedAtMs = m_scheduler ? std::optional(m_scheduler->clock().monotonicMs()) : std::nullopt;
    showStatusRow(node); // now "Error"
    emitNodeChanged(node, {LoadingRole, ErrorRole, Qt::ToolTipRole});
    const QModelIndex parent = indexOf(node);
    emit loadingChanged(parent, false);
    emit loadFailed(parent, error);
}

void DiscoveryTreeModel::showStatusRow(Node *node)
{
    if (node->statusShown) {
        const QModelIndex row = indexOf(node->statusRow.get());
        emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
        return;
    }
    if (!node->statusRow)
        node->statusRow = std::make_unique<Node>(Node::Type::StatusRow, node);
    const int row = int(node->children.size());
    beginInsertRows(indexOf(node), row, row);
    node->statusShown = true;
    endInsertRows();
}

void DiscoveryTreeModel::hideStatusRow(Node *node)
{
    if (!node->statusShown)
        return;
    const int row = int(node->children.size());
    beginRemoveRows(indexOf(node), row, row);
    node->statusShown = false;
    endRemoveRows();
}

void DiscoveryTreeModel::emitNodeChanged(const Node *node, const QList<int> &roles)
{
    if (node == m_root.get())
        return;
    emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1), roles);
}

// --- accessors

std::optional<DiscoveryTreeModel::NodeKind> DiscoveryTreeModel::kindAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const Node *node = nodeOf(index);
    switch (node->type) {
    case Node::Type::Product:
        return NodeKind::Product;
    case Node::Type::Firmware:
        return NodeKind::Firmware;
    case Node::Type::Batch:
        return NodeKind::Batch;
    case Node::Type::StatusRow:
        return node->parent->loading  ? NodeKind::Loading
                : node->parent->error ? NodeKind::Error
                                      : NodeKind::More;
    case Node::Type::Root:
        break;
    }
    return std::nullopt;
}

ProductInfo DiscoveryTreeModel::productAt(const QModelIndex &index) const
{
    return kindAt(index) == NodeKind::Product ? nodeOf(index)->product : ProductInfo();
}

FirmwareInfo DiscoveryTreeModel::firmwareAt(const QModelIndex &index) const
{
    return kindAt(index) == NodeKind::Firmware ? nodeOf(index)->firmware : FirmwareInfo();
}

JobSummary DiscoveryTreeModel::jobAt(const QModelIndex &index) const
{
    return kindAt(index) == NodeKind::Batch ? nodeOf(index)->job : JobSummary();
}

bool DiscoveryTreeModel::isLoading(const QModelIndex &parent) const
{
    return parent.column() <= 0 && nodeOf(parent)->loading;
}

std::optional<ApiError> DiscoveryTreeModel::errorAt(const QModelIndex &parent) const
{
    return parent.column() <= 0 ? nodeOf(parent)->error : std::nullopt;
}

std::optional<qint64> DiscoveryTreeModel::totalAt(const QModelIndex &parent) const
{
    return parent.column() <= 0 ? nodeOf(parent)->total : std::nullopt;
}

int DiscoveryTreeModel::loadedCount(const QModelIndex &parent) const
{
    return parent.column() <= 0 ? int(nodeOf(parent)->children.size()) : 0;
}

// --- data

Qt::ItemFlags DiscoveryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    switch (nodeOf(index)->type) {
    case Node::Type::Product:
    case Node::Type::Firmware:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    case Node::Type::Batch:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    case Node::Type::StatusRow:
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    case Node::Type::Root:
        break;
    }
    return Qt::NoItemFlags;
}

QVariant DiscoveryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node *node = nodeOf(index);
    if (node->type == Node::Type::StatusRow)
        return statusRowData(node, index.column(), role);
    return nodeData(node, index.column(), role);
}

QVariant DiscoveryTreeModel::nodeData(const Node *node, int column, int role) const
{
    const bool isProduct = node->type == Node::Type::Product;
    const bool isFirmware = node->type == Node::Type::Firmware;
    switch (role) {
    case NodeKindRole:
        return int(isProduct ? NodeKind::Product : isFirmware ? NodeKind::Firmware : NodeKind::Batch);
    case IdRole:
        return isProduct ? idOf(node->product) : isFirmware ? idOf(node->firmware) : idOf(node->job);
    case ProductKeyRole:
        return isProduct     ? node->product.productKey
                : isFirmware ? node->firmware.productKey
                             : node->job.productKey;
    case StatusValueRole:
        if (isFirmware)
            return node->firmware.status;
        return isProduct ? QVariant() : QVariant(node->job.jobStatus);
    case LoadingRole:
        return node->expandable() ? QVariant(node->loading) : QVariant();
    case ErrorRole:
        return node->error ? QVariant(node->error->localizedMessage()) : QVariant();
    case TotalRole:
        return node->total ? QVariant(*node->total) : QVariant();
    case LoadedCountRole:
        return node->expandable() ? QVariant(int(node->children.size())) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }

    const QLocale locale;
    if (isProduct) {
        const ProductInfo &product = node->product;
        switch (column) {
        case Name:
            return product.productName.isEmpty() ? product.productKey : product.productName;
        case Details: {
            const qint64 devices = std::min<qint64>(product.deviceCount, std::numeric_limits<int>::max());
            return tr("%Ln device(s)", "product's device count", int(devices));
        }
        default:
            return QString();
        }
    }
    if (isFirmware) {
        const FirmwareInfo &firmware = node->firmware;
        switch (column) {
        case Name:
            return firmware.firmwareName.isEmpty() ? firmware.firmwareId : firmware.firmwareName;
        case Status:
            switch (firmware.status) {
            case -1:
                return tr("No verification needed");
            case 0:
                return tr("Unverified");
            case 1:
                return tr("Verified");
            case 2:
                return tr("Verifying");
            case 3:
                return tr("Verification failed");
            default:
                return QString::number(firmware.status); // undocumented: as received
            }
        case Details:
            // A differential package names the one version it upgrades from.
            if (firmware.srcVersion.isEmpty())
                return firmware.destVersion;
            return u"%1 → %2"_s.arg(firmware.srcVersion, firmware.destVersion);
        default:
            return QString();
        }
    }
    const JobSummary &job = node->job;
    switch (column) {
    case Name:
        return job.jobId;
    case Status:
        return enumLabel(JobField::JobStatus, job.jobStatus);
    case Details: {
        const QString type = enumLabel(JobField::JobType, job.jobType);
        if (!job.utcCreate.isValid())
            return type;
        return tr("%1, created %2", "batch type, creation time").arg(type, dateTimeText(job.utcCreate));
    }
    default:
        return QString();
    }
}

QVariant DiscoveryTreeModel::statusRowData(const Node *node, int column, int role) const
{
    const Node *parent = node->parent;
    const NodeKind kind = parent->loading ? NodeKind::Loading
            : parent->error               ? NodeKind::Error
                                          : NodeKind::More;
    switch (role) {
    case NodeKindRole:
        return int(kind);
    case ErrorRole:
        return kind == NodeKind::Error ? QVariant(parent->error->localizedMessage()) : QVariant();
    case Qt::ToolTipRole:
        if (kind == NodeKind::Error) {
            QStringList lines {parent->error->localizedMessage()};
            if (const QString hint = parent->error->hint(); !hint.isEmpty())
                lines.append(hint);
            return lines.join(u'\n');
        }
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }

    const QLocale locale;
    switch (kind) {
    case NodeKind::Loading:
        return column == Name ? tr("Loading…") : QString();
    case NodeKind::More:
        if (column != Name)
            return QString();
        return tr("Load more (%1 of %2 shown)")
                .arg(locale.toString(qint64(parent->children.size())),
                     locale.toString(parent->total.value_or(0)));
    case NodeKind::Error:
        if (column == Name)
            return tr("Could not load: %1").arg(parent->error->title());
        return column == Details ? parent->error->localizedMessage() : QString();
    default:
        break;
    }
    return QString();
}

QString DiscoveryTreeModel::toolTip(const Node *node) const
{
    const QLocale locale;
    QStringList lines;
    switch (node->type) {
    case Node::Type::Product:
        lines.append(tr("ProductKey: %1").arg(node->product.productKey));
        if (!node->product.description.isEmpty())
            lines.append(node->product.description);
        break;
    case Node::Type::Firmware: {
        const FirmwareInfo &firmware = node->firmware;
        lines.append(tr("FirmwareId: %1").arg(firmware.firmwareId));
        if (!firmware.firmwareDesc.isEmpty())
            lines.append(firmware.firmwareDesc);
        if (!firmware.moduleName.isEmpty())
            lines.append(tr("Module: %1").arg(firmware.moduleName));
        lines.append(firmware.type == 1 ? tr("Differential package") : tr("Full package"));
        if (firmware.firmwareSize > 0)
            lines.append(tr("Size: %1").arg(locale.formattedDataSize(firmware.firmwareSize)));
        break;
    }
    case Node::Type::Batch: {
        const JobSummary &job = node->job;
        lines.append(tr("JobId: %1").arg(job.jobId));
        if (node->statusReadAtUtc.isValid() && m_scheduler) {
            lines.append(
                    tr("Status read at %1")
                            .arg(TimeText::readAt(node->statusReadAtUtc, m_scheduler->clock().nowUtc())));
        }
        lines.append(tr("Selection: %1, target: %2")
                             .arg(enumLabel(JobField::SelectionType, job.selectionType),
                                  enumLabel(JobField::TargetSelection, job.targetSelection)));
        if (job.utcCreate.isValid())
            lines.append(tr("Created: %1").arg(dateTimeText(job.utcCreate)));
        if (job.utcStartTime.isValid())
            lines.append(tr("Started: %1").arg(dateTimeText(job.utcStartTime)));
        if (job.utcEndTime.isValid())
            lines.append(tr("Ended: %1").arg(dateTimeText(job.utcEndTime)));
        break;
    }
    case Node::Type::Root:
    case Node::Type::StatusRow:
        break;
    }
    if (node->total && !node->complete) {
        lines.append(
                tr("%1 of %2 loaded")
                        .arg(locale.toString(qint64(node->children.size())), locale.toString(*node->total)));
    }
    if (node->error)
        lines.append(tr("Loading failed: %1").arg(node->error->localizedMessage()));
    return lines.join(u'\n');
}

QVariant DiscoveryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Details:
        return tr("Details");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> DiscoveryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, QByteArrayLiteral("nodeKind"));
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(ProductKeyRole, QByteArrayLiteral("productKey"));
    names.insert(StatusValueRole, QByteArrayLiteral("statusValue"));
    names.insert(LoadingRole, QByteArrayLiteral("loading"));
    names.insert(ErrorRole, QByteArrayLiteral("error"));
    names.insert(TotalRole, QByteArrayLiteral("total"));
    names.insert(LoadedCountRole, QByteArrayLiteral("loadedCount"));
    return names;
}
