#pragma once

#include <QObject>
#include <QTimeZone>

class QSettings;

// The zone every view writes times in: the computer's (the default) or UTC, as chosen in Preferences. The
// tables' models follow it (each names the zone in its time columns' headers); the other texts ask for it as
// they are written (TimeText::shown).
class DisplayZone : public QObject
{
    Q_OBJECT
public:
    static inline const QString kSettingsKey = QStringLiteral("display/timesInUtc");

    static DisplayZone *instance();
    static QTimeZone zone();
    static bool isUtc();
    // Changes the zone (and tells the models); saved when settings is given.
    static void setUtc(bool utc, QSettings *settings = nullptr);
    // The choice saved in settings (local time when none).
    static void load(const QSettings &settings);
    // "UTC", or the computer's zone as "UTC+08:00" ("Europe/Berlin" for a zone with summer time): what a
    // view says once about its times.
    static QString name();
    // The same of any zone: "UTC" for UTC, its id when it has summer time, else its offset.
    static QString nameOf(const QTimeZone &zone);

signals:
    void changed(const QTimeZone &zone);

private:
    using QObject::QObject;
    bool m_utc = false;
};
