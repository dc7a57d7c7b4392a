#include "PortalColorScheme.h"

#include <QDBusConnection>
#include <QFileInfo>

using namespace Qt::StringLiterals;

PortalColorScheme::PortalColorScheme(QObject *parent) : QObject(parent)
{
    // The slot is found by its parameters' type names: QDBusVariant's must be known before (else connect()
    // fails and nothing is ever delivered).
    qRegisterMetaType<QDBusVariant>();
    // Only a session bus that is there: without an address libdbus may start one of its own (X11 autolaunch).
    const QString runtimeBus = qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/bus"_s;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") || !QFileInfo::exists(runtimeBus)))
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    // Only the portal's own signal: QtDBus matches the sender against the owner of its name.
    m_listening = bus.isConnected()
            && bus.connect(u"org.freedesktop.portal.Desktop"_s, u"/org/freedesktop/portal/desktop"_s,
                           u"org.freedesktop.portal.Settings"_s, u"SettingChanged"_s, this,
                           SLOT(settingChanged(QString, QString, QDBusVariant)));
}

void PortalColorScheme::settingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (key != u"color-scheme")
        return;
    if (group == u"org.freedesktop.appearance")
        emit schemeSet(value.variant().toUInt() == 1);
    else if (group == u"org.gnome.desktop.interface")
        emit schemeSet(value.variant().toString() == u"prefer-dark");
}
