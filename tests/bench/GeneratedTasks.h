#pragma once

#include "ota/TaskInfo.h"

#include <QList>
#include <QString>

// Device tasks as a large batch has them: "dev-000001" names in scrambled order, 20-character IoT IDs,
// 32-character task IDs, a few versions and failure reasons, times spread over three days. Task i is the
// same in every run.
namespace GeneratedTasks {

inline quint64 mix(quint64 x)
{
    // splitmix64: cheap, well spread, deterministic.
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

inline QString alphanumeric(quint64 seed, int length)
{
    static const char16_t kAlphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString text(length, Qt::Uninitialized);
    quint64 bits = mix(seed);
    for (int i = 0; i < length; ++i) {
        if (i % 10 == 9)
            bits = mix(bits);
        text[i] = QChar(kAlphabet[bits % 62]);
        bits /= 62;
    }
    return text;
}

inline TaskInfo task(int i, int deviceCount = 100000)
{
    static const QString kReasons[] = {
            QStringLiteral("Download timed out"),
            QStringLiteral("Firmware checksum mismatch"),
            QStringLiteral("Device offline for longer than the timeout"),
            QStringLiteral("Not enough storage for the package"),
            QStringLiteral("Upgrade rejected by the device"),
    };
    static const QString kVersions[]
            = {QStringLiteral("1.8.2"), QStringLiteral("1.9.0"), QStringLiteral("1.9.1"),
               QStringLiteral("1.10.0"), QStringLiteral("2.0.0-rc1")};
    static const QDateTime kStart(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);
    const quint64 r = mix(quint64(i));
    // 7919 is prime to 10^5: every device exactly once, in scrambled order.
    const int device = int((qint64(i) * 7919 + 13) % deviceCount) + 1;
    TaskInfo t;
    t.deviceName = QStringLiteral("dev-%1").arg(device, 6, 10, QLatin1Char('0'));
    t.taskId = alphanumeric(quint64(i) * 2 + 1, 32);
    t.iotId = alphanumeric(quint64(i) * 2 + 2, 20);
    t.jobId = QStringLiteral("HvKuBpuk3rdk6E92CP****0200");
    t.productKey = QStringLiteral("a19mzPZ****");
    t.productName = QStringLiteral("Smart lamp");
    t.firmwareId = QStringLiteral("UfuxnwygsuSkVE0VCN****0100");
    t.srcVersion = kVersions[r % 5];
    t.destVersion = QStringLiteral("2.1.0");
    // Mostly finished: 60 % succeeded, 15 % failed, the rest spread over the other five.
    const int roll = int((r >> 8) % 100);
    const TaskStatus status = roll < 60 ? TaskStatus::Succeeded
            : roll < 75                 ? TaskStatus::Failed
            : roll < 82                 ? TaskStatus::InProgress
            : roll < 88                 ? TaskStatus::Queued
            : roll < 93                 ? TaskStatus::Notified
            : roll < 97                 ? TaskStatus::Confirm
                                        : TaskStatus::Canceled;
    t.taskStatus = status;
    t.taskStatusCode = TaskStatuses::code(status);
    t.progress = status == TaskStatus::Succeeded ? 100 : int((r >> 16) % 101);
    if (status == TaskStatus::Failed)
        t.taskDesc = kReasons[(r >> 24) % 5];
    t.timeoutMinutes = 30;
    t.utcCreate = kStart;
    t.utcModified = kStart.addSecs(qint64((r >> 32) % (3 * 24 * 3600)));
    return t;
}

inline QList<TaskInfo> page(int first, int count)
{
    QList<TaskInfo> tasks;
    tasks.reserve(count);
    for (int i = first; i < first + count; ++i)
        tasks.append(task(i));
    return tasks;
}

} // namespace GeneratedTasks
