#pragma once

#include "ota/TaskStatusCounts.h"

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

// Desktop notifications through a system tray icon (the application's), which is shown while OtaDash runs
// where the desktop has a tray. Every notification is also announced with notified(), so tests and the
// window can follow them where the platform shows none (offscreen, no notification service).
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The window icon of the application when it has one, else the icon built into OtaDash.
    static QIcon applicationIcon();
    bool isTrayIconVisible() const;

public slots:
    void notify(const QString &title, const QString &message);
    // "Batch <name> is now <status>", as WatchListRefresher::statusChanged reports it.
    void notifyStatusChange(const QString &profile, const QString &jobId, const QString &name,
                            const QString &oldStatus, const QString &newStatus);
    // "Batch <name>: 7.1 % of the ended tasks failed", as WatchListModel::failureAlertRaised reports it.
    void notifyFailureAlert(const QString &profile, const QString &jobId, const QString &name,
                            const TaskStatusCounts &counts, double thresholdPercent);

signals:
    // After each notification, whether or not the platform could show it.
    void notified(const QString &title, const QString &message);
    // The user clicked the message last shown.
    void messageClicked();

private:
    QSystemTrayIcon *m_tray;
};
