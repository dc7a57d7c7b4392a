#include "models/WatchListModel.h"

#include "ota/CountsSummary.h"
#include "ota/OtaEnums.h"
#include "state/BatchStore.h"
#include "util/Clock.h"
#include "util/LanguageChangeWatcher.h"
#include "util/TimeText.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kEntriesArray = u"entries"_s;
constexpr int kFormatVersion = 1;

QString displayName(const WatchListModel::Entry &entry)
{
    return entry.name.isEmpty() ? entry.jobId : entry.name;
}
} // namespace

WatchListModel::WatchListModel(const Clock *clock, QObject *parent) : WatchListModel(clock, nullptr, parent)
{ }

WatchListModel::WatchListModel(const Clock *clock, BatchStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock ? clock : &Clock::system())
{
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &WatchListModel::retranslate);
    if (!store)
        return;
    connect(store, &BatchStore::changed, this, [this, store](const BatchKey &key, BatchStore::Parts parts) {
        if (rowOf(key.profile, key.jobId) < 0)
            return;
        if (parts & BatchStore::Job) {
            if (const JobReading *reading = store->job(key))
                updateFromJob(key.profile, key.jobId, reading->job, reading->readAtUtc);
        }
        if (parts & BatchStore::Counts) {
            if (const CountsReading *reading = store->counts(key))
                updateCounts(key.profile, key.jobId, reading->counts, reading->batchTotal,
                             reading->finishedAtUtc);
        }
        if (parts & BatchStore::JobError) {
            const BatchState state = store->state(key);
            if (state.jobError)
                setError(key.profile, key.jobId, *state.jobError);
        }
    });
}

WatchListModel::~WatchListModel() = default;

void WatchListModel::setRefreshInterval(int secs)
{
    m_refreshIntervalSecs = std::max(0, secs);
    tick();
}

bool WatchListModel::isStale(const Entry &entry) const
{
    if (m_refreshIntervalSecs <= 0 || !entry.lastRefreshUtc.isValid())
        return false;
    // A refresh round takes a while and may wait for the account's rate: twice the interval (and 15 s).
    const qint64 allowed = qint64(m_refreshIntervalSecs) + std::max(m_refreshIntervalSecs, 15);
    return entry.lastRefreshUtc.secsTo(m_clock->nowUtc()) > allowed;
}

void WatchListModel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
    tick();
}

bool WatchListModel::add(const QString &profile, const QString &jobId)
{
    if (profile.isEmpty() || jobId.isEmpty() || rowOf(profile, jobId) >= 0)
        return false;
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    Entry entry;
    entry.profile = profile;
    entry.jobId = jobId;
    m_entries.append(entry);
    endInsertRows();
    return true;
}

bool WatchListModel::remove(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

int WatchListModel::rowOf(const QString &profile, const QString &jobId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].jobId == jobId && m_entries[row].profile == profile)
            return row;
    }
    return -1;
}

int WatchListModel::changedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.changed; }));
}

bool WatchListModel::updateFromJob(const QString &profile, const QString &jobId, const OtaJob &job,
                                   const QDateTime &at)
{
    const int row = rowOf(profile, jobId);
    if (row < 0)
        return false;
    Entry &entry = m_entries[row];
    const QString oldStatus = entry.status;
    if (job.name)
        entry.name = *job.name;
    if (job.jobStatus && !job.jobStatus->isEmpty())
        entry.status = *job.jobStatus;
    if (job.destVersion)
        entry.destVersion = *job.destVersion;
    if (job.srcVersions)
        entry.srcVersions = *job.srcVersions;
    entry.lastRefreshUtc = at.toUTC();
    entry.error.reset();
    // The first status we learn is no change; an unknown (empty) one never replaces a known one.
    const bool changed = !oldStatus.isEmpty() && entry.status != oldStatus;
    if (changed)
        entry.changed = true;
    // Copies: a slot of dataChanged may change the list and move the entry.
    const QString entryProfile = entry.profile;
    const QString entryJobId = entry.jobId;
    const QString name = displayName(entry);
    const QString newStatus = entry.status;
    emitRowChanged(row);
    if (changed)
        emit statusChanged(entryProfile, entryJobId, name, oldStatus, newStatus);
    return changed;
}

bool WatchListModel::setError(const QString &profile, const QString &jobId, const ApiError &error)
{
    const int row = rowOf(profile, jobId);
    if (row < 0)
        return false;
    m_entries[row].error = error;
    emitRowChanged(row);
    return true;
}

bool WatchListModel::updateCounts(const QString &profile, const QString &jobId,
                                  const TaskStatusCounts &counts, std::optional<qint64> batchTotal,
                                  const QDateTime &countedAtUtc)
{
    const int row = rowOf(profile, jobId);
    if (row < 0)
        return false;
    m_entries[row].counts = counts;
    m_entries[row].batchTotal = batchTotal;
    m_entries[row].countedAtUtc = countedAtUtc;
    emitRowChanged(row);
    evaluateAlert(row);
    return true;
}

bool WatchListModel::setFailureAlert(int row, const FailureRateAlert::Settings &settings)
{
    if (row < 0 || row >= m_entries.size() || (settings.isEnabled() && !settings.isValid()))
        return false;
    m_entries[row].failureAlert.setSettings(settings.isEnabled() ? settings : FailureRateAlert::Settings());
    emitRowChanged(row);
    evaluateAlert(row);
    return true;
}

int WatchListModel::failureAlertCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.failureAlert.isEnabled(); }));
}

void WatchListModel::evaluateAlert(int row)
{
    Entry &entry = m_entries[row];
    if (!entry.counts || entry.failureAlert.evaluate(*entry.counts) == FailureRateAlert::Transition::None)
        return;
    // Copies: a slot may change the list.
    const QString profile = entry.profile;
    const QString jobId = entry.jobId;
    const QString name = displayName(entry);
    const TaskStatusCounts counts = *entry.counts;
    const double threshold = entry.failureAlert.settings().thresholdPercent;
    const bool raised = entry.failureAlert.isRaised();
    emitRowChanged(row);
    if (raised)
        emit failureAlertRaised(profile, jobId, name, counts, threshold);
}

QString WatchListModel::failureAlertText(const Entry &entry)
{
    const FailureRateAlert &alert = entry.failureAlert;
    if (!alert.isEnabled())
        return {};
    const QLocale locale;
    const QString threshold = locale.toString(alert.settings().thresholdPercent, 'f', 1);
    const std::optional<double> rate
            = entry.counts ? FailureRateAlert::failureRatePercent(*entry.counts) : std::nullopt;
    if (!rate) {
        return tr("Failure alert at %1 % (minimum sample %2); no counts yet.")
                .arg(threshold, locale.toString(alert.settings().minimumSample));
    }
    const QString failed = locale.toString((*entry.counts)[TaskStatus::Failed]);
    const QString sample = locale.toString(FailureRateAlert::sampleSize(*entry.counts));
    if (alert.isRaised()) {
        return tr("Failure alert: %1 % of the tasks that succeeded or failed have failed (%2 of %3); the "
                  "threshold is %4 %.")
                .arg(locale.toString(*rate, 'f', 1), failed, sample, threshold);
    }
    return tr("Failure alert at %1 % (minimum sample %2); now %3 % (%4 of %5 failed).")
            .arg(threshold, locale.toString(alert.settings().minimumSample), locale.toString(*rate, 'f', 1),
                 failed, sample);
}

void WatchListModel::markSeen(int row)
{
    if (row < 0 || row >= m_entries.size() || !m_entries[row].changed)
        return;
    m_entries[row].changed = false;
    emitRowChanged(row);
}

void WatchListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void WatchListModel::tick()
{
    if (m_entries.isEmpty())
        return;
    emit dataChanged(index(0, Updated), index(rowCount() - 1, Updated),
                     {Qt::DisplayRole, Qt::ToolTipRole, StaleRole});
}

void WatchListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// --- persistence

void WatchListModel::save(QSettings *settings) const
{
    settings->beginGroup(kSettingsGroup);
    settings->remove(QString()); // the whole group: no stale array items beyond the new size
    settings->setValue(u"version"_s, kFormatVersion);
    settings->beginWriteArray(kEntriesArray, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        settings->setArrayIndex(i);
        settings->setValue(u"profile"_s, entry.profile);
        settings->setValue(u"jobId"_s, entry.jobId);
        settings->setValue(u"name"_s, entry.name);
        settings->setValue(u"status"_s, entry.status);
        settings->setValue(u"destVersion"_s, entry.destVersion);
        settings->setValue(u"srcVersions"_s, entry.srcVersions);
        settings->setValue(u"lastRefresh"_s,
                           entry.lastRefreshUtc.isValid()
                                   ? entry.lastRefreshUtc.toUTC().toString(Qt::ISODateWithMs)
                                   : QString());
        settings->setValue(u"changed"_s, entry.changed);
        if (entry.failureAlert.isEnabled()) {
            settings->setValue(u"failureAlertPercent"_s, entry.failureAlert.settings().thresholdPercent);
            settings->setValue(u"failureAlertMinimum"_s, entry.failureAlert.settings().minimumSample);
            settings->setValue(u"failureAlertRaised"_s, entry.failureAlert.isRaised());
        }
    }
    settings->endArray();
    settings->endGroup();
}

void WatchListModel::load(QSettings *settings)
{
    QList<Entry> loaded;
    settings->beginGroup(kSettingsGroup);
    const int size = settings->beginReadArray(kEntriesArray);
    for (int i = 0; i < size; ++i) {
        settings->setArrayIndex(i);
        Entry entry;
        entry.profile = settings->value(u"profile"_s).toString();
        entry.jobId = settings->value(u"jobId"_s).toString();
        const bool duplicate = std::any_of(loaded.cbegin(), loaded.cend(), [&](const Entry &other) {
            return other.profile == entry.profile && other.jobId == entry.jobId;
        });
        if (entry.profile.isEmpty() || entry.jobId.isEmpty() || duplicate)
            continue;
        entry.name = settings->value(u"name"_s).toString();
        entry.status = settings->value(u"status"_s).toString();
        entry.destVersion = settings->value(u"destVersion"_s).toString();
        entry.srcVersions = settings->value(u"srcVersions"_s).toStringList();
        const QDateTime refreshed
                = QDateTime::fromString(settings->value(u"lastRefresh"_s).toString(), Qt::ISODateWithMs);
        if (refreshed.isValid())
            entry.lastRefreshUtc = refreshed.toUTC();
        entry.changed = settings->value(u"changed"_s).toBool();
        // Entries saved before failure alerts existed have none; an unusable one is dropped, not guessed.
        if (settings->contains(u"failureAlertPercent"_s)) {
            FailureRateAlert::Settings alert;
            alert.thresholdPercent = settings->value(u"failureAlertPercent"_s).toDouble();
            alert.minimumSample = settings->value(u"failureAlertMinimum"_s, alert.minimumSample).toLongLong();
            if (alert.isValid())
                entry.failureAlert
                        = FailureRateAlert(alert, settings->value(u"failureAlertRaised"_s).toBool());
        }
        loaded.append(entry);
    }
    settings->endArray();
    settings->endGroup();

    beginResetModel();
    m_entries = loaded;
    endResetModel();
}

// --- texts

int WatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags WatchListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant WatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case StatusRole:
        return entry.status;
    case ChangedRole:
        return entry.changed;
    case JobIdRole:
        return entry.jobId;
    case ProfileRole:
        return entry.profile;
    case ErrorRole:
        return entry.error ? QVariant(entry.error->localizedMessage()) : QVariant();
    case LastRefreshRole:
        return entry.lastRefreshUtc.isValid() ? QVariant(entry.lastRefreshUtc) : QVariant();
    case FailureAlertRole:
        return entry.failureAlert.isRaised();
    case StaleRole:
        return isStale(entry);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }

    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case Status:
        if (entry.status.isEmpty())
            return QString();
        return tip ? enumExplanation(JobField::JobStatus, entry.status)
                   : enumLabel(JobField::JobStatus, entry.status);
    case Name:
        if (tip) {
            const QString alert = failureAlertText(entry);
            return alert.isEmpty() ? tr("JobId: %1").arg(entry.jobId)
                                   : tr("JobId: %1").arg(entry.jobId) + u'\n' + alert;
        }
        return displayName(entry);
    case Progress: {
        if (!entry.counts)
            return tip
                    ? tr("Not counted yet: the counts show once the batch's Devices tab or its failure alert "
                         "reads them.")
                    : u"\u2014"_s; // a dash, not a blank that looks like a fault
        const CountsSummary summary = CountsSummary::of(*entry.counts, entry.batchTotal);
        if (!tip)
            return summary.shortHeadline();
        QString text = summary.headline() + u'\n' + summary.details();
        if (entry.countedAtUtc.isValid())
            text += u'\n'
                    + tr("Counted at %1")
                              .arg(QLocale().toString(entry.countedAtUtc.toLocalTime(), QLocale::LongFormat));
        return text;
    }
    case Versions: {
        const QString sources = entry.srcVersions.join(u", "_s);
        if (sources.isEmpty() || entry.destVersion.isEmpty())
            return sources.isEmpty() ? entry.destVersion : sources;
        return u"%1 → %2"_s.arg(sources, entry.destVersion);
    }
    case Updated:
        if (tip) {
            QStringList lines;
            if (entry.lastRefreshUtc.isValid()) {
                lines.append(tr("Last updated: %1")
                                     .arg(QLocale().toString(entry.lastRefreshUtc.toLocalTime(),
                                                             QLocale::LongFormat)));
            }
            if (entry.error)
                lines.append(entry.error->localizedMessage());
            if (isStale(entry))
                lines.append(tr("Older than the auto-refresh interval of %Ln s: the last refreshes did not "
                                "reach it.",
                                "", m_refreshIntervalSecs));
            return lines.join(u'\n');
        }
        if (entry.error)
            return tr("Update failed: %1").arg(entry.error->title());
        if (!entry.lastRefreshUtc.isValid())
            return tr("Not updated yet");
        return TimeText::updatedAgo(entry.lastRefreshUtc, m_clock->nowUtc());
    case Profile:
        return entry.profile;
    default:
        break;
    }
    return QVariant();
}

QVariant WatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Status:
        return tr("Status");
    case Name:
        return tr("Name");
    case Progress:
        return tr("Progress");
    case Versions:
        return tr("Versions");
    case Updated:
        return tr("Updated");
    case Profile:
        return tr("Profile");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> WatchListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(ChangedRole, QByteArrayLiteral("changed"));
    names.insert(JobIdRole, QByteArrayLiteral("jobId"));
    names.insert(ProfileRole, QByteArrayLiteral("profile"));
    names.insert(ErrorRole, QByteArrayLiteral("error"));
    names.insert(LastRefreshRole, QByteArrayLiteral("lastRefresh"));
    names.insert(FailureAlertRole, QByteArrayLiteral("failureAlert"));
    return names;
}
