#pragma once

#include "api/RpcClient.h"
#include "history/HistoryStore.h"
#include "ota/OtaJob.h"
#include "services/SuccessVerifier.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class BatchProgressView;
class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;
class QProgressDialog;
class ReportFetcher;
class RequestScheduler;
class SignOffReportDialog;
class TaskFetcher;
class TaskListing;
struct ReportData;

// File > Export (the raw response, the device tasks as CSV, the sign-off report) and Edit > Copy as command
// for the batch the window shows. Long work runs through the window's scheduler behind a progress dialog
// with Cancel; every file is written whole or not at all, its missing folders made; nothing the user typed
// or waited for is lost when a file cannot be written.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    // The batch on screen, as its last successful query brought it.
    struct Batch
    {
        RpcResponse response; // body exactly as received
        OtaJob job;
        RpcConfig config;
        QString jobId;
        QString instanceId;
        QString profile; // the profile in use; empty when none (the demo, plain environment credentials)
        QString historyProfile; // the name the batch's history is kept under
    };
    // Asks for a file to save to (title, suggested path, name filter); empty when the user gave up.
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;

    // The Devices tab's view when it was built (its loaded tasks and counts spare requests), else nullptr.
    using ProgressSource = std::function<BatchProgressView *()>;
    // scheduler: not owned (the window's). window: the parent of dialogs and of this object.
    ExportActions(RequestScheduler *scheduler, ProgressSource progress, QMainWindow *window);
    ~ExportActions() override;

    // Adds File > Export before `before`, an Edit menu (made after File when there is none) with the copy
    // actions, and the copy actions to form's context menu.
    void install(QMenu *fileMenu, QAction *before, QWidget *form);
    void setBatch(const Batch &batch);
    void clearBatch(); // nothing to export (the form shows a batch that was not read now)
    bool hasBatch() const { return m_batch.has_value(); }
    // The window's history, read for the sign-off report's burn-up; while it gives none (or a closed one),
    // the file at historyPath (HistoryStore::defaultPath() until set) is read if it exists, never created.
    void setHistorySource(std::function<const HistoryStore *()> source)
    {
        m_historySource = std::move(source);
    }
    void setHistoryPath(const QString &path) { m_historyPath = path; }
    // The last verified success of a batch in this session: the sign-off report of that batch shows it.
    void setVerification(const QString &jobId, const VerifyReport &report);
    // Replaces the save dialog (tests answer it themselves).
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    QMenu *exportMenu() const { return m_exportMenu; }
    QAction *rawResponseAction() const { return m_rawResponse; }
    QAction *tasksCsvAction() const { return m_tasksCsv; }
    QAction *reportAction() const { return m_report; }
    QAction *copyAliyunAction() const { return m_copyAliyun; }
    QAction *copyOtadashAction() const { return m_copyOtadash; }
    // The commands that repeat the batch's query; empty without a batch.
    QString aliyunCommand() const;
    QString otadashCommand() const;

    void exportRawResponse();
    void exportTasksCsv();
    void exportReport();

signals:
    // Once per attempt to write a file: the file written, or why nothing was (error empty and path empty:
    // canceled). A failed attempt keeps what it would have written: the sign-off report's dialog stays open
    // with the notes, the other exports offer to save the same bytes to another file.
    void exportFinished(const QString &path, const QString &error);

private:
    QString suggestedPath(const QString &name) const;
    // dialog: the report's, which shows the error (else a message box does) and closes on success.
    void finishExport(const QString &path, const std::optional<QString> &error,
                      SignOffReportDialog *dialog = nullptr);
    // Writes bytes to path (missing folders made); when that fails, says why and offers another file.
    void save(const QString &title, const QString &filter, const QString &path, const QByteArray &bytes);
    void startReport(SignOffReportDialog *dialog);
    // The burn-up and the actions taken on the batch, from the window's history or the file.
    void readHistory(const Batch &batch, ReportData &data) const;
    void copy(const QString &command);
    void updateEnabled();
    void retranslate();

    RequestScheduler *m_scheduler;
    ProgressSource m_progress;
    QMainWindow *m_window;
    std::optional<Batch> m_batch;
    std::optional<std::pair<QString, VerifyReport>> m_verification; // JobId and its last check
    std::function<const HistoryStore *()> m_historySource;
    QString m_historyPath;
    FileChooser m_chooser;
    QMenu *m_exportMenu;
    QMenu *m_editMenu = nullptr;
    QAction *m_rawResponse;
    QAction *m_tasksCsv;
    QAction *m_report;
    QAction *m_copyAliyun;
    QAction *m_copyOtadash;
    // The export under way, if any: one at a time.
    QPointer<QProgressDialog> m_progressDialog;
    TaskFetcher *m_taskFetcher = nullptr;
    ReportFetcher *m_reportFetcher = nullptr;
};
