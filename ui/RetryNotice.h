#pragma once

#include "api/ApiError.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class ClockTimer;
class QLabel;
class QPushButton;
class RequestScheduler;
class ScheduledRequest;

// In the status bar while requests wait to be sent again: why and when ("Server error — retrying in 4 s,
// attempt 2 of 5"; the one due first, and how many more wait), with Cancel, which drops every waiting retry.
// Hidden when none waits. Counts down on the scheduler's clock.
class RetryNotice : public QWidget
{
    Q_OBJECT
public:
    explicit RetryNotice(RequestScheduler *scheduler, QWidget *parent = nullptr);
    ~RetryNotice() override;

    QString text() const;
    // Cancels every request that waits to be sent again (or is being sent again).
    void cancelAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Waiting
    {
        QPointer<ScheduledRequest> request;
        ApiError error;
        qint64 dueMs = 0; // on the scheduler's monotonic clock
        int attempt = 0; // the one that comes
    };
    void onRetrying(const ApiError &error, int delayMs, ScheduledRequest *request);
    void forget(ScheduledRequest *request);
    void updateText();
    void retranslate();

    RequestScheduler *m_scheduler;
    QLabel *m_label;
    QPushButton *m_cancel;
    ClockTimer *m_tick;
    QList<Waiting> m_waiting;
};
