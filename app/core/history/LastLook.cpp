#include "history/LastLook.h"

#include "ota/OtaJobParser.h"

std::optional<OtaJob> jobOfSnapshot(const HistoryJobSnapshot &snapshot)
{
    const QueryOtaJobResult result = snapshot.format == ResponseFormat::Xml
            ? parseQueryOtaJobXml(snapshot.body)
            : parseQueryOtaJobJson(snapshot.body);
    const auto *parsed = std::get_if<ParsedQueryOtaJob>(&result);
    if (!parsed || !parsed->success)
        return std::nullopt;
    return parsed->job;
}

LastLook LastLook::read(const HistoryStore &store, const QString &profile, const QString &jobId)
{
    LastLook look;
    if (const std::optional<HistoryJobSnapshot> seen = store.jobSeenLast(profile, jobId)) {
        look.job = jobOfSnapshot(*seen);
        if (look.job)
            look.fetchedAtUtc = seen->fetchedAtUtc;
    }
    look.counts = store.countsSeenLast(profile, jobId);
    return look;
}
