#pragma once

#include "history/HistoryStore.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

class HistoryStore;
class HistoryTableModel;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Ui {
class HistoryView;
}

// The local history of the open batch: a burn-up chart of its device task counts (succeeded and finished
// rising towards all devices), a summary of its fetches with the count changes since the user last looked,
// and the table of fetches. Reads the store only; refresh() after something was recorded.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    // Not owned; nullptr: the empty state, always.
    void setStore(HistoryStore *store);
    HistoryStore *store() const { return m_store; }
    // Shows this batch's history (another batch forgets the last look set for the previous one).
    void setBatch(const QString &profile, const QString &jobId);
    // The counts the user had when they last looked at the batch (read before this look was marked), and
    // when that was: the summary says what changed since. nullopt: nothing to compare with.
    void setLastLook(const std::optional<HistoryCountsPoint> &counts, const QDateTime &lookedAtUtc);
    // No batch: the empty state.
    void clear();

    const QString &profile() const { return m_profile; }
    const QString &jobId() const { return m_jobId; }
    HistoryTableModel *tableModel() const { return m_model; }
    // Whether the empty state is shown (no store, no batch or nothing recorded for it).
    bool isEmptyState() const;

public slots:
    // Reads the batch's history again.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateChart();
    // The axes, grid and legend in the palette's colours (a dark palette too).
    void applyPalette();
    void updateTexts();
    QString deltaText() const;

    std::unique_ptr<Ui::HistoryView> m_ui;
    HistoryTableModel *m_model;
    QLineSeries *m_total;
    QLineSeries *m_finished;
    QLineSeries *m_succeeded;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    HistoryStore *m_store = nullptr;
    QString m_profile;
    QString m_jobId;
    bool m_hasBatch = false;
    int m_fetchCount = 0;
    QDateTime m_firstFetchUtc;
    QDateTime m_lastFetchUtc;
    QString m_readError; // why the store could not be read
    QList<HistoryCountsPoint> m_counts; // oldest first
    std::optional<HistoryCountsPoint> m_lastLookCounts;
    QDateTime m_lastLookAtUtc;
};
