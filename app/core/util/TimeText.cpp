#include "util/TimeText.h"

#include <QCoreApplication>

#include <algorithm>

namespace TimeText {
QString readAt(const QDateTime &utc, const QDateTime &nowUtc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    // The long time format carries the seconds and the zone ("9:00:12 AM UTC").
    const QString time = locale.toString(local.time(), QLocale::LongFormat);
    if (nowUtc.isValid() && local.date() == nowUtc.toLocalTime().date())
        return time;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

QString formTime(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale)
{
    return utc.isValid() ? locale.toString(utc.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         : QString();
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
