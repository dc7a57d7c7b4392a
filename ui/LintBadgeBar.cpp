#include "LintBadgeBar.h"

#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Lays its items out left to right and wraps onto a new line when the next one does not fit (after Qt's
// Flow Layout example), so many pills never widen the form beside them.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent) : QLayout(parent) { }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins margins = contentsMargins();
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    }

private:
    int arrange(const QRect &rect, bool apply) const
    {
        const QMargins margins = contentsMargins();
        const QRect area = rect.marginsRemoved(margins);
        const int gap = std::max(spacing(), 4);
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
                x = area.x();
                y += lineHeight + gap;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(
                        QRect(QPoint(x, y), QSize(std::min(hint.width(), area.width()), hint.height())));
            x += hint.width() + gap;
            lineHeight = std::max(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + margins.bottom();
    }

    QList<QLayoutItem *> m_items;
};

QColor textColorOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

LintBadgeBar::LintBadgeBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(6);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    hide();
}

LintBadgeBar::~LintBadgeBar() = default;

// The error red of the window for critical findings; orange and blue from the Okabe–Ito palette of the
// Devices tab.
QColor LintBadgeBar::severityColor(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case LintSeverity::Warning:
        return QColor(0xe6, 0x9f, 0x00);
    case LintSeverity::Info:
        return QColor(0x00, 0x72, 0xb2);
    }
    return QColor();
}

QString LintBadgeBar::severitySymbol(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Critical:
        return u"\u2716"_s; // heavy multiplication x
    case LintSeverity::Warning:
        return u"\u26a0"_s; // warning sign
    case LintSeverity::Info:
        return u"\u2139"_s; // information source
    }
    return QString();
}

void LintBadgeBar::setFindings(const QList<LintFinding> &findings)
{
    if (m_popup)
        m_popup->close();
    qDeleteAll(m_pills);
    m_pills.clear();
    m_findings = findings;
    for (int i = 0; i < m_findings.size(); ++i) {
        const LintFinding &finding = m_findings.at(i);
        auto *pill = new QToolButton(this);
        pill->setObjectName(u"lintBadge_"_s + finding.ruleId);
        pill->setText(severitySymbol(finding.severity) + u' ' + finding.title);
        pill->setCursor(Qt::PointingHandCursor);
        // Rich text, so that the tooltip wraps instead of running across the screen.
        pill->setToolTip(u"<p><b>%1</b></p><p>%2</p>"_s.arg(finding.title.toHtmlEscaped(),
                                                            finding.explanation.toHtmlEscaped()));
        pill->setAccessibleName(BatchLint::severityName(finding.severity) + u": "_s + finding.title);
        pill->setAccessibleDescription(finding.explanation);
        const QColor background = severityColor(finding.severity);
        pill->setStyleSheet(
                u"QToolButton { background: %1; color: %2; border: 1px solid %3; border-radius: 9px;"
                " padding: 2px 10px; } QToolButton:hover, QToolButton:focus { border-color: %2; }"_s.arg(
                        background.name(), textColorOn(background).name(), background.darker(130).name()));
        connect(pill, &QToolButton::clicked, this, [this, i] { showPopup(i); });
        layout()->addWidget(pill);
        m_pills.append(pill);
    }
    setVisible(!m_findings.isEmpty());
    updateGeometry();
}

void LintBadgeBar::showPopup(int index)
{
    if (index < 0 || index >= m_findings.size())
        return;
    const LintFinding finding = m_findings.at(index);
    if (m_popup)
        m_popup->close();
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setObjectName(u"lintPopup"_s);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto *label = new QLabel(popup);
    label->setObjectName(u"lintPopupText"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QStringList fields;
    for (const JobField field : finding.fields)
        fields.append(jobFieldLabel(field));
    QString html = u"<p><b>%1 %2: %3</b></p><p>%4</p>"_s.arg(
            severitySymbol(finding.severity), BatchLint::severityName(finding.severity).toHtmlEscaped(),
            finding.title.toHtmlEscaped(), finding.explanation.toHtmlEscaped());
    if (!fields.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(tr("Fields: %1", "the batch fields a finding concerns")
                                                  .arg(fields.join(u", "_s))
                                                  .toHtmlEscaped());
    label->setText(html);
    label->setFixedWidth(std::max(360, fontMetrics().averageCharWidth() * 60));
    auto *layout = new QVBoxLayout(popup);
    layout->addWidget(label);
    QAbstractButton *pill = m_pills.at(index);
    popup->move(pill->mapToGlobal(QPoint(0, pill->height() + 2)));
    m_popup = popup;
    popup->show();
    emit findingActivated(finding);
}
