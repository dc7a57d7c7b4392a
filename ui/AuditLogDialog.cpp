#include "AuditLogDialog.h"

#include "history/HistoryStore.h"
#include "models/AuditLogModel.h"
#include "services/ActionAudit.h"
#include "util/AtomicFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditLogDialog::AuditLogDialog(const HistoryStore *history, QWidget *parent)
    : QDialog(parent), m_history(history), m_model(new AuditLogModel(this)),
      m_filter(new AuditLogFilter(this)), m_filterLabel(new QLabel(this)), m_filterEdit(new QLineEdit(this)),
      m_outcome(new QComboBox(this)), m_table(new QTableView(this)), m_shown(new QLabel(this)),
      m_targetsLabel(new QLabel(this)), m_targets(new QPlainTextEdit(this)), m_export(new QPushButton(this)),
      m_reload(new QPushButton(this))
{
    setObjectName(u"auditLogDialog"_s);
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    auto *filterRow = new QHBoxLayout;
    m_filterLabel->setBuddy(m_filterEdit);
    m_filterEdit->setObjectName(u"auditFilterEdit"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_outcome->setObjectName(u"auditOutcomeCombo"_s);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_outcome);
    layout->addLayout(filterRow);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_shown->setObjectName(u"auditShownLabel"_s);
    m_shown->setWordWrap(true);
    layout->addWidget(m_shown);
    m_targetsLabel->setBuddy(m_targets);
    layout->addWidget(m_targetsLabel);
    m_targets->setObjectName(u"auditTargets"_s);
    m_targets->setReadOnly(true);
    m_targets->setTabChangesFocus(true);
    m_targets->setMaximumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_targets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export->setObjectName(u"auditExportButton"_s);
    m_reload->setObjectName(u"auditReloadButton"_s);
    m_export->setAutoDefault(false);
    m_reload->setAutoDefault(false);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    m_chooser = [this](const QString &title, const QString &path, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, path, filter);
    };

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(m_reload, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateShown();
    });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant outcome = m_outcome->currentData();
        m_filter->setOutcome(outcome.isValid() ? std::optional(AuditEntry::Outcome(outcome.toInt()))
                                               : std::nullopt);
        updateShown();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_targets->setPlainText(
                        current.isValid()
                                ? current.data(AuditLogModel::TargetsRole).toStringList().join(u'\n')
                                : QString());
            });
    retranslate();
    reload();
    resize(1240, 560);
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::setHistory(const HistoryStore *history)
{
    m_history = history;
    reload();
}

void AuditLogDialog::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

void AuditLogDialog::reload()
{
    m_model->setEntries(m_history ? m_history->auditLog() : QList<AuditEntry>());
    m_table->resizeColumnsToContents();
    m_targets->clear();
    updateShown();
}

void AuditLogDialog::updateShown()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text;
    if (!m_history)
        text = tr("The history is off or cannot be opened (Preferences ▸ History): write actions sent "
                  "meanwhile "
                  "are not logged, and no log can be shown.");
    else if (!m_history->errorString().isEmpty())
        text = tr("The audit log cannot be read: %1").arg(m_history->errorString());
    else if (all == 0)
        text = tr("No write action was sent from this computer.");
    else
        text = tr("%1 of %Ln call(s) shown. Each row is one call: select it to see its targets.", "", all)
                       .arg(shown);
    m_shown->setText(text);
    m_export->setEnabled(shown > 0);
}

bool AuditLogDialog::exportCsv()
{
    const QList<AuditEntry> entries = m_filter->shownEntries();
    if (entries.isEmpty())
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"otadash-audit.csv"_s;
    const QString path
            = m_chooser(tr("Export Audit Log"), folder.isEmpty() ? name : QDir(folder).filePath(name),
                        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (const std::optional<QString> error = AtomicFile::write(path, ActionAudit::csv(entries).toUtf8())) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), *error, QMessageBox::Ok, this);
        box->setObjectName(u"exportErrorBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("Nothing was saved."));
        box->open();
        return false;
    }
    m_shown->setText(
            tr("Saved %Ln call(s) to %1.", "", int(entries.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AuditLogDialog::retranslate()
{
    setWindowTitle(tr("Audit Log"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filterEdit->setPlaceholderText(tr("Batch ID, device, TaskId, Request ID, profile…"));
    const int outcome = m_outcome->currentIndex();
    const QSignalBlocker block(m_outcome);
    m_outcome->clear();
    m_outcome->addItem(tr("All outcomes"));
    for (const AuditEntry::Outcome value :
         {AuditEntry::Outcome::Done, AuditEntry::Outcome::Refused, AuditEntry::Outcome::Unknown})
        m_outcome->addItem(AuditLogModel::outcomeText(value), int(value));
    m_outcome->setCurrentIndex(std::max(outcome, 0));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_table->setAccessibleName(tr("Write actions sent"));
    m_targetsLabel->setText(tr("&Targets of the selected call:"));
    m_export->setText(tr("&Export CSV…"));
    m_reload->setText(tr("&Reload"));
    updateShown();
}
