#pragma once

#include <QList>

#include <algorithm>

// The largest number of timestamps (sorted, ms) that fall within any window of windowMs: what a gateway that
// counts requests over a sliding window sees at its busiest.
inline int busiestWindow(const QList<qint64> &times, qint64 windowMs)
{
    int most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times[last] - times[first] >= windowMs)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}
