#pragma once

#include "history/HistoryStore.h"

#include <QDateTime>
#include <QList>

#include <optional>

// One line of a batch's history: a fetch (QueryOTAJob), a round of task counts, or both when they were read
// in the same refresh. Each part keeps its own time; nothing is shown at a time it was not measured.
struct HistoryEntry
{
    std::optional<HistoryJobSnapshot> fetch;
    std::optional<HistoryCountsPoint> counts; // the round read with this fetch, or a round on its own

    // The fetch's time, else the round's.
    QDateTime atUtc() const { return fetch ? fetch->fetchedAtUtc : counts ? counts->atUtc : QDateTime(); }
};

// Which count round belongs to which fetch: "its own round". A window query, a refresh of the open batch
// and `otadash-cli query` read the batch and count its tasks together, so the fetch and the round are
// recorded within seconds of each other (the round at the time it ended, which may be before or after the
// fetch's answer). A fetch and a round recorded at most kSameRefresh apart are one refresh; each fetch takes
// at most one round and each round at most one fetch, the closest pairs first. A fetch without such a round
// shows no counts (never those of another time); a round without such a fetch (the Devices tab's Refresh
// counts, the cancel dialog) is an entry of its own.
namespace HistoryTimeline {
constexpr qint64 kSameRefreshMs = 10 * 1000;

// snapshots and counts in any order; the entries oldest first.
QList<HistoryEntry> entries(const QList<HistoryJobSnapshot> &snapshots,
                            const QList<HistoryCountsPoint> &counts);
} // namespace HistoryTimeline
