#pragma once

#include "history/HistoryStore.h"
#include "ota/OtaJob.h"

#include <QDateTime>

#include <optional>

// What the user had on screen when they last looked at a batch, read from the history before the look of
// now is marked: the batch as then fetched and its task counts. Empty the first time a batch is seen.
struct LastLook
{
    std::optional<OtaJob> job; // nullopt: never seen, or the stored body no longer parses
    QDateTime fetchedAtUtc; // when the batch seen was fetched
    std::optional<HistoryCountsPoint> counts;

    static LastLook read(const HistoryStore &store, const QString &profile, const QString &jobId);
};

// The batch as a recorded fetch carried it; nullopt when the body does not parse as a successful
// QueryOTAJob.
std::optional<OtaJob> jobOfSnapshot(const HistoryJobSnapshot &snapshot);
