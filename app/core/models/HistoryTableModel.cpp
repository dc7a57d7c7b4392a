#include "models/HistoryTableModel.h"

#include "util/DisplayZone.h"

#include "ota/OtaEnums.h"
#include "util/LanguageChangeWatcher.h"
#include "util/TimeText.h"

using namespace Qt::StringLiterals;

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_timeZone(DisplayZone::zone())
{
    // Times in the zone chosen in Preferences, also when it changes.
    connect(DisplayZone::instance(), &DisplayZone::changed, this, &HistoryTableModel::setTimeZone);
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &HistoryTableModel::retranslate);
}

void HistoryTableModel::setHistory(const QList<HistoryJobSnapshot> &snapshots,
                                   const QList<HistoryCountsPoint> &counts)
{
    const QList<HistoryEntry> entries = HistoryTimeline::entries(snapshots, counts);
    QList<Row> rows;
    rows.reserve(entries.size());
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) { // newest first
        Row row;
        if (entry->fetch) {
            row.fetchedAtUtc = entry->fetch->fetchedAtUtc;
            row.jobStatus = entry->fetch->jobStatus;
        }
        row.counts = entry->counts;
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_anyCounts = !counts.isEmpty();
    endResetModel();
}

void HistoryTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_anyCounts = false;
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
    return TimeText::inZone(utc, m_timeZone);
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
        return row.fetchedAtUtc.isValid() ? QVariant(row.fetchedAtUtc) : QVariant();
    case RawStatusRole:
        return row.fetchedAtUtc.isValid() ? QVariant(row.jobStatus) : QVariant();
    case CountsAtUtcRole:
        return row.counts ? QVariant(row.counts->atUtc) : QVariant();
    case CountRole:
        if (!row.counts || column < Total)
            return QVariant();
        return column == Total ? row.counts->total()
                               : row.counts->counts[TaskStatus(quint8(column - FirstStatus))];
    case Qt::TextAlignmentRole:
        return column >= Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }

    switch (column) {
    case FetchedAt:
        return row.fetchedAtUtc.isValid() ? QVariant(localTime(row.fetchedAtUtc)) : QVariant();
    case JobStatus:
        return row.jobStatus.isEmpty() ? QVariant() : QVariant(enumLabel(JobField::JobStatus, row.jobStatus));
    case CountedAt:
        return row.counts ? QVariant(localTime(row.counts->atUtc)) : QVariant();
    default: {
        const QVariant count = data(index, CountRole);
        return count.isValid() ? QVariant(QLocale().toString(count.toLongLong())) : QVariant();
    }
    }
}

QVariant HistoryTableModel::toolTip(const Row &row, int column) const
{
    const auto utcText = [](const QDateTime &utc) {
        return tr("%1 UTC").arg(TimeText::inZone(utc, QTimeZone::utc()));
    };
    if (!row.fetchedAtUtc.isValid() && column <= JobStatus) {
        return tr("Only the device tasks were counted at %1; the batch itself was not read then.")
                .arg(localTime(row.counts->atUtc));
    }
    switch (column) {
    case FetchedAt:
        return utcText(row.fetchedAtUtc);
    case JobStatus:
        return row.jobStatus.isEmpty() ? QVariant() : QVariant(row.jobStatus);
    default:
        break;
    }
    if (!row.counts) {
        return m_anyCounts ? tr("No device tasks were counted with this fetch.")
                           : tr("No device tasks were counted for this batch.");
    }
    if (column == CountedAt)
        return utcText(row.counts->atUtc);
    return tr("Device tasks counted at %1").arg(localTime(row.counts->atUtc));
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FetchedAt:
        // The zone once, in the first time column.
        return tr("Fetched at (%1)", "the time zone of the table's times")
                .arg(DisplayZone::nameOf(m_timeZone));
    case CountedAt:
        return tr("Counted at");
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
