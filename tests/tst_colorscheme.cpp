#include "ColorSchemeWatcher.h"
#include "CountsChart.h"
#include "DesktopStyle.h"
#include "ErrorPanel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QLabel>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

// Issue: "follow the system's colour scheme". On a private session bus (dbus-run-session), a second
// connection takes the desktop portal's name and says what a user switching the scheme makes it say; the
// application's palette, style and problem texts follow while it runs. Qt's ThemeChange (what Windows sends)
// asks again.
class TestColorScheme : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void followsThePortalWhileRunning();
    void theEnvironmentWinsOverThePortal();
    void aThemeChangeAsksTheDesktopAgain();
    void uncheckedBoxesStayVisibleOnTheDarkPalette();

private:
    // Says SettingChanged(group, key, value) from the connection holding the portal's name.
    void portalSays(const QString &group, const QString &key, const QVariant &value);

    std::unique_ptr<QDBusConnection> m_portal;
};

void TestColorScheme::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus: run under dbus-run-session");
    m_portal = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"portal"_s));
    QVERIFY(m_portal->isConnected());
    QVERIFY(m_portal->registerService(u"org.freedesktop.portal.Desktop"_s));
    DesktopStyle::install(); // as main() does: offscreen, so light
    QVERIFY(!DesktopStyle::isDark(QApplication::palette()));
}

void TestColorScheme::cleanup()
{
    qunsetenv("OTADASH_COLOR_SCHEME");
    DesktopStyle::applyScheme(false);
}

void TestColorScheme::portalSays(const QString &group, const QString &key, const QVariant &value)
{
    QDBusMessage signal = QDBusMessage::createSignal(
            u"/org/freedesktop/portal/desktop"_s, u"org.freedesktop.portal.Settings"_s, u"SettingChanged"_s);
    signal << group << key << QVariant::fromValue(QDBusVariant(value));
    QVERIFY(m_portal->send(signal));
}

void TestColorScheme::followsThePortalWhileRunning()
{
    ColorSchemeWatcher watcher;
    QVERIFY(watcher.listensToPortal());
    connect(&watcher, &ColorSchemeWatcher::changed, &DesktopStyle::applyScheme);
    QSignalSpy said(&watcher, &ColorSchemeWatcher::desktopSaid);
    QLabel problem(u"The batch could not be read."_s);
    DesktopStyle::setProblemStyleSheet(&problem);
    QLabel old(u"Counted at 10:00:00 · older than the refresh interval of 30 s"_s); // a warning: %2
    DesktopStyle::setProblemStyleSheet(&old, u"color: %2;"_s);
    ErrorPanel panel;
    CountsChart counts; // the donut's empty ring and borders are drawn in the window's colours
    counts.show();
    QWidget page; // and one on a tab not shown
    auto *hiddenCounts = new CountsChart(&page);
    hiddenCounts->hide();
    page.show();
    const auto ringOf = [](CountsChart *chart) {
        const auto *pie
                = qobject_cast<QPieSeries *>(chart->findChild<QChartView *>()->chart()->series().first());
        return pie->slices().constLast()->color();
    };
    const auto emptyRing = [&] {
        return ringOf(&counts);
    };
    QCOMPARE(emptyRing(), QApplication::palette().color(QPalette::Midlight));
    const QString lightProblem = DesktopStyle::problemColor(QApplication::palette()).name();
    QVERIFY(problem.styleSheet().contains(lightProblem));
    const QString lightWarning = DesktopStyle::warningColor(QApplication::palette()).name();
    QCOMPARE(old.styleSheet(), u"color: %1;"_s.arg(lightWarning));

    // Another setting, and another group's color-scheme key, change nothing.
    portalSays(u"org.freedesktop.appearance"_s, u"accent-color"_s, 1u);
    portalSays(u"org.kde.kdeglobals.General"_s, u"color-scheme"_s, u"BreezeDark"_s);
    // The user switches to dark.
    portalSays(u"org.freedesktop.appearance"_s, u"color-scheme"_s, 1u);
    QTRY_COMPARE(said.size(), 1);
    QCOMPARE(said.at(0).at(0).toBool(), true);
    QVERIFY(DesktopStyle::isDark(QApplication::palette()));
    // On a style that draws with the palette.
    const auto *style = qobject_cast<DesktopStyle *>(QApplication::style());
    QVERIFY(style);
    QCOMPARE(style->baseStyle()->name().toLower(), u"fusion"_s);
    const QString darkProblem = DesktopStyle::problemColor(QApplication::palette()).name();
    QVERIFY(darkProblem != lightProblem);
    QVERIFY2(problem.styleSheet().contains(darkProblem), qPrintable(problem.styleSheet()));
    QVERIFY2(panel.styleSheet().contains(darkProblem), qPrintable(panel.styleSheet()));
    const QString darkWarning = DesktopStyle::warningColor(QApplication::palette()).name();
    QVERIFY(darkWarning != lightWarning);
    QCOMPARE(old.styleSheet(), u"color: %1;"_s.arg(darkWarning));
    QTRY_COMPARE(emptyRing(), DesktopStyle::darkPalette().color(QPalette::Midlight));
    hiddenCounts->show();
    QTRY_COMPARE(ringOf(hiddenCounts), DesktopStyle::darkPalette().color(QPalette::Midlight));
    // A problem style sheet cleared stays cleared when the scheme changes.
    QLabel fine;
    DesktopStyle::setProblemStyleSheet(&fine);
    DesktopStyle::setProblemStyleSheet(&fine, QString());

    // Back to light ("no preference" is light too); older GNOME portals say it with a string.
    portalSays(u"org.freedesktop.appearance"_s, u"color-scheme"_s, 0u);
    QTRY_COMPARE(said.size(), 2);
    QVERIFY(!DesktopStyle::isDark(QApplication::palette()));
    QVERIFY(problem.styleSheet().contains(lightProblem));
    QCOMPARE(old.styleSheet(), u"color: %1;"_s.arg(lightWarning));
    QVERIFY(fine.styleSheet().isEmpty());
    portalSays(u"org.gnome.desktop.interface"_s, u"color-scheme"_s, u"prefer-dark"_s);
    QTRY_COMPARE(said.size(), 3);
    QVERIFY(DesktopStyle::isDark(QApplication::palette()));
    portalSays(u"org.freedesktop.appearance"_s, u"color-scheme"_s, 2u);
    QTRY_COMPARE(said.size(), 4);
    QVERIFY(!DesktopStyle::isDark(QApplication::palette()));
    // Everything sent has arrived (a call answered after it), and the other settings said nothing.
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(
            u"org.freedesktop.portal.Desktop"_s));
    QCoreApplication::processEvents();
    QCOMPARE(said.size(), 4);
}

void TestColorScheme::theEnvironmentWinsOverThePortal()
{
    qputenv("OTADASH_COLOR_SCHEME", "light");
    ColorSchemeWatcher watcher;
    QSignalSpy said(&watcher, &ColorSchemeWatcher::desktopSaid);
    QSignalSpy changed(&watcher, &ColorSchemeWatcher::changed);
    portalSays(u"org.freedesktop.appearance"_s, u"color-scheme"_s, 1u);
    QTRY_COMPARE(said.size(), 1); // heard,
    QCOMPARE(changed.size(), 0); // not followed
}

void TestColorScheme::aThemeChangeAsksTheDesktopAgain()
{
    ColorSchemeWatcher watcher;
    connect(&watcher, &ColorSchemeWatcher::changed, &DesktopStyle::applyScheme);
    QSignalSpy said(&watcher, &ColorSchemeWatcher::desktopSaid);
    QWidget first;
    QWidget second;
    first.show();
    second.show();
    qputenv("OTADASH_COLOR_SCHEME", "dark"); // what the desktop now says (desktopPrefersDark asks it first)
    // Qt sends it to every window: one question.
    QEvent change(QEvent::ThemeChange);
    QApplication::sendEvent(&first, &change);
    QApplication::sendEvent(&second, &change);
    QTRY_COMPARE(said.size(), 1);
    QVERIFY(DesktopStyle::isDark(QApplication::palette()));
    QCoreApplication::processEvents(); // a second question would be due now
    QCOMPARE(said.size(), 1);
    qputenv("OTADASH_COLOR_SCHEME", "light");
    QApplication::sendEvent(&first, &change);
    QTRY_COMPARE(said.size(), 2);
    QVERIFY(!DesktopStyle::isDark(QApplication::palette()));
}

namespace {
// How far the lightest or darkest pixel of area stands from the window colour (0–255 in grey).
int contrastWithWindow(const QImage &image, const QRect &area)
{
    const int window = qGray(QApplication::palette().color(QPalette::Window).rgb());
    int most = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            most = std::max(most, std::abs(qGray(image.pixel(x, y)) - window));
    }
    return most;
}
} // namespace

// Fusion draws a check box's edge darker than the window: on the dark palette an unchecked box, in a dialog
// or a menu ("Allow Write Actions in the Demo"), must still stand out from the window around it.
void TestColorScheme::uncheckedBoxesStayVisibleOnTheDarkPalette()
{
    DesktopStyle::applyScheme(true);
    QVERIFY(DesktopStyle::isDark(QApplication::palette()));
    QCheckBox check(u"Show times in UTC"_s);
    QRadioButton radio(u"No proxy"_s);
    for (QAbstractButton *button :
         {static_cast<QAbstractButton *>(&check), static_cast<QAbstractButton *>(&radio)}) {
        button->resize(button->sizeHint());
        QStyleOptionButton option;
        option.initFrom(button);
        const bool isCheck = button == &check;
        const QRect indicator = button->style()->subElementRect(
                isCheck ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator, &option, button);
        const int contrast = contrastWithWindow(button->grab().toImage(), indicator);
        QVERIFY2(contrast >= 80, qPrintable(u"%1: %2"_s.arg(button->text()).arg(contrast)));
    }
    QMenu menu;
    QAction *allow = menu.addAction(u"Allow Write Actions in the Demo"_s);
    allow->setCheckable(true);
    menu.resize(menu.sizeHint());
    const QRect item = menu.actionGeometry(allow);
    const QRect left(item.left(), item.top(), item.height(), item.height()); // where the box is drawn
    const int contrast = contrastWithWindow(menu.grab().toImage(), left);
    QVERIFY2(contrast >= 80, qPrintable(QString::number(contrast)));
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
