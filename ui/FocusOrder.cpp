#include "FocusOrder.h"

#include <QWidget>

void FocusOrder::arrange(QWidget *window, const QList<QWidget *> &regions)
{
    QList<QList<QWidget *>> byRegion(regions.size() + 1);
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->window() != window)
            continue;
        qsizetype region = regions.size();
        for (qsizetype i = 0; i < regions.size(); ++i) {
            if (regions.at(i) && (regions.at(i) == w || regions.at(i)->isAncestorOf(w))) {
                region = i;
                break;
            }
        }
        byRegion[region].append(w);
    }
    QList<QWidget *> order;
    for (const QList<QWidget *> &widgets : std::as_const(byRegion))
        order += widgets;
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}
