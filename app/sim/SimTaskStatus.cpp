#include "SimTaskStatus.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SimTaskStatus {

const std::array<QString, kCount> &codes()
{
    static const std::array<QString, kCount> codes {u"CONFIRM"_s,     u"QUEUED"_s,    u"NOTIFIED"_s,
                                                    u"IN_PROGRESS"_s, u"SUCCEEDED"_s, u"FAILED"_s,
                                                    u"CANCELED"_s};
    return codes;
}

std::optional<int> fromCode(const QString &code)
{
    if (code.isEmpty())
        return std::nullopt;
    const auto &all = codes();
    const auto it = std::find(all.cbegin(), all.cend(), code);
    return int(it - all.cbegin());
}

const std::array<FailureReason, 5> &failureReasons()
{
    static const std::array<FailureReason, 5> reasons {{
            {u"Download failed: the connection was reset while fetching the package (-2)."_s, 400},
            {u"Upgrade timed out: the device reported no progress within the timeout."_s, 250},
            {u"Verification failed: the package signature does not match (-3)."_s, 150},
            {u"Flashing failed: not enough storage on the device (-4)."_s, 120},
            {u"Upgrade failed: the device rolled back to the previous version (-1)."_s, 80},
    }};
    return reasons;
}

QString userCanceledDesc()
{
    return u"The task was canceled by the user."_s;
}

} // namespace SimTaskStatus
