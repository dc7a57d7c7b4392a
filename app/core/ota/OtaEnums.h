#pragma once

#include "ota/JobField.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// What the QueryOTAJob reference says about the values of JobStatus, JobType, SelectionType,
// TargetSelection, DynamicMode, OverwriteMode and the three booleans. Unknown values are never an error:
// they are shown as received.

// True for the six enumerated fields and the booleans (NeedConfirm, NeedPush, MultiModuleMode).
bool hasEnumValues(JobField field);
// The documented values in their canonical spelling, in the reference's order; empty for other fields.
QStringList knownEnumValues(JobField field);
// The canonical spelling: VERFIY_FIRMWARE (misprinted in the English and Japanese references) becomes
// VERIFY_FIRMWARE, " 1" becomes "1" for the integer enums, "TRUE" or "1" become "true" for booleans.
// Anything else, known or not, is returned unchanged.
QString normalizedEnumValue(JobField field, const QString &raw);
bool isKnownEnumValue(JobField field, const QString &raw);
// Short readable label ("In progress"); the raw value itself when it is not a documented value.
QString enumLabel(JobField field, const QString &raw);
// The reference's sentence about the value; empty when the value is not documented.
QString enumExplanation(JobField field, const QString &raw);

// "true"/"false" in any case, and "1"/"0" (some gateways stringify booleans); nullopt otherwise.
std::optional<bool> parseApiBoolean(QStringView text);
