#include "util/ChartScale.h"
#include "util/TimeText.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ChartScale {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Steps a reader counts in: seconds, minutes, hours, days, weeks.
constexpr std::array<qint64, 23> kTimeSteps {
        kSecond,  2 * kSecond, 5 * kSecond, 10 * kSecond, 15 * kSecond, 30 * kSecond,
        kMinute,  2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
        kHour,    2 * kHour,   3 * kHour,   6 * kHour,    12 * kHour,   kDay,
        2 * kDay, 7 * kDay,    14 * kDay,   28 * kDay,    56 * kDay};

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step != 0 && value < 0 ? q - 1 : q) * step;
}

qint64 ceilTo(qint64 value, qint64 step)
{
    return -floorTo(-value, step);
}
} // namespace

CountAxis countAxis(qint64 top, int maxIntervals)
{
    CountAxis axis;
    axis.max = std::max<qint64>(top, 1);
    maxIntervals = std::max(1, maxIntervals);
    // The smallest 1-2-5 step that leaves at most maxIntervals steps below the top.
    for (qint64 power = 1;; power *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            if (axis.max / (factor * power) <= maxIntervals) {
                axis.step = factor * power;
                return axis;
            }
        }
    }
}

TimeAxis timeAxis(const QDateTime &from, const QDateTime &to, const QTimeZone &zone, int maxIntervals)
{
    maxIntervals = std::max(1, maxIntervals);
    qint64 start = std::min(from, to).toMSecsSinceEpoch();
    qint64 end = std::max(from, to).toMSecsSinceEpoch();
    if (end - start < kSecond) {
        start -= kMinute;
        end += kMinute;
    }
    // Ticks fall on round local times: steps are counted from local midnight, not from the epoch.
    const qint64 offset
            = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC))) * kSecond;
    // The smallest step that spans the data in at most maxIntervals; weeks and longer start at a local
    // midnight.
    const auto span = [&](qint64 step) {
        const qint64 first = floorTo(start + offset, std::min(step, kDay));
        qint64 last = first + ceilTo(end + offset - first, step);
        return std::pair {first, last == first ? last + step : last};
    };
    // Beyond the longest step: whole days, as many as it takes.
    qint64 step = ceilTo((end - start) / maxIntervals + 1, kDay);
    for (const qint64 candidate : kTimeSteps) {
        const auto [first, last] = span(candidate);
        if (last - first <= candidate * maxIntervals) {
            step = candidate;
            break;
        }
    }
    const auto [first, last] = span(step);
    TimeAxis axis;
    axis.stepMs = step;
    axis.tickCount = int((last - first) / step) + 1;
    axis.first = QDateTime::fromMSecsSinceEpoch(first - offset, Qt::UTC);
    axis.last = QDateTime::fromMSecsSinceEpoch(last - offset, Qt::UTC);

    const QDateTime localFirst = axis.first.toTimeZone(zone);
    const QDateTime localLast = axis.last.toTimeZone(zone);
    const bool years = localFirst.date().year() != localLast.date().year();
    // The language's way of writing a time (TimeText), with what does not change left out.
    const QString date = years ? TimeText::dateFormat() : TimeText::monthDayFormat();
    const QString time = step >= kMinute ? TimeText::minutesFormat() : TimeText::timeFormat();
    if (step >= kDay)
        axis.format = date;
    else if (localFirst.date() != localLast.date())
        axis.format = date + u' ' + time;
    else
        axis.format = time;
    return axis;
}

} // namespace ChartScale
