#include "CancelBatchDialog.h"
#include "DesktopStyle.h"

#include "history/HistoryStore.h"
#include "services/ActionAudit.h"
#include "ui_CancelBatchDialog.h"
#include "util/Clock.h"

#include "util/TimeText.h"

#include "api/RequestScheduler.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
const QString kSuccessStyle = u"color: #2e7d32;"_s;
} // namespace

CancelBatchDialog::CancelBatchDialog(RequestScheduler *scheduler, const RpcConfig &config, const Batch &batch,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CancelBatchDialog>()), m_scheduler(scheduler),
      m_config(config), m_batch(batch)
{
    m_ui->setupUi(this);
    m_sendButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(u"cancelNowButton"_s);
    m_sendButton->setAutoDefault(false); // Enter in the JobId field must not fire it
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    m_ui->strategyCheck->setVisible(batch.dynamic);
    m_ui->resultLabel->hide();

    for (QCheckBox *check : {m_ui->scheduledCheck, m_ui->queuedCheck, m_ui->notifiedCheck,
                             m_ui->inProgressCheck, m_ui->unconfirmedCheck, m_ui->strategyCheck})
        connect(check, &QCheckBox::toggled, this, &CancelBatchDialog::updateSendButton);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &CancelBatchDialog::updateSendButton);
    connect(m_sendButton, &QPushButton::clicked, this, &CancelBatchDialog::send);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CancelBatchDialog::reject);

    retranslate();
    updateSendButton();
    m_ui->confirmEdit->setFocus();
}

CancelBatchDialog::~CancelBatchDialog() = default;

CancelOtaTaskByJob::Targets CancelBatchDialog::targets() const
{
    CancelOtaTaskByJob::Targets targets;
    targets.scheduled = m_ui->scheduledCheck->isChecked();
    targets.queued = m_ui->queuedCheck->isChecked();
    targets.notified = m_ui->notifiedCheck->isChecked();
    targets.inProgress = m_ui->inProgressCheck->isChecked();
    targets.unconfirmed = m_ui->unconfirmedCheck->isChecked();
    return targets;
}

bool CancelBatchDialog::stopStrategy() const
{
    return m_batch.dynamic && !m_strategyStopped && m_ui->strategyCheck->isChecked();
}

bool CancelBatchDialog::canSend() const
{
    // Exactly as shown: no trimming, no case folding.
    return !m_busy && m_ui->confirmEdit->text() == m_batch.jobId && (targets().any() || stopStrategy());
}

void CancelBatchDialog::updateSendButton()
{
    m_sendButton->setEnabled(canSend());
}

void CancelBatchDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->tasksGroup), static_cast<QWidget *>(m_ui->strategyCheck),
          static_cast<QWidget *>(m_ui->confirmEdit)})
        widget->setEnabled(!busy);
    m_ui->strategyCheck->setEnabled(!busy && !m_strategyStopped);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(!busy);
    updateSendButton();
}

void CancelBatchDialog::reject()
{
    if (m_busy)
        return; // a write under way is not abandoned halfway
    QDialog::reject();
}

void CancelBatchDialog::send()
{
    if (!canSend())
        return;
    m_sending = targets();
    const bool strategy = stopStrategy();
    m_tasksCanceled = false;
    m_stoppedThisSend = false;
    m_result = nullptr;
    m_ui->resultLabel->hide();
    setBusy(true);
    if (strategy) {
        ScheduledRequest *request = CancelOtaStrategyByJob::submit(m_scheduler, m_config, m_batch.jobId,
                                                                   m_batch.iotInstanceId, this);
        connect(request, &ScheduledRequest::finished, this, &CancelBatchDialog::onStrategyFinished);
        return;
    }
    sendTasks();
}

void CancelBatchDialog::sendTasks()
{
    ScheduledRequest *request = CancelOtaTaskByJob::submit(m_scheduler, m_config, m_batch.jobId, m_sending,
                                                           m_batch.iotInstanceId, this);
    connect(request, &ScheduledRequest::finished, this, &CancelBatchDialog::onTasksFinished);
}

void CancelBatchDialog::setAuditLog(HistoryStore *log, const QString &profile)
{
    m_auditLog = log;
    m_profile = profile;
}

void CancelBatchDialog::audit(const QString &action, const QStringList &targets, const ActionResult &result)
{
    if (!m_auditLog)
        return;
    const Account account {m_profile, m_config, m_batch.iotInstanceId};
    m_auditLog->recordAction(ActionAudit::entry(account, action, m_batch.jobId, targets, result,
                                                m_scheduler->clock().nowUtc()));
}

void CancelBatchDialog::onStrategyFinished(const RpcResponse &response)
{
    const ActionResult result = CancelOtaStrategyByJob::interpret(response);
    audit(CancelOtaStrategyByJob::kAction, {}, result);
    if (!result.ok()) {
        showFailure(result, [] { return tr("The dynamic upgrade policy was not stopped."); });
        setBusy(false);
        emit finished(false);
        return;
    }
    // Done for good: a retry after a failure below sends the tasks only.
    m_strategyStopped = true;
    m_stoppedThisSend = true;
    m_ui->strategyCheck->setChecked(false);
    if (m_sending.any()) {
        sendTasks();
        return;
    }
    showSuccess();
    setBusy(false);
    emit batchChanged(m_batch.jobId);
    emit finished(true);
}

void CancelBatchDialog::onTasksFinished(const RpcResponse &response)
{
    const ActionResult result = CancelOtaTaskByJob::interpret(response);
    // The flags sent stand for the tasks they cover.
    QStringList flags;
    for (const auto &[name, value] : CancelOtaTaskByJob::params(m_batch.jobId, m_sending)) {
        if (name.startsWith(u"Cancel"))
            flags.append(name);
    }
    audit(CancelOtaTaskByJob::kAction, flags, result);
    if (!result.ok()) {
        const bool stopped = m_stoppedThisSend;
        showFailure(result, [stopped] {
            return stopped
                    ? tr("The dynamic upgrade policy was stopped, but the device tasks were not canceled.")
                    : tr("The device tasks were not canceled.");
        });
        setBusy(false);
        if (stopped)
            emit batchChanged(m_batch.jobId);
        emit finished(false);
        return;
    }
    m_tasksCanceled = true;
    showSuccess();
    setBusy(false);
    emit batchChanged(m_batch.jobId);
    emit finished(true);
}

void CancelBatchDialog::showFailure(const ActionResult &result, std::function<QString()> what)
{
    const ApiError error = *result.error;
    const QString requestId = result.requestId;
    // No answer (or a 5xx, an unreadable one): the gateway may have acted. Sending again asks for the JobId
    // again, so a second cancel is never one careless click away.
    const bool unknownOutcome = result.outcomeUnknown();
    m_result = [error, requestId, what, unknownOutcome] {
        QStringList lines {what(), error.title() + u": "_s + error.localizedMessage()};
        if (!error.code.isEmpty())
            lines.append(tr("Code: %1").arg(error.code));
        if (!requestId.isEmpty())
            lines.append(tr("Request ID: %1").arg(requestId));
        if (const QString hint = error.hint(); !hint.isEmpty())
            lines.append(hint);
        if (unknownOutcome) {
            lines.append(
                    tr("The outcome is unknown: the gateway may have acted. Look at the task counts before "
                       "sending again."));
        }
        return lines.join(u'\n');
    };
    if (unknownOutcome)
        m_ui->confirmEdit->clear();
    DesktopStyle::setProblemStyleSheet(m_ui->resultLabel);
    m_ui->resultLabel->setText(m_result());
    m_ui->resultLabel->show();
}

void CancelBatchDialog::showSuccess()
{
    const bool tasks = m_tasksCanceled;
    const bool strategy = m_stoppedThisSend;
    m_result = [tasks, strategy] {
        if (tasks && strategy)
            return tr("Done: the dynamic upgrade policy was stopped and the chosen device tasks were "
                      "canceled.");
        if (strategy)
            return tr("Done: the dynamic upgrade policy was stopped.");
        return tr("Done: the chosen device tasks were canceled.");
    };
    DesktopStyle::setProblemStyleSheet(m_ui->resultLabel, kSuccessStyle);
    m_ui->resultLabel->setText(m_result());
    m_ui->resultLabel->show();
    // A second click must be as deliberate as the first.
    m_ui->confirmEdit->clear();
}

void CancelBatchDialog::retranslate()
{
    const QString shown = m_batch.name.isEmpty() ? m_batch.jobId : m_batch.name;
    m_ui->batchLabel->setText(tr("Batch: %1 (JobId %2)").arg(shown, m_batch.jobId));
    m_ui->batchLabel->setTextFormat(Qt::PlainText);
    m_ui->confirmLabel->setText(
            tr("To confirm, type the batch ID <b>%1</b>:").arg(m_batch.jobId.toHtmlEscaped()));
    m_ui->confirmLabel->setTextFormat(Qt::RichText);
    m_ui->confirmEdit->setPlaceholderText(tr("Batch ID (JobId)"));
    m_sendButton->setText(tr("Cancel &now"));

    // The counts per status as last read (the store's latest round); the scheduled ones are the QUEUED tasks
    // of a batch that has not started.
    const QLocale locale;
    const auto countText = [this, &locale](std::optional<TaskStatus> status) -> QString {
        if (!m_batch.counts)
            return tr("not counted");
        return locale.toString(status ? m_batch.counts->counts[*status] : 0);
    };
    m_ui->scheduledCount->setText(
            countText(m_batch.planned ? std::optional(TaskStatus::Queued) : std::nullopt));
    m_ui->queuedCount->setText(countText(m_batch.planned ? std::nullopt : std::optional(TaskStatus::Queued)));
    m_ui->notifiedCount->setText(countText(TaskStatus::Notified));
    m_ui->inProgressCount->setText(countText(TaskStatus::InProgress));
    m_ui->unconfirmedCount->setText(countText(TaskStatus::Confirm));
    const QString countsTip = m_batch.counts
            ? tr("Device tasks in this status, as counted at %1.")
                      .arg(TimeText::readAt(m_batch.counts->finishedAtUtc, QDateTime()))
            : tr("Open the Devices tab to count the tasks per status.");
    // The dialog names its zone once, under the counts.
    m_ui->countsTimeLabel->setText(m_batch.counts ? countsTip + u' ' + TimeText::zoneNote() : QString());
    for (QLabel *label : {m_ui->scheduledCount, m_ui->queuedCount, m_ui->notifiedCount, m_ui->inProgressCount,
                          m_ui->unconfirmedCount})
        label->setToolTip(countsTip);
    if (m_result)
        m_ui->resultLabel->setText(m_result());
}

void CancelBatchDialog::setCounts(const CountsReading &counts)
{
    if (m_batch.counts && m_batch.counts->finishedAtUtc > counts.finishedAtUtc)
        return;
    m_batch.counts = counts;
    retranslate();
}

void CancelBatchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
