#pragma once

#include "models/WatchListRefresher.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QAction;
class QLabel;
class QSettings;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class ClockTimer;
class BatchQuery;
class WatchListModel;

namespace Ui {
class WatchListPanel;
}

// The watch list: batches of any profile with their status badge, name, share complete (a bar of succeeded
// and failed), failure rate, devices in flight, trend, finish estimate, versions and the age of the last
// refresh, sortable by any of them; add by JobId, remove, refresh now or on a chosen interval. A refresh
// changes rows in place, so the selection and the scroll position stay; rows whose status changed are bold
// until opened. A row may carry a failure-rate alert ("Failure alert…"); a raised one shows a red mark before
// the name.
class WatchListPanel : public QWidget
{
    Q_OBJECT
public:
    // The JobId field completes from these batches (JobIdField's roles).
    void setCompletions(QAbstractItemModel *batches);
    // Not owned: every refresh goes through query (and so into its store, which the rows follow); resolver
    // says where and as whom a profile's batches are read (nullopt: its credentials are not available).
    WatchListPanel(BatchQuery *query, WatchListRefresher::Resolver resolver, QWidget *parent = nullptr);
    ~WatchListPanel() override;

    WatchListModel *model() const { return m_model; }
    WatchListRefresher *refresher() const { return m_refresher; }
    QTableView *view() const;

    // The auto-refresh choices, in seconds; 0 is Off.
    static QList<int> autoRefreshChoices();
    // Settings key of the auto-refresh choice, beside WatchListModel::kSettingsGroup.
    static inline const QString kAutoRefreshKey = QStringLiteral("watchListAutoRefresh");
    static constexpr int kDefaultAutoRefreshSecs = 60;

    // Loads the list and the auto-refresh choice from settings (not owned), inside group when it is not
    // empty, and saves every change there from then on.
    void setSettings(QSettings *settings, const QString &group = {});
    // The profile a batch added here is read with; empty: none, adding is refused.
    void setCurrentProfile(const QString &profile);
    const QString &currentProfile() const { return m_profile; }

    // Watches a batch and refreshes; false, with the reason shown, for an empty JobId or one this profile
    // already watches (that row is selected).
    bool addBatch(const QString &profile, const QString &jobId);
    // Minutes without a finished device before a running batch is marked stalled; saved with the list.
    void setStallMinutes(int minutes);
    // Stops the rounds by the interval (the tray's Pause watching) until unpaused; Refresh now still reads.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Seconds; picks the nearest choice of autoRefreshChoices() at or below it.
    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const;

public slots:
    // A round now, or right after the one running.
    void refreshNow();
    void removeSelected();

signals:
    // The user opened a row (double-click, Enter, context menu).
    void openBatch(const QString &profile, const QString &jobId);
    // The user asked to compare a row's batch with the batch open in the window (context menu).
    void compareBatch(const QString &profile, const QString &jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The model's row of an index of the (sorted) view; -1 for none.
    int modelRow(const QModelIndex &viewIndex) const;
    void selectModelRow(int row);
    void addFromField();
    void openRow(int row);
    void editFailureAlert(int row);
    void showContextMenu(const QPoint &pos);
    void showProblem(std::function<QString()> problem);
    void hideProblem();
    void onIntervalChosen();
    void onRoundFinished();
    void showPlan();
    void updateButtons();
    void save();
    void saveValue(const QString &key, const QVariant &value);
    void retranslateDynamicTexts();

    std::unique_ptr<Ui::WatchListPanel> m_ui;
    WatchListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    WatchListRefresher *m_refresher;
    ClockTimer *m_tickTimer; // on the scheduler's clock
    QAction *m_openAction;
    QAction *m_removeAction;
    QAction *m_refreshAction;
    QAction *m_failureAlertAction;
    QLabel *m_planLabel; // why the rounds come further apart than chosen
    QSettings *m_settings = nullptr;
    QString m_group;
    QString m_profile;
    std::function<QString()> m_problem;
    bool m_refreshAgain = false;
    bool m_paused = false;
};
