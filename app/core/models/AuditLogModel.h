#pragma once

#include "history/HistoryStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <QTimeZone>

// The audit log (HistoryStore::auditLog), one row per call of a write action sent from this computer: when,
// profile, AccessKeyId, action, batch, how many targets (all of them in the tooltip), outcome in words,
// RequestId and what went wrong. Times in the set zone (the system's until set, named in the header), the UTC
// time in the tooltip.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Action,
        JobId,
        Targets,
        Outcome,
        RequestId,
        Profile,
        AccessKeyId,
        Detail,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // the time (UTC) or the count, for sorting
        TargetsRole, // QStringList: the TaskIds or DeviceNames sent
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    void setTimeZone(const QTimeZone &zone);

    // The action in words, with the API's name: "Upgrade again (ReupgradeOTATask)".
    static QString actionText(const QString &action);
    static QString outcomeText(AuditEntry::Outcome outcome);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QTimeZone m_timeZone;
};

// The rows of an AuditLogModel that hold a text (in any column or among the targets sent, case-insensitive)
// and have one of the chosen outcomes; sorted by SortRole.
class AuditLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditLogFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    // nullopt: every outcome.
    void setOutcome(std::optional<AuditEntry::Outcome> outcome);
    // The entries shown, in the order shown.
    QList<AuditEntry> shownEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<AuditEntry::Outcome> m_outcome;
};
