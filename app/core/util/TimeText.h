#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// How a reading's time is written: the local time with seconds and its zone, and the date before it when the
// reading is not of today (or no "now" is given). Every "read at" and "counted at" text uses it, so one
// batch's times read alike.
namespace TimeText {
QString readAt(const QDateTime &utc, const QDateTime &nowUtc, const QLocale &locale = QLocale());
// The time in the zone the views write times in (DisplayZone: the computer's, or UTC).
QDateTime shown(const QDateTime &utc);
// "updated 12 s ago", "updated 3 min ago", "... h ago", "... d ago": how old a reading is at nowUtc.
QString updatedAgo(const QDateTime &utc, const QDateTime &nowUtc);
// How the form and the tables write a time: in zone, to the second ("2026-12-06 10:51:40"); empty for an
// invalid time. Their tooltips give it with QTimeZone::utc().
QString formTime(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale = QLocale());
} // namespace TimeText
