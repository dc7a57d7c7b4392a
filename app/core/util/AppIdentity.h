#pragma once

// The names every OtaDash program runs under (otadash, otadash-cli and its report helper): organization
// "OtaDash", application "otadash", so that they share one settings file, one profile list and one history.
namespace AppIdentity {
void apply();
} // namespace AppIdentity
