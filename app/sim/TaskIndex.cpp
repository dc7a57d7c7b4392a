#include "TaskIndex.h"

#include "TaskLedger.h"

#include <algorithm>

TaskIndex::TaskIndex(std::vector<quint8> codes, const TaskLedger &ledger)
{
    rebuild(std::move(codes), ledger);
}

void TaskIndex::rebuild(std::vector<quint8> codes, const TaskLedger &ledger)
{
    m_codes = std::move(codes);
    reindex(ledger);
}

void TaskIndex::reindex(const TaskLedger &ledger)
{
    const int n = size();
    Counts running {};
    m_before.clear();
    m_before.reserve(std::size_t(n / kBlock + 1));
    m_changed.clear();
    if (!ledger.isEmpty()) {
        m_changed.resize(std::size_t(n));
        for (int i = 0; i < n; ++i)
            m_changed[std::size_t(i)] = qint8(ledger.statusOf(i));
    }
    for (int i = 0; i < n; ++i) {
        if (i % kBlock == 0)
            m_before.push_back(running);
        ++running[std::size_t(status(i))];
    }
    m_counts = running;
}

QList<int> TaskIndex::page(std::optional<int> status, qint64 offset, int limit) const
{
    QList<int> tasks;
    if (offset < 0 || limit <= 0 || (status && (*status < 0 || *status >= SimTaskStatus::kCount)))
        return tasks;
    if (!status) {
        const qint64 end = std::min<qint64>(offset + limit, size());
        tasks.reserve(std::max<qint64>(0, end - offset));
        for (qint64 i = offset; i < end; ++i)
            tasks.append(int(i));
        return tasks;
    }
    const int s = *status;
    if (offset >= m_counts[std::size_t(s)])
        return tasks;
    // The last checkpoint with at most offset tasks of this status before it, then a scan.
    const auto block
            = std::upper_bound(m_before.cbegin(), m_before.cend(), offset,
                               [s](qint64 wanted, const Counts &counts) { return wanted < counts[s]; })
            - 1;
    qint64 seen = (*block)[std::size_t(s)];
    for (int i = int(block - m_before.cbegin()) * kBlock; i < size() && tasks.size() < limit; ++i) {
        if (this->status(i) != s)
            continue;
        if (seen++ >= offset)
            tasks.append(i);
    }
    return tasks;
}
