#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The one way OtaDash writes a time, in every view, tooltip, banner, report and command-line text: 24-hour
// digits to the second ("10:51:40"), and the language's date before it ("2026-12-06" in English and
// Chinese, "2026/12/06" in Japanese: a translation of dateFormat() chooses it). Times are written in the
// zone the user chose (DisplayZone), and each view names that zone once (a column's header, a section's
// title, the status bar), not every time: none of these texts carries it. Machine formats (JSON, CSV,
// settings) keep ISO 8601 in UTC.
namespace TimeText {
// QDateTime formats: the date ("yyyy-MM-dd", translated per language), the time of day ("HH:mm:ss"), the
// time of day to the minute ("HH:mm", for a chart's ticks and the narrow columns), and date and time.
QString dateFormat();
// The date without its year ("MM-dd", "MM/dd"): a chart's ticks within one year.
QString monthDayFormat();
QString timeFormat();
QString minutesFormat();
QString dateTimeFormat();

// The time in the zone the views write times in (DisplayZone: the computer's, or UTC).
QDateTime shown(const QDateTime &utc);
// "2026-12-06 10:51:40" in the display zone (inZone: in the given one); empty for an invalid time.
QString dateTime(const QDateTime &utc);
QString inZone(const QDateTime &utc, const QTimeZone &zone);
// "2026-12-06" of a calendar date.
QString date(const QDate &date);
// "10:51:40", with the date before it when the time is not of nowUtc's day (or no "now" is given): how a
// reading's "read at" or "counted at" is written, so one batch's times read alike.
QString readAt(const QDateTime &utc, const QDateTime &nowUtc);
// The same to the minute ("10:51", "2026-12-07 08:30"): for a narrow column and a chart's ticks.
QString readAtMinutes(const QDateTime &utc, const QDateTime &nowUtc);
// "Times are in UTC+08:00.": how a text that is a view of its own (a command's output, a dialog) names its
// zone once.
QString zoneNote();
// "updated 12 s ago", "updated 3 min ago", "... h ago", "... d ago": how old a reading is at nowUtc.
QString updatedAgo(const QDateTime &utc, const QDateTime &nowUtc);
} // namespace TimeText
