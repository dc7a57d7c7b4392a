#pragma once

#include "ota/TaskInfo.h"
#include "ota/TaskStatusCounts.h"

#include <QAbstractTableModel>
#include <QByteArrayView>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <optional>
#include <vector>

// The device tasks of one batch, kept compactly for 100,000 rows and more (repeated strings interned, times
// as milliseconds, device name, task ID and IoT ID as UTF-8 in one arena). Filters by status and device
// name and sorts itself (no proxy needed), and asks for the next page through fetchMoreRequested().
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DeviceName,
        Status,
        Progress,
        FailureReason,
        SourceVersion,
        DestinationVersion,
        Modified,
        TaskId,
        ColumnCount
    };
    Q_ENUM(Column)

    // Row-wide roles: every column of a row answers them alike.
    enum Role {
        ProgressRole = Qt::UserRole, // int 0..100; invalid when the task reports no progress
        StatusRole, // int(TaskStatus); invalid when the code is none of the seven
        TaskIdRole, // QString
        IotIdRole, // QString
    };
    Q_ENUM(Role)

    explicit TaskTableModel(QObject *parent = nullptr);
    ~TaskTableModel() override;

    // Adds the tasks whose TaskId is not loaded yet (a task can move between per-status pages while they are
    // read); new rows that pass the filter appear in sorted position. Re-arms fetchMoreRequested().
    void appendTasks(const QList<TaskInfo> &tasks);
    // Tasks read again: rows already loaded (by TaskId) take their new status, progress, reason, versions and
    // time in place; the filter and the sort order apply to them anew, and views keep their selection and
    // current row (a row the filter no longer shows leaves them). Tasks not loaded are ignored. Returns how
    // many rows changed; tasksUpdated() when any did.
    int updateTasks(const QList<TaskInfo> &tasks);
    // Loaded rows whose status is one of statusBits (TaskStatuses::bit) and whose TaskId is not in skip, in
    // load order from row `from` on (wrapping around), at most limit: their device names, for reading them
    // again. next: where to go on from; matching: how many rows qualify in all.
    QStringList deviceNamesOf(quint8 statusBits, int limit, qint64 from = 0, const QSet<QString> &skip = {},
                              qint64 *next = nullptr, qint64 *matching = nullptr) const;
    // No rows and nothing more available; the filter and the sort order stay.
    void clear();
    // Loaded rows, whatever the filter.
    qint64 totalRows() const { return qint64(m_rows.size()); }
    // The task shown in row (after filter and sort); a default TaskInfo when out of range.
    TaskInfo taskAt(int row) const;
    // Every loaded row, whatever the filter, in load order.
    QList<TaskInfo> loadedTasks() const;
    // How many loaded rows are in each status (unfiltered; rows with an unknown code are not counted).
    const TaskStatusCounts &loadedStatusCounts() const { return m_statusCounts; }
    // FAILED tasks among the loaded rows from firstLoadedRow on (load order, unfiltered), by TaskDesc.
    QHash<QString, qint64> failureReasonCounts(qint64 firstLoadedRow = 0) const;

    // Shows only the statuses whose TaskStatuses::bit() is set (kAllBits: no filter). A code that is none
    // of the seven shows only while all seven bits are set.
    void setStatusFilter(quint8 bits);
    quint8 statusFilter() const { return m_statusFilter; }
    // Shows only the devices whose name contains text, ignoring case (empty: no filter).
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_nameFilter; }
    // Shows only these devices, by their exact names (empty: no filter), with the other filters.
    void setDeviceListFilter(const QStringList &names);
    bool hasDeviceListFilter() const { return !m_deviceList.isEmpty(); }
    // The names among these that no loaded row has, in their order.
    QStringList unloadedDevices(const QStringList &names) const;
    // Shows only FAILED tasks whose TaskDesc is reason (nullopt: no filter; an empty reason: those without
    // one).
    void setReasonFilter(const std::optional<QString> &reason);
    std::optional<QString> reasonFilter() const { return m_reasonFilter; }
    // Shows only stuck devices (StuckTask) as of nowMs, the batch's TimeoutInMinutes standing in for a task
    // without its own; nullopt: no filter. Set it again to move the time on.
    struct StuckRule
    {
        qint64 nowMs = 0;
        int batchTimeoutMinutes = -1;
    };
    void setStuckFilter(const std::optional<StuckRule> &rule);
    std::optional<StuckRule> stuckFilter() const { return m_stuckFilter; }
    // Loaded rows that are stuck under rule, whatever the filter.
    qint64 stuckCount(const StuckRule &rule) const;
    // Any filter at all (status, name, device list, reason or stuck).
    bool isFiltered() const;

    // The column sorted by (-1: load order) and its direction.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Whether the loader has more pages; canFetchMore() answers it.
    void setMoreAvailable(bool more);
    bool moreAvailable() const { return m_moreAvailable; }

    // Formatting of numbers and times: the default QLocale() of the moment until set, the system time zone.
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale.value_or(QLocale()); }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_timeZone; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Stable: rows that compare equal keep their previous order. Column -1 restores the load order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Emits fetchMoreRequested() once until the next appendTasks(), clear() or setMoreAvailable(true).
    void fetchMore(const QModelIndex &parent) override;

public slots:
    // Headers, status labels and locale-formatted values are asked for again (the language changed).
    void retranslate();

signals:
    void fetchMoreRequested();
    // Rows [firstLoadedRow, firstLoadedRow + count) in load order were added, whether or not they show.
    void tasksAppended(qint64 firstLoadedRow, qint64 count);
    // Loaded rows changed in place (updateTasks()).
    void tasksUpdated(int count);

private:
    static constexpr quint8 kUnknownStatus = 0xff;

    struct Row
    {
        qint64 utcCreateMs;
        qint64 utcModifiedMs; // kNoTime when absent
        quint32 textOffset; // device name, task ID and IoT ID back to back in m_text
        quint16 nameSize;
        quint16 taskIdSize;
        quint16 iotIdSize;
        quint8 status; // TaskStatus, or kUnknownStatus
        qint8 progress; // -1: none
        qint32 timeoutMinutes; // -1: none
        // Ids into m_pool.
        quint32 jobId;
        quint32 productKey;
        quint32 productName;
        quint32 firmwareId;
        quint32 srcVersion;
        quint32 destVersion;
        quint32 taskDesc;
        quint32 statusCode;
    };

    QByteArrayView deviceNameOf(const Row &row) const;
    QByteArrayView taskIdOf(const Row &row) const;
    QByteArrayView iotIdOf(const Row &row) const;
    quint32 intern(const QString &text);
    bool passes(const Row &row) const;
    bool nameMatches(QByteArrayView name) const;
    // <0, 0, >0 as row a sorts before, with or after row b in ascending order of the sort column.
    int compareRows(quint32 a, quint32 b) const;
    bool sortsBefore(quint32 a, quint32 b) const;
    void ensurePoolRanks();
    void sortRows(int column, Qt::SortOrder order);
    void rebuildVisible();
    void refilter();
    bool isStuck(const Row &row, const StuckRule &rule) const;
    bool containsTaskId(QByteArrayView taskId) const { return findTaskId(taskId) >= 0; }
    qint64 findTaskId(QByteArrayView taskId) const; // the row in load order, or -1
    // Filter and sort once more, views keeping their persistent indexes (a row no longer shown: invalid).
    void relayout(QAbstractItemModel::LayoutChangeHint hint);
    void indexTaskId(quint32 row);

    TaskInfo taskOf(const Row &row) const;

    std::vector<Row> m_rows; // load order
    std::vector<char> m_text;
    QList<QString> m_pool; // id 0 is the empty string
    QHash<QString, quint32> m_poolIds;
    std::vector<QByteArray> m_poolUtf8; // m_pool as UTF-8, for comparisons
    std::vector<quint32> m_poolRank; // natural order of m_pool; equal strings share a rank
    std::vector<quint64> m_taskIdSlots; // open addressing over rows by TaskId: hash << 32 | row + 1, 0 = free
    std::vector<quint32> m_order; // every row, sorted
    std::vector<quint8> m_passes; // per row: passes the filter
    std::vector<quint32> m_visible; // the rows shown, in m_order's order
    TaskStatusCounts m_statusCounts;

    quint8 m_statusFilter = 0x7f;
    QString m_nameFilter;
    std::optional<QString> m_reasonFilter;
    std::optional<StuckRule> m_stuckFilter;
    QByteArray m_nameFilterFolded; // lower-case ASCII, when the filter is ASCII
    QSet<QByteArray> m_deviceList; // UTF-8 names
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_moreAvailable = false;
    bool m_fetchRequested = false;
    std::optional<QLocale> m_locale;
    QTimeZone m_timeZone;
};
