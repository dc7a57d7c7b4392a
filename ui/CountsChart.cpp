#include "CountsChart.h"

#include "ota/CountsSummary.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

// One colour per status, from the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies): succeeded green, failed vermilion, in progress blue, the waiting ones yellow, amber and
// grey.
QColor CountsChart::statusColor(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Confirm:
        return QColor(0xf0, 0xe4, 0x42);
    case TaskStatus::Queued:
        return QColor(0xb8, 0xb8, 0xb8);
    case TaskStatus::Notified:
        return QColor(0xe6, 0x9f, 0x00);
    case TaskStatus::InProgress:
        return QColor(0x00, 0x72, 0xb2);
    case TaskStatus::Succeeded:
        return QColor(0x00, 0x9e, 0x73);
    case TaskStatus::Failed:
        return QColor(0xd5, 0x5e, 0x00);
    case TaskStatus::Canceled:
        return QColor(0x4d, 0x4d, 0x4d);
    }
    return QColor();
}

CountsChart::CountsChart(QWidget *parent)
    : QWidget(parent), m_chartView(new QChartView(this)), m_series(new QPieSeries),
      m_percentLabel(new QLabel(this)), m_summaryLabel(new QLabel(this)), m_legend(new QGridLayout)
{
    m_chartView->setObjectName(u"chartView"_s);
    m_chartView->setFixedSize(210, 210);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chartView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_percentLabel->setObjectName(u"percentLabel"_s);
    m_percentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_legend->setHorizontalSpacing(8);
    m_legend->setVerticalSpacing(2);
    auto *column = new QVBoxLayout;
    column->addWidget(m_percentLabel);
    column->addWidget(m_summaryLabel);
    column->addLayout(m_legend);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView, 0, Qt::AlignTop);
    layout->addLayout(column, 1);

    // The donut: one slice per status and a grey ring while there is nothing to count.
    auto *chart = new QChart;
    chart->addSeries(m_series); // owns it
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins());
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_series->setHoleSize(0.55);
    m_series->setPieSize(0.92);
    for (const TaskStatus status : kAllTaskStatuses) {
        auto *slice = new QPieSlice(TaskStatuses::label(status), 0);
        slice->setColor(statusColor(status));
        slice->setBorderWidth(1);
        m_series->append(slice);
    }
    m_series->append(new QPieSlice(QString(), 1));
    applyPalette();
    // The view owns the new chart but only releases the empty one it was built with (QChartView docs).
    QChart *builtIn = m_chartView->chart();
    m_chartView->setChart(chart);
    delete builtIn;
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setBackgroundBrush(Qt::NoBrush);
    m_chartView->setStyleSheet(u"background: transparent;"_s);
    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
        const int index = int(m_series->slices().indexOf(slice));
        if (index < 0 || index >= int(kAllTaskStatuses.size()))
            return;
        slice->setExploded(state);
        if (state)
            QToolTip::showText(QCursor::pos(), slice->label(), m_chartView);
        else
            QToolTip::hideText();
    });

    // The legend: swatch, translated status and count, in the API's order of statuses.
    QFont percentFont = m_percentLabel->font();
    percentFont.setPointSizeF(percentFont.pointSizeF() * 2.2);
    percentFont.setBold(true);
    m_percentLabel->setFont(percentFont);
    int row = 0;
    for (const TaskStatus status : kAllTaskStatuses) {
        const QString code = TaskStatuses::code(status);
        auto *swatch = new QLabel(this);
        swatch->setObjectName(u"legendSwatch_"_s + code);
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(
                u"background: %1; border: 1px solid palette(mid);"_s.arg(statusColor(status).name()));
        auto *name = new QLabel(this);
        name->setObjectName(u"legendName_"_s + code);
        auto *count = new QLabel(this);
        count->setObjectName(u"legendCount_"_s + code);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_legend->addWidget(swatch, row, 0);
        m_legend->addWidget(name, row, 1);
        m_legend->addWidget(count, row, 2);
        m_legendNames.append(name);
        m_legendCounts.append(count);
        ++row;
    }
    m_legend->setColumnStretch(3, 1);

    updateTexts();
}

CountsChart::~CountsChart() = default;

void CountsChart::setCounts(const std::optional<CountsReading> &counts, bool hasBatch)
{
    m_counts = counts;
    m_hasBatch = hasBatch;
    updateTexts();
}

void CountsChart::updateTexts()
{
    const QLocale locale;
    const CountsSummary summary
            = m_counts ? CountsSummary::of(m_counts->counts, m_counts->batchTotal) : CountsSummary();
    const QList<QPieSlice *> slices = m_series->slices();
    for (const TaskStatus status : kAllTaskStatuses) {
        const int i = int(status);
        const qint64 count = summary.counts[status];
        slices.at(i)->setValue(double(count));
        slices.at(i)->setLabel(tr("%1: %2 (%3)")
                                       .arg(TaskStatuses::label(status), locale.toString(count),
                                            CountsSummary::percentText(summary.percentOf(count), locale)));
        m_legendNames.at(i)->setText(TaskStatuses::label(status));
        m_legendCounts.at(i)->setText(m_counts ? locale.toString(count) : u"–"_s);
    }
    slices.last()->setValue(summary.counted() > 0 ? 0.0 : 1.0);
    QString details;
    if (m_counts) {
        m_percentLabel->setText(
                tr("%1 succeeded").arg(CountsSummary::percentText(summary.succeededPercent(), locale)));
        m_summaryLabel->setText(
                tr("%1 failed (%2) · %3 in flight · %4 not started · %5 complete, of %Ln device(s)", "",
                   int(std::min<qint64>(summary.total(), INT_MAX)))
                        .arg(CountsSummary::percentText(summary.failedPercent(), locale),
                             locale.toString(summary.failed()), locale.toString(summary.inFlight()),
                             locale.toString(summary.notStarted()),
                             CountsSummary::percentText(summary.completePercent(), locale)));
        details = summary.details(locale);
    } else {
        m_percentLabel->setText(m_hasBatch ? u"–"_s : QString());
        m_summaryLabel->setText(m_hasBatch ? QString()
                                           : tr("Query a batch to see the progress of its devices."));
    }
    m_percentLabel->setToolTip(details);
    m_summaryLabel->setToolTip(details);
    // The donut as text, for a screen reader: what the labels beside it say, and every status's count.
    const QString name = tr("Device tasks by status");
    QString description = m_percentLabel->text().isEmpty() || m_percentLabel->text() == u"–"_s
            ? m_summaryLabel->text()
            : m_percentLabel->text() + u". "_s + m_summaryLabel->text();
    if (!details.isEmpty())
        description += u'\n' + details;
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_chartView)}) {
        w->setAccessibleName(name);
        w->setAccessibleDescription(description);
    }
}

// The slices' borders and the empty ring in the window's colours, again when the colour scheme changes.
void CountsChart::applyPalette()
{
    const QList<QPieSlice *> slices = m_series->slices();
    for (QPieSlice *slice : slices)
        slice->setBorderColor(palette().color(QPalette::Base));
    QPieSlice *empty = slices.constLast(); // after the statuses
    empty->setColor(palette().color(QPalette::Midlight));
    empty->setBorderColor(palette().color(QPalette::Mid));
}

void CountsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}
