#include "FuzzyMatch.h"

#include <QStringList>

namespace {
bool startsWord(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    const QChar c = text.at(i);
    return !before.isLetterOrNumber() || (before.isLower() && c.isUpper())
            || (before.isLetter() && c.isDigit());
}

// Whether rest's characters come in order in text from position from.
bool fitsAfter(QStringView rest, const QString &text, qsizetype from)
{
    for (const QChar c : rest) {
        from = text.indexOf(c, from);
        if (from < 0)
            return false;
        ++from;
    }
    return true;
}

// One word of the pattern: each of its characters at the first place it fits after the one before, where a
// place right after the previous match or at a word's start is preferred over an earlier one.
std::optional<int> scoreWord(const QString &word, const QString &text)
{
    const QString lower = text.toCaseFolded();
    const QString wanted = word.toCaseFolded();
    int total = 0;
    qsizetype from = 0;
    qsizetype previous = -2;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QChar c = wanted.at(i);
        qsizetype at = lower.indexOf(c, from);
        if (at < 0)
            return std::nullopt;
        // Rather than an arbitrary middle place, a word's start further on, when the rest still fits after
        // it.
        if (at != previous + 1 && !startsWord(text, at)) {
            for (qsizetype next = lower.indexOf(c, at + 1); next >= 0; next = lower.indexOf(c, next + 1)) {
                if (startsWord(text, next) && fitsAfter(QStringView(wanted).mid(i + 1), lower, next + 1)) {
                    at = next;
                    break;
                }
            }
        }
        int points = 1;
        if (at == previous + 1)
            points += 5; // consecutive
        if (startsWord(text, at))
            points += at == 0 ? 8 : 4;
        total += points;
        previous = at;
        from = at + 1;
    }
    if (lower.contains(wanted))
        total += 10 + int(wanted.size()); // the word as it is written
    return total;
}
} // namespace

std::optional<int> FuzzyMatch::score(const QString &pattern, const QString &text)
{
    const QStringList words = pattern.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 0;
    int total = 0;
    for (const QString &word : words) {
        const std::optional<int> points = scoreWord(word, text);
        if (!points)
            return std::nullopt;
        total += *points;
    }
    // Of two equal matches, the shorter text is closer to what was typed.
    return total * 100 - int(std::min<qsizetype>(text.size(), 99));
}
