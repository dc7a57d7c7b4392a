#include "models/TagsModel.h"

#include "util/LanguageChangeWatcher.h"

TagsModel::TagsModel(QObject *parent) : QAbstractTableModel(parent)
{
    // The header is translated when asked for; tell the views to ask again.
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            [this] { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); });
}

void TagsModel::setTags(const QList<OtaTag> &tags)
{
    beginResetModel();
    m_tags = tags;
    endResetModel();
}

void TagsModel::clear()
{
    setTags({});
}

int TagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int TagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return QVariant();
    // Tag values can be long; the tooltip shows them whole where the column cuts them.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const OtaTag &tag = m_tags.at(index.row());
    return index.column() == Key ? tag.key : tag.value;
}

QVariant TagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    default:
        break;
    }
    return QVariant();
}
