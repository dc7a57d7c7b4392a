#pragma once

#include <QString>

// One product of QueryProductList (List.ProductInfo[]).
struct ProductInfo
{
    QString productKey;
    QString productName;
    QString description;
    QString authType;
    qint64 deviceCount = 0;
    int nodeType = 0;
    int dataFormat = 0;
    qint64 gmtCreateMs = 0; // epoch ms as the API gives it
};
