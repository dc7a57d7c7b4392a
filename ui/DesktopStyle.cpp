#include "DesktopStyle.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QStyleOption>
#include <QToolButton>

void DesktopStyle::install()
{
    if (!qobject_cast<DesktopStyle *>(QApplication::style()))
        QApplication::setStyle(new DesktopStyle);
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
}
