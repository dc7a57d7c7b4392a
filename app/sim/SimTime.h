#pragma once

#include <QString>

// The simulated fleet's times: epoch milliseconds, written as the gateway writes them.
namespace SimTime {

inline constexpr qint64 kMinute = 60 * 1000;
inline constexpr qint64 kHour = 60 * kMinute;
inline constexpr qint64 kDay = 24 * kHour;

// a / b rounded towards negative infinity.
qint64 floorDiv(qint64 a, qint64 b);
// "yyyy-MM-ddTHH:mm:ss.zzzZ" without QDateTime: a 100-task page formats 200 of these.
QString isoUtc(qint64 msSinceEpoch);
// The epoch ms of an ISO 8601 time with milliseconds; 0 when it is not one.
qint64 msFromIso(const QString &text);
qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0);

} // namespace SimTime
