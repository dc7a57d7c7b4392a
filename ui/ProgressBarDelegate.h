#pragma once

#include <QStyledItemDelegate>

// Draws a cell as a slim progress bar: the value of an int role (0..100), the display text beside it. Cells
// without the value are drawn as usual.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressBarDelegate(int valueRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_valueRole;
};
