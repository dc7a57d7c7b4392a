#pragma once

#include "ota/JobField.h"
#include "ota/OtaJob.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

#include <optional>

// One row per JobField (allJobFields() order, always all of them) over one OtaJob.
// A field the response did not carry has an empty Value and PresentRole false; how to say "not returned"
// is the view's business (notReturnedText() gives the words). Every text is translated when asked for, and
// the whole table is announced as changed when the application's language changes.
class JobDetailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Value, RawValue, Help, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        FieldRole = Qt::UserRole + 1, // int(JobField)
        SectionRole, // int(JobSection)
        PresentRole, // bool: the body carried the field (possibly empty)
        RawValueRole, // QString: the text as received; empty when absent
        HelpRole, // QString: the field's help text
        EnumExplanationRole, // QString: the reference's sentence about an enum or boolean value
        UtcRole, // QString: ISO 8601 UTC ("2019-12-28T02:43:10.000Z") for the Utc* fields
        TypedValueRole, // QVariant: OtaJob::value(), for sorting and filtering
        ChangedRole, // bool: differs from the previous job (setPrevious()); false without one
        PreviousValueRole, // QString: the previous job's Value text ("Not returned" when it had none)
    };
    Q_ENUM(Role)

    explicit JobDetailModel(QObject *parent = nullptr);

    // Also forgets the previous job: a comparison belongs to the job it was made for.
    void setJob(const OtaJob &job);
    void clear();
    // "Changed since you last looked": rows whose field differs from previous (added, removed or another
    // value) report ChangedRole and a "Was: ..." tooltip on their Value.
    void setPrevious(const OtaJob &previous);
    void clearPrevious();
    bool hasPrevious() const { return m_previous.has_value(); }
    QList<JobField> changedFields() const;
    // Present in one and not the other, or another value (typed where both are readable, else the raw text).
    static bool fieldDiffers(const OtaJob &a, const OtaJob &b, JobField field);
    const OtaJob &job() const { return m_job; }
    bool hasJob() const { return m_hasJob; }

    // Formatting of numbers, percentages and times: the default QLocale() of the moment (it follows the UI
    // language) until a locale is set, and the system time zone.
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale.value_or(QLocale()); }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_timeZone; }

    static JobField fieldAt(int row);
    static int rowOf(JobField field);
    // "Not returned", followed by the field's presence rule when the reference gives one.
    static QString notReturnedText(JobField field);
    // The Value column's text for a present field, as this model shows it.
    static QString displayText(const OtaJob &job, JobField field, const QLocale &locale,
                               const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant valueData(JobField field, int role) const;
    QString valueToolTip(JobField field) const;
    bool isChanged(JobField field) const;
    QString previousText(JobField field) const;
    void emitValuesChanged();
    void retranslate();

    OtaJob m_job;
    bool m_hasJob = false;
    std::optional<OtaJob> m_previous;
    std::optional<QLocale> m_locale;
    QTimeZone m_timeZone;
};
