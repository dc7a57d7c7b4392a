#include "models/FailureReasonsModel.h"

#include "models/TaskTableModel.h"
#include "util/LanguageChangeWatcher.h"

#include <algorithm>
#include <vector>

FailureReasonsModel::FailureReasonsModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &FailureReasonsModel::retranslate);
}

FailureReasonsModel::~FailureReasonsModel() = default;

void FailureReasonsModel::setSource(TaskTableModel *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        // tasksAppended, not rowsInserted: rows hidden by the table's filter count too.
        connect(m_source, &TaskTableModel::tasksAppended, this,
                [this](qint64 firstLoadedRow) { addFrom(firstLoadedRow); });
        const auto again = [this] {
            recount();
            publish();
        };
        connect(m_source, &QAbstractItemModel::modelReset, this, again);
        connect(m_source, &TaskTableModel::tasksUpdated, this, again); // rows that failed since

        connect(m_source, &QObject::destroyed, this, [this] {
            m_counts.clear();
            m_failedTasks = 0;
            publish();
        });
    }
    beginResetModel();
    recount();
    m_rows = grouped();
    endResetModel();
}

void FailureReasonsModel::setMaximumRows(int rows)
{
    if (rows == m_maximumRows)
        return;
    m_maximumRows = rows;
    publish();
}

void FailureReasonsModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Devices), index(rowCount() - 1, Devices), {Qt::DisplayRole});
}

void FailureReasonsModel::recount()
{
    m_counts = m_source ? m_source->failureReasonCounts() : QHash<QString, qint64>();
    m_failedTasks = 0;
    for (const qint64 count : std::as_const(m_counts))
        m_failedTasks += count;
}

void FailureReasonsModel::addFrom(qint64 firstLoadedRow)
{
    if (!m_source)
        return;
    const QHash<QString, qint64> added = m_source->failureReasonCounts(firstLoadedRow);
    if (added.isEmpty())
        return;
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        m_counts[it.key()] += it.value();
        m_failedTasks += it.value();
    }
    publish();
}

QList<FailureReasonsModel::Group> FailureReasonsModel::grouped() const
{
    std::vector<Group> groups;
    groups.reserve(size_t(m_counts.size()));
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        groups.push_back({it.key(), it.value(), false});
    const auto before = [](const Group &a, const Group &b) {
        return a.count != b.count ? a.count > b.count : a.reason < b.reason;
    };
    QList<Group> rows;
    if (m_maximumRows > 0 && groups.size() > size_t(m_maximumRows)) {
        const auto cut = groups.begin() + m_maximumRows;
        std::partial_sort(groups.begin(), cut, groups.end(), before);
        Group other {QString(), 0, true};
        for (auto it = cut; it != groups.end(); ++it)
            other.count += it->count;
        rows = QList<Group>(groups.begin(), cut);
        rows.append(other);
    } else {
        std::sort(groups.begin(), groups.end(), before);
        rows = QList<Group>(groups.begin(), groups.end());
    }
    return rows;
}

// Shows m_counts: rows that stay keep their place in the view (changed, inserted or removed at the end).
void FailureReasonsModel::publish()
{
    const QList<Group> rows = grouped();
    const qsizetype oldSize = m_rows.size();
    const qsizetype newSize = rows.size();
    if (newSize < oldSize) {
        beginRemoveRows(QModelIndex(), int(newSize), int(oldSize) - 1);
        m_rows.resize(newSize);
        endRemoveRows();
    } else if (newSize > oldSize) {
        beginInsertRows(QModelIndex(), int(oldSize), int(newSize) - 1);
        m_rows.append(rows.mid(oldSize));
        endInsertRows();
    }
    qsizetype firstChanged = -1;
    qsizetype lastChanged = -1;
    for (qsizetype i = 0; i < qMin(oldSize, newSize); ++i) {
        if (m_rows.at(i) == rows.at(i))
            continue;
        if (firstChanged < 0)
            firstChanged = i;
        lastChanged = i;
    }
    m_rows = rows;
    if (firstChanged >= 0)
        emit dataChanged(index(int(firstChanged), 0), index(int(lastChanged), ColumnCount - 1));
}

void FailureReasonsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FailureReasonsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailureReasonsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureReasonsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return QVariant();
    const Group &group = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Devices)
            return role == Qt::DisplayRole ? QVariant(locale().toString(group.count)) : QVariant();
        if (group.other)
            return tr("Other reasons");
        if (group.reason.isEmpty())
            return tr("(no reason given)");
        return group.reason; // the tooltip shows a long one whole
    case Qt::TextAlignmentRole:
        if (index.column() == Devices)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case CountRole:
        return group.count;
    case ReasonRole:
        return group.other ? QVariant() : QVariant(group.reason);
    case IsOtherRole:
        return group.other;
    default:
        break;
    }
    return QVariant();
}

QVariant FailureReasonsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reason:
        return tr("Reason");
    case Devices:
        return tr("Devices");
    default:
        break;
    }
    return QVariant();
}

Qt::ItemFlags FailureReasonsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemNeverHasChildren : base;
}

QHash<int, QByteArray> FailureReasonsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CountRole, QByteArrayLiteral("count"));
    names.insert(ReasonRole, QByteArrayLiteral("reason"));
    names.insert(IsOtherRole, QByteArrayLiteral("isOther"));
    return names;
}
