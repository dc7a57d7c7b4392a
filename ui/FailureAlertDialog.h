#pragma once

#include "models/FailureRateAlert.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class FailureAlertDialog;
}

// Sets a watched batch's failure-rate alert: the threshold in percent and the minimum sample of tasks that
// ended (succeeded or failed); shows the rate the last counts gave; removes an alert that is set.
class FailureAlertDialog : public QDialog
{
    Q_OBJECT
public:
    // current: the row's settings (disabled: none yet, the defaults are offered); counts: the last known.
    FailureAlertDialog(const QString &batchName, const FailureRateAlert::Settings &current,
                       const std::optional<TaskStatusCounts> &counts, QWidget *parent = nullptr);
    ~FailureAlertDialog() override;

    // What the user chose once accepted: the alert, or disabled settings after "Remove alert".
    FailureRateAlert::Settings settings() const;
    QPushButton *removeButton() const { return m_removeButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::FailureAlertDialog> m_ui;
    QPushButton *m_removeButton;
    QString m_batchName;
    std::optional<TaskStatusCounts> m_counts;
    bool m_removed = false;
};
