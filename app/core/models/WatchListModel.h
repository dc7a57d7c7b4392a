#pragma once

#include "api/ApiError.h"
#include "models/FailureRateAlert.h"
#include "ota/OtaJob.h"
#include "ota/TaskStatusCounts.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class BatchStore;
class Clock;
class QSettings;

// The batches the user watches, across profiles: one row per (profile, JobId) with what the last refresh
// showed. Refreshes change rows in place (dataChanged only), so a view keeps its selection and scroll
// position. A row whose JobStatus changed since the user last looked is marked (ChangedRole) until
// markSeen(). With a BatchStore, a row follows every read of its batch that the store learns, whichever view
// made it, so the list and the other views show the same status and counts.
class WatchListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, Name, Progress, Versions, Updated, Profile, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        StatusRole = Qt::UserRole + 1, // QString: the raw JobStatus (IN_PROGRESS, ...); empty until known
        ChangedRole, // bool: the status changed since the user last looked; show the row in bold
        JobIdRole, // QString
        ProfileRole, // QString
        ErrorRole, // QString: why the last refresh failed; invalid after a successful one
        LastRefreshRole, // QDateTime (UTC) of the last successful refresh; invalid before the first
        FailureAlertRole, // bool: the failure-rate alert is raised (the rate is at or above its threshold)
        StaleRole, // bool: the last refresh is older than the refresh interval allows
    };
    Q_ENUM(Role)

    // One watched batch and the last known fields shown for it.
    struct Entry
    {
        QString profile; // the profile the batch is read with
        QString jobId;
        QString name;
        QString status; // raw JobStatus; empty until known
        QString destVersion;
        QStringList srcVersions;
        QDateTime lastRefreshUtc; // invalid before the first successful refresh
        std::optional<ApiError> error; // the last refresh's error; not saved
        bool changed = false;
        FailureRateAlert failureAlert; // disabled unless the user set one; saved with its raised state
        std::optional<TaskStatusCounts> counts; // the last task counts seen; not saved
        std::optional<qint64> batchTotal; // the batch's total, read with them
        QDateTime countedAtUtc; // when their round ended
    };

    // QSettings group everything is saved under.
    static inline const QString kSettingsGroup = QStringLiteral("watchList");

    // clock: not owned; nullptr means the system clock.
    explicit WatchListModel(const Clock *clock = nullptr, QObject *parent = nullptr);
    // store: not owned; its readings of watched batches update their rows.
    WatchListModel(const Clock *clock, BatchStore *store, QObject *parent = nullptr);
    ~WatchListModel() override;

    void setClock(const Clock *clock);
    const Clock &clock() const { return *m_clock; }
    // How often the rows are refreshed, in seconds (0: not by themselves): a row whose last refresh is older
    // than that allows says so (StaleRole, the Updated column's tooltip and colour).
    void setRefreshInterval(int secs);
    bool isStale(const Entry &entry) const;

    // False when this profile already watches this JobId, or either is empty.
    bool add(const QString &profile, const QString &jobId);
    bool remove(int row);
    const QList<Entry> &entries() const { return m_entries; }
    int rowOf(const QString &profile, const QString &jobId) const;
    int changedCount() const;

    // Takes what a QueryOTAJob answered at `at`. True, with statusChanged emitted and the row marked, when
    // its JobStatus differs from the last known non-empty one. False too when nothing watches the batch.
    bool updateFromJob(const QString &profile, const QString &jobId, const OtaJob &job, const QDateTime &at);
    // The last refresh failed; the last known fields stay.
    bool setError(const QString &profile, const QString &jobId, const ApiError &error);
    // Task counts of a watched batch (a watch-list refresh, the Devices tab): kept for the row and checked
    // against its failure-rate alert; failureAlertRaised once per crossing. False when nothing watches it.
    bool updateCounts(const QString &profile, const QString &jobId, const TaskStatusCounts &counts,
                      std::optional<qint64> batchTotal = std::nullopt, const QDateTime &countedAtUtc = {});
    // Sets (or, with disabled settings, removes) a row's failure-rate alert; re-armed, then checked against
    // the counts already known. False for a bad row or invalid settings.
    bool setFailureAlert(int row, const FailureRateAlert::Settings &settings);
    // Rows with a failure-rate alert set.
    int failureAlertCount() const;
    void markSeen(int row);

    // Writes or reads profile, JobId, the last known fields (not errors or counts) and the failure-rate
    // alert under kSettingsGroup; entries saved without an alert load without one. load() replaces the list.
    void save(QSettings *settings) const;
    void load(QSettings *settings);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // The Updated column again, relative to the clock's now (call it every few seconds).
    void tick();
    void retranslate();

signals:
    void statusChanged(const QString &profile, const QString &jobId, const QString &name,
                       const QString &oldStatus, const QString &newStatus);
    // The failure rate of a watched batch reached its alert's threshold (once per crossing).
    void failureAlertRaised(const QString &profile, const QString &jobId, const QString &name,
                            const TaskStatusCounts &counts, double thresholdPercent);

private:
    // Checks the row's counts against its alert; failureAlertRaised on a crossing.
    void evaluateAlert(int row);
    static QString failureAlertText(const Entry &entry);

    void emitRowChanged(int row);

    const Clock *m_clock;
    int m_refreshIntervalSecs = 0;
    QList<Entry> m_entries;
};
