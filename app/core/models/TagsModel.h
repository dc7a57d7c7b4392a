#pragma once

#include "ota/OtaTag.h"

#include <QAbstractTableModel>
#include <QList>

// The tags of one update batch, one row per tag in the order received.
class TagsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Value, ColumnCount };
    Q_ENUM(Column)

    explicit TagsModel(QObject *parent = nullptr);

    void setTags(const QList<OtaTag> &tags);
    void clear();
    const QList<OtaTag> &tags() const { return m_tags; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OtaTag> m_tags;
};
