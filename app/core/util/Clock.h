#pragma once

#include <QDateTime>

// Source of wall-clock time; injected wherever a test must control "now".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

// The real system clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told otherwise (tests, reproducible vectors).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now = QDateTime::currentDateTimeUtc()) : m_now(std::move(now)) { }
    QDateTime nowUtc() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};
