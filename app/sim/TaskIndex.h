#pragma once

#include "SimTaskStatus.h"

#include <QList>

#include <array>
#include <optional>
#include <vector>

class CancelLedger;

// One batch's tasks by the status each shows (CANCELED once the ledger has them), for counts and paging.
class TaskIndex
{
public:
    // Tasks per checkpoint (the counts of the tasks before it): finding the n-th task of a status scans at
    // most this many, so pages deep into a 100,000-task batch filtered by TaskStatus stay cheap.
    static constexpr int kBlock = 1024;
    using Counts = std::array<int, SimTaskStatus::kCount>;

    TaskIndex() = default;
    // codes: per task, its status | failure reason << 3, as generated.
    TaskIndex(std::vector<quint8> codes, const CancelLedger &canceled);
    // In place, so that a reference taken before stays valid (the live batch's, for each new now).
    void rebuild(std::vector<quint8> codes, const CancelLedger &canceled);
    // After the ledger changed: which tasks show CANCELED, and the counts again.
    void reindex(const CancelLedger &canceled);

    int size() const { return int(m_codes.size()); }
    // As generated: status | failure reason << 3.
    quint8 code(int task) const { return m_codes[std::size_t(task)] & kCodeMask; }
    // As shown: CANCELED once the user canceled it, else its code's.
    int status(int task) const
    {
        const quint8 code = m_codes[std::size_t(task)];
        return code & kCanceledBit ? SimTaskStatus::Canceled : code & 7;
    }
    int count(int status) const { return m_counts[std::size_t(status)]; }
    const Counts &counts() const { return m_counts; }

    // The tasks [offset, offset + limit) of those showing status (every task when nullopt), in task order.
    QList<int> page(std::optional<int> status, qint64 offset, int limit) const;

private:
    static constexpr quint8 kCanceledBit = 0x80; // above the status (3 bits) and the failure reason (3 bits)
    static constexpr quint8 kCodeMask = 0x7f;

    std::vector<quint8> m_codes; // per task: its code, kCanceledBit once the user canceled it
    Counts m_counts {}; // by the status shown
    std::vector<Counts> m_before; // per block: the counts of the tasks before it
};
