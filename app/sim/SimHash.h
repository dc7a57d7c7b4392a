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
