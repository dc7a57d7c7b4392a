#include "ErrorPanel.h"
#include "DesktopStyle.h"
#include "ui_ErrorPanel.h"

#include "api/QueryOtaJob.h"

#include <QApplication>
#include <QEvent>

using namespace Qt::StringLiterals;

ErrorPanel::ErrorPanel(QWidget *parent) : QFrame(parent), m_ui(std::make_unique<Ui::ErrorPanel>())
{
    m_ui->setupUi(this);
    DesktopStyle::setProblemStyleSheet(this,
                                       u"#errorPanel { background: palette(base); border: 1px solid %1; }"_s);
    connect(m_ui->errorDismiss, &QToolButton::clicked, this, &ErrorPanel::clear);
    connect(m_ui->setInstanceIdButton, &QPushButton::clicked, this, &ErrorPanel::instanceIdWanted);
    m_ui->setInstanceIdButton->hide();
    hide();
}

ErrorPanel::~ErrorPanel() = default;

void ErrorPanel::showError(const ApiError &error, const std::optional<RpcResponse> &response)
{
    m_error = error;
    m_response = response;
    m_credentialError.reset();
    showApiError();
}

void ErrorPanel::showApiError()
{
    const ApiError &error = *m_error;
    m_ui->errorTitle->setText(error.title());
    QString message = error.localizedMessage();
    if (!error.detail.isEmpty())
        message += u"\n"_s + error.localizedDetail();
    m_ui->errorMessage->setText(message);
    const bool hasCode = !error.code.isEmpty();
    m_ui->errorCode->setText(error.code);
    m_ui->errorCode->setVisible(hasCode);
    m_ui->errorCodeCaption->setVisible(hasCode);
    m_ui->errorRequestId->setText(error.requestId);
    m_ui->errorRequestId->setVisible(!error.requestId.isEmpty());
    m_ui->errorRequestIdCaption->setVisible(!error.requestId.isEmpty());
    const QString hint = error.hint();
    m_ui->errorHint->setText(hint);
    m_ui->errorHint->setVisible(!hint.isEmpty());
    m_ui->setInstanceIdButton->setVisible(error.isInstanceProblem());
    show();
}

void ErrorPanel::showCredentialError(const QString &profileName, const CredentialError &error)
{
    m_error.reset();
    m_response.reset();
    m_credentialError = {profileName, error};
    showCredentials();
}

void ErrorPanel::showCredentials()
{
    const auto &[profileName, error] = *m_credentialError;
    m_ui->setInstanceIdButton->hide();
    m_ui->errorTitle->setText(tr("Profile %1: %2").arg(profileName, error.title()));
    m_ui->errorMessage->setText(error.message());
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->errorCode), static_cast<QWidget *>(m_ui->errorCodeCaption),
          static_cast<QWidget *>(m_ui->errorRequestId), static_cast<QWidget *>(m_ui->errorRequestIdCaption)})
        widget->hide();
    m_ui->errorHint->setText(
            tr("Open File > Profiles… to enter the secret again or to choose another profile."));
    m_ui->errorHint->show();
    show();
}

void ErrorPanel::clear()
{
    m_error.reset();
    m_response.reset();
    m_credentialError.reset();
    hide();
}

void ErrorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_error) {
            if (m_response) {
                if (const std::optional<ApiError> again = QueryOtaJob::interpret(*m_response).error)
                    m_error = again;
            }
            showApiError();
        } else if (m_credentialError) {
            showCredentials();
        }
    }
    QFrame::changeEvent(event);
}
