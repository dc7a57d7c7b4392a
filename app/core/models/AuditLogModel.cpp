#include "models/AuditLogModel.h"

#include "util/DisplayZone.h"

#include "api/OtaCancelCalls.h"
#include "api/OtaTaskActions.h"

#include "util/LanguageChangeWatcher.h"
#include "util/TimeText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent), m_timeZone(DisplayZone::zone())
{
    // Times in the zone chosen in Preferences, also when it changes.
    connect(DisplayZone::instance(), &DisplayZone::changed, this, &AuditLogModel::setTimeZone);
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditLogModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    emit headerDataChanged(Qt::Horizontal, Time, Time);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Time), index(rowCount() - 1, Time));
}

QString AuditLogModel::actionText(const QString &action)
{
    QString words;
    if (action == ReupgradeOtaTask::kAction)
        words = tr("Upgrade again");
    else if (action == ConfirmOtaTask::kAction)
        words = tr("Confirm");
    else if (action == CancelOtaTaskByDevice::kAction)
        words = tr("Cancel device tasks");
    else if (action == CancelOtaTaskByJob::kAction)
        words = tr("Cancel batch tasks");
    else if (action == CancelOtaStrategyByJob::kAction)
        words = tr("Stop dynamic batch");
    return words.isEmpty() ? action : tr("%1 (%2)").arg(words, action);
}

QString AuditLogModel::outcomeText(AuditEntry::Outcome outcome)
{
    switch (outcome) {
    case AuditEntry::Outcome::Done:
        return tr("Done");
    case AuditEntry::Outcome::Refused:
        return tr("Refused");
    case AuditEntry::Outcome::Unknown:
        break;
    }
    return tr("Outcome unknown");
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == TargetsRole)
        return entry.targets;
    if (role == SortRole) {
        if (index.column() == Time)
            return entry.atUtc;
        if (index.column() == Targets)
            return qlonglong(entry.targets.size());
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Time:
            return TimeText::inZone(entry.atUtc, m_timeZone);
        case Profile:
            return entry.profile;
        case AccessKeyId:
            return entry.accessKeyId;
        case Action:
            return actionText(entry.action);
        case JobId:
            return entry.jobId;
        case Targets:
            return QLocale().toString(entry.targets.size());
        case Outcome:
            return outcomeText(entry.outcome);
        case RequestId:
            return entry.requestId;
        case Detail:
            return entry.detail;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return tr("%1 UTC").arg(TimeText::inZone(entry.atUtc, QTimeZone::utc()));
        if (index.column() == Targets)
            return entry.targets.join(u'\n');
        if (index.column() == Outcome && entry.outcome == AuditEntry::Outcome::Unknown)
            return tr(
                    "No readable answer came after it was sent: the gateway may have acted. It was not sent "
                    "again.");
        if (index.column() == Detail && !entry.detail.isEmpty())
            return entry.detail;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Targets)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Sent at (%1)").arg(DisplayZone::nameOf(m_timeZone));
    case Profile:
        return tr("Profile");
    case AccessKeyId:
        return tr("AccessKey ID");
    case Action:
        return tr("Action");
    case JobId:
        return tr("Batch ID");
    case Targets:
        return tr("Tasks or devices");
    case Outcome:
        return tr("Outcome");
    case RequestId:
        return tr("Request ID");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

AuditLogFilter::AuditLogFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AuditLogModel::SortRole);
}

void AuditLogFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void AuditLogFilter::setOutcome(std::optional<AuditEntry::Outcome> outcome)
{
    m_outcome = outcome;
    invalidateRowsFilter();
}

QList<AuditEntry> AuditLogFilter::shownEntries() const
{
    const auto *model = qobject_cast<const AuditLogModel *>(sourceModel());
    QList<AuditEntry> entries;
    for (int row = 0; model && row < rowCount(); ++row)
        entries.append(model->entryAt(mapToSource(index(row, 0)).row()));
    return entries;
}

bool AuditLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AuditLogModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const AuditEntry &entry = model->entryAt(sourceRow);
    if (m_outcome && entry.outcome != *m_outcome)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column) {
        if (model->index(sourceRow, column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return std::any_of(entry.targets.cbegin(), entry.targets.cend(), [this](const QString &target) {
        return target.contains(m_text, Qt::CaseInsensitive);
    });
}
