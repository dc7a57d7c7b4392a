#include "DesktopStyle.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOption>
#include <QToolButton>

using namespace Qt::StringLiterals;

void DesktopStyle::install()
{
    if (qobject_cast<DesktopStyle *>(QApplication::style()))
        return;
    const bool dark = !isDark(QApplication::palette()) && QGuiApplication::platformName() != u"offscreen"_s
            && desktopPrefersDark();
    // A dark palette needs a style that draws with the palette (Fusion); the platform's may not.
    QApplication::setStyle(dark ? new DesktopStyle(QStyleFactory::create(u"Fusion"_s)) : new DesktopStyle);
    if (dark)
        QApplication::setPalette(darkPalette());
}

std::optional<bool> DesktopStyle::schemeChosenForRun()
{
    const QByteArray asked = qgetenv("OTADASH_COLOR_SCHEME").toLower();
    if (asked == "dark" || asked == "light")
        return asked == "dark";
    return std::nullopt;
}

bool DesktopStyle::desktopPrefersDark()
{
    if (const std::optional<bool> chosen = schemeChosenForRun())
        return *chosen;
#if defined(Q_OS_WIN)
    const QSettings personalize(
            u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"_s,
            QSettings::NativeFormat);
    return personalize.value(u"AppsUseLightTheme"_s, 1).toInt() == 0;
#elif defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qgetenv("GTK_THEME").toLower().endsWith(":dark"))
        return true;
    const QString gsettings = QStandardPaths::findExecutable(u"gsettings"_s);
    if (gsettings.isEmpty())
        return false;
    QProcess process;
    process.start(gsettings, {u"get"_s, u"org.gnome.desktop.interface"_s, u"color-scheme"_s});
    if (!process.waitForFinished(1000)) {
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    return process.readAllStandardOutput().contains("prefer-dark");
#else
    return false; // macOS: Qt follows the system's appearance itself
#endif
}

bool DesktopStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QPalette DesktopStyle::darkPalette()
{
    QPalette p;
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QColor DesktopStyle::problemColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor DesktopStyle::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x5a) : QColor(0x9a, 0x5b, 0x00);
}

void DesktopStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        view->setTabKeyNavigation(false);
    // A line edit's clear button has an icon and no text: a screen reader says what it does.
    if (auto *button = qobject_cast<QToolButton *>(widget);
        button && qobject_cast<QLineEdit *>(widget->parentWidget()) && button->text().isEmpty()) {
        const QAction *action = button->defaultAction();
        if (action && action->objectName() == QLatin1String("_q_qlineeditclearaction"))
            button->setAccessibleName(tr("Clear the field"));
    }
}

void DesktopStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        // Instead of a faint dotted line: a frame in the highlight colour, inside the item's rectangle.
        painter->save();
        QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), 2);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if ((element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) && isDark(option->palette)) {
        // Fusion draws a box's edge darker than the window: on a dark palette an unchecked box (in a dialog
        // or a menu) all but disappears. An edge in the text's colour, fainter when disabled.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor edge = option->palette.color(QPalette::Text);
        edge.setAlpha(option->state & State_Enabled ? 170 : 80);
        painter->setPen(QPen(edge, 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 1.5, 1.5);
        painter->restore();
    }
}

namespace {
// The style sheet a widget was given by setProblemStyleSheet, with "%1" where the problem colour goes and
// "%2" where the warning colour does.
constexpr char kProblemSheet[] = "otadashProblemSheet";

void giveProblemSheet(QWidget *widget, const QString &sheet)
{
    const QPalette palette = QApplication::palette();
    QString given = sheet;
    given.replace(u"%1"_s, DesktopStyle::problemColor(palette).name())
            .replace(u"%2"_s, DesktopStyle::warningColor(palette).name());
    widget->setStyleSheet(given);
}
} // namespace

void DesktopStyle::setProblemStyleSheet(QWidget *widget, const QString &sheet)
{
    widget->setProperty(kProblemSheet, sheet.isEmpty() ? QVariant() : QVariant(sheet));
    giveProblemSheet(widget, sheet);
}

void DesktopStyle::applyScheme(bool dark)
{
    if (dark == isDark(QApplication::palette()))
        return;
    if (dark) {
        // A dark palette needs a style that draws with the palette (Fusion); the platform's may not.
        const auto *current = qobject_cast<DesktopStyle *>(QApplication::style());
        if (!current || current->baseStyle()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(new DesktopStyle(QStyleFactory::create(u"Fusion"_s)));
        QApplication::setPalette(darkPalette());
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    for (QWidget *widget : QApplication::allWidgets()) {
        const QVariant sheet = widget->property(kProblemSheet);
        if (sheet.isValid())
            giveProblemSheet(widget, sheet.toString());
    }
}
