#include "StatusBadgeDelegate.h"

#include "DesktopStyle.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPadX = 8; // inside the pill, left and right of the text
constexpr int kPadY = 2;
constexpr int kMargin = 4; // between the cell's edge and the pill
constexpr int kDot = 8; // the "changed" dot's diameter
constexpr int kSlack = 2; // rounding of text widths: a text measured to fit must not be elided
const QColor kErrorColor(0xc6, 0x28, 0x28); // the alert icon's disc

// A cell's text that reports a problem, in the palette's problem colour (lighter on the selection's
// highlight).
void setProblemText(QPalette *palette)
{
    const QColor problem = DesktopStyle::problemColor(*palette);
    palette->setColor(QPalette::Text, problem);
    palette->setColor(QPalette::HighlightedText, problem.lighter(170));
}
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int badgeColumn, int statusRole, QObject *parent)
    : QStyledItemDelegate(parent), m_badgeColumn(badgeColumn), m_statusRole(statusRole)
{ }

// The Okabe–Ito hues BatchProgressView uses, so a status reads the same everywhere.
QColor StatusBadgeDelegate::badgeColor(const QString &jobStatus)
{
    if (jobStatus.isEmpty())
        return QColor();
    if (jobStatus == u"IN_PROGRESS")
        return QColor(0x00, 0x72, 0xb2);
    if (jobStatus == u"COMPLETED")
        return QColor(0x00, 0x9e, 0x73);
    if (jobStatus == u"CANCELED")
        return QColor(0x80, 0x80, 0x80);
    if (jobStatus == u"PLANNED")
        return QColor(0xe6, 0x9f, 0x00);
    return QColor(0x4d, 0x4d, 0x4d); // a status the documents do not list
}

QIcon StatusBadgeDelegate::alertIcon()
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kErrorColor);
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        painter.setBrush(Qt::white);
        const qreal unit = size / 16.0;
        painter.drawRoundedRect(QRectF(7 * unit, 3 * unit, 2 * unit, 7 * unit), unit, unit);
        painter.drawEllipse(QRectF(7 * unit, 11 * unit, 2 * unit, 2 * unit));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

bool StatusBadgeDelegate::isChanged(const QModelIndex &index) const
{
    return m_changedRole >= 0 && index.data(m_changedRole).toBool();
}

bool StatusBadgeDelegate::drawsBadge(const QModelIndex &index) const
{
    if (index.column() != m_badgeColumn)
        return false;
    const QVariant status = index.data(m_statusRole); // other rows may hold other kinds of status (an int)
    return status.typeId() == QMetaType::QString && !status.toString().isEmpty();
}

void StatusBadgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (isChanged(index))
        option->font.setBold(true);
    if (const auto mode = m_elideModes.constFind(index.column()); mode != m_elideModes.cend())
        option->textElideMode = *mode;
    if (m_staleRole >= 0 && index.column() == m_staleColumn && index.data(m_staleRole).toBool())
        option->palette.setColor(QPalette::Text, DesktopStyle::warningColor(option->palette));
    if (m_errorRole >= 0 && index.column() == m_errorColumn && index.data(m_errorRole).isValid())
        setProblemText(&option->palette);
    if (m_alertRole >= 0 && index.column() == m_alertColumn && index.data(m_alertRole).toBool()) {
        if (m_alertIcon.isNull())
            m_alertIcon = alertIcon();
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_alertIcon;
        setProblemText(&option->palette);
    }
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (!drawsBadge(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The cell's background and selection as usual, without its text.
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor fill = badgeColor(index.data(m_statusRole).toString());
    const QFontMetrics metrics(opt.font);
    QRect area = opt.rect.adjusted(kMargin, 0, -kMargin, 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (isChanged(index)) {
        const QRect dot(area.left(), area.center().y() - kDot / 2, kDot, kDot);
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                             : QColor(0xd5, 0x5e, 0x00));
        painter->drawEllipse(dot);
        area.setLeft(dot.right() + kMargin);
    }
    const int height = std::min(area.height() - 2, metrics.height() + 2 * kPadY);
    const int width = std::min(area.width(), metrics.horizontalAdvance(text) + 2 * kPadX + kSlack);
    const QRect pill(area.left(), area.center().y() - height / 2 + 1, width, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    // Dark text on the light amber, white on the others.
    const int luma = (299 * fill.red() + 587 * fill.green() + 114 * fill.blue()) / 1000;
    painter->setPen(luma > 150 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    painter->setFont(opt.font);
    painter->drawText(pill.adjusted(kPadX, 0, -kPadX, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, pill.width() - 2 * kPadX));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    // Every row as high as one with a pill: views with uniform row heights ask the first row only.
    size.setHeight(std::max(size.height(), metrics.height() + 2 * kPadY + 4));
    if (!drawsBadge(index))
        return size;
    int width = metrics.horizontalAdvance(opt.text) + 2 * kPadX + kSlack + 2 * kMargin;
    if (isChanged(index))
        width += kDot + kMargin;
    size.setWidth(std::max(size.width(), width));
    return size;
}
