#include "models/HistoryTableModel.h"

#include "ota/OtaEnums.h"
#include "util/LanguageChangeWatcher.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kTimeFormat = u"yyyy-MM-dd HH:mm:ss"_s;

// The count round nearest in time to at; counts is oldest first.
std::optional<HistoryCountsPoint> nearest(const QList<HistoryCountsPoint> &counts, const QDateTime &at)
{
    if (counts.isEmpty())
        return std::nullopt;
    const auto after = std::lower_bound(
            counts.cbegin(), counts.cend(), at,
            [](const HistoryCountsPoint &point, const QDateTime &time) { return point.atUtc < time; });
    if (after == counts.cbegin())
        return *after;
    if (after == counts.cend())
        return counts.last();
    const auto before = std::prev(after);
    return before->atUtc.msecsTo(at) <= at.msecsTo(after->atUtc) ? *before : *after;
}
} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_timeZone(QTimeZone::systemTimeZone())
{
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &HistoryTableModel::retranslate);
}

void HistoryTableModel::setHistory(const QList<HistoryJobSnapshot> &snapshots,
                                   const QList<HistoryCountsPoint> &counts)
{
    QList<HistoryCountsPoint> ordered = counts;
    std::stable_sort(
            ordered.begin(), ordered.end(),
            [](const HistoryCountsPoint &a, const HistoryCountsPoint &b) { return a.atUtc < b.atUtc; });
    QList<Row> rows;
    rows.reserve(snapshots.size());
    for (const HistoryJobSnapshot &snapshot : snapshots)
        rows.append({snapshot.fetchedAtUtc, snapshot.jobStatus, nearest(ordered, snapshot.fetchedAtUtc)});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.fetchedAtUtc > b.fetchedAtUtc; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void HistoryTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void HistoryTableModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_timeZone)
        return;
    m_timeZone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, FetchedAt), index(rowCount() - 1, ColumnCount - 1));
}

void HistoryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString HistoryTableModel::localTime(const QDateTime &utc) const
{
    return QLocale().toString(utc.toTimeZone(m_timeZone), kTimeFormat);
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()
        || index.column() >= ColumnCount)
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case FetchedAtUtcRole:
        return row.fetchedAtUtc;
    case RawStatusRole:
        return row.jobStatus;
    case CountsAtUtcRole:
        return row.counts ? QVariant(row.counts->atUtc) : QVariant();
    case CountRole:
        if (!row.counts || column < Total)
            return QVariant();
        return column == Total ? row.counts->counts.total()
                               : row.counts->counts[TaskStatus(quint8(column - FirstStatus))];
    case Qt::TextAlignmentRole:
        return column >= Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        break;
    }

    if (role == Qt::DisplayRole) {
        switch (column) {
        case FetchedAt:
            return localTime(row.fetchedAtUtc);
        case JobStatus:
            return row.jobStatus.isEmpty() ? QString() : enumLabel(JobField::JobStatus, row.jobStatus);
        default: {
            const QVariant count = data(index, CountRole);
            return count.isValid() ? QVariant(QLocale().toString(count.toLongLong())) : QVariant();
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case FetchedAt:
            return tr("%1 UTC").arg(QLocale().toString(row.fetchedAtUtc.toUTC(), kTimeFormat));
        case JobStatus:
            return row.jobStatus.isEmpty() ? QVariant() : QVariant(row.jobStatus);
        default:
            // The counts come from their own round, which may be minutes away from the fetch.
            return row.counts ? QVariant(tr("Device tasks counted at %1").arg(localTime(row.counts->atUtc)))
                              : QVariant(tr("No device tasks were counted for this batch."));
        }
    }
    return QVariant();
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FetchedAt:
        return tr("Fetched at");
    case JobStatus:
        return jobFieldLabel(JobField::JobStatus);
    case Total:
        return tr("Devices");
    default:
        return TaskStatuses::label(TaskStatus(quint8(section - FirstStatus)));
    }
}

QHash<int, QByteArray> HistoryTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FetchedAtUtcRole, "fetchedAtUtc");
    names.insert(CountRole, "count");
    names.insert(CountsAtUtcRole, "countsAtUtc");
    names.insert(RawStatusRole, "rawStatus");
    return names;
}
