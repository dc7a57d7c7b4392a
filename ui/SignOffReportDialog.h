#pragma once

#include "ReportFile.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SignOffReportDialog;
}

// Asks what a sign-off report needs from the user: notes, PDF or Markdown, and the file to write.
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

public slots:
    // Accepts only with a file name.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onFormatChanged();
    void browse();

    std::unique_ptr<Ui::SignOffReportDialog> m_ui;
    FileChooser m_chooser;
};
