#pragma once

#include "api/ApiError.h"
#include "api/RpcClient.h"
#include "auth/CredentialError.h"

#include <QFrame>

#include <memory>
#include <optional>

namespace Ui {
class ErrorPanel;
}

// Why the last query (or reading a profile's secret) failed: title, message, code, RequestId and a hint,
// above the batch, which stays as it was. Hidden while there is nothing to say; follows the language.
class ErrorPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);
    ~ErrorPanel() override;

    // response: the answer the error came from, read again on a language change (what OtaDash says about an
    // unreadable body follows the language too).
    void showError(const ApiError &error, const std::optional<RpcResponse> &response = std::nullopt);
    void showCredentialError(const QString &profileName, const CredentialError &error);
    bool hasCredentialError() const { return m_credentialError.has_value(); }
    // Hides the panel (the Dismiss button does the same).
    void clear();

signals:
    // "Set the instance ID…": the error says the profile's instance ID is what to fix.
    void instanceIdWanted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showApiError();
    void showCredentials();

    std::unique_ptr<Ui::ErrorPanel> m_ui;
    std::optional<ApiError> m_error;
    std::optional<RpcResponse> m_response;
    std::optional<std::pair<QString, CredentialError>> m_credentialError; // profile name, error
};
