#pragma once

#include "util/Clock.h"

#include <QElapsedTimer>

// The computer's clock: QDateTime for wall time, QElapsedTimer for monotonic time, precise QTimers.
class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime nowUtc() const override;
    qint64 monotonicUs() const override;
    ClockTimer *createTimer(QObject *parent) const override;

private:
    QElapsedTimer m_elapsed;
};
