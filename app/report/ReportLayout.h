#pragma once

#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// One piece of a report: a section heading, a paragraph, a table, or the burn-up chart (with its points as
// a table, for the formats that cannot draw).
struct ReportBlock
{
    enum class Kind { Heading, Paragraph, Table, BurnUpChart };
    Kind kind = Kind::Paragraph;
    QString text; // Heading, Paragraph
    QStringList header; // Table, BurnUpChart
    QList<QStringList> rows; // Table, BurnUpChart
    QList<int> numericColumns; // right-aligned
};

// A sign-off report composed in the UI language, ready for a writer: the same blocks become Markdown or PDF.
struct ReportDocument
{
    QString title;
    QList<ReportBlock> blocks;
    QList<HistoryCountsPoint> burnUp; // what BurnUpChart blocks draw
    QLocale locale;
    QString footer; // who exported it, when, with which OtaDash
};

struct ReportData;

// Turns ReportData into the report's sections.
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)
public:
    // At most this many burn-up points are listed as a table (the chart draws them all).
    static constexpr int kMaxBurnUpRows = 12;
    // At most this many devices that report another version are listed.
    static constexpr int kMaxListedRows = 50;

    static ReportDocument compose(const ReportData &data);
    // "Sign-off report: <batch name>".
    static QString title(const QString &batchName);
    // Evenly spread points, the first and the last always among them.
    static QList<HistoryCountsPoint> sampled(const QList<HistoryCountsPoint> &points, int maximum);
};
