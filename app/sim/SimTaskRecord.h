#pragma once

#include <QList>
#include <QString>

#include <utility>

// One device task as ListOTATaskByJob's SimpleOTATaskInfo has it: (field, text) in field name order, every
// value a string (Progress and Timeout too). Cheaper than a QJsonObject: a page of 100 goes out as JSON text
// directly (ResponseEncoder::tasksJson).
using SimTaskRecord = QList<std::pair<QString, QString>>;
