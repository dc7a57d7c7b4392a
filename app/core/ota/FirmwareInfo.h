#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// One firmware of ListOTAFirmware (FirmwareInfo.SimpleFirmwareInfo[]).
struct FirmwareInfo
{
    QString firmwareId;
    QString firmwareName;
    QString firmwareDesc;
    QString productKey;
    QString productName;
    QString srcVersion;
    QString destVersion;
    QString moduleName;
    QString signMethod;
    QString firmwareSign;
    qint64 firmwareSize = 0;
    int status = 0; // -1 no verification needed, 0 unverified, 1 verified, 2 verifying, 3 failed
    int type = 0; // 0 full package, 1 differential
    QDateTime utcCreate;
    QDateTime utcModified;
};

// One file of a multi-file package (QueryOTAFirmware's MultiFiles[]).
struct FirmwareFile
{
    QString name;
    qint64 size = -1; // bytes; -1 when absent or not a number of bytes
    QString md5; // FileMd5
    QString signValue;
    QString url;
};

// QueryOTAFirmware's FirmwareInfo: the list's fields, the download URL, the verification progress and the
// files of a multi-file package.
struct FirmwareDetail
{
    FirmwareInfo info;
    QString firmwareUrl;
    QString udi;
    int verifyProgress = -1; // 0..100; -1 when absent or out of that range
    QList<FirmwareFile> files;
};
Q_DECLARE_METATYPE(FirmwareDetail)
