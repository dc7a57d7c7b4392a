#include "models/WatchListModel.h"

#include "ota/CountsSummary.h"
#include "ota/OtaEnums.h"
#include "services/PollPlan.h"
#include "state/BatchStore.h"
#include "util/Clock.h"
#include "util/LanguageChangeWatcher.h"
#include "util/TimeText.h"

#include <QLocale>
#include <QPointF>
#include <QSettings>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
const QString kEntriesArray = u"entries"_s;
constexpr int kFormatVersion = 1;

const QString kInProgress = u"IN_PROGRESS"_s;

QString displayName(const WatchListModel::Entry &entry)
{
    return entry.name.isEmpty() ? entry.jobId : entry.name;
}

QString isoOrEmpty(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime utcFromIso(const QVariant &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
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
    // As often as the polling plan reads it: a finished batch not again, a planned one far from its start
    // every PollPlan::kPlannedSecs.
    PollPlan::Batch batch;
    batch.status = entry.status;
    batch.scheduledStartUtc = entry.scheduledStartUtc;
    batch.settled = PollPlan::isFinished(entry.status);
    const QDateTime now = m_clock->nowUtc();
    const int interval = PollPlan::secsBetweenReads(batch, now, m_refreshIntervalSecs);
    if (interval == 0)
        return false;
    // A refresh round takes a while and may wait for the account's rate: twice the interval (and 15 s).
    const qint64 allowed = qint64(interval) + std::max(interval, 15);
    return entry.lastRefreshUtc.secsTo(now) > allowed;
}

void WatchListModel::setStallMinutes(int minutes)
{
    m_stallMinutes = std::clamp(minutes, 1, kRoundsKeptSecs / 60);
    tick();
}

RolloutEta::Estimate WatchListModel::estimateOf(const Entry &entry) const
{
    RolloutEta::Options options;
    options.stallSecs = m_stallMinutes * 60;
    options.maxPerMinute = entry.maxPerMinute;
    options.scheduledFinishUtc = entry.scheduledFinishUtc;
    return RolloutEta::estimate(entry.rounds, options);
}

WatchListModel::Marks WatchListModel::marksOf(const Entry &entry) const
{
    Marks marks;
    if (entry.failureAlert.isRaised())
        marks |= AlertMark;
    if (entry.status != kInProgress)
        return marks;
    const RolloutEta::Estimate estimate = estimateOf(entry);
    if (estimate.state == RolloutEta::Estimate::State::Stalled)
        marks |= StalledMark;
    if (entry.scheduledFinishUtc.isValid() && estimate.state != RolloutEta::Estimate::State::Done) {
        const bool lateEstimate = estimate.state == RolloutEta::Estimate::State::Estimated
                && estimate.lateBySecs.value_or(0) >= 60;
        if (lateEstimate || m_clock->nowUtc() > entry.scheduledFinishUtc)
            marks |= LateMark;
    }
    return marks;
}

void WatchListModel::keepRecentRounds(Entry &entry)
{
    std::stable_sort(
            entry.rounds.begin(), entry.rounds.end(),
            [](const RolloutEta::Sample &a, const RolloutEta::Sample &b) { return a.atUtc < b.atUtc; });
    // Several rounds at one time: the last read counts.
    for (qsizetype i = entry.rounds.size() - 1; i > 0; --i) {
        if (entry.rounds[i - 1].atUtc == entry.rounds[i].atUtc)
            entry.rounds.removeAt(i - 1);
    }
    if (entry.rounds.isEmpty())
        return;
    const QDateTime cutoff = entry.rounds.last().atUtc.addSecs(-kRoundsKeptSecs);
    entry.rounds.removeIf([&cutoff](const RolloutEta::Sample &sample) { return sample.atUtc < cutoff; });
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
    if (job.productKey)
        entry.productKey = *job.productKey;
    if (job.maximumPerMinute)
        entry.maxPerMinute = *job.maximumPerMinute;
    const auto takeTime = [](const std::optional<QDateTime> &time, QDateTime &into) {
        if (time && time->isValid())
            into = time->toUTC();
    };
    takeTime(job.utcScheduleTime, entry.scheduledStartUtc);
    takeTime(job.utcScheduleFinishTime, entry.scheduledFinishUtc);
    takeTime(job.utcStartTime, entry.startUtc);
    takeTime(job.utcEndTime, entry.endUtc);
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
    Entry &entry = m_entries[row];
    entry.counts = counts;
    entry.batchTotal = batchTotal;
    entry.countedAtUtc = countedAtUtc;
    if (countedAtUtc.isValid()) {
        entry.rounds.append(RolloutEta::sampleOf(countedAtUtc.toUTC(), counts, batchTotal));
        keepRecentRounds(entry);
    }
    entry.shownMarks = marksOf(entry);
    emitRowChanged(row);
    evaluateAlert(row);
    return true;
}

bool WatchListModel::addRounds(const QString &profile, const QString &jobId,
                               const QList<RolloutEta::Sample> &rounds)
{
    const int row = rowOf(profile, jobId);
    if (row < 0)
        return false;
    Entry &entry = m_entries[row];
    // The row's own rounds win over older records of the same time: they go last.
    QList<RolloutEta::Sample> merged = rounds;
    merged.append(entry.rounds);
    entry.rounds = merged;
    keepRecentRounds(entry);
    entry.shownMarks = marksOf(entry);
    emitRowChanged(row);
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
    // A mark may come with time alone (the scheduled finish passes): the whole row then.
    for (int row = 0; row < m_entries.size(); ++row) {
        const Marks marks = marksOf(m_entries[row]);
        if (marks != m_entries[row].shownMarks) {
            m_entries[row].shownMarks = marks;
            emitRowChanged(row);
        }
    }
    emit dataChanged(index(0, Eta), index(rowCount() - 1, Updated),
                     {Qt::DisplayRole, Qt::ToolTipRole, StaleRole, SortRole});
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
        settings->setValue(u"productKey"_s, entry.productKey);
        if (entry.maxPerMinute)
            settings->setValue(u"maximumPerMinute"_s, *entry.maxPerMinute);
        settings->setValue(u"scheduledStart"_s, isoOrEmpty(entry.scheduledStartUtc));
        settings->setValue(u"scheduledFinish"_s, isoOrEmpty(entry.scheduledFinishUtc));
        settings->setValue(u"start"_s, isoOrEmpty(entry.startUtc));
        settings->setValue(u"end"_s, isoOrEmpty(entry.endUtc));
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
        entry.productKey = settings->value(u"productKey"_s).toString();
        bool perMinuteOk = false;
        const int perMinute = settings->value(u"maximumPerMinute"_s).toInt(&perMinuteOk);
        if (perMinuteOk && perMinute > 0)
            entry.maxPerMinute = perMinute;
        entry.scheduledStartUtc = utcFromIso(settings->value(u"scheduledStart"_s));
        entry.scheduledFinishUtc = utcFromIso(settings->value(u"scheduledFinish"_s));
        entry.startUtc = utcFromIso(settings->value(u"start"_s));
        entry.endUtc = utcFromIso(settings->value(u"end"_s));
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
    case SortRole:
        return sortValue(entry, index.column());
    case SucceededShareRole:
    case FailedShareRole: {
        if (!entry.counts)
            return QVariant();
        const CountsSummary summary = CountsSummary::of(*entry.counts, entry.batchTotal);
        return (role == SucceededShareRole ? summary.succeededPercent() : summary.failedPercent()) / 100.0;
    }
    case TrendRole: {
        QVariantList points;
        if (entry.rounds.size() < 2)
            return points;
        const QDateTime newest = entry.rounds.last().atUtc;
        for (const RolloutEta::Sample &sample : entry.rounds) {
            const double share = sample.total > 0 ? double(sample.complete) / double(sample.total) : 0.0;
            points.append(QPointF(double(newest.secsTo(sample.atUtc)), share));
        }
        return points;
    }
    case MarksRole:
        return int(marksOf(entry));
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
            QStringList lines = {displayName(entry), tr("JobId: %1").arg(entry.jobId)};
            const QString alert = failureAlertText(entry);
            if (!alert.isEmpty())
                lines.append(alert);
            const Marks marks = marksOf(entry);
            if (marks & StalledMark)
                lines.append(
                        tr("Stalled: no device has finished for %Ln minute(s) or more.", "", m_stallMinutes));
            if (marks & LateMark)
                lines.append(tr("Late: it will not finish by its scheduled finish, %1.")
                                     .arg(TimeText::readAt(entry.scheduledFinishUtc, m_clock->nowUtc())));
            return lines.join(u'\n');
        }
        return displayName(entry);
    case Progress: {
        if (!entry.counts)
            return tip ? tr("Not counted yet: the counts show after the next refresh of the watch list.")
                       : u"\u2014"_s; // a dash, not a blank that looks like a fault
        const CountsSummary summary = CountsSummary::of(*entry.counts, entry.batchTotal);
        if (!tip)
            return CountsSummary::percentText(summary.completePercent());
        QString text = summary.headline() + u'\n' + summary.details();
        if (entry.countedAtUtc.isValid())
            text += u'\n' + tr("Counted at %1").arg(TimeText::readAt(entry.countedAtUtc, m_clock->nowUtc()));
        return text;
    }
    case FailureRate: {
        const std::optional<double> rate
                = entry.counts ? FailureRateAlert::failureRatePercent(*entry.counts) : std::nullopt;
        if (tip) {
            if (!rate)
                return tr("Failure rate: no device has succeeded or failed yet.");
            return QString(tr("Failure rate: %1 of the %2 devices that succeeded or failed have failed.")
                                   .arg(QLocale().toString((*entry.counts)[TaskStatus::Failed]),
                                        QLocale().toString(FailureRateAlert::sampleSize(*entry.counts)))
                           + (entry.failureAlert.isEnabled() ? u'\n' + failureAlertText(entry) : QString()));
        }
        if (!rate)
            return u"\u2014"_s;
        // A share of a few devices says little ("100.0 %" of 2): the numbers themselves until there are more.
        const qint64 ended = FailureRateAlert::sampleSize(*entry.counts);
        const QString percent = ended < kSmallSample
                ? tr("%1 of %2", "failed devices of the devices that succeeded or failed")
                          .arg(QLocale().toString((*entry.counts)[TaskStatus::Failed]),
                               QLocale().toString(ended))
                : CountsSummary::percentText(*rate);
        return entry.failureAlert.isRaised() ? tr("%1 alert", "failure rate past its alert").arg(percent)
                                             : percent;
    }
    case InFlight:
        if (!entry.counts)
            return tip ? QString() : u"\u2014"_s;
        if (tip)
            return tr("In flight: %1 devices have been told of the update or are upgrading (NOTIFIED or "
                      "IN_PROGRESS).")
                    .arg(QLocale().toString(CountsSummary::of(*entry.counts).inFlight()));
        return QLocale().toString(CountsSummary::of(*entry.counts).inFlight());
    case Trend: {
        const RolloutEta::Estimate estimate = estimateOf(entry);
        if (tip) {
            if (entry.rounds.size() < 2)
                return tr("The trend shows once two count rounds have been read.");
            const RolloutEta::Sample &first = entry.rounds.first();
            const RolloutEta::Sample &last = entry.rounds.last();
            const auto share = [](const RolloutEta::Sample &s) {
                return CountsSummary::percentText(s.total > 0 ? double(s.complete) * 100.0 / double(s.total)
                                                              : 0.0);
            };
            const QDateTime now = m_clock->nowUtc();
            return QString(tr("Complete over the last %Ln count round(s): %1 at %2, %3 at %4.", "",
                              int(entry.rounds.size()))
                                   .arg(share(first), TimeText::readAt(first.atUtc, now), share(last),
                                        TimeText::readAt(last.atUtc, now))
                           + u'\n'
                           + tr("%1 devices finished a minute over the last %Ln minute(s).", "",
                                RolloutEta::Options().windowSecs / 60)
                                     .arg(QLocale().toString(estimate.measuredPerMinute, 'f', 1)));
        }
        if (entry.rounds.size() < 2)
            return u"\u2014"_s;
        return tr("%1/min", "devices finished a minute")
                .arg(QLocale().toString(estimate.measuredPerMinute, 'f', 1));
    }
    case Eta:
        return etaText(entry, tip);
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
                                     .arg(TimeText::readAt(entry.lastRefreshUtc, m_clock->nowUtc())));
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
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole) {
        // Two shares of different wholes: said where they are, as the batch's own line gives failed of all.
        if (section == Progress)
            return tr("Succeeded, failed and canceled devices, of all the batch's devices.");
        if (section == FailureRate)
            return tr("Failed devices, of those that succeeded or failed (what the failure alert measures); "
                      "below 50 of them, the counts.");
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Status:
        return tr("Status");
    case Name:
        return tr("Name");
    case Progress:
        return tr("Complete");
    case FailureRate:
        return tr("Failure rate");
    case InFlight:
        return tr("In flight");
    case Trend:
        return tr("Trend");
    case Eta:
        return tr("Finish");
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

QString WatchListModel::etaText(const Entry &entry, bool tip) const
{
    const QDateTime now = m_clock->nowUtc();
    const QString dash = u"\u2014"_s;
    if (entry.status == u"PLANNED"_s) {
        if (!entry.scheduledStartUtc.isValid())
            return tip ? tr("Planned, with no scheduled start.") : dash;
        return tip ? tr("Scheduled to start %1.").arg(TimeText::readAt(entry.scheduledStartUtc, now))
                   : tr("starts %1").arg(TimeText::readAtMinutes(entry.scheduledStartUtc, now));
    }
    if (!entry.status.isEmpty() && entry.status != kInProgress) {
        if (!entry.endUtc.isValid())
            return tip ? QString() : dash;
        return tip ? tr("Ended %1.").arg(TimeText::readAt(entry.endUtc, now))
                   : tr("ended %1").arg(TimeText::readAtMinutes(entry.endUtc, now));
    }
    const RolloutEta::Estimate estimate = estimateOf(entry);
    if (tip) {
        QStringList lines = {RolloutEta::describe(estimate, now)};
        if (entry.scheduledFinishUtc.isValid()) {
            lines.append(now > entry.scheduledFinishUtc && estimate.state != RolloutEta::Estimate::State::Done
                                 ? tr("Its scheduled finish, %1, has passed.")
                                           .arg(TimeText::readAt(entry.scheduledFinishUtc, now))
                                 : tr("Scheduled finish: %1.")
                                           .arg(TimeText::readAt(entry.scheduledFinishUtc, now)));
        }
        if (estimate.state == RolloutEta::Estimate::State::Stalled)
            lines.append(tr("A running batch is marked stalled after %Ln minute(s) without a finished device "
                            "(Preferences).",
                            "", m_stallMinutes));
        return lines.join(u'\n');
    }
    switch (estimate.state) {
    case RolloutEta::Estimate::State::NoData:
        return dash;
    case RolloutEta::Estimate::State::Done:
        return tr("finished");
    case RolloutEta::Estimate::State::Stalled:
        return tr("stalled");
    case RolloutEta::Estimate::State::Estimated:
        break;
    }
    const QString time = TimeText::readAtMinutes(estimate.finishUtc, now);
    const qint64 lateMinutes = estimate.lateBySecs.value_or(0) / 60;
    if (lateMinutes > 0)
        return tr("%1, %Ln min late", "finish estimate after the scheduled finish", int(lateMinutes))
                .arg(time);
    return time;
}

QVariant WatchListModel::sortValue(const Entry &entry, int column) const
{
    const std::optional<CountsSummary> summary = entry.counts
            ? std::optional<CountsSummary>(CountsSummary::of(*entry.counts, entry.batchTotal))
            : std::nullopt;
    switch (column) {
    case Status:
        return entry.status;
    case Name:
        return displayName(entry).toCaseFolded();
    case Progress:
        return summary ? summary->completePercent() : -1.0;
    case FailureRate:
        return entry.counts ? FailureRateAlert::failureRatePercent(*entry.counts).value_or(-1.0) : -1.0;
    case InFlight:
        return summary ? summary->inFlight() : qint64(-1);
    case Trend:
        return entry.rounds.size() < 2 ? -1.0 : estimateOf(entry).measuredPerMinute;
    case Eta: {
        // Soonest first; rows without an estimate after every time.
        const RolloutEta::Estimate estimate = estimateOf(entry);
        if (entry.status == kInProgress && estimate.state == RolloutEta::Estimate::State::Estimated)
            return estimate.finishUtc.toMSecsSinceEpoch();
        if (entry.status == u"PLANNED"_s && entry.scheduledStartUtc.isValid())
            return entry.scheduledStartUtc.toMSecsSinceEpoch();
        return std::numeric_limits<qint64>::max();
    }
    case Updated:
        return entry.lastRefreshUtc.isValid() ? entry.lastRefreshUtc.toMSecsSinceEpoch() : qint64(0);
    case Versions:
        return data(index(rowOf(entry.profile, entry.jobId), Versions)).toString();
    case Profile:
        return entry.profile.toCaseFolded();
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
    names.insert(MarksRole, QByteArrayLiteral("marks"));
    return names;
}
