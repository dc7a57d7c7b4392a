#include "VerifySuccessDialog.h"

#include "util/Clock.h"
#include "util/TimeText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VerifySuccessDialog::VerifySuccessDialog(RequestScheduler *scheduler, const Account &account,
                                         const QString &jobId, std::optional<qint64> succeeded,
                                         QWidget *parent)
    : QDialog(parent), m_verifier(scheduler), m_scheduler(scheduler), m_account(account), m_jobId(jobId),
      m_succeeded(succeeded), m_intro(new QLabel(this)), m_all(new QRadioButton(this)),
      m_sampled(new QRadioButton(this)), m_sampleSize(new QSpinBox(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_model(new QStandardItemModel(0, 4, this)), m_table(new QTableView(this)),
      m_start(new QPushButton(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"verifySuccessDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_all->setObjectName(u"verifyAllRadio"_s);
    m_sampled->setObjectName(u"verifySampleRadio"_s);
    m_sampleSize->setObjectName(u"verifySampleSize"_s);
    m_sampleSize->setRange(1, 100000);
    m_sampleSize->setValue(kDefaultSample);
    m_sampled->setChecked(true);
    layout->addWidget(m_all);
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_sampled);
    sampleRow->addWidget(m_sampleSize);
    sampleRow->addStretch(1);
    layout->addLayout(sampleRow);
    m_progress->setObjectName(u"verifyProgress"_s);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status->setObjectName(u"verifyStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_table->setObjectName(u"mismatchTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_start->setObjectName(u"verifyStartButton"_s);
    m_start->setDefault(true);
    m_buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);
    m_sampled->setFocus(); // on the choice made; the arrow keys move to the other

    connect(m_sampled, &QRadioButton::toggled, m_sampleSize, &QSpinBox::setEnabled);
    connect(m_start, &QPushButton::clicked, this, &VerifySuccessDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VerifySuccessDialog::reject);
    connect(&m_verifier, &SuccessVerifier::listing, this, [this](qint64 read, qint64 expected) {
        m_progress->setRange(0, expected > 0 ? int(std::min<qint64>(expected, INT_MAX)) : 0);
        m_progress->setValue(int(std::min<qint64>(read, INT_MAX)));
        m_status->setText(tr("Reading the succeeded tasks: %1 so far…").arg(QLocale().toString(read)));
    });
    connect(&m_verifier, &SuccessVerifier::progress, this, [this](int checked, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(checked);
        m_status->setText(tr("Asking the devices which version they report: %1 of %2…")
                                  .arg(QLocale().toString(checked), QLocale().toString(total)));
    });
    connect(&m_verifier, &SuccessVerifier::finished, this, [this](const VerifyReport &report) {
        m_report = report;
        m_problem.clear();
        setRunning(false);
        showReport();
        emit verified(m_jobId, report);
    });
    connect(&m_verifier, &SuccessVerifier::failed, this, [this](const ApiError &error) {
        m_problem = tr("The check stopped: %1").arg(error.title());
        setRunning(false);
        showReport();
    });
    connect(&m_verifier, &SuccessVerifier::listingIncomplete, this, [this] {
        m_problem = tr("The succeeded tasks could not all be read: nothing was checked. Try again later.");
        setRunning(false);
        showReport();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        TaskInfo task;
        task.deviceName = m_model->item(index.row(), 0)->text();
        task.productKey = m_model->item(index.row(), 0)->data(Qt::UserRole).toString();
        task.taskId = m_model->item(index.row(), 3)->text();
        task.jobId = m_jobId;
        emit deviceRequested(task);
    });
    retranslate();
    resize(720, 460);
}

VerifySuccessDialog::~VerifySuccessDialog() = default;

void VerifySuccessDialog::setSample(std::optional<int> size)
{
    (size ? m_sampled : m_all)->setChecked(true);
    if (size)
        m_sampleSize->setValue(*size);
}

void VerifySuccessDialog::start()
{
    if (m_running)
        return;
    m_problem.clear();
    setRunning(true);
    m_status->setText(tr("Reading the succeeded tasks…"));
    m_verifier.verifyBatch(m_account, m_jobId, m_sampled->isChecked() ? m_sampleSize->value() : 0,
                           QRandomGenerator::global()->generate());
}

void VerifySuccessDialog::reject()
{
    if (m_running) {
        m_verifier.cancel();
        setRunning(false);
        m_problem = tr("The check was stopped.");
        showReport();
        return; // a first Close stops; the next one closes
    }
    QDialog::reject();
}

void VerifySuccessDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_start->setEnabled(!running);
    m_all->setEnabled(!running);
    m_sampled->setEnabled(!running);
    m_sampleSize->setEnabled(!running && m_sampled->isChecked());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("S&top") : tr("&Close"));
}

void VerifySuccessDialog::showReport()
{
    m_model->removeRows(0, m_model->rowCount());
    if (!m_problem.isEmpty() || !m_report) {
        m_status->setText(m_problem);
        return;
    }
    const VerifyReport &report = *m_report;
    const QLocale locale;
    const QDateTime now = m_scheduler->clock().nowUtc();
    QString text = tr("%1 succeeded, %2 checked (%3), read %4: %Ln report another version.", "",
                      int(report.mismatches.size()))
                           .arg(locale.toString(report.succeeded), locale.toString(report.checked),
                                report.sampled ? tr("a random sample") : tr("all"),
                                TimeText::readAt(report.readAtUtc, now));
    if (report.mismatches.isEmpty() && report.checked > 0)
        text += u' ' + tr("Every device checked reports its task's destination version.");
    m_status->setText(text + u' ' + TimeText::zoneNote()); // the dialog's zone, said once
    for (const VersionMismatch &mismatch : report.mismatches) {
        auto *device = new QStandardItem(mismatch.deviceName);
        device->setData(mismatch.productKey, Qt::UserRole);
        m_model->appendRow({device,
                            new QStandardItem(mismatch.reportedVersion.isEmpty() ? tr("(none)")
                                                                                 : mismatch.reportedVersion),
                            new QStandardItem(mismatch.destVersion), new QStandardItem(mismatch.taskId)});
    }
    m_table->resizeColumnsToContents();
}

void VerifySuccessDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void VerifySuccessDialog::retranslate()
{
    setWindowTitle(tr("Verify Success"));
    m_intro->setText(
            m_succeeded
                    ? tr("Batch %1 counts %Ln device(s) as upgraded. Ask them which version they report now "
                         "(BatchQueryDeviceDetail, 100 devices a call, at most 5 calls a second, after every "
                         "other request): a device that rolled back or never restarted into the new firmware "
                         "is listed.",
                         "", int(std::min<qint64>(*m_succeeded, INT_MAX)))
                              .arg(m_jobId)
                    : tr("Ask the devices of batch %1's succeeded tasks which version they report now "
                         "(BatchQueryDeviceDetail, 100 devices a call, at most 5 calls a second, after every "
                         "other request): a device that rolled back or never restarted into the new firmware "
                         "is listed.")
                              .arg(m_jobId));
    m_all->setText(tr("&All succeeded devices"));
    m_sampled->setText(tr("A &random sample of"));
    m_sampleSize->setSuffix(tr(" devices"));
    m_sampleSize->setAccessibleName(tr("Sample size"));
    m_start->setText(tr("&Start Check"));
    m_model->setHorizontalHeaderLabels(
            {tr("Device"), tr("Reports version"), tr("Expected (DestVersion)"), tr("Task ID")});
    m_table->setAccessibleName(tr("Devices that report another version"));
    setRunning(m_running);
    showReport();
}
