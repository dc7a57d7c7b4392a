#pragma once

#include "ota/TaskInfo.h"
#include "services/Services.h"
#include "services/TaskActionRun.h"

#include <QObject>
#include <QPointer>

class AuditLogDialog;
class BatchPage;
class CancelBatchDialog;
class CompareDialog;
class DevicePanel;
class TaskActionDialog;
class VerifySuccessDialog;
class ExportActions;
class QAbstractItemModel;
class QAction;
class QMainWindow;
class QMenu;

// What the user can do with the batch the page shows, as the store holds it now: File > Export and Edit >
// Copy as command (ExportActions), File > Cancel batch tasks…, File > Audit Log… and File > Compare with….
// The cancel action is enabled only for a batch read with the profile in use, and never for a read-only
// profile; its tooltip says why not otherwise.
class BatchActions : public QObject
{
    Q_OBJECT
public:
    // Adds the actions to fileMenu after afterAction, the exports before beforeExports. Not owned: the rest.
    BatchActions(const Services &services, BatchPage *page, QMainWindow *window, QMenu *fileMenu,
                 QAction *afterAction, QAction *beforeExports);
    ~BatchActions() override;

    ExportActions *exports() const { return m_exports; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *compareAction() const { return m_compare; }
    // The compare window's JobId fields complete from these batches.
    void setCompletions(QAbstractItemModel *batches) { m_completions = batches; }
    QAction *auditLogAction() const { return m_auditLog; }
    QAction *verifyAction() const { return m_verify; }

    // The profile in use, and whether it may only query; builtIn: it is the demo's, whose read-only mark is
    // lifted in the File menu rather than in Profiles.
    void setCurrentProfile(const QString &profile, bool readOnly, bool builtIn = false);
    // The cancel dialog for the batch shown (nullptr while the action is disabled). It reads the counts again
    // and follows every round the store learns while it is open.
    CancelBatchDialog *openCancel();
    // The compare window (one), the batch shown on the left (else leftFallback); with rightJobId, compares.
    CompareDialog *openCompare(const QString &leftFallback, const QString &rightJobId = {});
    // The device panel for a task of the batch shown (nullptr without a batch).
    DevicePanel *openDevice(const TaskInfo &task);
    // The confirmation of a task action on tasks of the batch shown (nullptr without a batch read with the
    // profile in use). Read-only profiles see it with sending disabled and the reason.
    TaskActionDialog *openTaskAction(TaskActionRun::Kind kind, const QList<TaskInfo> &tasks);
    // File > Audit Log… (one window), filtered to the batch shown when there is one.
    AuditLogDialog *openAuditLog();
    // File > Verify Success… for the batch shown (nullptr without a batch read with the profile in use).
    VerifySuccessDialog *openVerify();
    void retranslate();

signals:
    // The cancel dialog changed the batch on the server: read it again.
    void batchChanged(const QString &jobId);

private:
    void updateCancel();

    const Services m_services;
    BatchPage *m_page;
    QMainWindow *m_window;
    ExportActions *m_exports;
    QAction *m_cancel;
    QAction *m_compare;
    QAbstractItemModel *m_completions = nullptr;
    QAction *m_auditLog;
    QAction *m_verify;
    QPointer<CompareDialog> m_compareDialog;
    QPointer<AuditLogDialog> m_auditDialog;
    QPointer<VerifySuccessDialog> m_verifyDialog;
    QString m_profile;
    bool m_readOnly = false;
    bool m_builtIn = false;
};
