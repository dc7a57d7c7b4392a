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

// A fixture that otasim serves, from app/sim/fixtures: the seed document's sample (seed_queryotajob.json,
// kept byte for byte) lives there because the simulator builds it in, and the simulator links nothing from
// tests/.
inline QByteArray simFixture(const QString &name)
{
    QFile file(QStringLiteral(OTA_SIM_FIXTURES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open simulator fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A reference sample by file name, for tests whose rows name the samples: tests/data, or app/sim/fixtures for
// the one the simulator serves.
inline QByteArray sampleData(const QString &name)
{
    if (QFile::exists(QStringLiteral(OTA_TEST_DATA) + u'/' + name))
        return testData(name);
    return simFixture(name);
}
