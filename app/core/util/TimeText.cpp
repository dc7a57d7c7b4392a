#include "util/TimeText.h"
#include "util/DisplayZone.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace TimeText {
namespace {
// Digits as written, whatever the locale's own (a format string gives the order; QLocale::c() the digits).
QString write(const QDateTime &time, const QString &format)
{
    return QLocale::c().toString(time, format);
}

QString withDateWhenNotToday(const QDateTime &utc, const QDateTime &nowUtc, const QString &timeOfDay)
{
    if (!utc.isValid())
        return {};
    const QDateTime at = shown(utc);
    if (nowUtc.isValid() && at.date() == shown(nowUtc).date())
        return write(at, timeOfDay);
    return write(at, dateFormat() + QLatin1Char(' ') + timeOfDay);
}
} // namespace

QString dateFormat()
{
    return QCoreApplication::translate(
            "TimeText", "yyyy-MM-dd",
            "The date format of every date OtaDash writes (a QDateTime format: yyyy "
            "year, MM month, dd day, with leading zeros). Keep the letters; choose "
            "the order and the separators your language writes.");
}

QString monthDayFormat()
{
    // The year and the separator beside it: "yyyy-MM-dd" → "MM-dd", "dd.MM.yyyy" → "dd.MM".
    static const QRegularExpression year(QStringLiteral("y+[^dMy]?|[^dMy]?y+$"));
    return dateFormat().remove(year);
}

QString timeFormat()
{
    return QStringLiteral("HH:mm:ss");
}

QString minutesFormat()
{
    return QStringLiteral("HH:mm");
}

QString dateTimeFormat()
{
    return dateFormat() + QLatin1Char(' ') + timeFormat();
}

QDateTime shown(const QDateTime &utc)
{
    return utc.toTimeZone(DisplayZone::zone());
}

QString dateTime(const QDateTime &utc)
{
    return inZone(utc, DisplayZone::zone());
}

QString inZone(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? write(utc.toTimeZone(zone), dateTimeFormat()) : QString();
}

QString date(const QDate &date)
{
    return date.isValid() ? QLocale::c().toString(date, dateFormat()) : QString();
}

QString readAt(const QDateTime &utc, const QDateTime &nowUtc)
{
    return withDateWhenNotToday(utc, nowUtc, timeFormat());
}

QString readAtMinutes(const QDateTime &utc, const QDateTime &nowUtc)
{
    return withDateWhenNotToday(utc, nowUtc, minutesFormat());
}

QString zoneNote()
{
    return QCoreApplication::translate("TimeText", "Times are in %1.", "%1 is a time zone: UTC or UTC+08:00")
            .arg(DisplayZone::name());
}

QString updatedAgo(const QDateTime &utc, const QDateTime &nowUtc)
{
    const auto tr = [](const char *text, const char *comment, qint64 n) {
        return QCoreApplication::translate("TimeText", text, comment, int(std::min<qint64>(n, 1 << 30)));
    };
    const qint64 secs = std::max<qint64>(0, utc.secsTo(nowUtc));
    if (secs < 60)
        return tr("updated %n s ago", "seconds since the last refresh", secs);
    if (secs < 3600)
        return tr("updated %n min ago", "minutes since the last refresh", secs / 60);
    if (secs < 86400)
        return tr("updated %n h ago", "hours since the last refresh", secs / 3600);
    return tr("updated %n d ago", "days since the last refresh", secs / 86400);
}
} // namespace TimeText
