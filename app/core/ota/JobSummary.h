#pragma once

#include "ota/OtaTag.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One batch as ListOTAJobByFirmware lists it (Data.SimpleOTAJobInfo[]); QueryOTAJob has the rest.
struct JobSummary
{
    QString jobId;
    QString firmwareId;
    QString productKey;
    QString jobStatus;
    QString jobType;
    QString selectionType;
    QString targetSelection;
    QDateTime utcCreate;
    QDateTime utcModified;
    QDateTime utcStartTime;
    QDateTime utcEndTime;
    QList<OtaTag> tags;
};
