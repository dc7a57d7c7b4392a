#pragma once

#include <QDateTime>
#include <QString>

// One device as QueryDeviceDetail (Data) or BatchQueryDeviceDetail (Data.Data[]) describes it. The response
// also carries the device's own credential, DeviceSecret: it has no member here, and the readers
// (ota/OtaListParser.h) never read it, so it is dropped where the response is parsed.
struct DeviceDetail
{
    QString productKey;
    QString productName;
    QString deviceName;
    QString iotId;
    QString nickname;
    QString status; // ONLINE, OFFLINE, UNACTIVE (never activated) or DISABLE, as received
    QString firmwareVersion; // what the device reports for its default module
    QString ipAddress;
    QString region;
    int nodeType = -1; // 0 device, 1 gateway; -1 when absent
    QDateTime utcCreate;
    QDateTime utcActive;
    QDateTime utcOnline; // the last time it came online (QueryDeviceDetail only)
};

// One device's online state (BatchGetDeviceState: DeviceStatusList.DeviceStatus[]).
struct DeviceState
{
    QString deviceName;
    QString iotId;
    QString status; // as DeviceDetail::status
    QString lastOnlineTime; // as received: the documents give no format or time zone
};

// One module version that a device itself reported (ListOTAModuleVersionsByDevice: Data.SimpleOTAModuleInfo).
struct ModuleVersion
{
    QString productKey;
    QString deviceName;
    QString iotId;
    QString moduleName;
    QString moduleVersion;
};
