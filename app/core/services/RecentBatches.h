#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

// The batches opened last, per profile (File ▸ Open Recent, quick open): the newest first, at most
// kPerProfile of each profile. Kept in the settings under group/recentBatches (the demo has its own group),
// or in memory without settings.
class RecentBatches : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPerProfile = 10;

    explicit RecentBatches(QSettings *settings, const QString &group = {}, QObject *parent = nullptr);

    // The batch was opened with the profile: it moves to the top of that profile's list.
    void add(const QString &profile, const QString &jobId);
    // Newest first.
    QStringList jobIds(const QString &profile) const;
    // Every profile's, newest first: {profile, jobId}.
    QList<std::pair<QString, QString>> all() const;
    void clear(const QString &profile);

signals:
    void changed();

private:
    void save();

    QSettings *m_settings;
    QString m_key;
    QList<std::pair<QString, QString>> m_entries; // newest first
};
