#include "HistoryView.h"

#include "ui_HistoryView.h"
#include "util/DisplayZone.h"
#include "util/TimeText.h"

#include "models/HistoryTableModel.h"
#include "ota/TaskStatus.h"
#include "util/ChartScale.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Okabe–Ito, as the Devices tab: succeeded green, finished blue, all devices grey.
const QColor kSucceededColor(0x00, 0x9e, 0x73);
const QColor kFinishedColor(0x00, 0x72, 0xb2);
const QColor kTotalColor(0x80, 0x80, 0x80);

QString localTime(const QDateTime &utc)
{
    return TimeText::dateTime(utc);
}

QString signedNumber(qint64 value)
{
    const QLocale locale;
    const QString sign = value < 0 ? locale.negativeSign() : locale.positiveSign();
    return sign + locale.toString(value < 0 ? -value : value);
}

QLineSeries *makeSeries(const QString &objectName, const QColor &color, Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setObjectName(objectName);
    QPen pen(color);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(true); // a single fetch is still a point to see
    return series;
}
} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HistoryView>()), m_model(new HistoryTableModel(this)),
      m_total(makeSeries(u"burnUpTotal"_s, kTotalColor, Qt::DashLine)),
      m_finished(makeSeries(u"burnUpFinished"_s, kFinishedColor, Qt::SolidLine)),
      m_succeeded(makeSeries(u"burnUpSucceeded"_s, kSucceededColor, Qt::SolidLine)),
      m_timeAxis(new QDateTimeAxis), m_countAxis(new QValueAxis)
{
    m_ui->setupUi(this);

    // The burn-up: work done (succeeded, finished) rising towards the scope (all devices).
    auto *chart = new QChart;
    for (QLineSeries *series : {m_total, m_finished, m_succeeded})
        chart->addSeries(series); // owns them
    chart->addAxis(m_timeAxis, Qt::AlignBottom); // owns the axes
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_total, m_finished, m_succeeded}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
        connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC);
            QToolTip::showText(
                    QCursor::pos(),
                    tr("%1\n%2: %3", "time, series name, number of devices")
                            .arg(localTime(at), series->name(), QLocale().toString(qint64(point.y()))),
                    m_ui->chartView);
        });
    }
    m_countAxis->setLabelFormat(u"%.0f"_s);
    m_countAxis->setRange(0, 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // The view owns the new chart but only releases the empty one it was built with (QChartView docs).
    QChart *builtIn = m_ui->chartView->chart();
    m_ui->chartView->setChart(chart);
    delete builtIn;
    m_ui->chartView->setRenderHint(QPainter::Antialiasing);
    applyPalette();

    QTableView *table = m_ui->historyTable;
    table->setModel(m_model);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    updateTexts();
}

HistoryView::~HistoryView() = default;

void HistoryView::setStore(HistoryStore *store)
{
    m_store = store;
    refresh();
}

void HistoryView::setBatch(const QString &profile, const QString &jobId)
{
    if (!m_hasBatch || profile != m_profile || jobId != m_jobId) {
        m_lastLookCounts.reset();
        m_lastLookAtUtc = QDateTime();
    }
    m_profile = profile;
    m_jobId = jobId;
    m_hasBatch = true;
    refresh();
}

void HistoryView::setLastLook(const std::optional<HistoryCountsPoint> &counts, const QDateTime &lookedAtUtc)
{
    m_lastLookCounts = counts;
    m_lastLookAtUtc = lookedAtUtc;
    updateTexts();
}

void HistoryView::clear()
{
    m_profile.clear();
    m_jobId.clear();
    m_hasBatch = false;
    m_lastLookCounts.reset();
    m_lastLookAtUtc = QDateTime();
    refresh();
}

bool HistoryView::isEmptyState() const
{
    return m_ui->stack->currentWidget() == m_ui->emptyPage;
}

void HistoryView::refresh()
{
    m_fetchCount = 0;
    m_firstFetchUtc = QDateTime();
    m_lastFetchUtc = QDateTime();
    m_counts.clear();
    m_readError.clear();
    QList<HistoryJobSnapshot> snapshots;
    if (m_store && m_hasBatch) {
        // A failed read is said rather than shown as "no history": the file may hold some.
        snapshots = m_store->jobSnapshots(m_profile, m_jobId);
        m_readError = m_store->errorString();
        m_counts = m_store->countsSeries(m_profile, m_jobId);
        if (m_readError.isEmpty())
            m_readError = m_store->errorString();
    }
    m_fetchCount = int(snapshots.size());
    for (const HistoryJobSnapshot &snapshot : std::as_const(snapshots)) {
        if (!m_firstFetchUtc.isValid() || snapshot.fetchedAtUtc < m_firstFetchUtc)
            m_firstFetchUtc = snapshot.fetchedAtUtc;
        if (!m_lastFetchUtc.isValid() || snapshot.fetchedAtUtc > m_lastFetchUtc)
            m_lastFetchUtc = snapshot.fetchedAtUtc;
    }
    std::stable_sort(
            m_counts.begin(), m_counts.end(),
            [](const HistoryCountsPoint &a, const HistoryCountsPoint &b) { return a.atUtc < b.atUtc; });
    m_model->setHistory(snapshots, m_counts);
    updateChart();
    updateTexts();
}

void HistoryView::updateChart()
{
    QList<QPointF> total;
    QList<QPointF> finished;
    QList<QPointF> succeeded;
    qint64 most = 0;
    for (const HistoryCountsPoint &point : std::as_const(m_counts)) {
        const auto x = double(point.atUtc.toMSecsSinceEpoch());
        total.append({x, double(point.total())});
        finished.append({x, double(point.counts.finished())});
        succeeded.append({x, double(point.counts[TaskStatus::Succeeded])});
        most = std::max(most, point.total());
    }
    m_total->replace(total);
    m_finished->replace(finished);
    m_succeeded->replace(succeeded);
    if (m_counts.isEmpty())
        return;
    // Each round at its own time; the axes fit them: time ticks on round values, counts up to the total.
    const ChartScale::TimeAxis time
            = ChartScale::timeAxis(m_counts.first().atUtc, m_counts.last().atUtc, DisplayZone::zone());
    m_timeAxis->setRange(TimeText::shown(time.first), TimeText::shown(time.last));
    m_timeAxis->setTickCount(time.tickCount);
    m_timeAxis->setFormat(time.format);
    const ChartScale::CountAxis count = ChartScale::countAxis(most);
    m_countAxis->setRange(0, double(count.max));
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    m_countAxis->setTickAnchor(0);
    m_countAxis->setTickInterval(double(count.step));
}

QString HistoryView::deltaText() const
{
    if (!m_lastLookCounts || m_counts.isEmpty() || m_counts.last().atUtc <= m_lastLookCounts->atUtc)
        return QString();
    const TaskStatusCounts &now = m_counts.last().counts;
    const TaskStatusCounts &then = m_lastLookCounts->counts;
    const QDateTime lookedAt = m_lastLookAtUtc.isValid() ? m_lastLookAtUtc : m_lastLookCounts->atUtc;
    QStringList changes;
    // What the burn-up is about first: done, then what is still moving, then the scope.
    for (const TaskStatus status :
         {TaskStatus::Succeeded, TaskStatus::Failed, TaskStatus::Canceled, TaskStatus::InProgress,
          TaskStatus::Notified, TaskStatus::Queued, TaskStatus::Confirm}) {
        const qint64 delta = now[status] - then[status];
        if (delta != 0)
            changes.append(tr("%1 %2", "task status, then the signed change of its device count")
                                   .arg(TaskStatuses::label(status), signedNumber(delta)));
    }
    if (const qint64 delta = now.total() - then.total(); delta != 0)
        changes.append(tr("All devices %1", "the signed change of the number of devices in the batch")
                               .arg(signedNumber(delta)));
    if (changes.isEmpty())
        return tr("No device task changed status since you last looked at %1.").arg(localTime(lookedAt));
    return tr("Since you last looked at %1: %2", "a time, then the list of count changes")
            .arg(localTime(lookedAt), changes.join(tr(", ", "between the items of a list of changes")));
}

void HistoryView::updateTexts()
{
    m_total->setName(tr("All devices"));
    m_finished->setName(tr("Finished (succeeded, failed or canceled)"));
    m_succeeded->setName(TaskStatuses::label(TaskStatus::Succeeded));
    m_countAxis->setTitleText(tr("Devices"));
    // The chart as text, for a screen reader: its span and its last round.
    m_ui->chartView->setAccessibleName(tr("Burn-up of the batch's device tasks"));
    QString chartText;
    if (!m_counts.isEmpty()) {
        const QLocale locale;
        const HistoryCountsPoint &last = m_counts.last();
        chartText = tr("%n round(s) of counts from %1 to %2. At the last, %3 of %4 devices finished, %5 "
                       "succeeded.",
                       "", int(m_counts.size()))
                            .arg(localTime(m_counts.first().atUtc), localTime(last.atUtc),
                                 locale.toString(last.counts.finished()), locale.toString(last.total()),
                                 locale.toString(last.counts[TaskStatus::Succeeded]));
    }
    m_ui->chartView->setAccessibleDescription(chartText);

    if (!m_store) {
        m_ui->emptyLabel->setText(tr("The local history is not available in this window."));
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    if (!m_hasBatch) {
        m_ui->emptyLabel->setText(
                tr("Query a batch to see how it progressed over the fetches OtaDash recorded."));
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    if (m_fetchCount == 0 && m_counts.isEmpty()) {
        m_ui->emptyLabel->setText(
                m_readError.isEmpty()
                        ? tr("No history of batch %1 yet. OtaDash records every fetch of it from now on.")
                                  .arg(m_jobId)
                        : tr("The history of batch %1 cannot be read: %2").arg(m_jobId, m_readError));
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->stack->setCurrentWidget(m_ui->contentPage);

    QString summary;
    if (m_fetchCount == 1)
        summary = tr("Fetched once, at %1.").arg(localTime(m_lastFetchUtc));
    else if (m_fetchCount > 1)
        summary = tr("Fetched %n time(s), first at %1, last at %2.", "", m_fetchCount)
                          .arg(localTime(m_firstFetchUtc), localTime(m_lastFetchUtc));
    if (!m_counts.isEmpty()) {
        const TaskStatusCounts &latest = m_counts.last().counts;
        const QString counted
                = tr("Latest count (%1): %2 of %3 devices finished, %4 succeeded.")
                          .arg(localTime(m_counts.last().atUtc), QLocale().toString(latest.finished()),
                               QLocale().toString(latest.total()),
                               QLocale().toString(latest[TaskStatus::Succeeded]));
        summary = summary.isEmpty() ? counted : summary + u' ' + counted;
    }
    m_ui->summaryLabel->setText(summary);

    const QString delta = deltaText();
    m_ui->deltaLabel->setText(delta);
    m_ui->deltaLabel->setVisible(!delta.isEmpty());

    const bool hasCounts = !m_counts.isEmpty();
    m_ui->chartView->setVisible(hasCounts);
    m_ui->noCountsLabel->setVisible(!hasCounts);
    m_ui->noCountsLabel->setText(
            tr("No device task counts recorded for this batch yet. The Devices tab counts them."));
}

void HistoryView::applyPalette()
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_countAxis)}) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_ui->chartView->chart()->legend()->setLabelColor(text);
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}
