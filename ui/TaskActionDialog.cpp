#include "TaskActionDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TaskActionDialog::TaskActionDialog(RequestScheduler *scheduler, HistoryStore *audit, const Account &account,
                                   TaskActionRun::Kind kind, const QString &jobId,
                                   const QList<TaskInfo> &tasks, QWidget *parent)
    : QDialog(parent), m_run(scheduler, audit), m_account(account), m_kind(kind), m_jobId(jobId),
      m_summary(new QLabel(this)), m_targets(new QPlainTextEdit(this)), m_typeLabel(new QLabel(this)),
      m_typeEdit(new QLineEdit(this)), m_readOnlyNote(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_results(new QPlainTextEdit(this)), m_send(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"taskActionDialog"_s);
    for (const TaskInfo &task : tasks) {
        if (!applies(kind, task) || m_taskIds.contains(task.taskId)
            || (kind == TaskActionRun::Kind::CancelDevices && m_deviceNames.contains(task.deviceName)))
            continue;
        m_taskIds.append(task.taskId);
        m_deviceNames.append(task.deviceName);
        if (m_productKey.isEmpty()) {
            m_productKey = task.productKey;
            m_firmwareId = task.firmwareId;
        }
        m_lines.append(task.deviceName + u"  "_s + TaskStatuses::label(*task.taskStatus) + u"  "_s
                       + task.taskId);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_targets->setObjectName(u"targetsList"_s);
    m_targets->setReadOnly(true);
    m_targets->setPlainText(m_lines.join(u'\n'));
    m_targets->setTabChangesFocus(true);
    m_targets->setMaximumHeight(fontMetrics().height() * 8);
    layout->addWidget(m_targets);
    m_typeLabel->setWordWrap(true);
    m_typeLabel->setBuddy(m_typeEdit);
    m_typeEdit->setObjectName(u"confirmEdit"_s);
    layout->addWidget(m_typeLabel);
    layout->addWidget(m_typeEdit);
    const bool typeJobId = m_taskIds.size() > kTypeJobIdAbove;
    m_typeLabel->setVisible(typeJobId);
    m_typeEdit->setVisible(typeJobId);
    m_readOnlyNote->setObjectName(u"readOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(account.readOnly);
    layout->addWidget(m_readOnlyNote);
    m_progress->setObjectName(u"callProgress"_s);
    m_progress->setRange(0, int(TaskActionRun::calls(request()).size()));
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_results->setObjectName(u"resultsLog"_s);
    m_results->setReadOnly(true);
    m_results->setTabChangesFocus(true);
    m_results->hide();
    layout->addWidget(m_results);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setAutoDefault(false);
    m_buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(m_buttons);
    // The batch ID to type when it is asked for, else the safe button: nothing is sent by Enter or Space.
    (typeJobId ? static_cast<QWidget *>(m_typeEdit) : m_buttons->button(QDialogButtonBox::Close))->setFocus();
    connect(m_send, &QPushButton::clicked, this, &TaskActionDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskActionDialog::reject);
    connect(m_typeEdit, &QLineEdit::textChanged, this, &TaskActionDialog::updateSend);
    connect(&m_run, &TaskActionRun::callFinished, this, &TaskActionDialog::onCall);
    connect(&m_run, &TaskActionRun::finished, this, &TaskActionDialog::onFinished);
    retranslate();
    resize(620, sizeHint().height());
}

TaskActionDialog::~TaskActionDialog() = default;

bool TaskActionDialog::applies(TaskActionRun::Kind kind, const TaskInfo &task)
{
    if (!task.taskStatus)
        return false;
    switch (kind) {
    case TaskActionRun::Kind::Retry:
        return task.taskStatus == TaskStatus::Failed || task.taskStatus == TaskStatus::Canceled;
    case TaskActionRun::Kind::Confirm:
        return task.taskStatus == TaskStatus::Confirm;
    case TaskActionRun::Kind::CancelDevices:
        break;
    }
    return !TaskStatuses::isFinished(*task.taskStatus);
}

TaskActionRun::Request TaskActionDialog::request() const
{
    TaskActionRun::Request request;
    request.kind = m_kind;
    request.jobId = m_jobId;
    if (m_kind == TaskActionRun::Kind::CancelDevices) {
        request.targets = m_deviceNames;
        request.productKey = m_productKey;
        request.firmwareId = m_firmwareId;
    } else {
        request.targets = m_taskIds;
    }
    return request;
}

void TaskActionDialog::setBuiltInProfile(bool builtIn)
{
    m_builtIn = builtIn;
    retranslate();
}

bool TaskActionDialog::canSend() const
{
    if (m_account.readOnly || m_taskIds.isEmpty() || m_sent || m_run.isRunning())
        return false;
    return m_taskIds.size() <= kTypeJobIdAbove || m_typeEdit->text() == m_jobId;
}

void TaskActionDialog::updateSend()
{
    m_send->setEnabled(canSend());
}

void TaskActionDialog::send()
{
    if (!canSend())
        return;
    m_progress->show();
    m_results->show();
    m_results->clear();
    m_sent = true; // sent once: another try is a new dialog, after looking at the batch
    m_run.start(m_account, request());
    updateSend();
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
}

void TaskActionDialog::reject()
{
    if (m_run.isRunning())
        return; // a write under way is not abandoned halfway
    QDialog::reject();
}

void TaskActionDialog::onCall(int index, int callCount, const TaskActionRun::CallResult &call)
{
    m_progress->setValue(index + 1);
    const QString head
            = tr("Call %1 of %2 (%Ln device(s))", "", int(call.targets.size())).arg(index + 1).arg(callCount);
    QString line;
    if (!call.result.error) {
        line = tr("%1: done. Request ID %2").arg(head, call.result.requestId);
    } else {
        const ApiError &error = *call.result.error;
        const QString reason = error.code.isEmpty() ? error.localizedMessage()
                                                    : error.code + u": "_s + error.localizedMessage();
        line = call.result.outcomeUnknown()
                ? tr("%1: outcome unknown (%2). The gateway may have acted; it is not sent again.")
                          .arg(head, reason)
                : tr("%1: refused (%2). Request ID %3").arg(head, reason, call.result.requestId);
    }
    m_results->appendPlainText(line);
}

void TaskActionDialog::onFinished(int done, int refused, int unknown, int notSent)
{
    QString summary
            = tr("%1 done, %2 refused, %3 with an unknown outcome.").arg(done).arg(refused).arg(unknown);
    if (notSent > 0)
        summary += u' '
                + tr("%Ln call(s) were not sent after the unknown outcome: look at the batch before you send "
                     "again.",
                     "", notSent);
    m_results->appendPlainText(summary);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    emit batchChanged(m_jobId);
    emit finished(done, refused, unknown, notSent);
}

void TaskActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TaskActionDialog::retranslate()
{
    const int count = int(m_taskIds.size());
    const QString callsText = m_kind == TaskActionRun::Kind::CancelDevices
            ? tr("%Ln call(s) of at most 100 devices", "", m_progress->maximum())
            : tr("%Ln call(s) of at most 10 tasks", "", m_progress->maximum());
    if (m_kind == TaskActionRun::Kind::CancelDevices) {
        setWindowTitle(tr("Cancel Device Tasks"));
        m_summary->setText(
                count == 0 ? tr("None of the chosen tasks is unfinished: there is nothing to cancel.")
                           : tr("The tasks of %Ln device(s) in batch %1 will be canceled: these devices stop "
                                "upgrading to firmware %2 (CancelOTATaskByDevice, %3). Devices that already "
                                "finished are not affected.",
                                "", count)
                                     .arg(m_jobId, m_firmwareId, callsText));
        m_send->setText(tr("Cancel the &tasks of %Ln device(s)", "", count));
    } else if (m_kind == TaskActionRun::Kind::Retry) {
        setWindowTitle(tr("Upgrade Devices Again"));
        m_summary->setText(
                count == 0 ? tr(
                        "None of the chosen tasks is FAILED or CANCELED: there is nothing to upgrade again.")
                           : tr("%Ln device(s) of batch %1 will be upgraded again from the start "
                                "(ReupgradeOTATask, %2).",
                                "", count)
                                     .arg(m_jobId, callsText));
        m_send->setText(tr("&Upgrade %Ln device(s) again", "", count));
    } else {
        setWindowTitle(tr("Confirm Device Tasks"));
        m_summary->setText(
                count == 0 ? tr("None of the chosen tasks waits for confirmation.")
                           : tr("%Ln device(s) of batch %1 will start upgrading (ConfirmOTATask, %2).", "",
                                count)
                                     .arg(m_jobId, callsText));
        m_send->setText(tr("&Confirm %Ln task(s)", "", count));
    }
    m_targets->setAccessibleName(tr("Devices and tasks"));
    m_typeLabel->setText(
            tr("More than %1 devices: type the batch ID %2 to confirm:").arg(kTypeJobIdAbove).arg(m_jobId));
    const QString readOnly = m_builtIn
            ? tr("Profile %1 is read-only: it may only query. Turn on File > Allow Write Actions in the "
                 "Demo to send this to the simulator.")
            : tr("Profile %1 is read-only: it may only query. Clear “Read-only” in File > Profiles… to send "
                 "this with it.");
    m_readOnlyNote->setText(readOnly.arg(m_account.profile));
    m_results->setAccessibleName(tr("Results"));
    updateSend();
}
