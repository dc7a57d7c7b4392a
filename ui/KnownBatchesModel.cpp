#include "KnownBatchesModel.h"

#include "models/WatchListModel.h"
#include "ota/JobSummary.h"
#include "services/RecentBatches.h"

#include <QHash>

using namespace Qt::StringLiterals;

KnownBatchesModel::KnownBatchesModel(WatchListModel *watchList, RecentBatches *recent, QObject *parent)
    : QAbstractListModel(parent), m_watchList(watchList), m_recent(recent)
{
    if (m_watchList) {
        connect(m_watchList, &QAbstractItemModel::rowsInserted, this, &KnownBatchesModel::rebuild);
        connect(m_watchList, &QAbstractItemModel::rowsRemoved, this, &KnownBatchesModel::rebuild);
        connect(m_watchList, &QAbstractItemModel::modelReset, this, &KnownBatchesModel::rebuild);
    }
    if (m_recent)
        connect(m_recent, &RecentBatches::changed, this, &KnownBatchesModel::rebuild);
    rebuild();
}

void KnownBatchesModel::setHistory(HistorySource history)
{
    m_history = std::move(history);
}

void KnownBatchesModel::setDiscovery(DiscoverySource discovery)
{
    m_discovery = std::move(discovery);
}

void KnownBatchesModel::refresh()
{
    if (m_history)
        m_historyBatches = m_history();
    rebuild();
}

void KnownBatchesModel::rebuild()
{
    QList<Entry> entries;
    QHash<std::pair<QString, QString>, qsizetype> at;
    auto add = [&](const QString &profile, const QString &jobId, Source source) -> Entry & {
        const std::pair<QString, QString> key {profile, jobId};
        auto it = at.constFind(key);
        if (it == at.cend()) {
            it = at.insert(key, entries.size());
            entries.append(Entry {profile, jobId, {}, {}, 0});
        }
        Entry &entry = entries[*it];
        entry.sources |= source;
        return entry;
    };
    // Recent first: quick open lists them first when nothing is typed.
    if (m_recent) {
        for (const auto &[profile, jobId] : m_recent->all())
            add(profile, jobId, Recent);
    }
    if (m_watchList) {
        for (const WatchListModel::Entry &watched : m_watchList->entries()) {
            Entry &entry = add(watched.profile, watched.jobId, Watched);
            entry.name = watched.name;
            entry.status = watched.status;
        }
    }
    if (m_discovery) {
        const auto [profile, batches] = m_discovery();
        for (const JobSummary &batch : batches) {
            Entry &entry = add(profile, batch.jobId, Discovery);
            if (entry.status.isEmpty())
                entry.status = batch.jobStatus;
        }
    }
    for (const auto &[profile, jobId] : std::as_const(m_historyBatches))
        add(profile, jobId, History);
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int KnownBatchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString KnownBatchesModel::detailOf(const Entry &entry)
{
    QStringList parts;
    if (entry.sources & Watched)
        parts << tr("Watched");
    if (entry.sources & Recent)
        parts << tr("Recent");
    if (entry.sources & History)
        parts << tr("History");
    if (entry.sources & Discovery)
        parts << tr("Discovery");
    if (!entry.status.isEmpty())
        parts << entry.status;
    return parts.join(u" · "_s);
}

QVariant KnownBatchesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // The completion popup: the JobId, and the name when it is known.
        QString text = entry.jobId;
        if (!entry.name.isEmpty())
            text += u"  "_s + entry.name;
        if (!entry.profile.isEmpty())
            text += u"  ("_s + entry.profile + u')';
        return text;
    }
    case JobIdRole:
        return entry.jobId;
    case ProfileRole:
        return entry.profile;
    case NameRole:
        return entry.name;
    case DetailRole:
        return detailOf(entry);
    default:
        return {};
    }
}
