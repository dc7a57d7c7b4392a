#pragma once

#include "JobIdField.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <functional>

struct JobSummary;
class RecentBatches;
class WatchListModel;

// Every batch OtaDash knows of, across profiles: watched, opened recently, in the batch history, loaded in
// Discovery. Quick open searches it; the batch ID fields complete from it. One row per profile and JobId.
class KnownBatchesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        JobIdRole = JobIdField::JobIdRole,
        ProfileRole,
        NameRole,
        // Where it is known from, and its status, in a line ("Watched · Recent · IN_PROGRESS").
        DetailRole,
    };
    enum Source { Watched = 1, Recent = 2, History = 4, Discovery = 8 };

    struct Entry
    {
        QString profile;
        QString jobId;
        QString name; // empty when no source knows it
        QString status;
        int sources = 0;
    };

    using HistorySource = std::function<QList<std::pair<QString, QString>>()>; // {profile, jobId}
    using DiscoverySource = std::function<std::pair<QString, QList<JobSummary>>()>; // {profile, batches}

    explicit KnownBatchesModel(WatchListModel *watchList, RecentBatches *recent, QObject *parent = nullptr);

    // Read when the model is refreshed (the history is opened then, not before).
    void setHistory(HistorySource history);
    void setDiscovery(DiscoverySource discovery);
    // Reads every source again, the history too (quick open does before it opens).
    void refresh();

    const QList<Entry> &entries() const { return m_entries; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    static QString detailOf(const Entry &entry);

private:
    // The watch list or the recent batches changed: the rows again, with the history as last read (the file
    // is not opened or queried for each row the watch list adds).
    void rebuild();

    WatchListModel *m_watchList;
    RecentBatches *m_recent;
    HistorySource m_history;
    DiscoverySource m_discovery;
    QList<Entry> m_entries;
    QList<std::pair<QString, QString>> m_historyBatches; // {profile, jobId}, as refresh() last read them
};
