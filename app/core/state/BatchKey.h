#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

// One batch as one account sees it: the profile it is read with and its JobId. The profile names the
// account (its endpoint, AccessKey and IotInstanceId; the demo's is "Demo", plain environment credentials
// have the empty name), as the watch list and the history key their rows.
struct BatchKey
{
    QString profile;
    QString jobId;

    bool isValid() const { return !jobId.isEmpty(); }
    friend bool operator==(const BatchKey &a, const BatchKey &b)
    {
        return a.profile == b.profile && a.jobId == b.jobId;
    }
    friend bool operator!=(const BatchKey &a, const BatchKey &b) { return !(a == b); }
    friend size_t qHash(const BatchKey &key, size_t seed = 0) { return qHashMulti(seed, key.profile, key.jobId); }
};
Q_DECLARE_METATYPE(BatchKey)
