#include "DisplayZone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>

DisplayZone *DisplayZone::instance()
{
    static DisplayZone *const zone = new DisplayZone(QCoreApplication::instance());
    return zone;
}

QTimeZone DisplayZone::zone()
{
    return instance()->m_utc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
}

bool DisplayZone::isUtc()
{
    return instance()->m_utc;
}

void DisplayZone::setUtc(bool utc, QSettings *settings)
{
    if (settings)
        settings->setValue(kSettingsKey, utc);
    DisplayZone *self = instance();
    if (self->m_utc == utc)
        return;
    self->m_utc = utc;
    emit self->changed(zone());
}

void DisplayZone::load(const QSettings &settings)
{
    setUtc(settings.value(kSettingsKey, false).toBool());
}

QString DisplayZone::name()
{
    return nameOf(zone());
}

QString DisplayZone::nameOf(const QTimeZone &zone)
{
    if (zone == QTimeZone::utc() || zone.id() == "UTC" || zone.id() == "Etc/UTC")
        return QStringLiteral("UTC");
    // A zone with summer time has two offsets: its name says which times are meant ("Europe/Berlin").
    const int year = QDate::currentDate().year();
    const auto offsetOn = [&zone, year](int month) {
        return zone.offsetFromUtc(QDateTime(QDate(year, month, 1), QTime(12, 0), QTimeZone::utc()));
    };
    if (offsetOn(1) != offsetOn(7))
        return QString::fromUtf8(zone.id());
    return zone.displayName(QTimeZone::StandardTime, QTimeZone::OffsetName);
}
