#pragma once

#include "ota/JobField.h"
#include "ota/OtaJob.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

#include <optional>

// Two batches side by side: one row per JobField (the form's order, labels and value texts), the columns
// Field | left | right. Rows whose field differs are bold on a soft background in both value columns; a field
// the response did not carry reads "Not returned", an empty one "(empty)". SrcVersions and Tags compare as
// sets and name what the right batch adds and removes. Optionally only the rows that differ are shown.
class BatchCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, Left, Right, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        FieldRole = Qt::UserRole + 1, // int(JobField)
        DifferentRole, // bool: the two batches differ in this field (every column)
        PresentRole, // bool: the column's batch carried the field (Left and Right only)
        ChangesRole, // QString: "added: …; removed: …" for SrcVersions and Tags that differ, else invalid
    };
    Q_ENUM(Role)

    explicit BatchCompareModel(QObject *parent = nullptr);

    void setJobs(const OtaJob &left, const OtaJob &right);
    void clear();
    bool hasJobs() const { return m_left.has_value(); }
    const std::optional<OtaJob> &leftJob() const { return m_left; }
    const std::optional<OtaJob> &rightJob() const { return m_right; }

    // Only the rows that differ (false: every field).
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }

    // Fields compared (every JobField) and how many of them differ; 0 without jobs.
    static int fieldCount() { return kJobFieldCount; }
    int differenceCount() const { return int(m_different.size()); }
    QList<JobField> differentFields() const { return m_different; }
    JobField fieldAt(int row) const;

    // Number and time formatting, as JobDetailModel does it: the default QLocale() until set, the system
    // zone.
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale.value_or(QLocale()); }
    void setTimeZone(const QTimeZone &zone);

    // Whether a and b differ in field: presence first (absent is not empty), then the typed value where both
    // are readable (SrcVersions and Tags as sets), else the text as received.
    static bool differs(const OtaJob &a, const OtaJob &b, JobField field);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant valueData(const OtaJob &job, JobField field, bool rightSide, int role) const;
    QString valueText(const OtaJob &job, JobField field) const;
    QString changesText(JobField field) const;
    QString batchTitle(const OtaJob &job) const;
    void rebuildRows();
    void retranslate();

    std::optional<OtaJob> m_left;
    std::optional<OtaJob> m_right;
    QList<JobField> m_different;
    QList<JobField> m_rows;
    bool m_onlyDifferences = false;
    std::optional<QLocale> m_locale;
    QTimeZone m_timeZone;
};
