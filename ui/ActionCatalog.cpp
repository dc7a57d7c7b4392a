#include "ActionCatalog.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace {
void collect(const QMenu *menu, const QString &top, const QString &path, QList<ActionCatalog::Entry> *entries)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            collect(sub, top, path + u" ▸ "_s + ActionCatalog::plainText(sub->title()), entries);
            continue;
        }
        if (!action->isVisible() || action->text().isEmpty())
            continue;
        entries->append({action, top, path, ActionCatalog::plainText(action->text())});
    }
}

// Where a shortcut answers: its window (with the window's docks), or only one widget while it has the focus.
QString scopeOf(Qt::ShortcutContext context, const QObject *owner)
{
    const QObject *widget = owner;
    while (widget && !widget->isWidgetType())
        widget = widget->parent();
    if (!widget)
        return u"application"_s;
    if (context == Qt::WidgetShortcut || context == Qt::WidgetWithChildrenShortcut)
        return u"widget "_s + QString::number(quintptr(widget));
    return u"window "_s + QString::number(quintptr(static_cast<const QWidget *>(widget)->window()));
}
QStringList menuConflicts(const QMenu *menu)
{
    QMap<QString, QStringList> owners;
    QStringList lines;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QKeySequence keys = QKeySequence::mnemonic(action->text());
        if (!keys.isEmpty())
            owners[keys.toString(QKeySequence::PortableText)].append(action->text());
        if (action->menu())
            lines += menuConflicts(action->menu());
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            lines.append(ActionCatalog::plainText(menu->title()) + u" menu, "_s + it.key() + u": "_s
                         + it.value().join(u", "_s));
    }
    return lines;
}
} // namespace

QList<ActionCatalog::Entry> ActionCatalog::of(const QMenuBar *bar)
{
    QList<Entry> entries;
    for (QAction *top : bar->actions()) {
        if (QMenu *menu = top->menu()) {
            const QString name = plainText(menu->title());
            collect(menu, name, name, &entries);
        }
    }
    return entries;
}

QString ActionCatalog::plainText(const QString &text)
{
    static const QRegularExpression cjkMnemonic(u"\\(&[^&]\\)"_s);
    QString plain = text;
    plain.remove(cjkMnemonic);
    QString out;
    out.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == u'&') {
            if (i + 1 < plain.size() && plain.at(i + 1) == u'&')
                out += u'&', ++i;
            continue;
        }
        out += plain.at(i);
    }
    return out.trimmed();
}

QStringList ActionCatalog::conflicts(const QWidget *window)
{
    // keys → scope → who answers them
    QMap<QString, QMap<QString, QStringList>> owners;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->isSeparator() || action->menu())
            continue;
        const QString name
                = plainText(action->text()).isEmpty() ? action->objectName() : plainText(action->text());
        // An action counts once however many widgets show it (a menu and a context menu).
        for (const QKeySequence &keys : action->shortcuts()) {
            QStringList &who = owners[keys.toString(QKeySequence::PortableText)]
                                     [scopeOf(action->shortcutContext(), action->parent())];
            if (!who.contains(name))
                who.append(name);
        }
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        for (const QKeySequence &keys : shortcut->keys()) {
            owners[keys.toString(QKeySequence::PortableText)]
                  [scopeOf(shortcut->context(), shortcut->parent())]
                          .append(shortcut->objectName().isEmpty() ? u"QShortcut"_s : shortcut->objectName());
        }
    }
    QStringList lines;
    for (auto keys = owners.cbegin(); keys != owners.cend(); ++keys) {
        for (const QStringList &who : keys.value()) {
            if (who.size() > 1)
                lines.append(keys.key() + u": "_s + who.join(u", "_s));
        }
    }
    return lines;
}

QStringList ActionCatalog::mnemonicConflicts(const QWidget *window)
{
    QMap<QString, QStringList> owners; // "Alt+R" → texts
    const auto note = [&owners](const QString &text) {
        const QKeySequence keys = QKeySequence::mnemonic(text);
        if (!keys.isEmpty())
            owners[keys.toString(QKeySequence::PortableText)].append(text);
    };
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        for (const QAction *menu : main->menuBar()->actions()) {
            if (menu->isVisible() && menu->isEnabled())
                note(menu->text());
        }
    }
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisibleTo(window) || !widget->isEnabled())
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            note(button->text());
        } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->buddy())
                note(label->text());
        } else if (const auto *box = qobject_cast<const QGroupBox *>(widget)) {
            if (box->isCheckable())
                note(box->title());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                    note(tabs->tabText(i));
            }
        }
    }
    QStringList lines;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            lines.append(it.key() + u": "_s + it.value().join(u", "_s));
    }
    // Within each open menu, its entries' letters.
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        for (const QAction *top : main->menuBar()->actions()) {
            if (top->menu())
                lines += menuConflicts(top->menu());
        }
    }
    return lines;
}
