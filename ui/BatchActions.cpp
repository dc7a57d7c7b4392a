#include "BatchActions.h"

#include "AuditLogDialog.h"
#include "BatchPage.h"
#include "BatchProgressView.h"
#include "CancelBatchDialog.h"
#include "CompareDialog.h"
#include "DevicePanel.h"
#include "ExportActions.h"
#include "JobDetailView.h"
#include "TaskActionDialog.h"
#include "VerifySuccessDialog.h"
#include "services/AccountDirectory.h"
#include "services/BatchCounts.h"
#include "services/HistoryRecorder.h"
#include "services/TaskRowsRefresh.h"
#include "state/BatchStore.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

BatchActions::BatchActions(const Services &services, BatchPage *page, QMainWindow *window, QMenu *fileMenu,
                           QAction *afterAction, QAction *beforeExports)
    : QObject(window), m_services(services), m_page(page), m_window(window),
      m_exports(new ExportActions(
              services.scheduler, [page] { return page->existingProgressView(); }, window)),
      m_cancel(new QAction(this)), m_compare(new QAction(this)), m_auditLog(new QAction(this)),
      m_verify(new QAction(this))
{
    m_exports->install(fileMenu, beforeExports, page->detailView());
    HistoryRecorder *history = services.history;
    m_exports->setHistorySource([history]() -> const HistoryStore * { return history->history(); });
    // The exports act on what the page shows: every newer read of it, never a stale state.
    connect(page, &BatchPage::readingShown, this, [this](const BatchKey &key, const JobReading &reading) {
        const std::optional<Account> &account = m_page->account();
        if (!account) {
            m_exports->clearBatch();
            return;
        }
        RpcResponse response;
        response.body = reading.body;
        response.format = reading.format;
        response.requestId = reading.requestId;
        m_exports->setBatch({response, reading.job, account->config, key.jobId, account->iotInstanceId,
                             m_profile, key.profile});
        updateCancel();
    });
    connect(page, &BatchPage::batchCleared, this, [this] {
        m_exports->clearBatch();
        updateCancel();
    });

    m_cancel->setObjectName(u"actionCancelBatch"_s);
    m_compare->setObjectName(u"actionCompare"_s);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    const QList<QAction *> actions = fileMenu->actions();
    fileMenu->insertAction(actions.value(actions.indexOf(afterAction) + 1), m_compare);
    fileMenu->insertAction(m_compare, m_cancel);
    m_auditLog->setObjectName(u"actionAuditLog"_s);
    m_verify->setObjectName(u"actionVerifySuccess"_s);
    fileMenu->insertAction(m_compare, m_verify);
    fileMenu->insertAction(m_compare, m_auditLog);
    connect(m_verify, &QAction::triggered, this, &BatchActions::openVerify);
    connect(page, &BatchPage::verifyRequested, this, &BatchActions::openVerify);
    connect(m_auditLog, &QAction::triggered, this, &BatchActions::openAuditLog);
    fileMenu->setToolTipsVisible(true); // the reason a disabled action gives
    connect(m_cancel, &QAction::triggered, this, &BatchActions::openCancel);
    connect(page, &BatchPage::deviceRequested, this, &BatchActions::openDevice);
    connect(page, &BatchPage::taskActionRequested, this, &BatchActions::openTaskAction);
    connect(m_compare, &QAction::triggered, this, [this] { openCompare(QString()); });
    retranslate();
}

BatchActions::~BatchActions() = default;

void BatchActions::setCurrentProfile(const QString &profile, bool readOnly, bool builtIn)
{
    m_profile = profile;
    m_readOnly = readOnly;
    m_builtIn = builtIn;
    updateCancel();
}

void BatchActions::updateCancel()
{
    const std::optional<Account> &shown = m_page->account();
    const QString jobId = m_page->key().jobId;
    QString tip;
    bool enabled = false;
    if (m_readOnly && m_builtIn) {
        tip = tr("Profile %1 is read-only: it may only query. Turn on File > Allow Write Actions in the "
                 "Demo to cancel tasks of the simulated batches.")
                      .arg(m_profile);
    } else if (m_readOnly) {
        tip = tr("Profile %1 is read-only: it may only query. Clear “Read-only” in File > Profiles… to "
                 "cancel tasks with it.")
                      .arg(m_profile);
    } else if (!shown) {
        tip = tr("Query a batch first: canceling acts on the batch shown.");
    } else if (shown->profile != m_profile) {
        tip = tr("Batch %1 was read with profile %2: query it again with the profile in use.")
                      .arg(jobId, shown->profile);
    } else {
        enabled = true;
        tip = tr("Cancel device tasks of batch %1; asks for its batch ID first.").arg(jobId);
    }
    m_cancel->setEnabled(enabled);
    m_cancel->setToolTip(tip);
    m_cancel->setStatusTip(tip);
    // Verifying only reads: any profile, the one the batch was read with.
    m_verify->setEnabled(shown.has_value());
    m_verify->setToolTip(
            shown ? tr("Ask the devices of batch %1's succeeded tasks which version they report.").arg(jobId)
                  : tr("Query a batch first: the check is of the batch shown."));
}

CancelBatchDialog *BatchActions::openCancel()
{
    updateCancel();
    if (!m_cancel->isEnabled() || !m_page->account() || !m_page->reading())
        return nullptr;
    const OtaJob &job = m_page->reading()->job;
    const BatchKey key = m_page->key();
    CancelBatchDialog::Batch batch;
    batch.jobId = key.jobId;
    batch.name = job.name.value_or(QString());
    batch.iotInstanceId = m_page->account()->iotInstanceId;
    batch.dynamic = job.selectionType.value_or(QString()) == u"DYNAMIC";
    batch.planned = job.jobStatus.value_or(QString()) == u"PLANNED";
    BatchStore *store = m_services.store;
    if (const CountsReading *counts = store->counts(key))
        batch.counts = *counts;
    auto *dialog = new CancelBatchDialog(m_services.scheduler, m_page->account()->config, batch, m_window);
    dialog->setObjectName(u"cancelBatchDialog"_s);
    if (m_services.history && m_services.history->isOn())
        dialog->setAuditLog(m_services.history->history(), m_page->account()->profile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The counts it shows are read again now, and follow every round the store learns while it is open.
    connect(store, &BatchStore::changed, dialog, [store, dialog, key](const BatchKey &changed) {
        if (changed != key)
            return;
        if (const CountsReading *counts = store->counts(key))
            dialog->setCounts(*counts);
    });
    // Counted again now, into the store (the Devices tab shows the round too).
    auto *counter = new BatchCounts(m_services.scheduler, store, dialog);
    counter->fetch(*m_page->account(), key.jobId, RequestPriority::Interactive);
    connect(dialog, &CancelBatchDialog::batchChanged, this, [this, key](const QString &jobId) {
        if (m_page->key() == key && key.jobId == jobId)
            emit batchChanged(jobId);
    });
    dialog->open();
    return dialog;
}

DevicePanel *BatchActions::openDevice(const TaskInfo &task)
{
    if (!m_page->account() || task.deviceName.isEmpty())
        return nullptr;
    auto *panel
            = new DevicePanel(m_services.scheduler, *m_page->account(),
                              {task.productKey, task.deviceName, QString()}, m_page->key().jobId, m_window);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    panel->show();
    return panel;
}

TaskActionDialog *BatchActions::openTaskAction(TaskActionRun::Kind kind, const QList<TaskInfo> &tasks)
{
    const std::optional<Account> &shown = m_page->account();
    if (!shown)
        return nullptr;
    if (shown->profile != m_profile) {
        // As the cancel action says: the tasks are acted on with the profile they were read with, or not at
        // all.
        QMessageBox::information(
                m_window, tr("Query the Batch Again"),
                tr("Batch %1 was read with profile %2: query it again with the profile in use.")
                        .arg(m_page->key().jobId, shown->profile));
        return nullptr;
    }
    Account account = *shown;
    // The mark the profile has now: the batch may have been read before it changed.
    account.readOnly = m_readOnly;
    HistoryStore *audit
            = m_services.history && m_services.history->isOn() ? m_services.history->history() : nullptr;
    auto *dialog = new TaskActionDialog(m_services.scheduler, audit, account, kind, m_page->key().jobId,
                                        tasks, m_window);
    dialog->setBuiltInProfile(m_builtIn);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const BatchKey key = m_page->key();
    connect(dialog, &TaskActionDialog::batchChanged, this, [this, key, dialog](const QString &jobId) {
        if (m_page->key() != key || key.jobId != jobId)
            return;
        // Their rows showed a finished task: read them again whatever they show now.
        if (BatchProgressView *view = m_page->existingProgressView())
            view->rowsRefresh()->markChanged(dialog->deviceNames());
        emit batchChanged(jobId);
    });
    connect(dialog, &TaskActionDialog::finished, this, [this] {
        if (m_auditDialog)
            m_auditDialog->reload();
    });
    dialog->open();
    return dialog;
}

AuditLogDialog *BatchActions::openAuditLog()
{
    HistoryRecorder *history = m_services.history;
    const HistoryStore *store = history && history->isOn() ? history->history() : nullptr;
    if (!m_auditDialog) {
        m_auditDialog = new AuditLogDialog(store, m_window);
        m_auditDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_auditDialog->setHistory(store);
    }
    if (m_page->hasBatch())
        m_auditDialog->setFilterText(m_page->key().jobId);
    m_auditDialog->show();
    m_auditDialog->raise();
    m_auditDialog->activateWindow();
    return m_auditDialog;
}

VerifySuccessDialog *BatchActions::openVerify()
{
    const std::optional<Account> &shown = m_page->account();
    if (!shown || !m_page->hasBatch())
        return nullptr;
    const QString jobId = m_page->key().jobId;
    if (m_verifyDialog && m_verifyDialog->jobId() != jobId)
        m_verifyDialog->close(); // deleted on close; a check under way for the other batch stops with it
    if (!m_verifyDialog) {
        std::optional<qint64> succeeded;
        if (const BatchProgressView *view = m_page->existingProgressView()) {
            if (const std::optional<TaskStatusCounts> counts = view->counts())
                succeeded = (*counts)[TaskStatus::Succeeded];
        }
        m_verifyDialog = new VerifySuccessDialog(m_services.scheduler, *shown, jobId, succeeded, m_window);
        m_verifyDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_verifyDialog, &VerifySuccessDialog::verified, this,
                [this](const QString &verifiedJobId, const VerifyReport &report) {
                    m_exports->setVerification(verifiedJobId, report);
                });
        connect(m_verifyDialog, &VerifySuccessDialog::deviceRequested, this, &BatchActions::openDevice);
    }
    m_verifyDialog->show();
    m_verifyDialog->raise();
    m_verifyDialog->activateWindow();
    return m_verifyDialog;
}

CompareDialog *BatchActions::openCompare(const QString &leftFallback, const QString &rightJobId)
{
    if (!m_compareDialog) {
        AccountDirectory *accounts = m_services.accounts;
        m_compareDialog = new CompareDialog(
                m_services.query, [accounts] { return accounts->current(); }, m_window);
        m_compareDialog->setObjectName(u"compareDialog"_s);
        m_compareDialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_completions)
            m_compareDialog->setCompletions(m_completions);
    }
    const QString shown = m_page->hasBatch() ? m_page->key().jobId : QString();
    m_compareDialog->setLeftJobId(shown.isEmpty() ? leftFallback : shown);
    if (!rightJobId.isEmpty())
        m_compareDialog->setRightJobId(rightJobId);
    m_compareDialog->show();
    m_compareDialog->raise();
    m_compareDialog->activateWindow();
    if (!rightJobId.isEmpty() && !shown.isEmpty())
        m_compareDialog->compare();
    return m_compareDialog;
}

void BatchActions::retranslate()
{
    m_cancel->setText(tr("&Cancel batch tasks…"));
    m_compare->setText(tr("Co&mpare with…"));
    m_auditLog->setText(tr("Audit &Log…"));
    m_verify->setText(tr("&Verify Success…"));
    m_auditLog->setToolTip(tr("Every write action sent from this computer, with its Request ID and outcome"));
    updateCancel();
}
