#pragma once

#include "api/ApiError.h"
#include "api/Credentials.h"
#include "api/RpcClient.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class JobDetailModel;
class QLabel;
class QProgressBar;
class RateLimiter;
class SourceVersionsModel;
class TagsModel;

namespace Ui {
class MainWindow;
}

// The dashboard window: a JobId field, region or endpoint, IotInstanceId, the batch form, an error panel
// that never replaces the last good batch, and RequestId and latency in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Not owned: the client and the limiter shared by every request of the account.
    MainWindow(RpcClient *client, RateLimiter *limiter, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setCredentials(const Credentials &credentials);
    void setSignatureVersion(SignatureVersion version);
    void setResponseFormat(ResponseFormat format);
    void setRegion(const QString &regionId);
    void setCustomEndpoint(const QUrl &endpoint);
    void setSuggestedJobIds(const QStringList &jobIds);
    void setJobId(const QString &jobId);

    bool isBusy() const { return m_busy; }
    JobDetailModel *detailModel() const { return m_details; }

public slots:
    void query();

signals:
    void queryFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished(const RpcResponse &response);
    void setBusy(bool busy);
    void showError(const ApiError &error);
    void hideError();
    void showInputProblem(const QString &problem);
    void updateEndpointField();
    void retranslateDynamicTexts();
    std::optional<RpcConfig> currentConfig();

    std::unique_ptr<Ui::MainWindow> m_ui;
    RpcClient *m_client;
    RateLimiter *m_limiter;
    JobDetailModel *m_details;
    TagsModel *m_tags;
    SourceVersionsModel *m_versions;
    QLabel *m_statusRequestId;
    QLabel *m_statusLatency;
    QProgressBar *m_busyBar;
    Credentials m_credentials;
    SignatureVersion m_signature = SignatureVersion::V3;
    ResponseFormat m_format = ResponseFormat::Json;
    QString m_pendingJobId;
    std::optional<ApiError> m_lastError;
    std::optional<RpcResponse> m_lastResponse;
    bool m_busy = false;
};
