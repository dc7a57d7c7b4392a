#pragma once

#include "api/ApiError.h"
#include "api/ResponseEnvelope.h"
#include "ota/OtaJob.h"
#include "ota/TaskInfo.h"
#include "ota/TaskStatusCounts.h"
#include "state/BatchKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

// The batch as one QueryOTAJob answered it: parsed, and the body exactly as received (for the exports and
// the history), with when it was read and the RequestId that names the answer.
struct JobReading
{
    OtaJob job;
    QByteArray body;
    ResponseFormat format = ResponseFormat::Json;
    QString requestId;
    QDateTime readAtUtc; // when the answer arrived
};

// One round of task counts (one ListOTATaskByJob per TaskStatus, read for its Total, and one without
// TaskStatus for the batch's total). The reads go one after the other while tasks move, so a round has a
// start and an end, not one instant, and the statuses may not add up to the total (CountsSummary).
struct CountsReading
{
    TaskStatusCounts counts;
    std::optional<qint64> batchTotal; // read in the same round (nullopt: not read, e.g. an older record)
    QDateTime startedAtUtc; // the first request of the round was sent
    QDateTime finishedAtUtc; // its last answer arrived
    QString requestId; // of the round's last answer
};

// Failed tasks read for their failure reasons (a sample: the first N of failedTotal).
struct FailureSample
{
    QList<TaskInfo> tasks;
    qint64 failedTotal = 0; // the FAILED Total when the sample was read
    QDateTime readAtUtc;
    // The latest round of counts that still found failedTotal failed tasks: failed tasks do not change, so
    // the sample stood as it was then (invalid: none since it was read).
    QDateTime checkedAtUtc;
    // As of when the sample is known to hold.
    QDateTime currentAtUtc() const { return std::max(readAtUtc, checkedAtUtc); }
};

// Device task rows read page by page (the rows themselves live in the view that asked for them): how many,
// and when the first and the latest page arrived.
struct TaskRowsReading
{
    qint64 rows = 0;
    QDateTime firstPageAtUtc;
    QDateTime lastPageAtUtc;
    QString lastRequestId;
};

// What is known of one batch, each part as it was last read, with its time. Absent parts were never read.
struct BatchState
{
    BatchKey key;
    std::optional<JobReading> job;
    std::optional<CountsReading> counts;
    std::optional<FailureSample> failures;
    std::optional<TaskRowsReading> taskRows;
    // The last read of the batch that failed, and when; cleared by the next successful one.
    std::optional<ApiError> jobError;
    QDateTime jobErrorAtUtc;
};
