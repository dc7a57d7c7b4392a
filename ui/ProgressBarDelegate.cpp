#include "ProgressBarDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

using namespace Qt::StringLiterals;

ProgressBarDelegate::ProgressBarDelegate(int valueRole, QObject *parent)
    : QStyledItemDelegate(parent), m_valueRole(valueRole)
{ }

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant value = index.data(m_valueRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection first, without its text: that goes beside the bar.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    // A slim bar with the text beside it rather than on it: readable whatever the style paints the bar with.
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect area = option.rect.adjusted(4, 0, -4, 0);
    const int textWidth = option.fontMetrics.horizontalAdvance(u"100 %"_s) + 6;
    const int barHeight = qMin(area.height() - 4, qMax(6, option.fontMetrics.height() / 2));
    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.rect = QRect(area.left(), area.top() + (area.height() - barHeight) / 2,
                     qMax(0, area.width() - textWidth), barHeight);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = qBound(0, value.toInt(), 100);
    bar.textVisible = false;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    const QRect textRect(area.right() - textWidth + 1, area.top(), textWidth, area.height());
    const QPalette::ColorGroup group
            = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setPen(option.palette.color(
            group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}
