#pragma once

#include "history/HistoryStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QTimeZone>

#include <optional>

// The fetches of one batch from the local history, newest first: when each QueryOTAJob was fetched (local
// time), the JobStatus it reported and the device task counts of the nearest count round in time.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FetchedAt, JobStatus, Total, FirstStatus, ColumnCount = FirstStatus + 7 };
    Q_ENUM(Column)

    enum Role {
        FetchedAtUtcRole = Qt::UserRole + 1, // QDateTime (UTC) of the fetch
        CountRole, // qint64 on the count columns; invalid when no counts were recorded
        CountsAtUtcRole, // QDateTime (UTC) of the count round shown; invalid without one
        RawStatusRole, // QString: JobStatus as received
    };
    Q_ENUM(Role)

    explicit HistoryTableModel(QObject *parent = nullptr);

    // snapshots in any order (shown newest first), counts oldest first as HistoryStore::countsSeries() gives.
    void setHistory(const QList<HistoryJobSnapshot> &snapshots, const QList<HistoryCountsPoint> &counts);
    void clear();

    // Times are shown in this zone (the system's until set) with the default QLocale() of the moment.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_timeZone; }

    // The column of a task status's count.
    static int columnOf(TaskStatus status) { return FirstStatus + int(static_cast<quint8>(status)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QDateTime fetchedAtUtc;
        QString jobStatus;
        std::optional<HistoryCountsPoint> counts;
    };
    void retranslate();
    QString localTime(const QDateTime &utc) const;

    QList<Row> m_rows;
    QTimeZone m_timeZone;
};
