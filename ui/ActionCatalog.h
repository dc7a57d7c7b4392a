#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QMenuBar;
class QWidget;

// The menu bar's actions as the command palette and Help ▸ Keyboard Shortcuts list them.
namespace ActionCatalog {

struct Entry
{
    QAction *action;
    QString menu; // the top menu's name ("File")
    QString path; // the menus above it ("File ▸ Export")
    QString name; // its text without the mnemonic ("Tasks as CSV…")
};

// Every action of every menu and submenu, in menu order; separators and submenus themselves are not listed.
QList<Entry> of(const QMenuBar *bar);
// A menu text without its mnemonic: "&Query batch" → "Query batch", "クエリ(&Q)" → "クエリ", "A && B" → "A &
// B".
QString plainText(const QString &text);

// Two shortcuts of the window that answer the same keys in the same place: what a user pressing them could
// not predict. Each conflict in a line ("Ctrl+R: Refresh watch list, Read again").
QStringList conflicts(const QWidget *window);
// Two underlined letters (Alt+letter) of what the window shows now, enabled: its menus, buttons, labels of
// fields, checkable group boxes and tabs; and within each menu of a main window, its entries. Each conflict
// in a line ("Alt+R: &Region:, &Refresh", "File menu, Alt+P: &Preferences…, &Profiles…").
QStringList mnemonicConflicts(const QWidget *window);

} // namespace ActionCatalog
