#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

// Help ▸ Keyboard Shortcuts: every menu action with a shortcut, by menu, as the menus show it, and the keys
// of the lists and views (which no menu shows).
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};
