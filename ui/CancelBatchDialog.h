#pragma once

#include "state/BatchState.h"

#include "api/ApiError.h"
#include "api/OtaCancelCalls.h"
#include "api/RpcClient.h"
#include "ota/TaskStatusCounts.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class HistoryStore;
class QLabel;
class QPushButton;
class RequestScheduler;

namespace Ui {
class CancelBatchDialog;
}

// Cancels device tasks of one batch (CancelOTATaskByJob, by status) and, for a dynamic batch, stops its
// upgrade policy (CancelOTAStrategyByJob). The destructive button stays disabled until the user typed the
// JobId exactly and chose at least one action. A failure is shown with its code and request ID and every
// choice stays as it was; the dialog cannot be closed while a request is under way.
class CancelBatchDialog : public QDialog
{
    Q_OBJECT
public:
    // The batch as the window shows it.
    struct Batch
    {
        QString jobId;
        QString name; // empty: the JobId is shown
        QString iotInstanceId;
        bool dynamic = false; // SelectionType DYNAMIC: the policy can be stopped
        bool planned = false; // JobStatus PLANNED: its QUEUED tasks are the scheduled ones
        std::optional<CountsReading> counts; // the store's latest round, when there is one
    };

    // scheduler: not owned; config: where and as whom to send.
    CancelBatchDialog(RequestScheduler *scheduler, const RpcConfig &config, const Batch &batch,
                      QWidget *parent = nullptr);
    ~CancelBatchDialog() override;

    // Each call sent is appended to this audit log (not owned; nullptr: none), as sent with this profile.
    void setAuditLog(HistoryStore *log, const QString &profile);

    // A newer round of counts (the window refreshes them while the dialog is open).
    void setCounts(const CountsReading &counts);

    // What is chosen now.
    CancelOtaTaskByJob::Targets targets() const;
    bool stopStrategy() const;
    // The typed JobId matches exactly and something is chosen, and nothing is under way.
    bool canSend() const;
    bool isBusy() const { return m_busy; }
    QPushButton *sendButton() const { return m_sendButton; }

public slots:
    // Sends what is chosen: the policy first (no new tasks join), then the tasks.
    void send();
    void reject() override; // ignored while a request is under way

signals:
    // Something changed on the server (tasks canceled or the policy stopped): show the batch again. Once per
    // send(), after its last request.
    void batchChanged(const QString &jobId);
    // Every request of a send() ended: ok when all succeeded.
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void sendTasks();
    void onStrategyFinished(const RpcResponse &response);
    void onTasksFinished(const RpcResponse &response);
    void showFailure(const ActionResult &result, std::function<QString()> what);
    void showSuccess();
    void setBusy(bool busy);
    void updateSendButton();
    void retranslate();

    std::unique_ptr<Ui::CancelBatchDialog> m_ui;
    void audit(const QString &action, const QStringList &targets, const ActionResult &result);

    RequestScheduler *m_scheduler;
    RpcConfig m_config;
    HistoryStore *m_auditLog = nullptr;
    QString m_profile;
    Batch m_batch;
    QPushButton *m_sendButton;
    bool m_busy = false;
    bool m_strategyStopped = false; // this dialog stopped the policy
    bool m_tasksCanceled = false; // this dialog's last send canceled tasks
    bool m_stoppedThisSend = false; // the running send stopped the policy
    CancelOtaTaskByJob::Targets m_sending; // what the running send() cancels
    std::function<QString()> m_result; // the result text, composed again on a language change
};
