#pragma once

#include <QString>

#include <optional>

// Quick open's matching: the pattern's characters, in order and ignoring case, somewhere in the text
// ("hv0200" finds "HvKuBpuk3rdk6E92CPlive0200"). Spaces in the pattern separate words, each matched on its
// own. Higher scores are better matches: a run of consecutive characters, a match at the start of the text
// or of a word, and a shorter text score higher. nullopt: no match.
namespace FuzzyMatch {
std::optional<int> score(const QString &pattern, const QString &text);
} // namespace FuzzyMatch
