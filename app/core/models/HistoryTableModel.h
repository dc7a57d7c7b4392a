#pragma once

#include "history/HistoryTimeline.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QTimeZone>

// The history of one batch, newest first, one row per refresh (HistoryTimeline): when the QueryOTAJob was
// fetched and the JobStatus it reported, and when the device tasks were counted with the counts of that
// round. A fetch without a round of its own shows no counts; a round read without a fetch is a row of its
// own. Every number stands beside the time it was measured.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FetchedAt, JobStatus, CountedAt, Total, FirstStatus, ColumnCount = FirstStatus + 7 };
    Q_ENUM(Column)

    enum Role {
        FetchedAtUtcRole = Qt::UserRole + 1, // QDateTime (UTC) of the fetch; invalid on a row of counts only
        CountRole, // qint64 on the count columns; invalid when the row has no counts
        CountsAtUtcRole, // QDateTime (UTC) of the count round shown; invalid without one
        RawStatusRole, // QString: JobStatus as received
    };
    Q_ENUM(Role)

    explicit HistoryTableModel(QObject *parent = nullptr);

    // snapshots and counts in any order (shown newest first).
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
        QDateTime fetchedAtUtc; // invalid: only the counts were read
        QString jobStatus;
        std::optional<HistoryCountsPoint> counts;
    };
    void retranslate();
    QString localTime(const QDateTime &utc) const;
    QVariant toolTip(const Row &row, int column) const;

    QList<Row> m_rows;
    bool m_anyCounts = false; // a round was recorded for the batch at all
    QTimeZone m_timeZone;
};
