#pragma once

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include "ota/TaskStatusCounts.h"

#include <optional>

// When a rollout will finish, from its count rounds: the devices that finished (succeeded, failed or
// canceled: CountsSummary::complete()) per minute over a sliding window of rounds, the devices that remain
// (of the newest round's total, so a dynamic batch that grows is counted as it grows) and the finish time
// at that pace; the push limit (MaximumPerMinute) caps the pace, and the scheduled finish
// (UtcScheduleFinishTime) tells whether it will be late. While devices are still waiting to be pushed, the
// finish follows the push instead: the devices not started and in flight at the pace devices leave the
// queue (at a steady push, as many are in flight as are pushed during one upgrade), because early in a
// rollout few devices have finished yet and their pace says little.
namespace RolloutEta {

// One count round, reduced to what the estimate needs.
struct Sample
{
    QDateTime atUtc;
    qint64 complete = 0;
    qint64 total = 0;
    qint64 notStarted = -1; // QUEUED + CONFIRM; -1: not known
    qint64 inFlight = -1; // NOTIFIED + IN_PROGRESS; -1: not known
};

// A round of counts as a sample: its complete and total as CountsSummary defines them.
Sample sampleOf(const QDateTime &atUtc, const TaskStatusCounts &counts, std::optional<qint64> batchTotal);

struct Options
{
    // The rounds of this many seconds before the newest give the pace.
    int windowSecs = 10 * 60;
    // No device finished for this long: the rollout stalls (it needs rounds that span this long).
    int stallSecs = 15 * 60;
    // The batch pushes to at most this many devices a minute (MaximumPerMinute); nullopt: no limit.
    std::optional<int> maxPerMinute = std::nullopt;
    // The batch should be finished by then (UtcScheduleFinishTime); invalid: no such time.
    QDateTime scheduledFinishUtc = {};
};

struct Estimate
{
    enum class State {
        NoData, // no round, or no two rounds in the window: no pace yet
        Done, // every device finished
        Stalled, // no device finished for stallSecs
        Estimated, // finishUtc is the estimate
    };
    State state = State::NoData;
    qint64 remaining = -1; // devices not finished as of the newest round; -1 without a round
    double perMinute = 0.0; // the pace used (capped by maxPerMinute); 0 unless Estimated
    double measuredPerMinute = 0.0; // the pace the rounds show, before the cap
    bool capped = false; // maxPerMinute limits the pace
    bool byPush = false; // perMinute is the push's pace (devices still wait to be pushed)
    QDateTime finishUtc; // Estimated: when the last device will finish; Done: the newest round
    QDateTime lastProgressUtc; // the first round with the newest complete count
    // finishUtc − scheduledFinishUtc in seconds (positive: late) when both are known.
    std::optional<qint64> lateBySecs;
    QDateTime readAtUtc; // the newest round
};

// samples: oldest first (rounds out of order are sorted; several at one time count once, the last).
Estimate estimate(QList<Sample> samples, const Options &options = {});

// "At 20.0 devices a minute it finishes about 5:32:10 AM UTC. That is 12 minutes after its scheduled end.",
// or why there is no estimate, in the words the Devices tab and `otadash-cli status` share.
QString describe(const Estimate &estimate, const QDateTime &nowUtc, const QLocale &locale = QLocale());

} // namespace RolloutEta
