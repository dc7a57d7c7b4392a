#include "models/FailureRateAlert.h"

bool FailureRateAlert::Settings::isValid() const
{
    return thresholdPercent >= kMinThresholdPercent && thresholdPercent <= kMaxThresholdPercent
            && minimumSample >= 1 && minimumSample <= kMaxMinimumSample;
}

FailureRateAlert::FailureRateAlert(const Settings &settings, bool raised)
    : m_settings(settings), m_raised(raised && settings.isEnabled())
{ }

void FailureRateAlert::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_raised = false;
}

qint64 FailureRateAlert::sampleSize(const TaskStatusCounts &counts)
{
    return counts[TaskStatus::Succeeded] + counts[TaskStatus::Failed];
}

std::optional<double> FailureRateAlert::failureRatePercent(const TaskStatusCounts &counts)
{
    const qint64 sample = sampleSize(counts);
    if (sample <= 0)
        return std::nullopt;
    return double(counts[TaskStatus::Failed]) * 100.0 / double(sample);
}

bool FailureRateAlert::isAtOrAbove(const Settings &settings, const TaskStatusCounts &counts)
{
    const qint64 sample = sampleSize(counts);
    if (!settings.isEnabled() || sample <= 0 || sample < settings.minimumSample)
        return false;
    // Multiplied out rather than divided: 5 of 100 is exactly 5 %.
    return double(counts[TaskStatus::Failed]) * 100.0 >= settings.thresholdPercent * double(sample);
}

FailureRateAlert::Transition FailureRateAlert::evaluate(const TaskStatusCounts &counts)
{
    if (!isEnabled())
        return Transition::None;
    // Too few ended tasks say nothing either way: the alert keeps its state.
    if (sampleSize(counts) < m_settings.minimumSample || sampleSize(counts) <= 0)
        return Transition::None;
    const bool above = isAtOrAbove(m_settings, counts);
    if (above == m_raised)
        return Transition::None;
    m_raised = above;
    return above ? Transition::Raised : Transition::Rearmed;
}
