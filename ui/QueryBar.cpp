#include "QueryBar.h"
#include "DesktopStyle.h"
#include "ui_QueryBar.h"

#include "JobIdField.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace {
// Public-instance regions of IoT Platform (REFERENCE.md section 3, "Endpoint").
const char *const kRegions[]
        = {"cn-shanghai", "ap-southeast-1", "ap-northeast-1", "us-west-1", "us-east-1", "eu-central-1"};
} // namespace

QueryBar::QueryBar(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::QueryBar>())
{
    m_ui->setupUi(this);
    m_ui->inputHint->hide();
    // What the field cannot hold is refused, and the line below it says why.
    new JobIdField(m_ui->jobIdEdit,
                   [this](const QString &reason) { showProblem([reason] { return reason; }); });
    for (const char *region : kRegions)
        m_ui->regionCombo->addItem(QString::fromLatin1(region), QString::fromLatin1(region));
    m_ui->regionCombo->addItem(QString(), QString()); // "Custom endpoint", its text set in retranslate()

    for (QLineEdit *edit : {m_ui->jobIdEdit, m_ui->instanceEdit, m_ui->endpointEdit})
        connect(edit, &QLineEdit::returnPressed, this, &QueryBar::queryRequested);
    connect(m_ui->queryButton, &QPushButton::clicked, this, &QueryBar::queryRequested);
    connect(m_ui->jobIdEdit, &QLineEdit::textEdited, this, &QueryBar::hideProblem);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &QueryBar::updateEndpointField);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &QueryBar::connectionEdited);
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &QueryBar::connectionEdited);
    connect(m_ui->instanceEdit, &QLineEdit::textChanged, this, &QueryBar::connectionEdited);
    retranslate();
    updateEndpointField();
}

QueryBar::~QueryBar() = default;

QString QueryBar::jobId() const
{
    return m_ui->jobIdEdit->text().trimmed();
}

void QueryBar::setJobId(const QString &jobId)
{
    m_ui->jobIdEdit->setText(jobId);
}

QString QueryBar::instanceId() const
{
    return m_ui->instanceEdit->text().trimmed();
}

void QueryBar::setInstanceId(const QString &instanceId)
{
    m_ui->instanceEdit->setText(instanceId);
}

void QueryBar::setRegion(const QString &regionId)
{
    int index = m_ui->regionCombo->findData(regionId);
    if (index < 0) {
        index = m_ui->regionCombo->count() - 1;
        m_ui->regionCombo->insertItem(index, regionId, regionId);
    }
    m_ui->regionCombo->setCurrentIndex(index);
}

void QueryBar::setCustomEndpoint(const QUrl &endpoint)
{
    m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->count() - 1);
    m_ui->endpointEdit->setText(endpoint.toString());
}

void QueryBar::setCompletions(QAbstractItemModel *batches)
{
    JobIdField::of(m_ui->jobIdEdit)->setCompletions(batches);
}

std::optional<RpcConfig> QueryBar::connection(std::function<QString()> *problem) const
{
    RpcConfig config;
    const QString region = m_ui->regionCombo->currentData().toString();
    if (!region.isEmpty()) {
        config.regionId = region;
        config.endpoint = RpcConfig::regionEndpoint(region);
        return config;
    }
    const QString text = m_ui->endpointEdit->text().trimmed();
    if (text.isEmpty()) {
        if (problem)
            *problem = [] {
                return tr("Enter an endpoint URL, or choose a region.");
            };
        return std::nullopt;
    }
    config.endpoint = QUrl(text, QUrl::StrictMode);
    if (RpcClient::validateEndpoint(config.endpoint)) {
        if (problem) {
            *problem = [endpoint = config.endpoint] {
                return RpcClient::validateEndpoint(endpoint).value_or(QString());
            };
        }
        return std::nullopt;
    }
    return config;
}

void QueryBar::showProblem(std::function<QString()> problem)
{
    m_problem = std::move(problem);
    m_ui->inputHint->setText(m_problem());
    DesktopStyle::setProblemStyleSheet(m_ui->inputHint);
    m_ui->inputHint->show();
}

void QueryBar::hideProblem()
{
    m_problem = nullptr;
    m_ui->inputHint->hide();
}

void QueryBar::setQueryEnabled(bool enabled)
{
    m_ui->queryButton->setEnabled(enabled);
}

void QueryBar::focusInstanceId()
{
    m_ui->instanceEdit->setFocus(Qt::OtherFocusReason);
    m_ui->instanceEdit->selectAll();
}

void QueryBar::focusJobId()
{
    m_ui->jobIdEdit->setFocus();
}

void QueryBar::updateEndpointField()
{
    const QString region = m_ui->regionCombo->currentData().toString();
    const bool custom = region.isEmpty();
    m_ui->endpointEdit->setReadOnly(!custom);
    m_ui->endpointEdit->setEnabled(custom);
    if (!custom)
        m_ui->endpointEdit->setText(RpcConfig::regionEndpoint(region).toString());
}

void QueryBar::retranslate()
{
    m_ui->regionCombo->setItemText(m_ui->regionCombo->count() - 1, tr("Custom endpoint"));
    if (m_problem && !m_ui->inputHint->isHidden())
        m_ui->inputHint->setText(m_problem());
}

void QueryBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
