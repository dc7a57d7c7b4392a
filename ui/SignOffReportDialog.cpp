#include "SignOffReportDialog.h"
#include "ui_SignOffReportDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

SignOffReportDialog::SignOffReportDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignOffReportDialog>())
{
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(QString(), int(ReportFormat::Pdf));
    m_ui->formatCombo->addItem(QString(), int(ReportFormat::Markdown));
    m_ui->fileEdit->setText(suggestedPath);
    m_ui->problemLabel->hide();
    m_chooser = [this](const QString &title, const QString &path, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, path, filter);
    };
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignOffReportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignOffReportDialog::reject);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &SignOffReportDialog::onFormatChanged);
    connect(m_ui->browseButton, &QToolButton::clicked, this, &SignOffReportDialog::browse);
    connect(m_ui->fileEdit, &QLineEdit::textEdited, m_ui->problemLabel, &QWidget::hide);
    retranslate();
    onFormatChanged();
    m_ui->notesEdit->setFocus();
}

SignOffReportDialog::~SignOffReportDialog() = default;

QString SignOffReportDialog::notes() const
{
    return m_ui->notesEdit->toPlainText();
}

ReportFormat SignOffReportDialog::format() const
{
    return ReportFormat(m_ui->formatCombo->currentData().toInt());
}

QString SignOffReportDialog::filePath() const
{
    return m_ui->fileEdit->text().trimmed();
}

QString SignOffReportDialog::nameFilter(ReportFormat format)
{
    return format == ReportFormat::Pdf ? tr("PDF (*.pdf)") : tr("Markdown (*.md)");
}

void SignOffReportDialog::accept()
{
    const QFileInfo file(filePath());
    if (filePath().isEmpty() || file.isDir()) {
        showProblem(tr("Enter the name of the file to write."));
        m_ui->fileEdit->setFocus();
        return;
    }
    // Missing folders are made when the file is written; a file where a folder should be cannot be one.
    QFileInfo folder(file.absolutePath());
    while (!folder.exists() && folder.absoluteFilePath() != folder.absolutePath())
        folder = QFileInfo(folder.absolutePath());
    if (folder.exists() && !folder.isDir()) {
        showProblem(tr("%1 is a file, not a folder: choose another place for the report.")
                            .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        m_ui->fileEdit->setFocus();
        return;
    }
    m_ui->problemLabel->hide();
    emit saveRequested();
}

void SignOffReportDialog::setBusy(bool busy)
{
    if (busy)
        m_ui->problemLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void SignOffReportDialog::showProblem(const QString &text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->show();
}

void SignOffReportDialog::saved()
{
    QDialog::accept();
}

void SignOffReportDialog::onFormatChanged()
{
    // The suffix follows the format; a name without one gets it.
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QFileInfo file(path);
    const QString wanted = ReportFile::suffix(format());
    const QString suffix = file.suffix().toLower();
    if (suffix == wanted)
        return;
    QString base = path;
    if (suffix == u"pdf" || suffix == u"md")
        base.chop(suffix.size() + 1);
    m_ui->fileEdit->setText(base + u'.' + wanted);
}

void SignOffReportDialog::browse()
{
    const QString chosen = m_chooser(tr("Save Sign-off Report"), filePath(), nameFilter(format()));
    if (!chosen.isEmpty()) {
        m_ui->fileEdit->setText(chosen);
        onFormatChanged();
        m_ui->problemLabel->hide();
    }
}

void SignOffReportDialog::retranslate()
{
    m_ui->formatCombo->setItemText(0, tr("PDF"));
    m_ui->formatCombo->setItemText(1, tr("Markdown"));
}

void SignOffReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
