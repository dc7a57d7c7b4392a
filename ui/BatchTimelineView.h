#pragma once

#include "models/BatchTimeline.h"

#include <QWidget>

class Clock;
class WatchListModel;

// The watched batches on one time axis, across profiles: a bar per batch from its start (or scheduled start)
// to its end, estimated finish (lighter, dashed) or scheduled finish, coloured by status as the badges are;
// batches of one product pushing at the same time have a vermilion outline and say "overlaps" beside their
// name. A line marks now. Click a bar (or Enter on the selected row) to open the batch; zoom with Ctrl+wheel
// or + and -, scroll with the wheel, a drag, or Left and Right; Home shows the bars that start within a week
// of now; Up and Down select.
// Its numbers are text too: each bar's tooltip, the accessible description and text().
class BatchTimelineView : public QWidget
{
    Q_OBJECT
public:
    // Not owned: model (the bars follow it), clock (now).
    BatchTimelineView(WatchListModel *model, const Clock *clock, QWidget *parent = nullptr);

    // The watched batches' bars, then the ones shown on request (showAlso()).
    const QList<BatchTimeline::Bar> &bars() const { return m_bars; }
    // Shows these batches too (the loaded batches of a firmware or product in Discovery), below the watched
    // ones, until clearAlso() or Escape; those also watched are shown once. what: a title for them.
    void showAlso(const QString &what, const QList<BatchTimeline::Bar> &bars);
    void clearAlso();
    const QString &alsoTitle() const { return m_alsoTitle; }
    // The shown span of time.
    QDateTime viewStartUtc() const { return m_viewStartUtc; }
    qint64 viewSpanSecs() const { return m_viewSpanSecs; }
    int currentRow() const { return m_current; }
    // Every bar as a line of text (BatchTimeline::describe), in the rows' order.
    QString text() const;

public slots:
    // Shows the bars that start within a week of now, and now.
    void fitAll();
    void zoomIn();
    void zoomOut();

signals:
    void openBatch(const QString &profile, const QString &jobId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    QSize sizeHint() const override;

private:
    void rebuild();
    void zoomAround(double factor, int x);
    void scrollBySecs(qint64 secs);
    int rowAt(int y) const;
    QRect barRect(int row) const;
    int xOf(const QDateTime &utc) const;
    QDateTime timeAt(int x) const;
    int rowHeight() const;
    int labelWidth() const;
    int axisHeight() const;

    WatchListModel *m_model;
    const Clock *m_clock;
    QList<BatchTimeline::Bar> m_bars;
    QList<BatchTimeline::Bar> m_also; // shown on request
    QString m_alsoTitle;
    int m_watchedCount = 0; // m_bars: the watched ones first
    QDateTime m_viewStartUtc;
    qint64 m_viewSpanSecs = 3600;
    bool m_fitted = false; // the span was chosen by fitAll(), not by the user: follows new bars
    int m_current = -1;
    int m_pressX = -1; // a drag's start; -1: none
    QDateTime m_pressStartUtc;
    bool m_dragged = false;
};
