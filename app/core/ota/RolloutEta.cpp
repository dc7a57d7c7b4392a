#include "ota/RolloutEta.h"

#include <algorithm>
#include <cmath>

namespace RolloutEta {

Estimate estimate(QList<Sample> samples, const Options &options)
{
    Estimate result;
    samples.removeIf([](const Sample &sample) { return !sample.atUtc.isValid(); });
    if (samples.isEmpty())
        return result;
    std::stable_sort(samples.begin(), samples.end(),
                     [](const Sample &a, const Sample &b) { return a.atUtc < b.atUtc; });
    // Several rounds at one time: the last read counts.
    QList<Sample> rounds;
    for (const Sample &sample : std::as_const(samples)) {
        if (!rounds.isEmpty() && rounds.last().atUtc == sample.atUtc)
            rounds.last() = sample;
        else
            rounds.append(sample);
    }

    const Sample &newest = rounds.last();
    result.readAtUtc = newest.atUtc;
    result.remaining = std::max<qint64>(0, newest.total - newest.complete);
    // The first round of the newest complete count: nothing finished since.
    qsizetype firstOfNewest = rounds.size() - 1;
    while (firstOfNewest > 0 && rounds[firstOfNewest - 1].complete == newest.complete)
        --firstOfNewest;
    result.lastProgressUtc = rounds[firstOfNewest].atUtc;
    if (newest.total > 0 && result.remaining == 0) {
        result.state = Estimate::State::Done;
        result.finishUtc = newest.atUtc;
        return result;
    }
    if (newest.total <= 0)
        return result;

    // The oldest round within the window (the one just before it when none is, so two rounds a long time
    // apart still give a pace).
    const QDateTime windowStart = newest.atUtc.addSecs(-qint64(std::max(1, options.windowSecs)));
    qsizetype first = rounds.size() - 1;
    while (first > 0 && rounds[first - 1].atUtc >= windowStart)
        --first;
    if (first == rounds.size() - 1 && first > 0)
        --first;
    const Sample &oldest = rounds[first];
    const qint64 spanMs = oldest.atUtc.msecsTo(newest.atUtc);

    // Stalled: rounds show no device finishing for stallSecs.
    const qint64 stillMs = result.lastProgressUtc.msecsTo(newest.atUtc);
    if (firstOfNewest < rounds.size() - 1 && stillMs >= qint64(options.stallSecs) * 1000) {
        result.state = Estimate::State::Stalled;
        return result;
    }
    if (spanMs <= 0)
        return result; // one round: no pace yet
    const qint64 finished = newest.complete - oldest.complete;
    result.measuredPerMinute = double(std::max<qint64>(0, finished)) * 60000.0 / double(spanMs);
    if (result.measuredPerMinute <= 0.0)
        return result; // nothing finished in the window, not yet long enough to call it a stall
    result.perMinute = result.measuredPerMinute;
    if (options.maxPerMinute && *options.maxPerMinute > 0 && result.perMinute > *options.maxPerMinute) {
        result.perMinute = *options.maxPerMinute;
        result.capped = true;
    }
    result.state = Estimate::State::Estimated;
    const double minutes = double(result.remaining) / result.perMinute;
    result.finishUtc = newest.atUtc.addMSecs(qint64(std::ceil(minutes * 60000.0)));
    if (options.scheduledFinishUtc.isValid())
        result.lateBySecs = options.scheduledFinishUtc.secsTo(result.finishUtc);
    return result;
}

} // namespace RolloutEta
