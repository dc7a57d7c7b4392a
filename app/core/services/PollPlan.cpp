#include "services/PollPlan.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PollPlan {
namespace {
bool isPlanned(const QString &status)
{
    return status == u"PLANNED"_s;
}

QString minutesOrSeconds(int secs)
{
    const int minutes = secs / 60;
    if (minutes * 60 == secs)
        return QCoreApplication::translate("PollPlan", "%n min", "an interval in minutes", minutes);
    return QCoreApplication::translate("PollPlan", "%n s", "an interval in seconds", secs);
}
} // namespace

int secsBetweenReads(const Batch &batch, const QDateTime &nowUtc, int intervalSecs)
{
    if (batch.settled)
        return 0;
    if (!isPlanned(batch.status))
        return intervalSecs;
    // Planned: every round from one interval before its scheduled start (and after it, until it starts).
    if (batch.scheduledStartUtc.isValid() && nowUtc.secsTo(batch.scheduledStartUtc) <= intervalSecs)
        return intervalSecs;
    return std::max(intervalSecs, kPlannedSecs);
}

bool isFinished(const QString &status)
{
    return status == u"COMPLETED"_s || status == u"CANCELED"_s;
}

bool readsCounts(const Batch &batch)
{
    return !batch.settled && !isPlanned(batch.status);
}

int callsFor(const Batch &batch)
{
    if (batch.settled)
        return 0;
    return readsCounts(batch) ? 1 + kCountsCalls : 1;
}

int budgetPerMinute(int perSecond)
{
    return std::max(1, perSecond) * 60 * kBudgetPercent / 100;
}

Result plan(const QList<Batch> &batches, const QDateTime &nowUtc, int intervalSecs, int budget)
{
    Result result;
    result.chosenSecs = std::max(1, intervalSecs);
    result.budgetPerMinute = std::max(1, budget);
    const auto perMinuteAt = [&](int secs) {
        double total = 0;
        for (const Batch &batch : batches) {
            const int between = secsBetweenReads(batch, nowUtc, secs);
            if (between > 0)
                total += callsFor(batch) * 60.0 / between;
        }
        return total;
    };
    result.batchCount
            = int(std::count_if(batches.cbegin(), batches.cend(), [](const Batch &b) { return !b.settled; }));
    result.wantedPerMinute = perMinuteAt(result.chosenSecs);
    result.intervalSecs = result.chosenSecs;
    if (result.wantedPerMinute > result.budgetPerMinute) {
        // Longer rounds until the batches fit (a planned batch's own pace does not stretch, so step up).
        result.stretched = true;
        result.intervalSecs
                = int(std::ceil(result.chosenSecs * result.wantedPerMinute / result.budgetPerMinute));
        while (perMinuteAt(result.intervalSecs) > result.budgetPerMinute)
            ++result.intervalSecs;
    }
    result.plannedPerMinute = perMinuteAt(result.intervalSecs);

    // Due: never read, or its time between reads has passed (a round may come a little early: 1 s slack).
    for (int i = 0; i < batches.size(); ++i) {
        const Batch &batch = batches[i];
        const int between = secsBetweenReads(batch, nowUtc, result.intervalSecs);
        if (between == 0)
            continue;
        if (!batch.lastReadUtc.isValid() || batch.lastReadUtc.secsTo(nowUtc) >= between - 1)
            result.due.append(i);
    }
    std::stable_partition(result.due.begin(), result.due.end(),
                          [&batches](int i) { return batches[i].open; });
    return result;
}

QString describe(const Result &result)
{
    if (!result.stretched)
        return {};
    const QLocale locale;
    return QCoreApplication::translate(
                   "PollPlan",
                   "Refreshing %Ln batch(es) every %1 needs %2 requests a minute, more than "
                   "the %3 the watch list may use (three quarters of the rate chosen in "
                   "Preferences): they are refreshed every %4 instead.",
                   nullptr, result.batchCount)
            .arg(minutesOrSeconds(result.chosenSecs), locale.toString(qRound(result.wantedPerMinute)),
                 locale.toString(result.budgetPerMinute), minutesOrSeconds(result.intervalSecs));
}

} // namespace PollPlan
