#include "KeyboardShortcutsDialog.h"

#include "ActionCatalog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(u"keyboardShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(u"shortcutTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setAccessibleName(windowTitle());
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);

    QTreeWidgetItem *group = nullptr;
    QString groupName;
    for (const ActionCatalog::Entry &entry : ActionCatalog::of(menus)) {
        const QList<QKeySequence> keys = entry.action->shortcuts();
        if (keys.isEmpty())
            continue;
        if (!group || groupName != entry.menu) {
            groupName = entry.menu;
            group = new QTreeWidgetItem(m_tree, {groupName});
            group->setFirstColumnSpanned(true);
        }
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts << key.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(group,
                                         {entry.path == entry.menu
                                                  ? entry.name
                                                  : entry.path.section(u" ▸ "_s, 1) + u" ▸ "_s + entry.name,
                                          texts.join(tr(" or "))});
        item->setData(0, Qt::UserRole, entry.action->objectName());
    }

    // What no menu shows: the keys of the lists and views.
    const std::pair<QString, QString> viewKeys[] = {
            {tr("Move to the next or previous field, list or dock"), tr("Tab, Shift+Tab")},
            {tr("Press a button or go to a field"), tr("Alt + its underlined letter")},
            {tr("Next or previous tab of the batch"), tr("Ctrl+Tab, Ctrl+Shift+Tab")},
            {tr("Watch list: open the selected batch"), tr("Enter")},
            {tr("Watch list: stop watching the selected batches"), tr("Delete")},
            {tr("Timeline: select a batch, open it"), tr("Up, Down, Enter")},
            {tr("Timeline: zoom in, zoom out"), tr("+, −")},
            {tr("Timeline: scroll, show this week"), tr("Left, Right, Home")},
            {tr("Quick open: choose, open, close"), tr("Up, Down, Enter, Escape")},
    };
    group = new QTreeWidgetItem(m_tree, {tr("In lists and views")});
    group->setFirstColumnSpanned(true);
    for (const auto &[what, keys] : viewKeys)
        new QTreeWidgetItem(group, {what, keys});

    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(640, 560);
}
