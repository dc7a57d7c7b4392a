#pragma once

#include <QList>

class QWidget;

namespace FocusOrder {
// Orders the window's Tab chain by regions: the focusable widgets under regions[0] first (in their own order
// in the chain), then those under regions[1], and so on; the rest keep their order after them. Views built
// later join the end of the chain: arrange again then. Widgets of another window (a floating dock) are left
// alone.
void arrange(QWidget *window, const QList<QWidget *> &regions);
} // namespace FocusOrder
