#pragma once

#include "ota/TaskInfo.h"
#include "services/TaskActionRun.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// Confirms and sends one task action on chosen device tasks of a batch: upgrade FAILED or CANCELED ones again
// (ReupgradeOTATask), confirm those waiting in CONFIRM (ConfirmOTATask), or cancel the unfinished tasks of
// their devices in this batch (CancelOTATaskByDevice, by device name). It says what will happen to how many
// devices and in how many calls before anything is sent; above kTypeJobIdAbove devices the batch ID must be
// typed, as the batch cancel asks. Nothing is sent with a read-only profile. While sending it shows each
// call's result with its RequestId; a call whose outcome is unknown is not sent again and stops the rest, and
// the dialog says the gateway may have acted. Every call goes into the audit log.
class TaskActionDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kTypeJobIdAbove = 100;

    // scheduler: not owned; audit: not owned, may be nullptr. tasks: the chosen tasks (only those the action
    // applies to are kept).
    TaskActionDialog(RequestScheduler *scheduler, HistoryStore *audit, const Account &account,
                     TaskActionRun::Kind kind, const QString &jobId, const QList<TaskInfo> &tasks,
                     QWidget *parent = nullptr);
    ~TaskActionDialog() override;

    QStringList taskIds() const { return m_taskIds; }
    // The devices of those tasks.
    QStringList deviceNames() const { return m_deviceNames; }
    bool canSend() const;
    // The profile is the demo's built-in one: its read-only note points to the File menu, not to Profiles.
    void setBuiltInProfile(bool builtIn);
    QPushButton *sendButton() const { return m_send; }
    bool isBusy() const { return m_run.isRunning(); }
    // Whether the action applies to a task in its status: FAILED or CANCELED (retry), CONFIRM (confirm), or
    // unfinished (cancel devices).
    static bool applies(TaskActionRun::Kind kind, const TaskInfo &task);

public slots:
    void send();
    void reject() override; // ignored while sending

signals:
    // Something may have changed on the server: read the batch again.
    void batchChanged(const QString &jobId);
    void finished(int done, int refused, int unknown, int notSent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSend();
    void onCall(int index, int callCount, const TaskActionRun::CallResult &call);
    void onFinished(int done, int refused, int unknown, int notSent);
    TaskActionRun::Request request() const;

    TaskActionRun m_run;
    Account m_account;
    TaskActionRun::Kind m_kind;
    QString m_jobId;
    QStringList m_taskIds;
    QStringList m_deviceNames;
    QString m_productKey; // of the tasks, for CancelDevices
    QString m_firmwareId;
    QStringList m_lines; // device name and TaskId of each task
    bool m_sent = false;
    bool m_builtIn = false;
    QLabel *m_summary;
    QPlainTextEdit *m_targets;
    QLabel *m_typeLabel;
    QLineEdit *m_typeEdit;
    QLabel *m_readOnlyNote;
    QProgressBar *m_progress;
    QPlainTextEdit *m_results;
    QPushButton *m_send;
    QDialogButtonBox *m_buttons;
};
