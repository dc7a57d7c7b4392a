#include "RecentBatches.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
// One entry per line of the saved list: the profile, a unit separator, the JobId.
constexpr QChar kSeparator = u'\x1f';
} // namespace

RecentBatches::RecentBatches(QSettings *settings, const QString &group, QObject *parent)
    : QObject(parent), m_settings(settings),
      m_key(group.isEmpty() ? u"recentBatches"_s : group + u"/recentBatches"_s)
{
    if (!m_settings)
        return;
    for (const QString &line : m_settings->value(m_key).toStringList()) {
        const qsizetype at = line.indexOf(kSeparator);
        if (at > 0 || (at == 0 && line.size() > 1))
            m_entries.append({line.left(at), line.mid(at + 1)});
    }
}

void RecentBatches::add(const QString &profile, const QString &jobId)
{
    if (jobId.isEmpty())
        return;
    const std::pair<QString, QString> entry {profile, jobId};
    if (!m_entries.isEmpty() && m_entries.first() == entry)
        return;
    m_entries.removeAll(entry);
    m_entries.prepend(entry);
    // At most kPerProfile of this profile.
    int kept = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->first == profile && ++kept > kPerProfile)
            it = m_entries.erase(it);
        else
            ++it;
    }
    save();
    emit changed();
}

QStringList RecentBatches::jobIds(const QString &profile) const
{
    QStringList ids;
    for (const auto &[entryProfile, jobId] : m_entries) {
        if (entryProfile == profile)
            ids.append(jobId);
    }
    return ids;
}

QList<std::pair<QString, QString>> RecentBatches::all() const
{
    return m_entries;
}

void RecentBatches::clear(const QString &profile)
{
    const qsizetype removed = m_entries.removeIf(
            [&profile](const std::pair<QString, QString> &e) { return e.first == profile; });
    if (removed == 0)
        return;
    save();
    emit changed();
}

void RecentBatches::save()
{
    if (!m_settings)
        return;
    QStringList lines;
    for (const auto &[profile, jobId] : std::as_const(m_entries))
        lines.append(profile + kSeparator + jobId);
    m_settings->setValue(m_key, lines);
}
