#pragma once

#include "api/ApiError.h"
#include "api/RpcClient.h"
#include "ota/OtaJob.h"
#include "services/Account.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class BatchCompareModel;
class QTableView;
class BatchQuery;
struct BatchRead;

class QAbstractItemModel;

namespace Ui {
class CompareDialog;
}

// A window beside the dashboard that reads two batches (QueryOTAJob, through the shared scheduler) and shows
// them field by field with the differences highlighted. A failed read says which batch and why, and the
// comparison on screen stays.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    // The JobId fields complete from these batches (JobIdField's roles).
    void setCompletions(QAbstractItemModel *batches);
    // Where and as whom to read, asked at each comparison (the profile in use may change meanwhile); nullopt
    // when the connection is not usable.
    using AccountProvider = std::function<std::optional<Account>()>;

    // Not owned: every read goes through query (and so into its store).
    CompareDialog(BatchQuery *query, AccountProvider account, QWidget *parent = nullptr);
    ~CompareDialog() override;

    void setLeftJobId(const QString &jobId);
    void setRightJobId(const QString &jobId);

    BatchCompareModel *model() const { return m_model; }
    QTableView *view() const;
    bool isBusy() const { return m_waiting > 0; }
    // What the problem line says (empty when hidden).
    QString problemText() const;
    QString summaryText() const;

public slots:
    // Reads both batches and shows them once both arrived.
    void compare();

signals:
    // After each comparison that sent requests: ok when both batches were read and are shown.
    void compareFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Side
    {
        QString jobId;
        std::optional<OtaJob> job;
        std::optional<ApiError> error;
    };
    void onFinished(int side, quint64 generation, const BatchRead &read);
    // The cursor where a batch ID is still missing: the left one, else the right one.
    void focusFirstEmpty();
    void showProblem(std::function<QString()> problem);
    void hideProblem();
    void setBusy(bool busy);
    void updateSummary();
    void retranslateDynamicTexts();

    std::unique_ptr<Ui::CompareDialog> m_ui;
    BatchQuery *m_query;
    AccountProvider m_account;
    BatchCompareModel *m_model;
    QList<Side> m_sides; // left, right
    quint64 m_generation = 0; // of the comparison under way; answers of older ones are ignored
    int m_waiting = 0;
    std::function<QString()> m_problem;
};
