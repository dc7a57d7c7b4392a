#pragma once

#include "api/ApiError.h"
#include "models/FailureRateAlert.h"
#include "ota/OtaJob.h"
#include "ota/RolloutEta.h"
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
//
// The numbers of a row come from its count rounds (the last hour of them is kept): the share complete (a bar
// of succeeded and failed), the failure rate (FailureRateAlert's), the devices in flight, the trend of the
// rounds and the finish estimate (RolloutEta). A row is marked (MarksRole) when its failure alert is raised,
// when it stalls (IN_PROGRESS, no device finished for stallMinutes()) and when it will miss, or has passed,
// its scheduled finish; the marks are written in its cells too, never shown by colour alone.
class WatchListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Status,
        Name,
        Progress,
        FailureRate,
        InFlight,
        Trend,
        Eta,
        Updated,
        Versions,
        Profile,
        ColumnCount
    };
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
        SortRole, // what a column sorts by: numbers as numbers, times as times, names without case
        SucceededShareRole, // double 0..1 of the batch's total (Progress); invalid before counts
        FailedShareRole, // double 0..1 of the batch's total (Progress); invalid before counts
        TrendRole, // QVariantList of QPointF: x seconds before the newest round (0..-3600), y share complete
        MarksRole, // int: Marks
    };
    Q_ENUM(Role)

    enum Mark {
        NoMark = 0,
        AlertMark = 0x1, // the failure-rate alert is raised
        StalledMark = 0x2, // IN_PROGRESS and no device finished for stallMinutes()
        LateMark = 0x4, // IN_PROGRESS and its estimate, or now, is after UtcScheduleFinishTime
    };
    Q_DECLARE_FLAGS(Marks, Mark)

    // How long the rounds of a row are kept for its trend and estimate.
    static constexpr int kRoundsKeptSecs = 3600;
    static constexpr int kDefaultStallMinutes = 15;
    // Below this many succeeded or failed devices the failure rate is written as counts ("2 of 3").
    static constexpr qint64 kSmallSample = 50;
    // Settings key of the stall time, beside kSettingsGroup.
    static inline const QString kStallMinutesKey = QStringLiteral("watchListStallMinutes");

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
        QList<RolloutEta::Sample> rounds; // the count rounds of the last kRoundsKeptSecs, oldest first
        // From QueryOTAJob (saved): what the plan, the estimate and the timeline need.
        QString productKey;
        std::optional<int> maxPerMinute;
        QDateTime scheduledStartUtc; // UtcScheduleTime
        QDateTime scheduledFinishUtc; // UtcScheduleFinishTime
        QDateTime startUtc; // UtcStartTime
        QDateTime endUtc; // UtcEndTime
        Marks shownMarks; // as the views were last told (tick() tells them when time changes them)
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
    // Minutes without a finished device after which an IN_PROGRESS row is marked stalled (1..60).
    void setStallMinutes(int minutes);
    int stallMinutes() const { return m_stallMinutes; }

    // The finish estimate of a row from its rounds, MaximumPerMinute and UtcScheduleFinishTime.
    RolloutEta::Estimate estimateOf(const Entry &entry) const;
    Marks marksOf(const Entry &entry) const;

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
    // Count rounds read before (the history), merged with the row's by time; false when nothing watches it.
    bool addRounds(const QString &profile, const QString &jobId, const QList<RolloutEta::Sample> &rounds);
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
    // The Updated and Eta columns and the marks again, relative to the clock's now (call it every few
    // seconds).
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
    QVariant sortValue(const Entry &entry, int column) const;
    QString etaText(const Entry &entry, bool tip) const;
    static void keepRecentRounds(Entry &entry);

    void emitRowChanged(int row);

    const Clock *m_clock;
    int m_refreshIntervalSecs = 0;
    int m_stallMinutes = kDefaultStallMinutes;
    QList<Entry> m_entries;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(WatchListModel::Marks)
