#pragma once

#include <QMetaType>
#include <QString>

// One key/value tag of an update batch (the API's OtaTagDTO).
struct OtaTag
{
    QString key;
    QString value;

    friend bool operator==(const OtaTag &a, const OtaTag &b) { return a.key == b.key && a.value == b.value; }
    friend bool operator!=(const OtaTag &a, const OtaTag &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(OtaTag)
