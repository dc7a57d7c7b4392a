#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// A fixture from tests/data (the reference samples verbatim); a missing file ends the test run loudly.
inline QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(OTA_TEST_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}
