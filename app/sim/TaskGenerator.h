#pragma once

#include "SimJob.h"
#include "SimTaskRecord.h"

#include <QString>

#include <optional>
#include <vector>

struct SimProduct;

// A batch's device tasks, each generated from the batch and its index alone, never kept as JSON.
class TaskGenerator
{
public:
    // What a task shows apart from who it is.
    struct State
    {
        int status = 0; // SimTaskStatus::Status
        int progress = 0;
        qint64 createdMs = 0;
        qint64 modifiedMs = 0;
        QString desc; // TaskDesc; empty: none
    };

    // The Mix of a batch with this JobStatus (IN_PROGRESS and statuses the documents do not list: Running).
    static SimJob::Mix mixOf(const QString &jobStatus);
    // Per task: status | failure reason << 3, in the shares of the batch's Mix, interleaved by a fixed
    // shuffle (the same on every run).
    static std::vector<quint8> codes(const SimJob &job);
    // Where task index of a (not live) batch is, as its code says.
    static State state(const SimJob &job, int index, quint8 code);
    // The task's SimpleOTATaskInfo in that state: (field, text) in field name order.
    static SimTaskRecord record(const SimJob &job, const SimProduct &product, int index, const State &state);

    // "dev-000042": the devices of every product are numbered from 1.
    static QString deviceName(int number);
    // The batch number and task index a TaskId was made from (record()); nullopt for a text no TaskId spells.
    static std::optional<std::pair<int, int>> taskOfId(const QString &taskId);
    // The IotId of device number of the product.
    static QString iotId(const SimProduct &product, int number);
    // The task of the batch for that device; nullopt when the name is not one of the product's devices or the
    // batch has no task for it.
    static std::optional<int> taskOfDevice(const SimJob &job, int deviceCount, const QString &name);
};
