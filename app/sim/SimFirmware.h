#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A firmware version of the simulated account (SimpleFirmwareInfo, FirmwareInfo) and the batches of it.
struct SimFirmware
{
    QString id;
    int product; // index into the catalogue's products
    QString name;
    QString description;
    QString srcVersion; // differential packages only
    QString destVersion;
    int type; // 0 full, 1 differential
    int status; // -1 no verification needed, 0 unverified, 1 verified, 2 verifying, 3 failed
    qint64 size;
    QString signMethod;
    qint64 createMs;
    QStringList jobSrcVersions; // SrcVersions of the batches generated for it
    bool multiFiles = false;
    QList<int> jobs = {}; // the catalogue's batch numbers, newest first
};
