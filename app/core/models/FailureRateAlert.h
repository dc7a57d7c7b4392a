#pragma once

#include "ota/TaskStatusCounts.h"

#include <optional>

// A guard rail on one batch: raised once when the share of failed tasks among those that ended either way,
// failed / (succeeded + failed), reaches a threshold, counted only once a minimum number of tasks ended so.
// A raised alert stays quiet until counts show the rate below the threshold again, which re-arms it.
class FailureRateAlert
{
public:
    static constexpr double kMinThresholdPercent = 0.1;
    static constexpr double kMaxThresholdPercent = 100.0;
    static constexpr double kDefaultThresholdPercent = 5.0;
    static constexpr qint64 kDefaultMinimumSample = 50;
    static constexpr qint64 kMaxMinimumSample = 1000000;

    struct Settings
    {
        double thresholdPercent = 0; // 0: no alert
        qint64 minimumSample = kDefaultMinimumSample; // succeeded + failed tasks before the rate counts

        bool isEnabled() const { return thresholdPercent > 0; }
        // What a user may choose: a threshold within [kMin, kMax] %, a sample of 1 to kMaxMinimumSample.
        bool isValid() const;
        bool operator==(const Settings &other) const
        {
            return thresholdPercent == other.thresholdPercent && minimumSample == other.minimumSample;
        }
        bool operator!=(const Settings &other) const { return !(*this == other); }
    };

    enum class Transition {
        None, // nothing to tell: no alert, too few tasks ended, or the same side of the threshold as before
        Raised, // the rate reached the threshold (notify once)
        Rearmed, // a raised alert saw the rate below the threshold again
    };

    FailureRateAlert() = default;
    // raised: as saved, so a restart does not announce a crossing already announced.
    explicit FailureRateAlert(const Settings &settings, bool raised = false);

    const Settings &settings() const { return m_settings; }
    // Replaces the settings and re-arms the alert (a new threshold is a new question).
    void setSettings(const Settings &settings);
    bool isEnabled() const { return m_settings.isEnabled(); }
    bool isRaised() const { return m_raised; }

    // Takes a batch's latest counts.
    Transition evaluate(const TaskStatusCounts &counts);

    // The tasks the rate is taken over: succeeded + failed (canceled ones did not try to the end).
    static qint64 sampleSize(const TaskStatusCounts &counts);
    // failed / (succeeded + failed) × 100; nullopt while none has ended either way.
    static std::optional<double> failureRatePercent(const TaskStatusCounts &counts);
    // At or above the threshold with at least the minimum sample (false for a disabled alert).
    static bool isAtOrAbove(const Settings &settings, const TaskStatusCounts &counts);

private:
    Settings m_settings;
    bool m_raised = false;
};
