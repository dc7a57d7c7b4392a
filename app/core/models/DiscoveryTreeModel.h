#pragma once

#include "api/ApiError.h"
#include "api/RpcClient.h"
#include "ota/FirmwareInfo.h"
#include "ota/JobSummary.h"
#include "ota/ProductInfo.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <optional>

class RequestScheduler;
template<typename T> struct ListResult;

// Products → firmware → update batches of one account, read one page at a time when a view asks
// (canFetchMore/fetchMore on each node, the root included). A node that is loading, has more pages or whose
// last page failed ends with one status row (Loading, More, Error); a failed page keeps what was loaded and
// an explicit fetchMore asks for it again.
class DiscoveryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Status, Details, ColumnCount };
    Q_ENUM(Column)

    // Product, Firmware and Batch rows hold data; the other three are the status row of their parent.
    enum class NodeKind { Product, Firmware, Batch, Loading, More, Error };
    Q_ENUM(NodeKind)

    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        IdRole, // QString: ProductKey, FirmwareId or JobId; invalid for status rows
        ProductKeyRole, // QString: the product of a product, firmware or batch row
        StatusValueRole, // raw status: firmware Status (int), batch JobStatus (QString)
        LoadingRole, // bool: a page of this row's children is on its way
        ErrorRole, // QString: why the last page of this row's children failed; invalid when it did not
        TotalRole, // qint64: the Total of this row's children as the API reports it; invalid before a page
        LoadedCountRole, // int: children loaded so far
    };
    Q_ENUM(Role)

    static constexpr int kProductPageSize = 200; // QueryProductList allows 1..200
    static constexpr int kFirmwarePageSize = 100; // ListOTAFirmware allows up to 100
    static constexpr int kBatchPageSize = 200; // ListOTAJobByFirmware allows up to 200
    // fetchMore does not ask for a failed page again sooner than this after the failure.
    static constexpr int kRetryPauseMs = 1000;

    explicit DiscoveryTreeModel(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~DiscoveryTreeModel() override;

    // Starts over with another account: the tree is emptied and every request of this model canceled.
    void setConfig(const RpcConfig &config, const QString &iotInstanceId = {});
    // Forgets the account: an empty tree that cannot fetch.
    void clear();
    bool hasConfig() const { return m_hasConfig; }
    const RpcConfig &config() const { return m_config; }
    const QString &iotInstanceId() const { return m_iotInstanceId; }

    // What a row is; nullopt for an invalid index.
    std::optional<NodeKind> kindAt(const QModelIndex &index) const;
    // The row's value, or a default-constructed one when the row is of another kind.
    ProductInfo productAt(const QModelIndex &index) const;
    FirmwareInfo firmwareAt(const QModelIndex &index) const;
    JobSummary jobAt(const QModelIndex &index) const;

    // A read of the batch at readAtUtc showed this JobStatus: its rows show it unless their listing is newer.
    void updateJobStatus(const QString &jobId, const QString &status, const QDateTime &readAtUtc);

    // About the children of parent (QModelIndex() is the product list).
    bool isLoading(const QModelIndex &parent) const;
    std::optional<ApiError> errorAt(const QModelIndex &parent) const;
    std::optional<qint64> totalAt(const QModelIndex &parent) const; // nullopt before the first page
    int loadedCount(const QModelIndex &parent) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    // False while loading, when complete, and after a failed page (so views do not retry on their own).
    bool canFetchMore(const QModelIndex &parent) const override;
    // Asks for the next page of parent's children, or for the failed one again (e.g. when the user
    // activates the Error row) once kRetryPauseMs have passed since the failure.
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // Empties the tree and starts over with the same account.
    void reload();
    // Every text comes from tr() when asked for; this tells the views to ask again.
    void retranslate();

signals:
    void loadingChanged(const QModelIndex &parent, bool loading);
    void pageLoaded(const QModelIndex &parent);
    // A page of parent's children failed; what was loaded stays, fetchMore(parent) tries again.
    void loadFailed(const QModelIndex &parent, const ApiError &error);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const; // the root for an invalid index
    QModelIndex indexOf(const Node *node, int column = 0) const;
    int rowOf(const Node *node) const;
    bool canFetch(const Node *node) const;
    void startPage(Node *node);
    void finishPage(Node *node, const RpcResponse &response);
    template<typename T> void appendPage(Node *node, const ListResult<T> &result, int requestedPageSize);
    void failPage(Node *node, const ApiError &error);
    void showStatusRow(Node *node);
    void hideStatusRow(Node *node);
    void emitNodeChanged(const Node *node, const QList<int> &roles);
    void emitSubtreeChanged(const Node *node);
    void dropTree(); // between beginResetModel and endResetModel
    QVariant nodeData(const Node *node, int column, int role) const;
    QVariant statusRowData(const Node *node, int column, int role) const;
    QString toolTip(const Node *node) const;

    QPointer<RequestScheduler> m_scheduler;
    RpcConfig m_config;
    QString m_iotInstanceId;
    bool m_hasConfig = false;
    std::unique_ptr<Node> m_root;
    quint64 m_generation = 0; // answers to requests of an earlier tree are ignored
};
