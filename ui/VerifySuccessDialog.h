#pragma once

#include "services/SuccessVerifier.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

// Verified success for the batch shown: asks the devices of its SUCCEEDED tasks (all, or a random sample of a
// size the user picks) which version they report, at Background priority after every other request, and
// lists those that report another version than the task's DestVersion ("N checked, M report another
// version", with the time the answers were read). Only reads; nothing is written.
class VerifySuccessDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kDefaultSample = 200;

    // scheduler: not owned. succeeded: the batch's SUCCEEDED count as shown, when known.
    VerifySuccessDialog(RequestScheduler *scheduler, const Account &account, const QString &jobId,
                        std::optional<qint64> succeeded, QWidget *parent = nullptr);
    ~VerifySuccessDialog() override;

    QString jobId() const { return m_jobId; }
    QPushButton *startButton() const { return m_start; }
    void setSample(std::optional<int> size); // nullopt: all
    const std::optional<VerifyReport> &report() const { return m_report; }

public slots:
    void start();
    void reject() override; // stops a check under way

signals:
    void verified(const QString &jobId, const VerifyReport &report);
    // A device of the list was double-clicked.
    void deviceRequested(const TaskInfo &task);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showReport();
    void setRunning(bool running);

    SuccessVerifier m_verifier;
    RequestScheduler *m_scheduler;
    Account m_account;
    QString m_jobId;
    std::optional<qint64> m_succeeded;
    std::optional<VerifyReport> m_report;
    QString m_problem;
    bool m_running = false;
    QLabel *m_intro;
    QRadioButton *m_all;
    QRadioButton *m_sampled;
    QSpinBox *m_sampleSize;
    QProgressBar *m_progress;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_start;
    QDialogButtonBox *m_buttons;
};
