#pragma once

#include "ota/TaskStatusCounts.h"

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

// Desktop notifications through a system tray icon (the application's), which is shown while OtaDash runs
// where the desktop has a tray. Every notification is also announced with notified(), so tests and the
// window can follow them where the platform shows none (offscreen, no notification service). The tray's menu
// has Open, Pause watching and Quit; a click on a notification says which batch it was about.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The window icon of the application when it has one, else the icon built into OtaDash.
    static QIcon applicationIcon();
    bool isTrayIconVisible() const;
    // Whether the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable() unless set): only then can
    // the window close to it and keep watching.
    bool isTrayAvailable() const { return m_trayAvailable; }
    // A stand-in for the desktop's answer (tests run where no tray exists).
    void setTrayAvailable(bool available);
    QMenu *trayMenu() const { return m_menu; }
    QAction *pauseAction() const { return m_pauseAction; }

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
    // ... which was about this batch; alert: a failure alert's, else a status change's.
    void batchClicked(const QString &profile, const QString &jobId, bool alert);
    // The tray menu's actions.
    void openRequested();
    void pauseToggled(bool paused);
    void quitRequested();

private:
    void retranslate();

    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_openAction;
    QAction *m_pauseAction;
    QAction *m_quitAction;
    bool m_trayAvailable;
    // The batch of the message last shown.
    QString m_lastProfile;
    QString m_lastJobId;
    bool m_lastAlert = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
