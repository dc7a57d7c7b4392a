#include "history/HistoryTimeline.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace HistoryTimeline {

QList<HistoryEntry> entries(const QList<HistoryJobSnapshot> &snapshots,
                            const QList<HistoryCountsPoint> &counts)
{
    QList<HistoryJobSnapshot> fetches = snapshots;
    std::stable_sort(fetches.begin(), fetches.end(),
                     [](const HistoryJobSnapshot &a, const HistoryJobSnapshot &b) {
                         return a.fetchedAtUtc < b.fetchedAtUtc;
                     });
    QList<HistoryCountsPoint> rounds = counts;
    std::stable_sort(
            rounds.begin(), rounds.end(),
            [](const HistoryCountsPoint &a, const HistoryCountsPoint &b) { return a.atUtc < b.atUtc; });

    // Every fetch-round pair close enough to be one refresh: (distance, fetch, round).
    QList<std::tuple<qint64, qsizetype, qsizetype>> candidates;
    for (qsizetype f = 0; f < fetches.size(); ++f) {
        const QDateTime at = fetches[f].fetchedAtUtc;
        const QDateTime from = at.addMSecs(-kSameRefreshMs);
        auto round = std::lower_bound(
                rounds.cbegin(), rounds.cend(), from,
                [](const HistoryCountsPoint &point, const QDateTime &time) { return point.atUtc < time; });
        for (; round != rounds.cend() && std::abs(at.msecsTo(round->atUtc)) <= kSameRefreshMs; ++round)
            candidates.append({std::abs(at.msecsTo(round->atUtc)), f, round - rounds.cbegin()});
    }
    std::sort(candidates.begin(), candidates.end());
    QList<qsizetype> roundOf(fetches.size(), -1);
    QList<bool> taken(rounds.size(), false);
    for (const auto &[distance, f, r] : std::as_const(candidates)) {
        if (roundOf[f] >= 0 || taken[r])
            continue;
        roundOf[f] = r;
        taken[r] = true;
    }

    QList<HistoryEntry> result;
    result.reserve(fetches.size() + rounds.size());
    for (qsizetype f = 0; f < fetches.size(); ++f) {
        HistoryEntry entry;
        entry.fetch = fetches[f];
        if (roundOf[f] >= 0)
            entry.counts = rounds[roundOf[f]];
        result.append(entry);
    }
    for (qsizetype r = 0; r < rounds.size(); ++r) {
        if (!taken[r])
            result.append({std::nullopt, rounds[r]});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.atUtc() < b.atUtc(); });
    return result;
}

} // namespace HistoryTimeline
