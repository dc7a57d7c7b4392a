#include "ExportActions.h"

#include "util/DisplayZone.h"
#include "util/TimeText.h"

#include "BatchProgressView.h"
#include "ReportBuilder.h"
#include "ReportFetcher.h"
#include "ReportFile.h"
#include "SignOffReportDialog.h"
#include "api/CommandLineBuilder.h"
#include "api/RequestScheduler.h"
#include "api/TaskFetcher.h"
#include "api/TaskListing.h"
#include "history/HistoryStore.h"
#include "lint/BatchLint.h"
#include "models/FailureReasonsModel.h"
#include "models/TaskTableModel.h"
#include "services/TaskRowsRefresh.h"
#include "state/BatchState.h"
#include "util/AtomicFile.h"
#include "util/Clock.h"
#include "util/LanguageChangeWatcher.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// A JobId as part of a file name: the masked IDs of the reference hold '*', which Windows refuses.
QString fileNamePart(const QString &jobId)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]"_s);
    QString part = jobId;
    return part.replace(unsafe, u"_"_s);
}

QString errorText(const ApiError &error)
{
    return u"%1: %2"_s.arg(error.title(), error.localizedMessage());
}
} // namespace

ExportActions::ExportActions(RequestScheduler *scheduler, ProgressSource progress, QMainWindow *window)
    : QObject(window), m_scheduler(scheduler), m_progress(std::move(progress)), m_window(window),
      m_historyPath(HistoryStore::defaultPath()), m_exportMenu(new QMenu(window)),
      m_rawResponse(new QAction(this)), m_tasksCsv(new QAction(this)), m_report(new QAction(this)),
      m_copyAliyun(new QAction(this)), m_copyOtadash(new QAction(this))
{
    m_exportMenu->setObjectName(u"menuExport"_s);
    m_rawResponse->setObjectName(u"actionExportRawResponse"_s);
    m_tasksCsv->setObjectName(u"actionExportTasksCsv"_s);
    m_report->setObjectName(u"actionExportReport"_s);
    m_copyAliyun->setObjectName(u"actionCopyAliyunCommand"_s);
    m_copyOtadash->setObjectName(u"actionCopyOtadashCommand"_s);
    m_exportMenu->addAction(m_rawResponse);
    m_exportMenu->addAction(m_tasksCsv);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_report);
    m_chooser = [window](const QString &title, const QString &path, const QString &filter) {
        return QFileDialog::getSaveFileName(window, title, path, filter);
    };
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_tasksCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_rawResponse, &QAction::triggered, this, &ExportActions::exportRawResponse);
    connect(m_tasksCsv, &QAction::triggered, this, &ExportActions::exportTasksCsv);
    connect(m_report, &QAction::triggered, this, &ExportActions::exportReport);
    connect(m_copyAliyun, &QAction::triggered, this, [this] { copy(aliyunCommand()); });
    connect(m_copyOtadash, &QAction::triggered, this, [this] { copy(otadashCommand()); });
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &ExportActions::retranslate);
    retranslate();
    updateEnabled();
}

ExportActions::~ExportActions() = default;

void ExportActions::install(QMenu *fileMenu, QAction *before, QWidget *form)
{
    fileMenu->insertMenu(before, m_exportMenu);
    fileMenu->insertSeparator(before);
    QMenuBar *bar = m_window->menuBar();
    m_editMenu = bar->findChild<QMenu *>(u"menuEdit"_s);
    if (!m_editMenu) {
        m_editMenu = new QMenu(m_window);
        m_editMenu->setObjectName(u"menuEdit"_s);
        const QList<QAction *> menus = bar->actions();
        const qsizetype file = menus.indexOf(fileMenu->menuAction());
        if (file >= 0 && file + 1 < menus.size())
            bar->insertMenu(menus.at(file + 1), m_editMenu);
        else
            bar->addMenu(m_editMenu);
    }
    m_editMenu->addAction(m_copyAliyun);
    m_editMenu->addAction(m_copyOtadash);
    if (form) {
        form->setContextMenuPolicy(Qt::ActionsContextMenu);
        form->addAction(m_copyAliyun);
        form->addAction(m_copyOtadash);
    }
    retranslate();
}

void ExportActions::setBatch(const Batch &batch)
{
    m_batch = batch;
    updateEnabled();
}

void ExportActions::clearBatch()
{
    m_batch.reset();
    updateEnabled();
}

void ExportActions::updateEnabled()
{
    const bool batch = m_batch.has_value();
    const bool idle = m_progressDialog.isNull();
    m_rawResponse->setEnabled(batch && !m_batch->response.body.isEmpty() && idle);
    m_tasksCsv->setEnabled(batch && idle);
    m_report->setEnabled(batch && idle);
    m_copyAliyun->setEnabled(batch);
    m_copyOtadash->setEnabled(batch);
}

void ExportActions::retranslate()
{
    m_exportMenu->setTitle(tr("&Export"));
    m_rawResponse->setText(tr("&Raw Response…"));
    m_rawResponse->setToolTip(tr("Save the last QueryOTAJob response body exactly as it was received."));
    m_tasksCsv->setText(tr("Device Tasks as &CSV…"));
    m_tasksCsv->setToolTip(tr("Read every device task of the batch and save them as CSV."));
    m_report->setText(tr("&Sign-off Report…"));
    m_report->setToolTip(tr("Save a report of the batch for sign-off, as PDF or Markdown."));
    m_copyAliyun->setText(tr("Copy as &aliyun Command"));
    m_copyAliyun->setToolTip(tr("Copy the aliyun CLI command that queries this batch (no secret)."));
    m_copyOtadash->setText(tr("Copy as &otadash-cli Command"));
    m_copyOtadash->setToolTip(tr("Copy the otadash-cli command that queries this batch (no secret)."));
    if (m_editMenu)
        m_editMenu->setTitle(tr("&Edit"));
}

QString ExportActions::aliyunCommand() const
{
    if (!m_batch)
        return QString();
    return CommandLineBuilder::aliyunQueryOtaJob(m_batch->config, m_batch->jobId, m_batch->instanceId);
}

QString ExportActions::otadashCommand() const
{
    if (!m_batch)
        return QString();
    return CommandLineBuilder::otadashQuery(m_batch->config, m_batch->jobId, m_batch->instanceId,
                                            m_batch->profile);
}

void ExportActions::copy(const QString &command)
{
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    m_window->statusBar()->showMessage(tr("Copied: %1").arg(command), 8000);
}

QString ExportActions::suggestedPath(const QString &name) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? name : QDir(folder).filePath(name);
}

void ExportActions::finishExport(const QString &path, const std::optional<QString> &error,
                                 SignOffReportDialog *dialog)
{
    updateEnabled();
    if (error) {
        if (dialog) {
            // The report's dialog is still open, with the notes: it says why, and Save tries again.
            dialog->setBusy(false);
            dialog->showProblem(*error);
        } else {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), *error, QMessageBox::Ok,
                                        m_window);
            box->setObjectName(u"exportErrorBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit exportFinished(QString(), *error);
        return;
    }
    if (path.isEmpty()) {
        if (dialog)
            dialog->setBusy(false);
        m_window->statusBar()->showMessage(tr("Export canceled."), 8000);
        emit exportFinished(QString(), QString());
        return;
    }
    if (dialog)
        dialog->saved();
    m_window->statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
    emit exportFinished(path, QString());
}

void ExportActions::save(const QString &title, const QString &filter, const QString &path,
                         const QByteArray &bytes)
{
    const std::optional<QString> error = AtomicFile::write(path, bytes);
    if (!error) {
        finishExport(path, std::nullopt);
        return;
    }
    // What was read is kept: the user may save it elsewhere rather than read it all again.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), *error, QMessageBox::NoButton,
                                m_window);
    box->setObjectName(u"exportErrorBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Nothing was saved. You may save it to another file."));
    QPushButton *elsewhere = box->addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    elsewhere->setObjectName(u"saveElsewhereButton"_s);
    box->addButton(QMessageBox::Discard);
    connect(box, &QDialog::finished, this, [this, box, elsewhere, title, filter, path, bytes] {
        if (box->clickedButton() != elsewhere)
            return;
        const QString chosen = m_chooser(title, path, filter);
        if (!chosen.isEmpty())
            save(title, filter, chosen, bytes);
    });
    updateEnabled();
    box->open();
    emit exportFinished(QString(), *error);
}

void ExportActions::exportRawResponse()
{
    if (!m_batch || m_batch->response.body.isEmpty())
        return;
    const bool xml = m_batch->response.format == ResponseFormat::Xml;
    const QString name = u"QueryOTAJob-%1.%2"_s.arg(fileNamePart(m_batch->jobId), xml ? u"xml"_s : u"json"_s);
    const QString title = tr("Save Raw Response");
    const QString filter = xml ? tr("XML (*.xml)") : tr("JSON (*.json)");
    const QString path = m_chooser(title, suggestedPath(name), filter);
    if (path.isEmpty())
        return;
    save(title, filter, path, m_batch->response.body);
}

void ExportActions::exportTasksCsv()
{
    if (!m_batch || m_progressDialog)
        return;
    const Batch batch = *m_batch;
    const QString path
            = m_chooser(tr("Export Device Tasks"),
                        suggestedPath(u"tasks-%1.csv"_s.arg(fileNamePart(batch.jobId))), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    m_taskFetcher = new TaskFetcher(m_scheduler, this);
    m_taskFetcher->setBatch(batch.config, batch.jobId, batch.instanceId);
    auto listing = std::make_shared<TaskListing>();

    auto *dialog = new QProgressDialog(m_window);
    dialog->setObjectName(u"exportProgress"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Export Device Tasks"));
    dialog->setLabelText(tr("Reading the device tasks of batch %1…").arg(batch.jobId));
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setRange(0, 0);
    m_progressDialog = dialog;
    updateEnabled();

    TaskFetcher *fetcher = m_taskFetcher;
    connect(fetcher, &TaskFetcher::tasksArrived, this,
            [listing](const QList<TaskInfo> &tasks) { listing->add(tasks); });
    connect(fetcher, &TaskFetcher::progress, dialog, [dialog](qint64 fetched, qint64 expected) {
        if (expected <= 0)
            return;
        // QProgressDialog counts in int: large batches are shown in per mille.
        dialog->setRange(0, 1000);
        dialog->setValue(int(std::min<qint64>(1000, fetched * 1000 / expected)));
        dialog->setLabelText(tr("Read %1 of %2 device tasks…")
                                     .arg(QLocale().toString(fetched), QLocale().toString(expected)));
    });
    connect(dialog, &QProgressDialog::canceled, fetcher, &TaskFetcher::stop);
    connect(fetcher, &TaskFetcher::finished, this,
            [this, fetcher, dialog, listing, path](bool complete, const std::optional<ApiError> &error) {
                disconnect(dialog, nullptr, fetcher, nullptr);
                dialog->close();
                m_progressDialog = nullptr; // deleted later; the next export may start now
                fetcher->deleteLater();
                m_taskFetcher = nullptr;
                if (error)
                    finishExport(QString(), errorText(*error));
                else if (!complete)
                    finishExport(QString(), std::nullopt);
                else
                    save(tr("Export Device Tasks"), tr("CSV (*.csv)"), path,
                         TaskListing::csv(listing->sorted()).toUtf8());
            });
    dialog->show();
    fetcher->fetchAll(RequestPriority::Bulk);
}

void ExportActions::exportReport()
{
    if (!m_batch || m_progressDialog)
        return;
    auto *dialog = new SignOffReportDialog(
            suggestedPath(u"signoff-%1.pdf"_s.arg(fileNamePart(m_batch->jobId))), m_window);
    dialog->setObjectName(u"signOffReportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileChooser(m_chooser);
    // The dialog stays open until the report is written, so the notes survive a path that cannot be.
    connect(dialog, &SignOffReportDialog::saveRequested, this, [this, dialog] { startReport(dialog); });
    dialog->open();
}

void ExportActions::readHistory(const Batch &batch, ReportData &data) const
{
    if (const HistoryStore *window = m_historySource ? m_historySource() : nullptr;
        window && window->isOpen()) {
        data.burnUp = window->countsSeries(batch.historyProfile, batch.jobId);
        ReportBuilder::setActions(data, window);
        return;
    }
    // A file of its own is read, never created. None: no action was sent from here either.
    if (!QFileInfo::exists(m_historyPath)) {
        data.actions = QList<AuditEntry>();
        return;
    }
    const HistoryStore history(m_historyPath);
    if (history.isOpen())
        data.burnUp = history.countsSeries(batch.historyProfile, batch.jobId);
    ReportBuilder::setActions(data, &history);
}

void ExportActions::setVerification(const QString &jobId, const VerifyReport &report)
{
    m_verification = std::make_pair(jobId, report);
}

void ExportActions::startReport(SignOffReportDialog *dialog)
{
    if (m_progressDialog)
        return;
    if (!m_batch) {
        dialog->showProblem(tr("No batch is shown any more. Query it again, then save the report."));
        return;
    }
    const Batch batch = *m_batch;
    const QString path = dialog->filePath();
    const ReportFormat format = dialog->format();
    const QString notes = dialog->notes();

    m_reportFetcher = new ReportFetcher(m_scheduler, this);
    ReportFetcher *fetcher = m_reportFetcher;
    fetcher->setBatch(batch.config, batch.jobId, batch.instanceId);
    fetcher->setJob(batch.job);
    // What the Devices tab already has of this batch is not asked for again.
    BatchProgressView *view = m_progress ? m_progress() : nullptr;
    const bool devicesTab = view && view->jobId() == batch.jobId && view->countsReading();
    if (devicesTab)
        fetcher->setCounts(view->countsReading()->counts, view->countsReading()->finishedAtUtc,
                           view->countsReading()->batchTotal);
    // The tab's failure reasons (its sample of the failed tasks, read by themselves) are the report's when
    // they were counted from every failed task: the report and the tab then show the same reasons, and the
    // report says when they were read if the counts saw another number. Otherwise they are read again.
    const std::optional<FailureSample> sample
            = devicesTab ? view->rowsRefresh()->failures() : std::optional<FailureSample>();
    const bool windowReasons
            = sample && sample->failedTotal > 0 && qint64(sample->tasks.size()) == sample->failedTotal;
    if (windowReasons)
        fetcher->setMaxFailedTasks(0);

    dialog->setBusy(true);
    auto *progress = new QProgressDialog(dialog);
    progress->setObjectName(u"exportProgress"_s);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setWindowTitle(tr("Sign-off Report"));
    progress->setLabelText(tr("Gathering the report of batch %1…").arg(batch.jobId));
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setRange(0, 0);
    m_progressDialog = progress;
    updateEnabled();
    connect(progress, &QProgressDialog::canceled, fetcher, &ReportFetcher::cancel);
    connect(fetcher, &ReportFetcher::finished, this,
            [this, fetcher, progress, batch, path, format, notes, windowReasons, sample,
             view = QPointer<BatchProgressView>(view),
             dialog = QPointer<SignOffReportDialog>(dialog)](const std::optional<ApiError> &error) {
                disconnect(progress, nullptr, fetcher, nullptr);
                progress->close();
                m_progressDialog = nullptr; // deleted later; the next export may start now
                fetcher->deleteLater();
                m_reportFetcher = nullptr;
                if (error) {
                    if (error->transport == ApiError::Transport::Canceled)
                        finishExport(QString(), std::nullopt, dialog);
                    else
                        finishExport(QString(), errorText(*error), dialog);
                    return;
                }
                ReportData data;
                ReportBuilder::setJob(data, batch.job, QLocale(), DisplayZone::zone());
                ReportBuilder::setTaskFacts(data, *fetcher);
                if (windowReasons && view)
                    ReportBuilder::setFailureReasons(data, *view->failureReasonsModel(), sample->failedTotal,
                                                     sample->currentAtUtc());
                ReportBuilder::setLint(data, BatchLint::check(fetcher->lintInput()));
                readHistory(batch, data);
                if (m_verification && m_verification->first == batch.jobId)
                    ReportBuilder::setVerification(data, m_verification->second);
                data.notes = notes;
                ReportBuilder::setExporter(data,
                                           batch.profile.isEmpty() ? batch.historyProfile : batch.profile,
                                           TimeText::shown(m_scheduler->clock().nowUtc()));
                finishExport(path, ReportFile::write(data, format, path), dialog);
            });
    progress->show();
    fetcher->start();
}
