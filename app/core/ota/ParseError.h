#pragma once

#include <QMetaType>
#include <QString>

// Why a response body could not be read at all (as opposed to warnings about parts of it).
struct ParseError
{
    QString message; // translated (contexts "OtaJobParser" and "OtaListParser")
    qsizetype offset = -1; // byte offset (JSON) or character offset (XML) of the fault; -1 if none applies
};

Q_DECLARE_METATYPE(ParseError)
