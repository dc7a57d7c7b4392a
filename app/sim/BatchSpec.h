#pragma once

#include "SimHash.h"
#include "SimTime.h"

#include <QString>

#include <array>

// What varies between generated batches; their Data, task mix and times follow from it and its hash.
struct BatchSpec
{
    QString tag; // 4 characters of the JobId
    int firmware; // index into the catalogue's firmware
    QString status;
    bool verify;
    qint64 createMs;
    int taskCount;
    int ordinal; // wave number, for names and descriptions

    quint32 hash() const { return SimHash::mix32(SimHash::stableHash(tag) ^ quint32(ordinal) * 0x9e3779b9U); }
    bool isBig() const { return tag == u"huge"; }
    bool needConfirm() const { return isBig() || (!verify && hash() / 172800 % 5 == 0); }
    int timeoutMinutes() const { return std::array {30, 60, 1440}[hash() / 57600 % 3]; }
    qint64 startMs() const
    {
        return status == u"PLANNED" ? createMs + 3 * SimTime::kDay : createMs + 2000 + hash() % 60 * 1000;
    }
};
