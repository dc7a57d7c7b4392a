#pragma once

#include <QString>

// A product of the simulated account (QueryProductList's ProductInfo) and how its devices' IotIds are made.
struct SimProduct
{
    QString key;
    QString name;
    QString description;
    QString authType;
    int dataFormat;
    int nodeType;
    int deviceCount;
    qint64 gmtCreateMs;
    QString iotIdPrefix; // IotId = prefix + 8 hex digits of the device number, mixed
};
