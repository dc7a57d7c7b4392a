// Resident memory of a TaskTableModel holding 100,000 device tasks, above the idle process: loaded the way
// the dashboard loads them, in pages of 100. Prints "task table 100k rows: N MB above idle" (MB = 10^6 B).
#include "GeneratedTasks.h"
#include "models/TaskTableModel.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#include <unistd.h>

namespace {

// Resident set size in bytes, from /proc/self/statm (its second field, in pages).
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kRows = 100000;
    constexpr int kPage = 100;
    // One-time costs (meta-objects, the first QDateTime and QHash allocations) belong to the idle process.
    {
        TaskTableModel warmUp;
        warmUp.appendTasks(GeneratedTasks::page(kRows, kPage));
    }
    const qint64 idle = residentBytes();
    TaskTableModel model;
    for (int first = 0; first < kRows; first += kPage)
        model.appendTasks(GeneratedTasks::page(first, kPage));
    const qint64 loaded = residentBytes();
    if (idle < 0 || loaded < 0 || model.totalRows() != kRows) {
        std::fprintf(stderr, "cannot measure: rss %lld -> %lld, %lld rows\n", static_cast<long long>(idle),
                     static_cast<long long>(loaded), static_cast<long long>(model.totalRows()));
        return 1;
    }
    // Sorting and filtering allocate their index arrays: measured as well, after the fact.
    model.sort(TaskTableModel::DeviceName, Qt::AscendingOrder);
    model.setStatusFilter(TaskStatuses::bit(TaskStatus::Failed));
    const qint64 sorted = residentBytes();
    std::printf("task table 100k rows: %.1f MB above idle\n", double(loaded - idle) / 1e6);
    std::printf("task table 100k rows, sorted and filtered: %.1f MB above idle\n",
                double(sorted - idle) / 1e6);
    std::printf("task table 100k rows: %.0f bytes per row\n", double(loaded - idle) / kRows);
    return 0;
}
