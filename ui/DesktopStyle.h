#pragma once

#include <QProxyStyle>

// The application's style over the platform's: the keyboard focus is clearly visible (a two-pixel frame in
// the highlight colour around the focused field, list or current cell), and Tab leaves lists and tables
// instead of walking their cells (the arrows do that), so no table keeps the focus. A field's clear button is
// named for a screen reader.
class DesktopStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    // Sets it on the application once (the platform's style under it).
    static void install();

    void polish(QWidget *widget) override;
    using QProxyStyle::polish;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
