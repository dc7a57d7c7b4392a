#pragma once

#include <QHash>
#include <QVariantMap>

class QWidget;

// The column widths, hidden columns and sort of every named list under a window, and its named splitters:
// taken when the window closes, given back when each appears again (the Devices and History tabs are built
// when first shown, so their states wait until then). Reset gives back what each had when first seen.
class LayoutMemory
{
public:
    // What is under root now, by path ("batchPage/taskTable"), merged into what was saved of those not built.
    QVariantMap take(const QWidget *root) const;
    // States to give back as the widgets appear.
    void setSaved(const QVariantMap &states) { m_pending = states; }
    // Gives their states to the widgets under root seen for the first time: first noting how they were
    // built (for reset()), then what was saved of them. Call again when views may have been built.
    void apply(QWidget *root);
    // Every widget seen goes back to how it was built; nothing saved is given back any more.
    void reset(QWidget *root);

private:
    QVariantMap m_pending; // saved, not given back yet
    QHash<QString, QByteArray> m_initial; // as first seen
};
