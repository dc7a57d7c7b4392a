#pragma once

#include "ota/TaskStatus.h"

#include <array>

// How many device tasks of a batch are in each of the seven statuses.
struct TaskStatusCounts
{
    std::array<qint64, 7> counts {}; // indexed by TaskStatus

    qint64 &operator[](TaskStatus status) { return counts[static_cast<quint8>(status)]; }
    qint64 operator[](TaskStatus status) const { return counts[static_cast<quint8>(status)]; }

    qint64 total() const
    {
        qint64 sum = 0;
        for (const qint64 count : counts)
            sum += count;
        return sum;
    }
    // Succeeded + failed + canceled.
    qint64 finished() const
    {
        return (*this)[TaskStatus::Succeeded] + (*this)[TaskStatus::Failed] + (*this)[TaskStatus::Canceled];
    }
    // finished() / total() × 100; 0 when there are no tasks.
    double percentComplete() const { return percentOf(finished()); }
    // Succeeded / total() × 100; 0 when there are no tasks.
    double succeededPercent() const { return percentOf((*this)[TaskStatus::Succeeded]); }

    friend bool operator==(const TaskStatusCounts &a, const TaskStatusCounts &b)
    {
        return a.counts == b.counts;
    }
    friend bool operator!=(const TaskStatusCounts &a, const TaskStatusCounts &b) { return !(a == b); }

private:
    double percentOf(qint64 part) const
    {
        const qint64 all = total();
        return all == 0 ? 0.0 : double(part) * 100.0 / double(all);
    }
};
