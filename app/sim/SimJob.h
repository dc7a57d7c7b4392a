#pragma once

#include "BatchSpec.h"
#include "TaskIndex.h"
#include "TaskLedger.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

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
    qint64 modifiedMs = 0; // the live batch: its last change other than a task's (a cancellation)
    bool statusFixed = false; // the live batch: JobStatus was set, it no longer follows the tasks
};
