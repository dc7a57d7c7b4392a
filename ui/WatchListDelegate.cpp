#include "WatchListDelegate.h"

#include "CountsChart.h"
#include "models/WatchListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPointF>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPad = 4;
const QColor kAlertTint(0xfd, 0xe3, 0xdc); // vermilion, light
const QColor kWarnTint(0xfd, 0xf0, 0xd0); // amber, light
const QColor kAlertEdge(0xd5, 0x5e, 0x00);
const QColor kWarnEdge(0xe6, 0x9f, 0x00);

QColor textColor(const QStyleOptionViewItem &opt)
{
    const QPalette::ColorGroup group
            = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    return opt.palette.color(group,
                             opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}
} // namespace

WatchListDelegate::WatchListDelegate(QObject *parent)
    : StatusBadgeDelegate(WatchListModel::Status, WatchListModel::StatusRole, parent)
{ }

QColor WatchListDelegate::markTint(int marks)
{
    if (marks & WatchListModel::AlertMark)
        return kAlertTint;
    if (marks & (WatchListModel::StalledMark | WatchListModel::LateMark))
        return kWarnTint;
    return QColor();
}

void WatchListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    paintBackground(painter, opt, index);
    if (index.column() == WatchListModel::Progress
        && index.data(WatchListModel::SucceededShareRole).isValid())
        paintShares(painter, opt, index);
    else if (index.column() == WatchListModel::Trend
             && index.data(WatchListModel::TrendRole).toList().size() >= 2)
        paintTrend(painter, opt, index);
    else
        StatusBadgeDelegate::paint(painter, opt, index);
}

void WatchListDelegate::paintBackground(QPainter *painter, QStyleOptionViewItem &opt,
                                        const QModelIndex &index) const
{
    const int marks = index.data(WatchListModel::MarksRole).toInt();
    const QColor tint = markTint(marks);
    if (!tint.isValid() || opt.state & QStyle::State_Selected)
        return;
    painter->fillRect(opt.rect, tint);
    if (index.column() == 0) {
        // A bar at the row's left edge: the mark is seen even where the tint is hard to tell apart.
        const QColor edge = marks & WatchListModel::AlertMark ? kAlertEdge : kWarnEdge;
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 3, opt.rect.height()), edge);
    }
    // The item draws no background of its own over the tint (alternating rows would hide it).
    opt.features &= ~QStyleOptionViewItem::Alternate;
    opt.backgroundBrush = Qt::NoBrush;
}

void WatchListDelegate::paintShares(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    const QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);

    const double succeeded = std::clamp(index.data(WatchListModel::SucceededShareRole).toDouble(), 0.0, 1.0);
    const double failed
            = std::clamp(index.data(WatchListModel::FailedShareRole).toDouble(), 0.0, 1.0 - succeeded);
    const QRect area = cell.rect.adjusted(kPad, 0, -kPad, 0);
    const int textWidth = cell.fontMetrics.horizontalAdvance(u"100.0 %"_s) + 6;
    const int barHeight = std::min(area.height() - 4, std::max(6, cell.fontMetrics.height() / 2));
    const QRect bar(area.left(), area.top() + (area.height() - barHeight) / 2,
                    std::max(0, area.width() - textWidth), barHeight);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(cell.palette.color(QPalette::Mid).lighter(130));
    painter->drawRect(bar);
    const int succeededWidth = int(bar.width() * succeeded + 0.5);
    const int failedWidth = int(bar.width() * failed + 0.5);
    painter->setBrush(CountsChart::statusColor(TaskStatus::Succeeded));
    painter->drawRect(QRect(bar.left(), bar.top(), succeededWidth, bar.height()));
    painter->setBrush(CountsChart::statusColor(TaskStatus::Failed));
    painter->drawRect(QRect(bar.left() + succeededWidth, bar.top(), failedWidth, bar.height()));
    painter->setPen(textColor(cell));
    painter->drawText(QRect(area.right() - textWidth + 1, area.top(), textWidth, area.height()),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

void WatchListDelegate::paintTrend(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    const QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);

    const QVariantList points = index.data(WatchListModel::TrendRole).toList();
    const QRect area = cell.rect.adjusted(kPad, 3, -kPad, -3);
    const int textWidth = cell.fontMetrics.horizontalAdvance(text) + 6;
    const QRect line(area.left(), area.top(), std::max(0, area.width() - textWidth), area.height());
    // The row's rounds across the cell, from its lowest share complete at the bottom to its highest at the
    // top: the shape of this rollout (the pace beside it compares rows).
    double first = 0, last = 0, low = 1, high = 0;
    for (const QVariant &point : points) {
        const QPointF p = point.toPointF();
        first = std::min(first, p.x());
        last = std::max(last, p.x());
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    const double spanX = std::max(1.0, last - first);
    const double spanY = high - low;
    QPainterPath path;
    for (int i = 0; i < points.size(); ++i) {
        const QPointF p = points[i].toPointF();
        const double y = spanY > 0 ? (p.y() - low) / spanY : 0.5; // flat: across the middle
        const QPointF at(line.left() + (p.x() - first) / spanX * line.width(),
                         line.bottom() - y * line.height());
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(cell.state & QStyle::State_Selected
                                 ? textColor(cell)
                                 : CountsChart::statusColor(TaskStatus::InProgress),
                         1.5));
    painter->drawPath(path);
    painter->setPen(textColor(cell));
    painter->drawText(QRect(area.right() - textWidth + 1, cell.rect.top(), textWidth, cell.rect.height()),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}
