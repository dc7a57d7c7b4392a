#include "ColorSchemeWatcher.h"
#include "DesktopStyle.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include "PortalColorScheme.h"
#endif

ColorSchemeWatcher::ColorSchemeWatcher(QObject *parent) : QObject(parent)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    auto *portal = new PortalColorScheme(this);
    m_portal = portal->isListening();
    connect(portal, &PortalColorScheme::schemeSet, this, &ColorSchemeWatcher::portalSaid);
#endif
    qApp->installEventFilter(this);
}

bool ColorSchemeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Qt sends it to each window: one question for all of them.
    if (event->type() == QEvent::ThemeChange && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->isWindow())
        askAgainSoon();
    return QObject::eventFilter(watched, event);
}

void ColorSchemeWatcher::askAgainSoon()
{
    if (m_askPending)
        return;
    m_askPending = true;
    QTimer::singleShot(0, this, [this] {
        m_askPending = false;
        const bool dark = DesktopStyle::desktopPrefersDark();
        emit desktopSaid(dark);
        emit changed(dark);
    });
}

void ColorSchemeWatcher::portalSaid(bool dark)
{
    emit desktopSaid(dark);
    if (DesktopStyle::schemeChosenForRun())
        return; // chosen for this run
    emit changed(dark);
}
