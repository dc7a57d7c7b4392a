#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

// Draws a batch's JobStatus as a rounded coloured pill (in progress blue, completed green, canceled grey,
// planned amber) in one column; optionally shows rows flagged by a bool role in bold with a dot before the
// pill, and the text of one column in red while an error role holds something.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // statusRole: the raw JobStatus (QString) of the row, read in badgeColumn.
    StatusBadgeDelegate(int badgeColumn, int statusRole, QObject *parent = nullptr);

    // Rows whose changedRole is true are bold, their badge has a dot before it. -1 (default): none.
    void setChangedRole(int role) { m_changedRole = role; }
    // Cells of errorColumn are red while errorRole holds a value. -1 (default): none.
    void setErrorRole(int errorColumn, int role)
    {
        m_errorColumn = errorColumn;
        m_errorRole = role;
    }

    // Cells of staleColumn are amber while staleRole is true (older than the refresh interval). -1: none.
    void setStaleRole(int staleColumn, int role)
    {
        m_staleColumn = staleColumn;
        m_staleRole = role;
    }

    // Cells of alertColumn show a red warning mark and red text while alertRole is true (a raised failure
    // alert). -1 (default): none.
    void setAlertRole(int alertColumn, int role)
    {
        m_alertColumn = alertColumn;
        m_alertRole = role;
    }
    // The red round "!" mark of those cells.
    static QIcon alertIcon();

    // How the cells of one column elide a text that does not fit (e.g. left, to keep a version's end).
    void setElideMode(int column, Qt::TextElideMode mode) { m_elideModes.insert(column, mode); }

    // The pill's fill for a JobStatus; an invalid colour for an empty one.
    static QColor badgeColor(const QString &jobStatus);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    bool isChanged(const QModelIndex &index) const;
    bool drawsBadge(const QModelIndex &index) const;

    int m_badgeColumn;
    int m_statusRole;
    int m_changedRole = -1;
    int m_errorColumn = -1;
    int m_errorRole = -1;
    int m_staleColumn = -1;
    int m_staleRole = -1;
    int m_alertColumn = -1;
    int m_alertRole = -1;
    mutable QIcon m_alertIcon; // made on first use
    QHash<int, Qt::TextElideMode> m_elideModes;
};
