#pragma once

#include "api/RpcClient.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAbstractItemModel;

namespace Ui {
class QueryBar;
}

// The fields above the batch: JobId, IotInstanceId, region or custom endpoint, the Query button, and a line
// that explains input the fields cannot use. It says what was typed; the window decides what to query.
class QueryBar : public QWidget
{
    Q_OBJECT
public:
    explicit QueryBar(QWidget *parent = nullptr);
    ~QueryBar() override;

    QString jobId() const;
    void setJobId(const QString &jobId);
    QString instanceId() const;
    void setInstanceId(const QString &instanceId);
    // A region from the list (one not listed is added), or the custom endpoint.
    void setRegion(const QString &regionId);
    void setCustomEndpoint(const QUrl &endpoint);
    // Completion for the JobId field (JobIdField's roles).
    void setCompletions(QAbstractItemModel *batches);

    // The endpoint and region as typed; nullopt with *problem set when they cannot be used.
    std::optional<RpcConfig> connection(std::function<QString()> *problem = nullptr) const;

    // The text is composed again when the language changes.
    void showProblem(std::function<QString()> problem);
    void hideProblem();
    // While a query runs (or a profile's secret is read) nothing else is asked for.
    void setQueryEnabled(bool enabled);
    void focusJobId();
    void focusInstanceId();

signals:
    // Return in a field or the Query button.
    void queryRequested();
    // The region, endpoint or instance changed (the account the docks read with may change).
    void connectionEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEndpointField();
    void retranslate();

    std::unique_ptr<Ui::QueryBar> m_ui;
    std::function<QString()> m_problem;
};
