#pragma once

#include "ReportFile.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SignOffReportDialog;
}

// Asks what a sign-off report needs from the user: notes, PDF or Markdown, and the file to write. Save does
// not close it: it stays, with the notes, until the report is written (saved()), and says why when it could
// not be (showProblem()), so nothing typed is lost.
class SignOffReportDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks for a file to save to (title, suggested path, name filter); empty when the user gave up.
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;

    // suggestedPath: the file offered at first; its suffix follows the format chosen.
    explicit SignOffReportDialog(const QString &suggestedPath, QWidget *parent = nullptr);
    ~SignOffReportDialog() override;

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    QString notes() const;
    ReportFormat format() const;
    QString filePath() const;
    // "PDF (*.pdf)" or "Markdown (*.md)".
    static QString nameFilter(ReportFormat format);

    // While the report is gathered and written: Save is disabled, the problem shown is cleared.
    void setBusy(bool busy);
    // The report could not be gathered or written: the dialog stays open, as the user left it, and says why.
    void showProblem(const QString &text);
    // The report was written: the dialog closes (accepted).
    void saved();

public slots:
    // Save: asks for the report to be written (saveRequested()) when the file name can be one.
    void accept() override;

signals:
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onFormatChanged();
    void browse();

    std::unique_ptr<Ui::SignOffReportDialog> m_ui;
    FileChooser m_chooser;
};
