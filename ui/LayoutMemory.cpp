#include "LayoutMemory.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
QString pathOf(const QWidget *widget, const QWidget *root)
{
    QStringList names;
    for (const QObject *o = widget; o && o != root; o = o->parent()) {
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(u"qt_"_s))
            names.prepend(o->objectName());
    }
    return names.join(u'/');
}

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// Each remembered widget under root with its key: "view:<path>" for a list's header, "splitter:<path>".
template<typename Fn> void forEachRemembered(const QWidget *root, Fn fn)
{
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = headerOf(view);
        if (header && !view->objectName().isEmpty() && header->count() > 0)
            fn(u"view:"_s + pathOf(view, root), view, header, static_cast<QSplitter *>(nullptr));
    }
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty() && !splitter->objectName().startsWith(u"qt_"_s))
            fn(u"splitter:"_s + pathOf(splitter, root), nullptr, nullptr, splitter);
    }
}

// A header's state is only given back to the same number of columns (another version may have others).
QByteArray stateOf(QHeaderView *header, QSplitter *splitter)
{
    if (splitter)
        return splitter->saveState();
    return QByteArray::number(header->count()) + '|' + header->saveState();
}

void give(QAbstractItemView *view, QHeaderView *header, QSplitter *splitter, const QByteArray &state)
{
    if (splitter) {
        splitter->restoreState(state);
        return;
    }
    const qsizetype bar = state.indexOf('|');
    if (bar < 0 || state.left(bar).toInt() != header->count())
        return;
    if (!header->restoreState(state.mid(bar + 1)))
        return;
    // The sort indicator is back; the rows are sorted by it too.
    auto *table = qobject_cast<QTableView *>(view);
    auto *tree = qobject_cast<QTreeView *>(view);
    if (table && table->isSortingEnabled())
        table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    else if (tree && tree->isSortingEnabled())
        tree->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}
} // namespace

QVariantMap LayoutMemory::take(const QWidget *root) const
{
    QVariantMap states = m_pending;
    forEachRemembered(root,
                      [&](const QString &key, QAbstractItemView *, QHeaderView *header, QSplitter *splitter) {
                          states.insert(key, stateOf(header, splitter));
                      });
    return states;
}

void LayoutMemory::apply(QWidget *root)
{
    forEachRemembered(
            root, [&](const QString &key, QAbstractItemView *view, QHeaderView *header, QSplitter *splitter) {
                if (m_initial.contains(key))
                    return;
                m_initial.insert(key, stateOf(header, splitter));
                const QVariant saved = m_pending.take(key);
                if (saved.isValid())
                    give(view, header, splitter, saved.toByteArray());
            });
}

void LayoutMemory::reset(QWidget *root)
{
    m_pending.clear();
    forEachRemembered(
            root, [&](const QString &key, QAbstractItemView *view, QHeaderView *header, QSplitter *splitter) {
                const auto it = m_initial.constFind(key);
                if (it != m_initial.cend())
                    give(view, header, splitter, *it);
            });
}
