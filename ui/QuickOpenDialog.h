#pragma once

#include "ActionCatalog.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QPointer>

class KnownBatchesModel;
class QLineEdit;
class QLabel;
class QTreeView;

// What quick open lists for a pattern: batches and menu actions, best match first (FuzzyMatch).
class QuickOpenModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Detail, Shortcut, ColumnCount };
    enum Role { ProfileRole = Qt::UserRole + 1, JobIdRole, IsCommandRole };

    struct Item
    {
        QString name; // the JobId and the batch's name, or the action's text
        QString detail; // where the batch is known from; the action's menu (or why it is disabled)
        QString shortcut;
        QString profile;
        QString jobId;
        QPointer<QAction> action; // a command; null for a batch
        QString searchText;
    };

    explicit QuickOpenModel(QObject *parent = nullptr);
    void setItems(QList<Item> items);
    void setPattern(const QString &pattern);
    const Item &item(int row) const { return m_items.at(m_shown.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QList<Item> batchItems(const KnownBatchesModel *batches);
    static QList<Item> commandItems(const QList<ActionCatalog::Entry> &actions);

private:
    QList<Item> m_items;
    QList<int> m_shown; // rows of m_items that match, best first
};

// Ctrl+P (batches) and Ctrl+K (batches and every menu action): type a few characters of a JobId, a batch's
// name, a profile or an action; Up/Down choose, Enter opens the batch or runs the action, Escape closes.
class QuickOpenDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Batches, Everything };

    QuickOpenDialog(Mode mode, const KnownBatchesModel *batches, const QList<ActionCatalog::Entry> &commands,
                    QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QTreeView *resultView() const { return m_view; }
    QuickOpenModel *resultModel() const { return m_model; }
    // Opens the chosen row (the current one): a batch is emitted, an action triggered; then the dialog
    // closes.
    void activate(const QModelIndex &index);

signals:
    void batchChosen(const QString &profile, const QString &jobId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &pattern);

    const Mode m_mode;
    QLineEdit *m_pattern;
    QTreeView *m_view;
    QLabel *m_countLabel;
    QuickOpenModel *m_model;
};
