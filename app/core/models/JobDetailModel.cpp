#include "models/JobDetailModel.h"

#include "util/DisplayZone.h"

#include "ota/OtaEnums.h"
#include "util/LanguageChangeWatcher.h"
#include "util/TimeText.h"

using namespace Qt::StringLiterals;

namespace {

bool isEnumLike(JobField field)
{
    const ValueKind kind = jobFieldInfo(field).kind;
    return kind == ValueKind::Enum || kind == ValueKind::Boolean;
}

// Keeps the decimals the API sent ("50.00" stays two places) while using the locale's separators.
QString localizedDecimal(const QString &text, const QLocale &locale)
{
    bool ok = false;
    const double number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        return text;
    const qsizetype point = text.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(text.size() - point - 1);
    return locale.toString(number, 'f', decimals);
}

} // namespace

JobDetailModel::JobDetailModel(QObject *parent) : QAbstractTableModel(parent), m_timeZone(DisplayZone::zone())
{
    // Times in the zone chosen in Preferences, also when it changes.
    connect(DisplayZone::instance(), &DisplayZone::changed, this, &JobDetailModel::setTimeZone);
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &JobDetailModel::retranslate);
}

void JobDetailModel::setJob(const OtaJob &job)
{
    beginResetModel();
    m_job = job;
    m_hasJob = true;
    m_previous.reset();
    endResetModel();
}

void JobDetailModel::clear()
{
    beginResetModel();
    m_job = OtaJob();
    m_hasJob = false;
    m_previous.reset();
    endResetModel();
}

void JobDetailModel::setPrevious(const OtaJob &previous)
{
    m_previous = previous;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                     {ChangedRole, PreviousValueRole, Qt::ToolTipRole});
}

void JobDetailModel::clearPrevious()
{
    if (!m_previous)
        return;
    m_previous.reset();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                     {ChangedRole, PreviousValueRole, Qt::ToolTipRole});
}

QList<JobField> JobDetailModel::changedFields() const
{
    QList<JobField> fields;
    for (const JobField field : allJobFields()) {
        if (isChanged(field))
            fields.append(field);
    }
    return fields;
}

bool JobDetailModel::fieldDiffers(const OtaJob &a, const OtaJob &b, JobField field)
{
    if (a.has(field) != b.has(field))
        return true;
    if (!a.has(field))
        return false;
    // Typed where both are readable: "…10.000Z" and "…10Z" are the same time, [tags] the same in any shape.
    if (field == JobField::Tags && a.tags && b.tags)
        return *a.tags != *b.tags;
    const QVariant x = a.value(field);
    const QVariant y = b.value(field);
    if (field != JobField::Tags && x.isValid() && y.isValid())
        return x != y;
    return a.rawValue(field) != b.rawValue(field);
}

bool JobDetailModel::isChanged(JobField field) const
{
    return m_hasJob && m_previous && fieldDiffers(*m_previous, m_job, field);
}

QString JobDetailModel::previousText(JobField field) const
{
    if (!m_previous)
        return QString();
    if (!m_previous->has(field))
        return tr("Not returned");
    const QString text = displayText(*m_previous, field, locale(), m_timeZone);
    return text.isEmpty() ? tr("(empty)") : text;
}

void JobDetailModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    emitValuesChanged();
}

void JobDetailModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_timeZone)
        return;
    m_timeZone = zone;
    emitValuesChanged();
}

void JobDetailModel::emitValuesChanged()
{
    if (!m_hasJob)
        return;
    emit dataChanged(index(0, Value), index(rowCount() - 1, Value), {Qt::DisplayRole, Qt::ToolTipRole});
}

// Labels, help, enum labels, "min" and the header all come from tr() at data() time; the default locale
// (numbers) may have changed along with the language.
void JobDetailModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// Rows follow allJobFields(), which is the enum order.
JobField JobDetailModel::fieldAt(int row)
{
    Q_ASSERT(row >= 0 && row < kJobFieldCount);
    return JobField(row);
}

int JobDetailModel::rowOf(JobField field)
{
    return int(field);
}

QString JobDetailModel::notReturnedText(JobField field)
{
    const QString presence = jobFieldPresence(field);
    return presence.isEmpty() ? tr("Not returned") : tr("Not returned. %1").arg(presence);
}

QString JobDetailModel::displayText(const OtaJob &job, JobField field, const QLocale &locale,
                                    const QTimeZone &zone)
{
    if (!job.has(field))
        return QString();
    const QVariant typed = job.value(field);
    if (!typed.isValid())
        return job.rawValue(field); // present but unreadable as its type: show what came
    switch (jobFieldInfo(field).kind) {
    case ValueKind::Text:
        return typed.toString();
    case ValueKind::Enum:
    case ValueKind::Boolean:
        return enumLabel(field, typed.toString());
    case ValueKind::Integer: {
        const int number = typed.toInt();
        // %1 rather than %n: %n would format with the default locale, not this model's.
        if (field == JobField::RetryInterval || field == JobField::TimeoutInMinutes)
            return tr("%1 min", "minutes; plural chosen by the number", number).arg(locale.toString(number));
        return locale.toString(number);
    }
    case ValueKind::Percent:
        return tr("%1 %", "percentage").arg(localizedDecimal(typed.toString(), locale));
    case ValueKind::DateTime:
        return TimeText::inZone(typed.toDateTime(), zone);
    case ValueKind::StringList:
        return typed.toStringList().join(u", "_s);
    case ValueKind::Tags: {
        const int count = int(job.tags->size());
        return tr("%1 tag(s)", "number of tags; plural chosen by the number", count)
                .arg(locale.toString(count));
    }
    }
    return QString();
}

int JobDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kJobFieldCount;
}

int JobDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobDetailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return QVariant();
    const JobField field = fieldAt(index.row());
    const bool present = m_hasJob && m_job.has(field);

    switch (role) {
    case FieldRole:
        return int(field);
    case SectionRole:
        return int(jobFieldInfo(field).section);
    case PresentRole:
        return present;
    case RawValueRole:
        return present ? QVariant(m_job.rawValue(field)) : QVariant();
    case HelpRole:
        return jobFieldHelp(field);
    case EnumExplanationRole: {
        if (!present || !isEnumLike(field))
            return QVariant();
        const QString explanation = enumExplanation(field, m_job.rawValue(field));
        return explanation.isEmpty() ? QVariant() : QVariant(explanation);
    }
    case UtcRole: {
        const QVariant typed = present ? m_job.value(field) : QVariant();
        if (jobFieldInfo(field).kind != ValueKind::DateTime || !typed.isValid())
            return QVariant();
        return typed.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    }
    case TypedValueRole:
        return present ? m_job.value(field) : QVariant();
    case ChangedRole:
        return isChanged(field);
    case PreviousValueRole:
        return isChanged(field) ? QVariant(previousText(field)) : QVariant();
    default:
        break;
    }

    switch (index.column()) {
    case Label:
        if (role == Qt::DisplayRole)
            return jobFieldLabel(field);
        if (role == Qt::ToolTipRole)
            return jobFieldHelp(field);
        break;
    case Value:
        if (role == Qt::ToolTipRole && isChanged(field)) {
            // What it was comes first: that is what the highlight is about.
            const QString was = tr("Was: %1", "the value when the user last looked").arg(previousText(field));
            const QString tip = present ? valueToolTip(field) : notReturnedText(field);
            return tip.isEmpty() ? was : was + u"\n\n"_s + tip;
        }
        return present ? valueData(field, role) : QVariant();
    case RawValue:
        if (role == Qt::DisplayRole && present)
            return m_job.rawValue(field);
        break;
    case Help:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return jobFieldHelp(field);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant JobDetailModel::valueData(JobField field, int role) const
{
    if (role == Qt::DisplayRole)
        return displayText(m_job, field, locale(), m_timeZone);
    if (role == Qt::ToolTipRole) {
        const QString tip = valueToolTip(field);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return QVariant();
}

QString JobDetailModel::valueToolTip(JobField field) const
{
    const QString raw = m_job.rawValue(field);
    const QVariant typed = m_job.value(field);
    switch (jobFieldInfo(field).kind) {
    case ValueKind::Enum:
    case ValueKind::Boolean: {
        if (raw.isEmpty())
            return QString();
        const QString explanation = enumExplanation(field, raw);
        if (explanation.isEmpty())
            return tr("%1\nThis value is not documented in the API reference.").arg(raw);
        return tr("%1\n%2", "raw value, then what it means").arg(raw, explanation);
    }
    case ValueKind::DateTime:
        if (!typed.isValid())
            return QString();
        return tr("%1 UTC").arg(TimeText::inZone(typed.toDateTime(), QTimeZone::utc()));
    case ValueKind::Tags: {
        if (!m_job.tags)
            return QString();
        QStringList lines;
        for (const OtaTag &tag : *m_job.tags)
            lines.append(tr("%1 = %2", "tag key and value").arg(tag.key, tag.value));
        return lines.join(u'\n');
    }
    case ValueKind::Text:
    case ValueKind::Integer:
    case ValueKind::Percent:
    case ValueKind::StringList:
        break;
    }
    return QString();
}

QVariant JobDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("Field");
    case Value:
        return tr("Value");
    case RawValue:
        return tr("Raw value");
    case Help:
        return tr("Description");
    default:
        break;
    }
    return QVariant();
}

QHash<int, QByteArray> JobDetailModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FieldRole, "field");
    names.insert(SectionRole, "section");
    names.insert(PresentRole, "present");
    names.insert(RawValueRole, "rawValue");
    names.insert(HelpRole, "help");
    names.insert(EnumExplanationRole, "enumExplanation");
    names.insert(UtcRole, "utc");
    names.insert(TypedValueRole, "typedValue");
    names.insert(ChangedRole, "changed");
    names.insert(PreviousValueRole, "previousValue");
    return names;
}
