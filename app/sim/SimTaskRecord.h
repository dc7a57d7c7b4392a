#pragma once

#include <QList>
#include <QString>

#include <utility>

// One device task as SimpleOTATaskInfo: (field, text) in name order, far cheaper than a QJsonObject.
using SimTaskRecord = QList<std::pair<QString, QString>>;
