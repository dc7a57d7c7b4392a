#include "BurnUpChart.h"

#include "util/DisplayZone.h"
#include "util/TimeText.h"

#include "util/ChartScale.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
const QColor kSucceeded(0x2e, 0x7d, 0x32);
const QColor kFinished(0x15, 0x65, 0xc0);
const QColor kTotal(0x61, 0x61, 0x61);
const QColor kGrid(0xe0, 0xe0, 0xe0);
} // namespace

QImage BurnUpChart::render(const QList<HistoryCountsPoint> &points, const QSize &size, const QLocale &locale,
                           const QStringList &names)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (points.isEmpty() || size.isEmpty())
        return image;

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(std::max(10, size.height() / 28));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal unit = std::max<qreal>(1.0, size.height() / 400.0); // line widths and gaps

    // The axes fit the data: counts up to the batch's total, time in round steps with distinct labels.
    qint64 top = 0;
    for (const HistoryCountsPoint &point : points)
        top = std::max(top, point.total());
    const ChartScale::CountAxis countAxis = ChartScale::countAxis(top);
    const qint64 yMax = countAxis.max;
    const ChartScale::TimeAxis timeAxis
            = ChartScale::timeAxis(points.constFirst().atUtc, points.constLast().atUtc, DisplayZone::zone());
    const QDateTime first = timeAxis.first;
    const qint64 spanMs = first.msecsTo(timeAxis.last);

    // Legend on top, y labels on the left, dates below.
    const qreal legendHeight = metrics.height() * 1.8;
    const qreal yLabelWidth = metrics.horizontalAdvance(locale.toString(yMax)) + 3 * unit;
    const QRectF plot(yLabelWidth + 6 * unit, legendHeight, size.width() - yLabelWidth - 6 * unit - 24 * unit,
                      size.height() - legendHeight - metrics.height() * 1.8);
    const auto xOf = [&](const QDateTime &time) {
        return plot.left() + plot.width() * double(first.msecsTo(time)) / double(spanMs);
    };
    const auto yOf = [&](qint64 value) {
        return plot.bottom() - plot.height() * double(value) / double(yMax);
    };

    // Grid and y axis labels.
    for (qint64 value = 0; value <= yMax; value += countAxis.step) {
        const qreal y = yOf(value);
        painter.setPen(QPen(kGrid, unit));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y - metrics.height() / 2, yLabelWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(value));
    }
    for (int i = 0; i < timeAxis.tickCount; ++i) {
        const QDateTime at = first.addMSecs(timeAxis.stepMs * i);
        const qreal x = xOf(at);
        painter.setPen(QPen(kGrid, unit));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(Qt::black);
        const QString text = locale.toString(TimeText::shown(at), timeAxis.format);
        const qreal width = metrics.horizontalAdvance(text);
        const qreal left = std::clamp(x - width / 2, 0.0, size.width() - width);
        painter.drawText(QPointF(left, plot.bottom() + metrics.ascent() + 4 * unit), text);
    }
    // Axes.
    painter.setPen(QPen(Qt::black, unit * 1.2));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Series: total (dashed), finished, succeeded on top.
    using Value = std::function<qint64(const HistoryCountsPoint &)>;
    const std::array<std::pair<QColor, Value>, 3> series {{
            {kSucceeded,
             [](const HistoryCountsPoint &p) {
                 return p.counts[TaskStatus::Succeeded];
             }},
            {kFinished,
             [](const HistoryCountsPoint &p) {
                 return p.counts.finished();
             }},
            {kTotal,
             [](const HistoryCountsPoint &p) {
                 return p.total(); // the batch's total when the round read it
             }},
    }};
    for (int s = 2; s >= 0; --s) {
        QPen pen(series[s].first, unit * 2.5);
        if (s == 2)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(series[s].first);
        QPainterPath path;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF at(xOf(points[i].atUtc), yOf(series[s].second(points[i])));
            if (i == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (points.size() <= 40) {
            painter.setBrush(series[s].first);
            painter.setPen(Qt::NoPen);
            for (const HistoryCountsPoint &point : points)
                painter.drawEllipse(QPointF(xOf(point.atUtc), yOf(series[s].second(point))), 3 * unit,
                                    3 * unit);
        }
    }

    // Legend.
    qreal x = plot.left();
    const qreal y = legendHeight / 2;
    for (int s = 0; s < 3; ++s) {
        QPen pen(series[s].first, unit * 2.5);
        if (s == 2)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, y), QPointF(x + 24 * unit, y));
        x += 30 * unit;
        painter.setPen(Qt::black);
        const QString name = names.value(s);
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - metrics.descent() / 2), name);
        x += metrics.horizontalAdvance(name) + 24 * unit;
    }
    return image;
}
