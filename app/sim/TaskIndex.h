#pragma once

#include "SimTaskStatus.h"

#include <QList>

#include <array>
#include <optional>
#include <vector>

class TaskLedger;

// One batch's tasks by the status each shows (the ledger's once the user acted on them), for counts and
// paging.
class TaskIndex
{
public:
    // Tasks per checkpoint (the counts of the tasks before it): finding the n-th task of a status scans at
    // most this many, so pages deep into a 100,000-task batch filtered by TaskStatus stay cheap.
    static constexpr int kBlock = 1024;
    using Counts = std::array<int, SimTaskStatus::kCount>;

    TaskIndex() = default;
    // codes: per task, its status | failure reason << 3, as generated.
    TaskIndex(std::vector<quint8> codes, const TaskLedger &ledger);
    // In place, so that a reference taken before stays valid (the live batch's, for each new now).
    void rebuild(std::vector<quint8> codes, const TaskLedger &ledger);
    // After the ledger changed: what the tasks show, and the counts again.
    void reindex(const TaskLedger &ledger);

    int size() const { return int(m_codes.size()); }
    // As generated: status | failure reason << 3.
    quint8 code(int task) const { return m_codes[std::size_t(task)]; }
    // As shown: the ledger's once the user acted on it, else its code's.
    int status(int task) const
    {
        const qint8 changed = m_changed.empty() ? qint8(-1) : m_changed[std::size_t(task)];
        return changed >= 0 ? changed : m_codes[std::size_t(task)] & 7;
    }
    int count(int status) const { return m_counts[std::size_t(status)]; }
    const Counts &counts() const { return m_counts; }

    // The tasks [offset, offset + limit) of those showing status (every task when nullopt), in task order.
    QList<int> page(std::optional<int> status, qint64 offset, int limit) const;

private:
    std::vector<quint8> m_codes; // per task: its code as generated
    std::vector<qint8> m_changed; // per task: the ledger's status, -1 if none; empty: the ledger is
    Counts m_counts {}; // by the status shown
    std::vector<Counts> m_before; // per block: the counts of the tasks before it
};
