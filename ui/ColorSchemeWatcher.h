#pragma once

#include <QObject>

// Tells when the desktop's colour scheme changes while OtaDash runs. On Linux the XDG desktop portal says so
// on the session bus (PortalColorScheme); on every system Qt's ThemeChange event to a window (Windows sends
// one when the apps' theme changes) makes it ask DesktopStyle::desktopPrefersDark() again.
// OTADASH_COLOR_SCHEME, when set, wins over what the portal says.
class ColorSchemeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ColorSchemeWatcher(QObject *parent = nullptr);
    // Whether the portal's signal is listened to (Linux, with a session bus).
    bool listensToPortal() const { return m_portal; }

signals:
    // What the desktop said, whether or not it is followed.
    void desktopSaid(bool dark);
    // The scheme to show now.
    void changed(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void portalSaid(bool dark);
    void askAgainSoon();

    bool m_portal = false;
    bool m_askPending = false;
};
