#pragma once

#include "services/DeviceLookup.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

// One device of a batch, looked up on the server (services/DeviceLookup): online state and last time online,
// the version it reports and per module, its unfinished OTA tasks and its task in the batch, with when all of
// it was read. A task that succeeded while the device reports another version is flagged. A failure keeps
// what was shown and says why. The device's secret never reaches it.
class DevicePanel : public QDialog
{
    Q_OBJECT
public:
    // scheduler: not owned. The device is named by the task's ProductKey and DeviceName.
    DevicePanel(RequestScheduler *scheduler, const Account &account, const DeviceRef &device,
                const QString &jobId, QWidget *parent = nullptr);
    ~DevicePanel() override;

    // Reads the device again.
    void lookUp();
    const std::optional<DeviceReport> &report() const { return m_report; }
    // The value shown in a row (for tests): "status", "online", "version", "modules", "unfinished", "task",
    // "readAt".
    QString valueText(const QString &row) const;

signals:
    void lookedUp();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReport(const DeviceReport &report);
    void showError(const ApiError &error);
    void retranslate();
    void fitContent();

    DeviceLookup m_lookup;
    const RequestScheduler *m_scheduler;
    Account m_account;
    DeviceRef m_device;
    QString m_jobId;
    std::optional<DeviceReport> m_report;
    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_message;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_labels;
    QPushButton *m_readAgain;
    QDialogButtonBox *m_buttons;
};
