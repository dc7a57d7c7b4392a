#pragma once

#include <QProxyStyle>

#include <optional>

// The application's style over the platform's: the keyboard focus is clearly visible (a two-pixel frame in
// the highlight colour around the focused field, list or current cell), and Tab leaves lists and tables
// instead of walking their cells (the arrows do that), so no table keeps the focus. A field's clear button is
// named for a screen reader.
class DesktopStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    // Sets it on the application once (the platform's style under it), with a dark palette when the desktop
    // prefers a dark colour scheme and Qt's platform integration does not apply one itself.
    static void install();
    // Whether the desktop asks for dark colours: OTADASH_COLOR_SCHEME=dark|light first, then GNOME's
    // color-scheme setting (or GTK_THEME's ":dark") on Linux, the apps' light theme setting on Windows.
    static bool desktopPrefersDark();
    // The scheme OTADASH_COLOR_SCHEME chooses for this run (true dark, false light), if it does.
    static std::optional<bool> schemeChosenForRun();
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    // Text that reports a problem, readable on the palette's window colour.
    static QColor problemColor(const QPalette &palette);
    // Text that warns (what is shown is getting old, a caution), readable on the palette's window colour.
    static QColor warningColor(const QPalette &palette);
    // Gives widget the style sheet sheet with "%1" as the application palette's problem colour and "%2" as
    // its warning colour ("color: %1;" by default; an empty sheet clears it), and gives it again when the
    // colour scheme changes.
    static void setProblemStyleSheet(QWidget *widget, const QString &sheet = QStringLiteral("color: %1;"));
    // Changes the colours of the running application: the dark palette (on Fusion, which draws with it), or
    // the style's light one; the problem style sheets follow. Nothing happens when they are already so.
    static void applyScheme(bool dark);

    void polish(QWidget *widget) override;
    using QProxyStyle::polish;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
