#pragma once

#include "StatusBadgeDelegate.h"

// The watch list's cells: what StatusBadgeDelegate draws (the status pill, bold changed rows, the alert
// mark), plus the Complete column as a bar of succeeded and failed in their colours with the share beside
// it, the Trend column as a line of the share complete over the row's rounds of the last hour (scaled to the
// row: its shape) with the pace beside it, and a
// tinted background with a bar at the left edge for rows that are marked (WatchListModel::MarksRole). The
// marks are also written in the cells (Finish: "stalled", "12 min late"; Failed: "alert").
class WatchListDelegate : public StatusBadgeDelegate
{
    Q_OBJECT
public:
    explicit WatchListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The background of a row with these marks (WatchListModel::Marks); invalid: none.
    static QColor markTint(int marks);

private:
    void paintBackground(QPainter *painter, QStyleOptionViewItem &opt, const QModelIndex &index) const;
    void paintShares(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const;
    void paintTrend(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const;
};
