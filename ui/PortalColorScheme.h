#pragma once

#include <QDBusVariant>
#include <QObject>

// Linux only: listens on the session bus to the XDG desktop portal's SettingChanged signal and says what a
// colour scheme setting became (org.freedesktop.appearance color-scheme: 1 dark, 2 light, 0 no preference;
// older GNOME portals: org.gnome.desktop.interface color-scheme "prefer-dark").
class PortalColorScheme : public QObject
{
    Q_OBJECT
public:
    explicit PortalColorScheme(QObject *parent = nullptr);
    // False when there is no session bus to listen on.
    bool isListening() const { return m_listening; }

signals:
    void schemeSet(bool dark);

private slots:
    void settingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    bool m_listening = false;
};
