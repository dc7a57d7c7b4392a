#pragma once

#include "util/ManualClock.h"

#include <QCoreApplication>
#include <QTimer>

#include <functional>

// Drives a ManualClock for a test: fires one due time at a time and, after each, lets the event loop finish
// what that started (loopback requests, queued calls) until idle() holds, so a simulated server on the same
// clock sees each request at the time it was sent. Nothing waits for time to pass; the waits are for events.
class TimeDriver
{
public:
    // idle: true when nothing is under way (e.g. the scheduler has no call in flight). Default: always.
    explicit TimeDriver(ManualClock &clock, std::function<bool()> idle = {})
        : m_clock(clock), m_idle(std::move(idle))
    { }

    // Runs the event loop until idle() holds twice with every posted event delivered in between; between
    // checks it sleeps until the next event (a socket, a posted call), never for a fixed time. False after
    // the safety bound (a hung peer; the bound is never what a test measures).
    bool settle()
    {
        QTimer bound; // real time, only to wake a wait that no event would end
        bound.setSingleShot(true);
        bound.start(kSafetyBoundMs);
        for (int quietRounds = 0; quietRounds < 2;) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
            if (!m_idle || m_idle()) {
                ++quietRounds;
                continue;
            }
            quietRounds = 0;
            if (!bound.isActive())
                return false;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        return true;
    }

    // Moves the clock ms forward, due time by due time, settling after each.
    bool advance(qint64 ms)
    {
        if (!settle())
            return false;
        const qint64 target = m_clock.monotonicMs() + ms;
        while (m_clock.advanceToNextDue(target - m_clock.monotonicMs())) {
            if (!settle())
                return false;
        }
        m_clock.advanceMs(target - m_clock.monotonicMs());
        return settle();
    }

    // Advances due time by due time until done() (checked after each settle), at most limitMs of clock time.
    bool runUntil(const std::function<bool()> &done, qint64 limitMs)
    {
        if (!settle())
            return false;
        const qint64 limit = m_clock.monotonicMs() + limitMs;
        while (!done()) {
            if (!m_clock.advanceToNextDue(limit - m_clock.monotonicMs()))
                return false;
            if (!settle())
                return false;
        }
        return true;
    }

private:
    static constexpr int kSafetyBoundMs = 60000;
    ManualClock &m_clock;
    std::function<bool()> m_idle;
};
