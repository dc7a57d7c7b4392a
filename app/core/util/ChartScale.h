#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The axes of the burn-up charts (the History tab's Qt Charts and the report's QPainter drawing): ranges that
// fit the data and ticks that fall on round values, each label different from its neighbours.
namespace ChartScale {

// A count axis from 0 up to the largest count (the batch's total), labelled at 0, step, 2·step, … up to it.
struct CountAxis
{
    qint64 max = 1;
    qint64 step = 1; // 1, 2 or 5 times a power of ten
    int labels() const { return int(max / step) + 1; } // labelled ticks, 0 included
};
// At most maxIntervals steps below top (at least 1).
CountAxis countAxis(qint64 top, int maxIntervals = 5);

// A time axis over [from, to] widened to whole steps in zone: tickCount ticks, step apart, first at first.
// The format shows what changes from one tick to the next (seconds, minutes, days) and the date when the
// span crosses midnight, so no two labels are the same.
struct TimeAxis
{
    QDateTime first;
    QDateTime last;
    qint64 stepMs = 0;
    int tickCount = 2;
    QString format; // for QLocale::toString() / QDateTimeAxis::setFormat()
};
// A single moment (from == to) gets a minute either side. At most maxIntervals steps.
TimeAxis timeAxis(const QDateTime &from, const QDateTime &to, const QTimeZone &zone, int maxIntervals = 6);

} // namespace ChartScale
