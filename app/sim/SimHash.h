#pragma once

#include <QStringView>

// Fixed, portable hashes: every generated ID, time and status is the same on every run and platform.
namespace SimHash {

// Bijective integer mixers (xorshift-multiply): distinct inputs give distinct IDs.
inline quint32 mix32(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

inline quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

namespace detail {
// The inverse of an odd number modulo 2^64 (Newton's iteration, each step doubles the correct bits).
constexpr quint64 inverse(quint64 odd)
{
    quint64 x = odd; // correct to 3 bits: odd * odd == 1 mod 8
    for (int i = 0; i < 5; ++i)
        x *= 2 - odd * x;
    return x;
}
} // namespace detail

// mix64's inverse: the number a mixed ID was made from.
inline quint64 unmix64(quint64 z)
{
    z ^= (z >> 31) ^ (z >> 62);
    z *= detail::inverse(0x94d049bb133111ebULL);
    z ^= (z >> 27) ^ (z >> 54);
    z *= detail::inverse(0xbf58476d1ce4e5b9ULL);
    z ^= (z >> 30) ^ (z >> 60);
    return z;
}

// FNV-1a over UTF-16: a seed that does not depend on Qt's hashing or the platform.
inline quint32 stableHash(QStringView text)
{
    quint32 hash = 2166136261U;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619U;
    }
    return hash;
}

// The per-task hash of a batch's task: its times, progress and source version follow from it.
inline quint32 taskHash(quint32 seed, int index)
{
    return mix32(seed ^ quint32(index) * 0x9e3779b9U);
}

} // namespace SimHash
