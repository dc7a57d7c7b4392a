#include "DevicePanel.h"
#include "DesktopStyle.h"

#include "util/Clock.h"
#include "util/TimeText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The device's Status in words (the code itself when it is none of the four documented).
QString deviceStatusText(const QString &status)
{
    if (status == u"ONLINE")
        return DevicePanel::tr("Online");
    if (status == u"OFFLINE")
        return DevicePanel::tr("Offline");
    if (status == u"UNACTIVE")
        return DevicePanel::tr("Never activated");
    if (status == u"DISABLE")
        return DevicePanel::tr("Disabled");
    return status;
}

// A task's status in words, else its code as received.
QString taskStatusText(const TaskInfo &task)
{
    return task.taskStatus ? TaskStatuses::label(*task.taskStatus) : task.taskStatusCode;
}

const QStringList kRows {u"status"_s,     u"online"_s, u"version"_s, u"modules"_s,
                         u"unfinished"_s, u"task"_s,   u"readAt"_s};
} // namespace

DevicePanel::DevicePanel(RequestScheduler *scheduler, const Account &account, const DeviceRef &device,
                         const QString &jobId, QWidget *parent)
    : QDialog(parent), m_lookup(scheduler), m_scheduler(scheduler), m_account(account), m_device(device),
      m_jobId(jobId), m_form(new QFormLayout), m_title(new QLabel(this)), m_message(new QLabel(this)),
      m_readAgain(new QPushButton(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"devicePanel"_s);
    auto *layout = new QVBoxLayout(this);
    // Never smaller than what it shows: a device with several modules or a long failure reason grows it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_title->setObjectName(u"deviceTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_message->setObjectName(u"deviceMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    for (const QString &row : kRows) {
        auto *label = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(row + u"Value"_s);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setBuddy(value);
        m_form->addRow(label, value);
        m_labels.insert(row, label);
        m_values.insert(row, value);
    }
    m_form->setRowVisible(m_values.value(u"task"_s), !jobId.isEmpty());
    layout->addLayout(m_form);
    m_readAgain->setObjectName(u"readAgainButton"_s);
    m_buttons->addButton(m_readAgain, QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Close)->setFocus(); // it reads the device itself: nothing to start
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_readAgain, &QPushButton::clicked, this, &DevicePanel::lookUp);
    connect(&m_lookup, &DeviceLookup::finished, this, [this](const DeviceReport &report) {
        showReport(report);
        emit lookedUp();
    });
    connect(&m_lookup, &DeviceLookup::failed, this, [this](const ApiError &error) {
        showError(error);
        emit lookedUp();
    });
    resize(560, sizeHint().height());
    retranslate();
    lookUp();
}

DevicePanel::~DevicePanel() = default;

void DevicePanel::lookUp()
{
    m_readAgain->setEnabled(false);
    m_message->setText(tr("Reading the device…"));
    DesktopStyle::setProblemStyleSheet(m_message, QString());
    m_message->show();
    m_lookup.lookUp(m_account, m_device, m_jobId);
}

QString DevicePanel::valueText(const QString &row) const
{
    const QLabel *value = m_values.value(row);
    return value ? value->text() : QString();
}

void DevicePanel::showReport(const DeviceReport &report)
{
    m_report = report;
    m_readAgain->setEnabled(true);
    const DeviceDetail &device = report.detail;
    const QDateTime now = m_scheduler->clock().nowUtc();
    m_title->setText(
            tr("Device %1 of %2 (%3)").arg(device.deviceName, device.productName, device.productKey));
    m_values.value(u"status"_s)->setText(deviceStatusText(device.status));
    m_values.value(u"online"_s)
            ->setText(device.utcOnline.isValid() ? TimeText::readAt(device.utcOnline, now) : tr("never"));
    m_values.value(u"version"_s)
            ->setText(device.firmwareVersion.isEmpty() ? tr("(not reported)") : device.firmwareVersion);
    QStringList modules;
    for (const ModuleVersion &module : report.modules)
        modules.append(tr("%1: %2").arg(module.moduleName, module.moduleVersion));
    m_values.value(u"modules"_s)->setText(modules.isEmpty() ? tr("(none reported)") : modules.join(u'\n'));
    QStringList unfinished;
    for (const TaskInfo &task : report.unfinished)
        unfinished.append(tr("%1 in batch %2 (%3 → %4)")
                                  .arg(taskStatusText(task), task.jobId, task.srcVersion, task.destVersion));
    m_values.value(u"unfinished"_s)->setText(unfinished.isEmpty() ? tr("none") : unfinished.join(u'\n'));
    QString taskText;
    bool mismatch = false;
    if (report.task) {
        const TaskInfo &task = *report.task;
        taskText = taskStatusText(task);
        if (task.progress >= 0)
            taskText += u", "_s + tr("%1 %").arg(task.progress);
        if (!task.taskDesc.isEmpty())
            taskText += u", "_s + task.taskDesc;
        if (task.utcModified.isValid())
            taskText += u", "_s + tr("changed %1").arg(TimeText::readAt(task.utcModified, now));
        mismatch = task.taskStatus == TaskStatus::Succeeded && !device.firmwareVersion.isEmpty()
                && device.firmwareVersion != task.destVersion;
    } else if (!report.jobId.isEmpty()) {
        taskText = tr("none: the batch has no task for this device");
    }
    m_values.value(u"task"_s)->setText(taskText);
    // The panel's zone, once, beside the time it was read: its other times are in it too.
    m_values.value(u"readAt"_s)
            ->setText(TimeText::readAt(report.readAtUtc, now) + u' ' + TimeText::zoneNote());
    if (mismatch) {
        // Not by colour alone: the text says it.
        m_message->setText(tr("⚠ The task succeeded, but the device reports version %1, not %2: it may have "
                              "rolled back or not restarted into the new firmware.")
                                   .arg(device.firmwareVersion, report.task->destVersion));
        DesktopStyle::setProblemStyleSheet(m_message, u"color: %2;"_s);
        m_message->show();
    } else {
        m_message->hide();
    }
    fitContent();
}

void DevicePanel::fitContent()
{
    // Word-wrapped rows need their height for the width they get: a top-level window does not ask by itself.
    layout()->activate();
    resize(width(), qMax(height(), heightForWidth(width())));
}

void DevicePanel::showError(const ApiError &error)
{
    m_readAgain->setEnabled(true);
    // What was shown stays; the reason is said above it.
    QString text = error.title() + u": "_s + error.localizedMessage();
    if (!error.code.isEmpty())
        text += u"\n"_s + tr("Code: %1").arg(error.code);
    if (!error.requestId.isEmpty())
        text += u"\n"_s + tr("Request ID: %1").arg(error.requestId);
    if (const QString hint = error.hint(); !hint.isEmpty())
        text += u"\n"_s + hint;
    m_message->setText(text);
    DesktopStyle::setProblemStyleSheet(m_message);
    m_message->show();
    fitContent();
}

void DevicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_report)
            showReport(*m_report);
    }
    QDialog::changeEvent(event);
}

void DevicePanel::retranslate()
{
    setWindowTitle(tr("Device %1").arg(m_device.deviceName.isEmpty() ? m_device.iotId : m_device.deviceName));
    if (!m_report)
        m_title->setText(tr("Device %1").arg(m_device.deviceName));
    m_labels.value(u"status"_s)->setText(tr("&Status:"));
    m_labels.value(u"online"_s)->setText(tr("Last online:"));
    m_labels.value(u"version"_s)->setText(tr("Reported version:"));
    m_labels.value(u"modules"_s)->setText(tr("Modules:"));
    m_labels.value(u"unfinished"_s)->setText(tr("Unfinished OTA tasks:"));
    m_labels.value(u"task"_s)->setText(tr("Task in this batch:"));
    m_labels.value(u"readAt"_s)->setText(tr("Read at:"));
    m_readAgain->setText(tr("&Read again"));
    for (const QString &row : kRows)
        m_values.value(row)->setAccessibleName(m_labels.value(row)->text().remove(u'&').remove(u':'));
}
