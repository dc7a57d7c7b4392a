#include "models/BatchCompareModel.h"

#include "util/DisplayZone.h"

#include "models/JobDetailModel.h"
#include "ota/OtaTag.h"
#include "util/LanguageChangeWatcher.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool isSetField(JobField field)
{
    return field == JobField::SrcVersions || field == JobField::Tags;
}

// The form's tooltip wording for one tag (JobDetailModel), so both views say it alike.
QString tagText(const OtaTag &tag)
{
    return QCoreApplication::translate("JobDetailModel", "%1 = %2", "tag key and value")
            .arg(tag.key, tag.value);
}

// The items of a set field as texts, in the order received, each once; nullopt when unreadable.
std::optional<QStringList> setItems(const OtaJob &job, JobField field)
{
    QStringList items;
    if (field == JobField::SrcVersions) {
        if (!job.srcVersions)
            return std::nullopt;
        items = *job.srcVersions;
    } else {
        if (!job.tags)
            return std::nullopt;
        for (const OtaTag &tag : *job.tags)
            items.append(tagText(tag));
    }
    items.removeDuplicates();
    return items;
}

// Tags compare by key and value together: the same key with another value is one removed and one added.
QSet<std::pair<QString, QString>> tagSet(const QList<OtaTag> &tags)
{
    QSet<std::pair<QString, QString>> set;
    for (const OtaTag &tag : tags)
        set.insert({tag.key, tag.value});
    return set;
}

} // namespace

BatchCompareModel::BatchCompareModel(QObject *parent)
    : QAbstractTableModel(parent), m_timeZone(DisplayZone::zone())
{
    // Times in the zone chosen in Preferences, also when it changes.
    connect(DisplayZone::instance(), &DisplayZone::changed, this, &BatchCompareModel::setTimeZone);
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &BatchCompareModel::retranslate);
    rebuildRows();
}

void BatchCompareModel::setJobs(const OtaJob &left, const OtaJob &right)
{
    beginResetModel();
    m_left = left;
    m_right = right;
    m_different.clear();
    for (const JobField field : allJobFields()) {
        if (differs(left, right, field))
            m_different.append(field);
    }
    rebuildRows();
    endResetModel();
}

void BatchCompareModel::clear()
{
    beginResetModel();
    m_left.reset();
    m_right.reset();
    m_different.clear();
    rebuildRows();
    endResetModel();
}

void BatchCompareModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    beginResetModel();
    m_onlyDifferences = only;
    rebuildRows();
    endResetModel();
}

void BatchCompareModel::rebuildRows()
{
    m_rows = m_onlyDifferences ? m_different : allJobFields();
}

JobField BatchCompareModel::fieldAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

void BatchCompareModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    retranslate();
}

void BatchCompareModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_timeZone)
        return;
    m_timeZone = zone;
    retranslate();
}

void BatchCompareModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool BatchCompareModel::differs(const OtaJob &a, const OtaJob &b, JobField field)
{
    if (a.has(field) != b.has(field))
        return true;
    if (!a.has(field))
        return false;
    if (field == JobField::SrcVersions && a.srcVersions && b.srcVersions) {
        return QSet<QString>(a.srcVersions->cbegin(), a.srcVersions->cend())
                != QSet<QString>(b.srcVersions->cbegin(), b.srcVersions->cend());
    }
    if (field == JobField::Tags && a.tags && b.tags)
        return tagSet(*a.tags) != tagSet(*b.tags);
    // Typed where both are readable: VERFIY_FIRMWARE and VERIFY_FIRMWARE, "…10.000Z" and "…10Z" are alike.
    const QVariant x = a.value(field);
    const QVariant y = b.value(field);
    if (!isSetField(field) && x.isValid() && y.isValid())
        return x != y;
    return a.rawValue(field) != b.rawValue(field);
}

QString BatchCompareModel::valueText(const OtaJob &job, JobField field) const
{
    if (!job.has(field))
        return QCoreApplication::translate("JobDetailModel", "Not returned");
    if (isSetField(field)) {
        const std::optional<QStringList> items = setItems(job, field);
        if (items)
            return items->isEmpty() ? tr("(none)") : items->join(u", "_s);
    }
    const QString text = JobDetailModel::displayText(job, field, locale(), m_timeZone);
    return text.isEmpty() ? tr("(empty)") : text;
}

// What the right batch adds to and removes from the left one's set; empty unless both sides are readable
// sets.
QString BatchCompareModel::changesText(JobField field) const
{
    if (!isSetField(field) || !m_left || !m_right || !m_different.contains(field))
        return QString();
    const std::optional<QStringList> left = setItems(*m_left, field);
    const std::optional<QStringList> right = setItems(*m_right, field);
    if (!left || !right)
        return QString();
    QStringList added;
    QStringList removed;
    for (const QString &item : *right) {
        if (!left->contains(item))
            added.append(item);
    }
    for (const QString &item : *left) {
        if (!right->contains(item))
            removed.append(item);
    }
    QStringList parts;
    if (!added.isEmpty())
        parts.append(tr("added: %1", "items only the right batch has").arg(added.join(u", "_s)));
    if (!removed.isEmpty())
        parts.append(tr("removed: %1", "items only the left batch has").arg(removed.join(u", "_s)));
    return parts.join(u"; "_s);
}

QString BatchCompareModel::batchTitle(const OtaJob &job) const
{
    const QString jobId = job.jobId.value_or(QString());
    const QString name = job.name.value_or(QString());
    if (name.isEmpty())
        return jobId;
    if (jobId.isEmpty())
        return name;
    return tr("%1 (%2)", "batch header: package name, then JobId").arg(name, jobId);
}

int BatchCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchCompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return QVariant();
    const JobField field = fieldAt(index.row());
    const bool different = m_different.contains(field);
    switch (role) {
    case FieldRole:
        return int(field);
    case DifferentRole:
        return different;
    default:
        break;
    }
    switch (index.column()) {
    case Field:
        if (role == Qt::DisplayRole)
            return jobFieldLabel(field);
        if (role == Qt::ToolTipRole)
            return jobFieldHelp(field);
        break;
    case Left:
        if (m_left)
            return valueData(*m_left, field, false, role);
        break;
    case Right:
        if (m_right)
            return valueData(*m_right, field, true, role);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant BatchCompareModel::valueData(const OtaJob &job, JobField field, bool rightSide, int role) const
{
    switch (role) {
    case PresentRole:
        return job.has(field);
    case ChangesRole: {
        const QString changes = changesText(field);
        return changes.isEmpty() ? QVariant() : QVariant(changes);
    }
    case Qt::DisplayRole: {
        const QString text = valueText(job, field);
        const QString changes = rightSide ? changesText(field) : QString();
        return changes.isEmpty()
                ? text
                : tr("%1 (%2)", "set value, then what was added and removed").arg(text, changes);
    }
    case Qt::ToolTipRole: {
        if (!job.has(field))
            return JobDetailModel::notReturnedText(field);
        const QString changes = changesText(field);
        const QString text = valueText(job, field);
        return changes.isEmpty() ? text : text + u"\n"_s + changes;
    }
    default:
        break;
    }
    return QVariant();
}

QVariant BatchCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case Left:
        return m_left ? batchTitle(*m_left) : tr("Left batch");
    case Right:
        return m_right ? batchTitle(*m_right) : tr("Right batch");
    default:
        break;
    }
    return QVariant();
}
