#pragma once

#include <QDateTime>
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
