#include "RetryNotice.h"

#include "api/RequestScheduler.h"
#include "util/Clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

RetryNotice::RetryNotice(RequestScheduler *scheduler, QWidget *parent)
    : QWidget(parent), m_scheduler(scheduler), m_label(new QLabel(this)), m_cancel(new QPushButton(this)),
      m_tick(scheduler->clock().createTimer(this))
{
    m_label->setObjectName(u"retryNoticeLabel"_s);
    m_cancel->setObjectName(u"retryNoticeCancel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    m_tick->setSingleShot(false);
    m_tick->setInterval(1000);
    connect(m_tick, &ClockTimer::timeout, this, &RetryNotice::updateText);
    connect(m_cancel, &QPushButton::clicked, this, &RetryNotice::cancelAll);
    connect(scheduler, &RequestScheduler::retrying, this,
            [this](const QString &, const ApiError &error, int delayMs, ScheduledRequest *request) {
                onRetrying(error, delayMs, request);
            });
    retranslate();
    hide();
}

RetryNotice::~RetryNotice() = default;

QString RetryNotice::text() const
{
    return m_label->text();
}

void RetryNotice::cancelAll()
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &entry : waiting) {
        if (entry.request)
            entry.request->cancel();
    }
    updateText();
}

void RetryNotice::onRetrying(const ApiError &error, int delayMs, ScheduledRequest *request)
{
    auto it = std::find_if(m_waiting.begin(), m_waiting.end(),
                           [request](const Waiting &entry) { return entry.request == request; });
    if (it == m_waiting.end()) {
        it = m_waiting.insert(m_waiting.end(), Waiting {request, {}, 0, 0});
        connect(request, &ScheduledRequest::finished, this, [this, request] { forget(request); });
    }
    it->error = error;
    it->dueMs = m_scheduler->clock().monotonicMs() + delayMs;
    it->attempt = request->attempts() + 1;
    updateText();
}

void RetryNotice::forget(ScheduledRequest *request)
{
    m_waiting.removeIf(
            [request](const Waiting &entry) { return !entry.request || entry.request == request; });
    updateText();
}

void RetryNotice::updateText()
{
    m_waiting.removeIf([](const Waiting &entry) { return !entry.request; });
    if (m_waiting.isEmpty()) {
        m_tick->stop();
        m_label->clear();
        hide();
        return;
    }
    const Waiting &first
            = *std::min_element(m_waiting.cbegin(), m_waiting.cend(),
                                [](const Waiting &a, const Waiting &b) { return a.dueMs < b.dueMs; });
    const qint64 leftMs = first.dueMs - m_scheduler->clock().monotonicMs();
    const int secondsLeft = leftMs <= 0 ? 0 : int((leftMs + 999) / 1000);
    QString text = RequestScheduler::retryingText(first.error, secondsLeft, first.attempt,
                                                  m_scheduler->maxRetries() + 1);
    if (m_waiting.size() > 1)
        text += u' ' + tr("(%n more waiting)", nullptr, int(m_waiting.size() - 1));
    m_label->setText(text);
    m_label->setToolTip(first.error.localizedMessage());
    if (!m_tick->isActive())
        m_tick->start();
    show();
}

void RetryNotice::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the waiting retries"));
    m_label->setAccessibleName(tr("Requests waiting to be sent again"));
}

void RetryNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateText();
    }
    QWidget::changeEvent(event);
}
