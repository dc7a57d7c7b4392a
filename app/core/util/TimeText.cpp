#include "util/TimeText.h"
#include "util/DisplayZone.h"

#include <QCoreApplication>

#include <algorithm>

namespace TimeText {
QString readAt(const QDateTime &utc, const QDateTime &nowUtc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime shownAt = shown(utc);
    // The long time format carries the seconds and the zone ("9:00:12 AM UTC"), the zone's own.
    const QString time = locale.toString(shownAt, locale.timeFormat(QLocale::LongFormat));
    if (nowUtc.isValid() && shownAt.date() == shown(nowUtc).date())
        return time;
    return locale.toString(shownAt.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

QDateTime shown(const QDateTime &utc)
{
    return utc.toTimeZone(DisplayZone::zone());
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
