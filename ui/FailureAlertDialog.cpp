#include "FailureAlertDialog.h"
#include "ui_FailureAlertDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

FailureAlertDialog::FailureAlertDialog(const QString &batchName, const FailureRateAlert::Settings &current,
                                       const std::optional<TaskStatusCounts> &counts, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FailureAlertDialog>()), m_batchName(batchName),
      m_counts(counts)
{
    m_ui->setupUi(this);
    m_ui->thresholdSpin->setRange(FailureRateAlert::kMinThresholdPercent,
                                  FailureRateAlert::kMaxThresholdPercent);
    m_ui->minimumSpin->setRange(1, int(FailureRateAlert::kMaxMinimumSample));
    const bool set = current.isEnabled();
    m_ui->thresholdSpin->setValue(set ? current.thresholdPercent
                                      : FailureRateAlert::kDefaultThresholdPercent);
    m_ui->minimumSpin->setValue(int(set ? current.minimumSample : FailureRateAlert::kDefaultMinimumSample));
    m_removeButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(u"removeAlertButton"_s);
    m_removeButton->setVisible(set);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_removed = true;
        accept();
    });
    retranslate();
    m_ui->thresholdSpin->setFocus();
    m_ui->thresholdSpin->selectAll();
}

FailureAlertDialog::~FailureAlertDialog() = default;

FailureRateAlert::Settings FailureAlertDialog::settings() const
{
    if (m_removed)
        return {0, FailureRateAlert::kDefaultMinimumSample};
    return {m_ui->thresholdSpin->value(), m_ui->minimumSpin->value()};
}

void FailureAlertDialog::retranslate()
{
    m_ui->introLabel->setText(
            tr("Batch %1: notify once when the share of failed tasks among those that succeeded or failed "
               "reaches the threshold, and again only after it has been below it. Canceled tasks and those "
               "still running do not count.")
                    .arg(m_batchName));
    m_ui->minimumSpin->setSuffix(tr(" succeeded or failed"));
    m_removeButton->setText(tr("&Remove alert"));
    const QLocale locale;
    const std::optional<double> rate
            = m_counts ? FailureRateAlert::failureRatePercent(*m_counts) : std::nullopt;
    if (rate) {
        m_ui->currentLabel->setText(tr("Now: %3 % failed (%1 of %2 tasks that succeeded or failed).")
                                            .arg(locale.toString((*m_counts)[TaskStatus::Failed]),
                                                 locale.toString(FailureRateAlert::sampleSize(*m_counts)),
                                                 locale.toString(*rate, 'f', 1)));
    } else if (m_counts) {
        m_ui->currentLabel->setText(tr("No task of this batch has succeeded or failed yet."));
    } else {
        m_ui->currentLabel->setText(tr("The task counts are read at the next refresh of the watch list."));
    }
}

void FailureAlertDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
