#include "ota/RolloutEta.h"

#include "ota/CountsSummary.h"
#include "util/TimeText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace RolloutEta {

Sample sampleOf(const QDateTime &atUtc, const TaskStatusCounts &counts, std::optional<qint64> batchTotal)
{
    const CountsSummary summary = CountsSummary::of(counts, batchTotal);
    return {atUtc, summary.complete(), summary.total(), summary.notStarted(), summary.inFlight()};
}

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
    const auto cap = [&options, &result](double perMinute) {
        if (options.maxPerMinute && *options.maxPerMinute > 0 && perMinute > *options.maxPerMinute) {
            result.capped = true;
            return double(*options.maxPerMinute);
        }
        return perMinute;
    };
    double minutes = 0;
    // Still pushing: devices that left the queue (a growing batch's new devices join it) per minute.
    const qint64 joined = newest.total - oldest.total;
    const qint64 pushed = oldest.notStarted + joined - newest.notStarted;
    if (newest.notStarted > 0 && oldest.notStarted >= 0 && newest.inFlight >= 0 && pushed > 0) {
        result.perMinute = cap(double(pushed) * 60000.0 / double(spanMs));
        result.byPush = true;
        minutes = double(newest.notStarted + newest.inFlight) / result.perMinute;
    } else {
        if (result.measuredPerMinute <= 0.0)
            return result; // nothing finished in the window, not yet long enough to call it a stall
        result.perMinute = cap(result.measuredPerMinute);
        minutes = double(result.remaining) / result.perMinute;
    }
    result.state = Estimate::State::Estimated;
    result.finishUtc = newest.atUtc.addMSecs(qint64(std::ceil(minutes * 60000.0)));
    if (options.scheduledFinishUtc.isValid())
        result.lateBySecs = options.scheduledFinishUtc.secsTo(result.finishUtc);
    return result;
}

QString describe(const Estimate &estimate, const QDateTime &nowUtc, const QLocale &locale)
{
    switch (estimate.state) {
    case Estimate::State::Done:
        return QCoreApplication::translate("RolloutEta", "Every device has finished.");
    case Estimate::State::Stalled:
        return QCoreApplication::translate("RolloutEta", "Stalled: no device has finished since %1.")
                .arg(TimeText::readAt(estimate.lastProgressUtc, nowUtc));
    case Estimate::State::NoData:
        return QCoreApplication::translate(
                "RolloutEta",
                "No finish estimate yet: it needs count rounds minutes apart in which devices finish.");
    case Estimate::State::Estimated:
        break;
    }
    QString text = estimate.byPush
            ? QCoreApplication::translate(
                      "RolloutEta",
                      "Pushing to %1 devices a minute, it finishes about %2 (the devices not "
                      "started and in flight at that pace).")
                      .arg(locale.toString(estimate.perMinute, 'f', 1),
                           TimeText::readAtMinutes(estimate.finishUtc, nowUtc))
            : QCoreApplication::translate("RolloutEta", "At %1 devices a minute it finishes about %2.")
                      .arg(locale.toString(estimate.perMinute, 'f', 1),
                           TimeText::readAtMinutes(estimate.finishUtc, nowUtc));
    if (estimate.capped)
        text += u' '
                + QCoreApplication::translate("RolloutEta",
                                              "(The batch pushes to at most %1 devices a minute.)")
                          .arg(locale.toString(qint64(estimate.perMinute)));
    const int lateMinutes = int(estimate.lateBySecs.value_or(0) / 60);
    if (lateMinutes > 0)
        text += u' '
                + QCoreApplication::translate("RolloutEta", "That is %Ln minute(s) after its scheduled end.",
                                              nullptr, lateMinutes);
    return text;
}

} // namespace RolloutEta
