#include "CompareDialog.h"
#include "DesktopStyle.h"
#include "JobIdField.h"
#include "ui_CompareDialog.h"

#include "api/QueryOtaJob.h"
#include "api/RequestScheduler.h"
#include "models/BatchCompareModel.h"
#include "services/BatchQuery.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// The looks of BatchCompareModel's rows (the model lives in otacore, without Qt GUI): differences bold on a
// soft amber ground in both value columns, fields that were not returned in grey italics.
class CompareHighlightProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool valueColumn
                = index.column() == BatchCompareModel::Left || index.column() == BatchCompareModel::Right;
        if (!valueColumn
            || (role != Qt::FontRole && role != Qt::BackgroundRole && role != Qt::ForegroundRole))
            return QIdentityProxyModel::data(index, role);
        const bool different = index.data(BatchCompareModel::DifferentRole).toBool();
        const QVariant present = index.data(BatchCompareModel::PresentRole);
        const bool absent = present.isValid() && !present.toBool();
        switch (role) {
        case Qt::FontRole: {
            if (!different && !absent)
                return QVariant();
            QFont font;
            font.setBold(different);
            font.setItalic(absent);
            return font;
        }
        case Qt::BackgroundRole:
            return different ? QVariant(QColor(230, 159, 0, 60)) : QVariant();
        case Qt::ForegroundRole:
            return absent ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
        default:
            break;
        }
        return QVariant();
    }
};

} // namespace

CompareDialog::CompareDialog(BatchQuery *query, AccountProvider account, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CompareDialog>()), m_query(query),
      m_account(std::move(account)), m_model(new BatchCompareModel(this)), m_sides(2)
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMinMaxButtonsHint);
    setSizeGripEnabled(true);
    m_ui->problemLabel->hide();
    DesktopStyle::setProblemStyleSheet(m_ui->problemLabel, u"color: %1;"_s);

    // Batch IDs as the main window accepts them; what the fields cannot hold is refused, and said so.
    for (QLineEdit *edit : {m_ui->leftEdit, m_ui->rightEdit}) {
        new JobIdField(edit, [this](const QString &reason) { showProblem([reason] { return reason; }); });
        connect(edit, &QLineEdit::returnPressed, this, &CompareDialog::compare);
    }

    auto *proxy = new CompareHighlightProxy(this);
    proxy->setSourceModel(m_model);
    QTableView *table = m_ui->tableView;
    table->setModel(proxy);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(BatchCompareModel::Field, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BatchCompareModel::Left, QHeaderView::Stretch);
    header->setSectionResizeMode(BatchCompareModel::Right, QHeaderView::Stretch);

    connect(m_ui->compareButton, &QPushButton::clicked, this, &CompareDialog::compare);
    connect(m_ui->onlyDifferencesCheck, &QCheckBox::toggled, m_model, &BatchCompareModel::setOnlyDifferences);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompareDialog::updateSummary);

    retranslateDynamicTexts();
}

CompareDialog::~CompareDialog() = default;

QTableView *CompareDialog::view() const
{
    return m_ui->tableView;
}

void CompareDialog::setLeftJobId(const QString &jobId)
{
    m_ui->leftEdit->setText(jobId);
    focusFirstEmpty();
}

void CompareDialog::setRightJobId(const QString &jobId)
{
    m_ui->rightEdit->setText(jobId);
    focusFirstEmpty();
}

void CompareDialog::focusFirstEmpty()
{
    (m_ui->leftEdit->text().trimmed().isEmpty() ? m_ui->leftEdit : m_ui->rightEdit)->setFocus();
}

QString CompareDialog::problemText() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

QString CompareDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void CompareDialog::compare()
{
    if (isBusy())
        return;
    const QString left = m_ui->leftEdit->text().trimmed();
    const QString right = m_ui->rightEdit->text().trimmed();
    if (left.isEmpty() || right.isEmpty()) {
        showProblem([] { return tr("Enter both batch IDs (JobId) to compare."); });
        (left.isEmpty() ? m_ui->leftEdit : m_ui->rightEdit)->setFocus();
        return;
    }
    const std::optional<Account> account = m_account ? m_account() : std::nullopt;
    if (!account) {
        showProblem([] {
            return tr("The connection is not usable yet: choose a profile, or a region or endpoint and "
                      "credentials, in the main window.");
        });
        return;
    }
    hideProblem();
    const quint64 generation = ++m_generation;
    const QString ids[2] = {left, right};
    m_waiting = 2;
    for (int side = 0; side < 2; ++side) {
        m_sides[side] = Side {ids[side], std::nullopt, std::nullopt};
        // Through the store: what is read here is what every other view of these batches shows.
        BatchQueryCall *call = m_query->query(*account, ids[side], RequestPriority::Interactive, this);
        connect(call, &BatchQueryCall::finished, this,
                [this, side, generation](const BatchRead &read) { onFinished(side, generation, read); });
    }
    setBusy(true);
}

void CompareDialog::onFinished(int side, quint64 generation, const BatchRead &read)
{
    if (generation != m_generation)
        return;
    const BatchQueryResult &result = read.result;
    Side &current = m_sides[side];
    if (result.error)
        current.error = result.error;
    else
        current.job = result.job;
    if (--m_waiting > 0)
        return;
    setBusy(false);
    const bool ok = m_sides[0].job && m_sides[1].job;
    if (ok) {
        hideProblem();
        m_model->setJobs(*m_sides[0].job, *m_sides[1].job);
    } else {
        // Composed from the errors each time, so that it follows the language; the table keeps what it
        // showed.
        const QList<Side> sides = m_sides;
        showProblem([sides]() -> QString {
            QStringList lines;
            for (const Side &failed : sides) {
                if (failed.error)
                    lines.append(tr("Batch %1 could not be read: %2 — %3")
                                         .arg(failed.jobId, failed.error->title(),
                                              failed.error->localizedMessage()));
            }
            if (lines.isEmpty())
                lines.append(tr("The batches could not be read."));
            return lines.join(u'\n') + u'\n' + tr("The comparison shown before stays.");
        });
    }
    emit compareFinished(ok);
}

void CompareDialog::setCompletions(QAbstractItemModel *batches)
{
    for (QLineEdit *edit : {m_ui->leftEdit, m_ui->rightEdit})
        JobIdField::of(edit)->setCompletions(batches);
}

void CompareDialog::setBusy(bool busy)
{
    m_ui->compareButton->setEnabled(!busy);
    updateSummary();
}

void CompareDialog::showProblem(std::function<QString()> problem)
{
    m_problem = std::move(problem);
    m_ui->problemLabel->setText(m_problem());
    m_ui->problemLabel->show();
}

void CompareDialog::hideProblem()
{
    m_problem = nullptr;
    m_ui->problemLabel->hide();
    m_ui->problemLabel->clear();
}

void CompareDialog::updateSummary()
{
    QString text;
    if (isBusy())
        text = tr("Reading both batches…");
    else if (m_model->hasJobs())
        text = tr("%1 of %n field(s) differ", "", BatchCompareModel::fieldCount())
                       .arg(QLocale().toString(m_model->differenceCount()));
    m_ui->summaryLabel->setText(text);
}

void CompareDialog::retranslateDynamicTexts()
{
    if (m_problem)
        m_ui->problemLabel->setText(m_problem());
    updateSummary();
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateDynamicTexts();
    }
    QDialog::changeEvent(event);
}
