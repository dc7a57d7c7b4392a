#pragma once

#include "BatchSpec.h"
#include "TaskIndex.h"
#include "TaskLedger.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// How a live batch's tasks move on with the clock (LiveBatch): when it starts relative to the demo's start,
// how fast it pushes, which devices hang, whether it grows.
struct LivePace
{
    qint64 startOffsetMs
            = 0; // from the fleet's live start (negative: started before; positive: PLANNED till then)
    qint64 leadMs = 10 * 1000; // from its start to the first push
    qint64 spacingMs = 120; // between two pushes (60000 / spacingMs is its MaximumPerMinute)
    int hangEvery = 40; // one in this many of the first hangFirst tasks hangs, then fails as timed out
    int hangFirst = 1000;
    int stuckFrom = -1; // from this task on every device hangs for good (stuck past the timeout); -1: none
    int baseCount = -1; // dynamic: tasks at the start (-1: all of taskCount), then growthPerMinute more
    int growthPerMinute = 0;
    qint64 scheduleFinishAfterMs = 0; // its UtcScheduleFinishTime this long after its start; 0: none
};

// One batch of the simulated fleet: its catalogue facts, what its tasks are generated from, their state.
struct SimJob
{
    // How a batch's device tasks are spread over the statuses.
    enum class Mix { Planned, Running, Completed, Canceled };

    QString id;
    // QueryOTAJob's Data; a generated batch's is built on first use (all at start-up would cost ~5 ms).
    mutable QJsonObject data;
    mutable std::optional<BatchSpec> generated; // set while data is not built yet
    int product = -1; // index into the catalogue's products
    int firmware = -1; // index into the catalogue's firmware
    int taskCount = 0;
    Mix mix = Mix::Running;
    bool needConfirm = false;
    int number = 0; // position in the fleet, part of every TaskId
    quint32 seed = 0;
    bool fromFirstDevice = false;
    int deviceOffset = 0; // task i is device deviceOffset + i + 1 (modulo the product's devices)
    qint64 taskBaseMs = 0;
    int timeoutMinutes = 30;
    QString timeoutText; // empty: the batch has no timeout and its tasks carry no Timeout
    QStringList srcVersions;
    // Copied once for the task objects and the listing order.
    QString destVersion;
    QString firmwareId;
    QString productKey;
    QString utcCreate; // sorts like the time it spells
    // A generated batch's tasks, built on first use (the live batch's are LiveBatch's, built for each now).
    mutable std::unique_ptr<TaskIndex> tasks;
    TaskLedger ledger; // what the user did to its tasks
    bool live = false;
    LivePace pace; // the live batches'

    qint64 modifiedMs = 0; // the live batch: its last change other than a task's (a cancellation)
    bool statusFixed = false; // the live batch: JobStatus was set, it no longer follows the tasks
};
