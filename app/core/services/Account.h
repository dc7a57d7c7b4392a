#pragma once

#include "api/RpcClient.h"
#include "state/BatchKey.h"

#include <QString>

// Where and as whom a profile's batches are read: the profile's name (which keys its batches in the store,
// the watch list and the history), the connection with its credentials, and the IotInstanceId.
struct Account
{
    QString profile;
    RpcConfig config;
    QString iotInstanceId;
    bool readOnly = false; // the profile may only query: no write action is sent with it

    BatchKey key(const QString &jobId) const { return {profile, jobId}; }
    // Same endpoint, identity and way of asking, same IotInstanceId (the profile name aside).
    bool sameConnection(const Account &other) const;
};
