#pragma once

#include <QString>
#include <QTranslator>

// Puts every text in brackets: shows what follows a language change without a catalogue.
class BracketTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QStringLiteral("[%1]").arg(QString::fromUtf8(source));
    }
};
