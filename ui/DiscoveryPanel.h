#pragma once

#include "services/Account.h"

#include "api/ApiError.h"
#include "api/RpcClient.h"

#include "ota/JobSummary.h"
#include <QPersistentModelIndex>

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class BatchStore;
class DiscoveryTreeModel;
class QAction;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;
class RequestScheduler;

namespace Ui {
class DiscoveryPanel;
}

// Products → firmware → update batches of the current account as a tree that loads a page when a node is
// expanded or its last loaded row scrolls into sight, with a filter over what is loaded. A failed page is
// explained above the tree while the rows already loaded stay.
class DiscoveryPanel : public QWidget
{
    Q_OBJECT
public:
    // Not owned: every request goes through scheduler. store (optional): a batch row shows the JobStatus of
    // the latest read of that batch by any view, when it is newer than the row's listing.
    explicit DiscoveryPanel(RequestScheduler *scheduler, BatchStore *store = nullptr,
                            QWidget *parent = nullptr);
    ~DiscoveryPanel() override;

    // Browses this account from the start when it differs from the one shown, else keeps the tree. A hidden
    // panel (a closed dock) sends nothing: it starts once shown.
    void setConfig(const RpcConfig &config, const QString &iotInstanceId = {});
    // The same, for an account: its profile names the batches in the store.
    void setAccount(const Account &account);
    // No account: an empty tree and a hint.
    void clear();

    // Expands the product, then its firmware, as their pages arrive; revealed() once the firmware's first
    // page of batches is there (the --screenshot of the demo uses it).
    void expandTo(const QString &productKey, const QString &firmwareId);

    DiscoveryTreeModel *treeModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTreeView *view() const;

signals:
    // The user opened a batch (double-click, Enter, Open).
    void openBatch(const QString &jobId);
    // The user asked to watch a batch.
    void watchBatch(const QString &jobId);
    // The user asked to see the loaded batches of a firmware or product on the timeline (what: its name).
    void showOnTimeline(const QString &what, const QList<JobSummary> &batches);
    void revealed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

public:
    // The batches of a firmware or product node loaded so far (those of its loaded firmware for a product).
    QList<JobSummary> loadedBatchesUnder(const QModelIndex &index) const;
    // Every batch loaded so far, of every product.
    QList<JobSummary> loadedBatches() const;

private:
    void applyAccount();
    QModelIndex sourceIndex(const QModelIndex &proxyIndex) const;
    QModelIndex currentBatch() const; // source index of the current row when it is a batch
    void activate(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);
    void onLoadFailed(const QModelIndex &parent, const ApiError &error);
    void onPageLoaded(const QModelIndex &parent);
    // Asks for the next page of every node whose "Load more" row is in sight.
    void fetchVisible();
    void continueExpanding();
    void updateInfo();
    void updateButtons();
    void retranslateDynamicTexts();

    std::unique_ptr<Ui::DiscoveryPanel> m_ui;
    DiscoveryTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_fetchTimer;
    QAction *m_openAction;
    QAction *m_watchAction;
    std::optional<std::pair<RpcConfig, QString>> m_account; // config, IotInstanceId; applied while shown
    QString m_profile; // of the account shown
    std::optional<ApiError> m_error;
    QPersistentModelIndex m_errorParent; // whose page failed
    std::optional<std::pair<QString, QString>> m_expandTo; // ProductKey, FirmwareId
};
