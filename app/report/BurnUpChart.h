#pragma once

#include "history/HistoryStore.h"

#include <QImage>
#include <QList>
#include <QLocale>
#include <QSize>
#include <QStringList>

// The burn-up of a batch drawn with QPainter (no Qt Charts, so it works headless): succeeded, finished and
// total device tasks over time, each round at its own time, with axes that fit them (ChartScale) and a
// legend.
class BurnUpChart
{
public:
    // names: the legend's words for succeeded, finished and total, in that order. size in pixels; the
    // texts and lines scale with its height.
    static QImage render(const QList<HistoryCountsPoint> &points, const QSize &size, const QLocale &locale,
                         const QStringList &names);
};
