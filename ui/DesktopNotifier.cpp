#include "DesktopNotifier.h"

#include "models/FailureRateAlert.h"
#include "ota/JobField.h"
#include "ota/OtaEnums.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent), m_tray(new QSystemTrayIcon(applicationIcon(), this)), m_menu(new QMenu()),
      m_openAction(m_menu->addAction(QString())), m_pauseAction(m_menu->addAction(QString())),
      m_quitAction(nullptr), m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable())
{
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString());
    m_pauseAction->setCheckable(true);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    if (m_trayAvailable)
        m_tray->show();
    connect(m_openAction, &QAction::triggered, this, &DesktopNotifier::openRequested);
    connect(m_pauseAction, &QAction::toggled, this, &DesktopNotifier::pauseToggled);
    connect(m_quitAction, &QAction::triggered, this, &DesktopNotifier::quitRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        emit messageClicked();
        if (!m_lastJobId.isEmpty())
            emit batchClicked(m_lastProfile, m_lastJobId, m_lastAlert);
    });
    m_menu->installEventFilter(this); // its texts follow the language
    retranslate();
}

DesktopNotifier::~DesktopNotifier()
{
    delete m_menu; // a menu without a parent widget
}

void DesktopNotifier::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
}

void DesktopNotifier::retranslate()
{
    m_openAction->setText(tr("&Open OtaDash"));
    m_pauseAction->setText(tr("&Pause watching"));
    m_quitAction->setText(tr("&Quit"));
}

bool DesktopNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

QIcon DesktopNotifier::applicationIcon()
{
    const QIcon windowIcon = QApplication::windowIcon();
    if (!windowIcon.isNull())
        return windowIcon;
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128})
        icon.addFile(u":/icons/otadash-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

bool DesktopNotifier::isTrayIconVisible() const
{
    return m_tray->isVisible();
}

void DesktopNotifier::notify(const QString &title, const QString &message)
{
    // Without a tray the message may still reach the desktop's notification service (D-Bus on Linux).
    if (QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
    emit notified(title, message);
}

void DesktopNotifier::notifyStatusChange(const QString &profile, const QString &jobId, const QString &name,
                                         const QString &oldStatus, const QString &newStatus)
{
    Q_UNUSED(oldStatus)
    const QString shown = name.isEmpty() ? jobId : name;
    m_lastProfile = profile;
    m_lastJobId = jobId;
    m_lastAlert = false;
    notify(newStatus == u"COMPLETED"_s ? tr("Rollout finished") : tr("Update batch status changed"),
           tr("Batch %1 is now %2.", "batch name, status")
                           .arg(shown, enumLabel(JobField::JobStatus, newStatus))
                   + u'\n' + tr("Profile: %1").arg(profile));
}

void DesktopNotifier::notifyFailureAlert(const QString &profile, const QString &jobId, const QString &name,
                                         const TaskStatusCounts &counts, double thresholdPercent)
{
    const QString shown = name.isEmpty() ? jobId : name;
    const QLocale locale;
    m_lastProfile = profile;
    m_lastJobId = jobId;
    m_lastAlert = true;
    notify(tr("Failure rate alert"),
           tr("Batch %1: %2 % of the tasks that succeeded or failed have failed (%3 of %4), at or above the "
              "alert "
              "threshold of %5 %.",
              "batch name, rate, failed, succeeded + failed, threshold")
                           .arg(shown,
                                locale.toString(FailureRateAlert::failureRatePercent(counts).value_or(0), 'f',
                                                1),
                                locale.toString(counts[TaskStatus::Failed]),
                                locale.toString(FailureRateAlert::sampleSize(counts)),
                                locale.toString(thresholdPercent, 'f', 1))
                   + u'\n' + tr("Profile: %1").arg(profile) + u'\n'
                   + tr("Click to open the batch with its Cancel dialog ready; nothing is sent until you "
                        "confirm "
                        "there."));
}
