#include "HistoryNoticeBar.h"

#include "util/TimeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString localTime(const QDateTime &utc)
{
    return TimeText::dateTime(utc);
}
} // namespace

HistoryNoticeBar::HistoryNoticeBar(QWidget *parent)
    : QWidget(parent), m_staleBadge(new QLabel(this)), m_changesNote(new QLabel(this))
{
    m_staleBadge->setObjectName(u"staleBadge"_s);
    m_changesNote->setObjectName(u"changesNote"_s);
    // The badge is a pill that stands out; the note has the ground of the changed fields it is about.
    m_staleBadge->setStyleSheet(u"#staleBadge { background: #e69f00; color: #000000; border-radius: 9px;"
                                " padding: 2px 10px; font-weight: bold; }"_s);
    m_changesNote->setStyleSheet(
            u"#changesNote { background: rgba(230, 159, 0, 70); border-radius: 3px; padding: 2px 8px; }"_s);
    m_changesNote->setWordWrap(true);
    m_staleBadge->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changesNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_staleBadge);
    layout->addWidget(m_changesNote, 1);
    layout->addStretch();
    updateTexts();
}

void HistoryNoticeBar::setStale(const QDateTime &fetchedAtUtc)
{
    m_staleSinceUtc = fetchedAtUtc;
    updateTexts();
}

void HistoryNoticeBar::clearStale()
{
    m_staleSinceUtc = QDateTime();
    updateTexts();
}

void HistoryNoticeBar::setChanges(int changedFields, const QDateTime &lookedAtUtc)
{
    m_changedFields = changedFields;
    m_lookedAtUtc = lookedAtUtc;
    updateTexts();
}

void HistoryNoticeBar::updateTexts()
{
    m_staleBadge->setVisible(isStale());
    if (isStale()) {
        m_staleBadge->setText(tr("Stale since %1").arg(localTime(m_staleSinceUtc)));
        m_staleBadge->setToolTip(tr("The batch could not be fetched. The form shows its last state in the "
                                    "local history, fetched at %1; the next successful query replaces it.")
                                         .arg(localTime(m_staleSinceUtc)));
    }
    const bool changes = m_changedFields > 0;
    m_changesNote->setVisible(changes);
    if (changes) {
        const QString at = m_lookedAtUtc.isValid() ? localTime(m_lookedAtUtc) : QString();
        m_changesNote->setText(tr("%n field(s) changed since you last looked at %1. Hover a highlighted "
                                  "field to see what it was.",
                                  "", m_changedFields)
                                       .arg(at));
    }
    setVisible(isStale() || changes);
}

void HistoryNoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}
