#include "models/SourceVersionsModel.h"

#include "util/LanguageChangeWatcher.h"

SourceVersionsModel::SourceVersionsModel(QObject *parent) : QAbstractListModel(parent)
{
    // The header is translated when asked for; tell the views to ask again.
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            [this] { emit headerDataChanged(Qt::Horizontal, 0, 0); });
}

void SourceVersionsModel::setVersions(const QStringList &versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

void SourceVersionsModel::clear()
{
    setVersions({});
}

int SourceVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

QVariant SourceVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    return m_versions.at(index.row());
}

QVariant SourceVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Source version");
    return QAbstractListModel::headerData(section, orientation, role);
}
