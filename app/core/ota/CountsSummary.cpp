#include "ota/CountsSummary.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

namespace {
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("CountsSummary", text, comment, n);
}
} // namespace

QString CountsSummary::percentText(double percent, const QLocale &locale)
{
    return tr("%1 %", "a percentage").arg(locale.toString(std::floor(percent * 10.0) / 10.0, 'f', 1));
}

QString CountsSummary::headline(const QLocale &locale) const
{
    return tr("%1 succeeded (%2) · %3 failed (%4) · %5 in flight · %6 not started")
            .arg(locale.toString(succeeded()), percentText(succeededPercent(), locale),
                 locale.toString(failed()), percentText(failedPercent(), locale), locale.toString(inFlight()),
                 locale.toString(notStarted()));
}

QString CountsSummary::shortHeadline(const QLocale &locale) const
{
    return tr("%1 succeeded · %2 failed")
            .arg(percentText(succeededPercent(), locale), percentText(failedPercent(), locale));
}

QString CountsSummary::details(const QLocale &locale) const
{
    QString text = tr("%Ln task(s): %1 complete (%2), of them %3 succeeded, %4 failed and %5 canceled; %6 in "
                      "flight; %7 not started.",
                      "", int(std::min<qint64>(total(), INT_MAX)))
                           .arg(locale.toString(complete()), percentText(completePercent(), locale),
                                locale.toString(succeeded()), locale.toString(failed()),
                                locale.toString(canceled()), locale.toString(inFlight()),
                                locale.toString(notStarted()));
    text += u'\n' + definitions();
    if (const QString note = movedNote(locale); !note.isEmpty())
        text += u'\n' + note;
    return text;
}

QString CountsSummary::definitions()
{
    return tr("Complete: succeeded, failed or canceled, the tasks that will not move on by themselves. In "
              "flight: notified or in progress. Not started: queued or awaiting confirmation. Shares are of "
              "the batch's total, read in the same round.");
}

QString CountsSummary::movedNote(const QLocale &locale) const
{
    const qint64 delta = moved();
    if (delta == 0)
        return {};
    const int n = int(std::min<qint64>(std::llabs(delta), INT_MAX));
    if (delta > 0)
        return tr("Tasks moved while they were counted: the statuses add up to %1 of the batch's %2 (%Ln "
                  "task(s) "
                  "changed status between two reads and were missed).",
                  "", n)
                .arg(locale.toString(counted()), locale.toString(total()));
    return tr("Tasks moved while they were counted: the statuses add up to %1, %Ln more than the batch's %2 "
              "(counted twice between two reads).",
              "", n)
            .arg(locale.toString(counted()), locale.toString(total()));
}
