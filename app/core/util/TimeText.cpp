#include "util/TimeText.h"

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
} // namespace TimeText
