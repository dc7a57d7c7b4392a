#pragma once

#include <QAbstractListModel>
#include <QStringList>

// The source firmware versions (SrcVersions) of one update batch, in the order received.
class SourceVersionsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit SourceVersionsModel(QObject *parent = nullptr);

    void setVersions(const QStringList &versions);
    void clear();
    const QStringList &versions() const { return m_versions; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_versions;
};
