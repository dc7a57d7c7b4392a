#include "BatchTimelineView.h"

#include "util/TimeText.h"

#include "StatusBadgeDelegate.h"
#include "models/WatchListModel.h"
#include "util/Clock.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {
const QColor kOverlapColor(0xd5, 0x5e, 0x00);
constexpr qint64 kMinSpanSecs = 5 * 60;
constexpr qint64 kMaxSpanSecs = 400LL * 86400;
constexpr int kNearDays = 7; // what Home shows around now
} // namespace

BatchTimelineView::BatchTimelineView(WatchListModel *model, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_model(model), m_clock(clock ? clock : &Clock::system())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumHeight(120);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchTimelineView::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BatchTimelineView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BatchTimelineView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BatchTimelineView::rebuild);
    setAccessibleName(tr("Timeline of the watched batches"));
    rebuild();
    fitAll();
}

void BatchTimelineView::showAlso(const QString &what, const QList<BatchTimeline::Bar> &bars)
{
    m_alsoTitle = what;
    m_also = bars;
    rebuild();
    fitAll();
}

void BatchTimelineView::clearAlso()
{
    m_alsoTitle.clear();
    m_also.clear();
    rebuild();
}

void BatchTimelineView::rebuild()
{
    m_bars = BatchTimeline::fromWatchList(*m_model, m_clock->nowUtc());
    m_watchedCount = int(m_bars.size());
    for (const BatchTimeline::Bar &bar : std::as_const(m_also)) {
        const bool watched
                = std::any_of(m_bars.cbegin(), m_bars.cbegin() + m_watchedCount,
                              [&bar](const BatchTimeline::Bar &other) { return other.jobId == bar.jobId; });
        if (!watched)
            m_bars.append(bar);
    }
    BatchTimeline::markOverlaps(m_bars);
    if (m_current >= m_bars.size())
        m_current = int(m_bars.size()) - 1;
    if (m_fitted)
        fitAll();
    setAccessibleDescription(text());
    update();
}

QString BatchTimelineView::text() const
{
    QStringList lines;
    for (const BatchTimeline::Bar &bar : m_bars)
        lines.append(BatchTimeline::describe(bar, m_bars, m_clock->nowUtc()));
    return lines.join(u'\n');
}

void BatchTimelineView::fitAll()
{
    // The bars that start within a week of now, from the first start to the last end among them, now
    // included: a batch planned for next year, or one left running for years, would squeeze today's into a
    // line (they still cross the view).
    const QDateTime now = m_clock->nowUtc();
    const QDateTime from = now.addDays(-kNearDays);
    const QDateTime to = now.addDays(kNearDays);
    QDateTime first = now;
    QDateTime last = now;
    for (const BatchTimeline::Bar &bar : std::as_const(m_bars)) {
        if (bar.startUtc < from || bar.startUtc > to)
            continue;
        first = std::min(first, bar.startUtc);
        last = std::max(last, std::min(bar.endUtc, to));
    }
    const qint64 span = std::clamp(first.secsTo(last), kMinSpanSecs, kMaxSpanSecs);
    m_viewSpanSecs = span + span / 10; // a margin on both sides
    m_viewStartUtc = first.addSecs(-span / 20);
    m_fitted = true;
    update();
}

void BatchTimelineView::zoomIn()
{
    zoomAround(0.5, labelWidth() + (width() - labelWidth()) / 2);
}

void BatchTimelineView::zoomOut()
{
    zoomAround(2.0, labelWidth() + (width() - labelWidth()) / 2);
}

void BatchTimelineView::zoomAround(double factor, int x)
{
    const QDateTime anchor = timeAt(x);
    const double share = double(x - labelWidth()) / std::max(1, width() - labelWidth());
    m_viewSpanSecs = std::clamp(qint64(double(m_viewSpanSecs) * factor), kMinSpanSecs, kMaxSpanSecs);
    m_viewStartUtc = anchor.addSecs(-qint64(share * double(m_viewSpanSecs)));
    m_fitted = false;
    update();
}

void BatchTimelineView::scrollBySecs(qint64 secs)
{
    m_viewStartUtc = m_viewStartUtc.addSecs(secs);
    m_fitted = false;
    update();
}

int BatchTimelineView::rowHeight() const
{
    return fontMetrics().height() + 12;
}

int BatchTimelineView::labelWidth() const
{
    return std::min(width() / 3,
                    fontMetrics().horizontalAdvance(u"smart-plug-1.2.1-growing  overlaps"_s) + 16);
}

int BatchTimelineView::axisHeight() const
{
    return fontMetrics().height() + 10;
}

int BatchTimelineView::xOf(const QDateTime &utc) const
{
    const double share = double(m_viewStartUtc.msecsTo(utc)) / (double(m_viewSpanSecs) * 1000.0);
    return labelWidth() + int(share * (width() - labelWidth()));
}

QDateTime BatchTimelineView::timeAt(int x) const
{
    const double share = double(x - labelWidth()) / std::max(1, width() - labelWidth());
    return m_viewStartUtc.addMSecs(qint64(share * double(m_viewSpanSecs) * 1000.0));
}

int BatchTimelineView::rowAt(int y) const
{
    const int row = (y - axisHeight()) / rowHeight();
    return y >= axisHeight() && row < m_bars.size() ? row : -1;
}

QRect BatchTimelineView::barRect(int row) const
{
    const BatchTimeline::Bar &bar = m_bars[row];
    const int top = axisHeight() + row * rowHeight() + 4;
    const int left = std::max(labelWidth(), xOf(bar.startUtc));
    const int right = std::min(width(), std::max(xOf(bar.endUtc), xOf(bar.startUtc) + 3));
    return QRect(left, top, std::max(0, right - left), rowHeight() - 8);
}

void BatchTimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics metrics = fontMetrics();
    const QDateTime now = m_clock->nowUtc();

    // The axis: ticks at a step that leaves room for their labels.
    static constexpr std::array<qint64, 12> kSteps
            = {60, 300, 900, 1800, 3600, 3 * 3600, 21600, 43200, 86400, 172800, 7 * 86400, 30 * 86400};
    const int labelRoom = metrics.horizontalAdvance(TimeText::date(QDate(2026, 12, 31))) + 16;
    const int plotWidth = std::max(1, width() - labelWidth());
    qint64 step = kSteps.back();
    for (const qint64 candidate : kSteps) {
        if (double(candidate) / double(m_viewSpanSecs) * plotWidth >= labelRoom) {
            step = candidate;
            break;
        }
    }
    const qint64 startSecs = m_viewStartUtc.toSecsSinceEpoch();
    const qint64 offset
            = TimeText::shown(m_viewStartUtc).offsetFromUtc(); // ticks on local whole hours and days
    qint64 tick = (startSecs + offset) / step * step - offset;
    painter.setPen(palette().color(QPalette::Mid));
    for (; tick <= startSecs + m_viewSpanSecs; tick += step) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(tick, Qt::UTC);
        const int x = xOf(at);
        if (x < labelWidth())
            continue;
        painter.setPen(palette().color(QPalette::Midlight));
        painter.drawLine(x, axisHeight(), x, height());
        painter.setPen(palette().color(QPalette::Text));
        const QDateTime local = TimeText::shown(at);
        const QString label = step >= 86400 || local.time() == QTime(0, 0)
                ? TimeText::date(local.date())
                : QLocale::c().toString(local.time(), TimeText::minutesFormat());
        painter.drawText(QRect(x + 3, 0, labelRoom, axisHeight()), Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    if (!m_alsoTitle.isEmpty()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(6, 0, labelWidth() - 10, axisHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(tr("· %1 (Esc hides)").arg(m_alsoTitle), Qt::ElideRight,
                                            labelWidth() - 10));
    }
    for (int row = 0; row < m_bars.size(); ++row) {
        const BatchTimeline::Bar &bar = m_bars[row];
        const QRect rowRect(0, axisHeight() + row * rowHeight(), width(), rowHeight());
        if (row == m_watchedCount && !m_alsoTitle.isEmpty()) {
            // Where the batches shown on request begin: a line, their title in the axis row's place.
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(0, rowRect.top(), width(), rowRect.top());
        }
        if (row == m_current) {
            painter.fillRect(rowRect, palette().color(QPalette::Highlight).lighter(170));
            if (hasFocus()) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
                painter.drawRect(rowRect.adjusted(1, 0, -2, -1));
            }
        }
        // The name, and the overlap in words.
        painter.setPen(palette().color(QPalette::Text));
        QString label = row >= m_watchedCount ? u"\u00b7 "_s + bar.name : bar.name; // shown on request
        if (!bar.overlaps.isEmpty())
            label += u"  "_s + tr("overlaps");
        painter.drawText(rowRect.adjusted(6, 0, -(width() - labelWidth()) - 4, 0),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(label, Qt::ElideMiddle, labelWidth() - 10));
        const QRect box = barRect(row);
        if (box.width() <= 0)
            continue;
        const QColor color = StatusBadgeDelegate::badgeColor(bar.status);
        // The known part solid; an estimated or scheduled end lighter and dashed: not a fact yet.
        const bool known = bar.endKind == BatchTimeline::EndKind::Ended;
        const int nowX = std::clamp(xOf(now), box.left(), box.right() + 1);
        QRect solid = box;
        if (!known)
            solid.setRight(bar.startScheduled ? box.left() - 1 : nowX);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRect(solid);
        if (!known) {
            QRect rest = box;
            rest.setLeft(std::max(solid.right() + 1, box.left()));
            painter.setBrush(color.lighter(160));
            painter.setPen(QPen(color, 1, Qt::DashLine));
            painter.drawRect(rest.adjusted(0, 0, -1, -1));
        }
        if (!bar.overlaps.isEmpty()) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(kOverlapColor, 2));
            painter.drawRect(box.adjusted(-1, -1, 0, 0));
        }
    }
    // Now.
    const int nowX = xOf(now);
    if (nowX >= labelWidth() && nowX <= width()) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
        painter.drawLine(nowX, axisHeight() - 4, nowX, height());
    }
    if (m_bars.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, axisHeight(), -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Batches on the watch list are drawn here once they are read."));
    }
}

void BatchTimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressX = int(event->position().x());
    m_pressStartUtc = m_viewStartUtc;
    m_dragged = false;
    const int row = rowAt(int(event->position().y()));
    if (row >= 0) {
        m_current = row;
        update();
    }
}

void BatchTimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressX < 0)
        return;
    const int dx = int(event->position().x()) - m_pressX;
    if (std::abs(dx) > 3)
        m_dragged = true;
    if (m_dragged) {
        const double secsPerPixel = double(m_viewSpanSecs) / std::max(1, width() - labelWidth());
        m_viewStartUtc = m_pressStartUtc.addSecs(-qint64(dx * secsPerPixel));
        m_fitted = false;
        update();
    }
}

void BatchTimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = m_pressX >= 0 && !m_dragged && event->button() == Qt::LeftButton;
    m_pressX = -1;
    if (!click)
        return;
    const int row = rowAt(int(event->position().y()));
    if (row >= 0 && barRect(row).adjusted(-3, 0, 3, 0).contains(event->position().toPoint()))
        emit openBatch(m_bars[row].profile, m_bars[row].jobId);
}

void BatchTimelineView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (event->modifiers() & Qt::ControlModifier)
        zoomAround(steps > 0 ? 0.8 : 1.25, int(event->position().x()));
    else
        scrollBySecs(-qint64(steps) * m_viewSpanSecs / 10);
    event->accept();
}

void BatchTimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        scrollBySecs(-m_viewSpanSecs / 10);
        break;
    case Qt::Key_Right:
        scrollBySecs(m_viewSpanSecs / 10);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Escape:
        if (m_also.isEmpty()) {
            QWidget::keyPressEvent(event);
            return;
        }
        clearAlso();
        break;
    case Qt::Key_Up:
        if (!m_bars.isEmpty()) {
            m_current = std::max(0, m_current - 1);
            update();
        }
        break;
    case Qt::Key_Down:
        if (!m_bars.isEmpty()) {
            m_current = std::min(int(m_bars.size()) - 1, m_current + 1);
            update();
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0 && m_current < m_bars.size())
            emit openBatch(m_bars[m_current].profile, m_bars[m_current].jobId);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool BatchTimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0)
            QToolTip::showText(help->globalPos(),
                               BatchTimeline::describe(m_bars[row], m_bars, m_clock->nowUtc()), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void BatchTimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Timeline of the watched batches"));
        rebuild();
    }
    QWidget::changeEvent(event);
}

QSize BatchTimelineView::sizeHint() const
{
    return QSize(640, axisHeight() + rowHeight() * std::max<int>(4, int(m_bars.size())) + 4);
}
