#include "DesktopNotifier.h"

#include "models/FailureRateAlert.h"
#include "ota/JobField.h"
#include "ota/OtaEnums.h"

#include <QApplication>
#include <QLocale>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent), m_tray(new QSystemTrayIcon(applicationIcon(), this))
{
    m_tray->setToolTip(QApplication::applicationDisplayName());
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::messageClicked);
}

DesktopNotifier::~DesktopNotifier() = default;

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
    notify(tr("Update batch status changed"),
           tr("Batch %1 is now %2.", "batch name, status")
                           .arg(shown, enumLabel(JobField::JobStatus, newStatus))
                   + u'\n' + tr("Profile: %1").arg(profile));
}

void DesktopNotifier::notifyFailureAlert(const QString &profile, const QString &jobId, const QString &name,
                                         const TaskStatusCounts &counts, double thresholdPercent)
{
    const QString shown = name.isEmpty() ? jobId : name;
    const QLocale locale;
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
                   + u'\n' + tr("Profile: %1").arg(profile));
}
