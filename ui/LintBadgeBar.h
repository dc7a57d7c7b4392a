#pragma once

#include "lint/BatchLint.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QFrame;
class QLabel;

// A row of severity-coloured pills, one per lint finding ("⚠ Gray rollout without retries"), wrapping onto
// more lines when narrow. Hovering a pill shows its explanation; clicking it opens a popup with the
// explanation and the fields it concerns. Hidden while there are no findings.
class LintBadgeBar : public QWidget
{
    Q_OBJECT
public:
    explicit LintBadgeBar(QWidget *parent = nullptr);
    ~LintBadgeBar() override;

    // Replaces the pills; texts are taken as they are (BatchLint::check() translated them).
    void setFindings(const QList<LintFinding> &findings);
    const QList<LintFinding> &findings() const { return m_findings; }

    // In findings() order; object names "lintBadge_<ruleId>".
    QList<QAbstractButton *> pills() const { return m_pills; }
    // The explanation popup while it is open, else nullptr.
    QFrame *popup() const { return m_popup; }

    static QColor severityColor(LintSeverity severity);
    static QString severitySymbol(LintSeverity severity);

signals:
    // The user clicked a pill (the popup is open by then).
    void findingActivated(const LintFinding &finding);

private:
    void showPopup(int index);

    QList<LintFinding> m_findings;
    QList<QAbstractButton *> m_pills;
    QPointer<QFrame> m_popup;
};
