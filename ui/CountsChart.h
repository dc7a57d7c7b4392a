#pragma once

#include "state/BatchState.h"

#include <QColor>
#include <QList>
#include <QWidget>

#include <optional>

class QChartView;
class QGridLayout;
class QLabel;
class QPieSeries;

// A round of task counts at a glance: a donut with one slice per status (the Okabe–Ito colours), the share
// that succeeded in large type, then failed, in flight, not started and complete (CountsSummary's words,
// defined in the tooltip), and a legend with the count of each status.
class CountsChart : public QWidget
{
    Q_OBJECT
public:
    explicit CountsChart(QWidget *parent = nullptr);
    ~CountsChart() override;

    // The colour of a TaskStatus in every view that draws counts (the donut, the watch list's bars).
    static QColor statusColor(TaskStatus status);

    // The round to show; nullopt: none yet (hasBatch: a batch is open, its counts are on their way).
    void setCounts(const std::optional<CountsReading> &counts, bool hasBatch);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void applyPalette();

    QChartView *m_chartView;
    QPieSeries *m_series;
    QLabel *m_percentLabel;
    QLabel *m_summaryLabel;
    QGridLayout *m_legend;
    QList<QLabel *> m_legendNames; // by TaskStatus
    QList<QLabel *> m_legendCounts; // by TaskStatus
    std::optional<CountsReading> m_counts;
    bool m_hasBatch = false;
};
