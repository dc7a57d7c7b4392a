#include "PreferencesDialog.h"
#include "DesktopStyle.h"
#include "ui_PreferencesDialog.h"
#include "util/DisplayZone.h"

#include "MainWindow.h"
#include "WatchListPanel.h"
#include "api/RequestScheduler.h"
#include "history/HistoryStore.h"
#include "models/WatchListModel.h"
#include "net/CaCertificates.h"
#include "net/ProxyService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The retention choices, in days; 0 keeps everything.
constexpr int kRetentionChoices[] = {7, 30, 90, 365, 0};
} // namespace

PreferencesDialog::PreferencesDialog(Translations *translations, RequestScheduler *scheduler,
                                     QSettings *settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_translations(translations),
      m_scheduler(scheduler), m_settings(settings), m_stallLabel(new QLabel(this)),
      m_stallSpin(new QSpinBox(this)), m_trayCheck(new QCheckBox(this)), m_trayNote(new QLabel(this)),
      m_utcCheck(new QCheckBox(this))
{
    m_ui->setupUi(this);
    // Below the language and its note: the zone every view writes its times in.
    m_utcCheck->setObjectName(u"utcCheck"_s);
    m_utcCheck->setChecked(DisplayZone::isUtc());
    int languageNoteRow = 0;
    m_ui->form->getWidgetPosition(m_ui->languageNote, &languageNoteRow, nullptr);
    m_ui->form->insertRow(languageNoteRow + 1, QString(), m_utcCheck);
    // After the request rate: the watch list's stall time, shown once a watch list is given.
    m_stallSpin->setObjectName(u"stallSpin"_s);
    m_stallSpin->setRange(1, WatchListModel::kRoundsKeptSecs / 60);
    m_stallSpin->setValue(WatchListModel::kDefaultStallMinutes);
    m_stallLabel->setBuddy(m_stallSpin);
    int rateNoteRow = 0;
    m_ui->form->getWidgetPosition(m_ui->rateNote, &rateNoteRow, nullptr);
    m_ui->form->insertRow(rateNoteRow + 1, m_stallLabel, m_stallSpin);
    m_trayCheck->setObjectName(u"trayCheck"_s);
    m_trayNote->setObjectName(u"trayNote"_s);
    m_trayNote->setWordWrap(true);
    m_ui->form->insertRow(rateNoteRow + 2, QString(), m_trayCheck);
    m_ui->form->insertRow(rateNoteRow + 3, QString(), m_trayNote);
    if (m_settings)
        m_trayCheck->setChecked(m_settings->value(MainWindow::kKeepWatchingKey, false).toBool());
    // The rows built here join the Tab order where they are shown (the form's own order is in the .ui).
    QWidget::setTabOrder(m_ui->languageCombo, m_utcCheck);
    QWidget::setTabOrder(m_utcCheck, m_ui->rateSpin);
    QWidget::setTabOrder(m_ui->rateSpin, m_stallSpin);
    QWidget::setTabOrder(m_stallSpin, m_trayCheck);
    QWidget::setTabOrder(m_trayCheck, m_ui->retentionCombo);
    m_ui->languageCombo->setFocus();
    setTrayAvailable(false);
    setWatchList(nullptr);
    retranslateStall();
    const bool rate = m_scheduler && m_settings;
    m_ui->rateLabel->setVisible(rate);
    m_ui->rateSpin->setVisible(rate);
    m_ui->rateNote->setVisible(rate);
    if (rate) {
        m_ui->rateSpin->setMaximum(m_scheduler->accountLimit());
        m_ui->rateSpin->setValue(m_scheduler->rateLimit());
    }
    // Each language is named in itself, so the names stay as they are whatever the UI language.
    for (const QString &language : Translations::supportedLanguages())
        m_ui->languageCombo->addItem(Translations::nativeName(language), language);
    const int current = m_ui->languageCombo->findData(m_translations->language());
    m_ui->languageCombo->setCurrentIndex(current < 0 ? 0 : current);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    m_ui->proxyTypeCombo->addItem(u"HTTP"_s, int(QNetworkProxy::HttpProxy));
    m_ui->proxyTypeCombo->addItem(u"SOCKS5"_s, int(QNetworkProxy::Socks5Proxy));
    for (QRadioButton *radio : {m_ui->proxySystemRadio, m_ui->proxyNoneRadio, m_ui->proxyManualRadio})
        connect(radio, &QRadioButton::toggled, this, &PreferencesDialog::updateProxyFields);
    setProxyService(nullptr);
    if (m_settings)
        m_ui->caFileEdit->setText(m_settings->value(CaCertificates::kSettingsKey).toString());
    connect(m_ui->caFileButton, &QPushButton::clicked, this, [this] {
        const QString path
                = QFileDialog::getOpenFileName(this, tr("Extra CA certificates"), m_ui->caFileEdit->text(),
                                               tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caFileEdit->setText(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setHistoryStore(nullptr);
    connect(m_ui->clearHistoryButton, &QPushButton::clicked, this, &PreferencesDialog::confirmClearHistory);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::selectedLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

int PreferencesDialog::selectedRate() const
{
    return m_ui->rateSpin->value();
}

void PreferencesDialog::setHistoryStore(HistoryStore *store)
{
    m_history = store;
    const bool retention = m_history && m_settings;
    m_ui->retentionLabel->setVisible(retention);
    m_ui->retentionCombo->setVisible(retention);
    m_ui->clearHistoryButton->setVisible(m_history != nullptr);
    m_ui->historyNote->hide();
    if (retention)
        fillRetentionCombo(
                m_settings->value(HistoryStore::kRetentionSettingsKey, HistoryStore::kDefaultRetentionDays)
                        .toInt());
}

void PreferencesDialog::setProxyService(ProxyService *proxies)
{
    m_proxies = proxies;
    // The proxy rows need the service; the CA row only the settings.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->proxySystemRadio), static_cast<QWidget *>(m_ui->proxyNoneRadio),
          static_cast<QWidget *>(m_ui->proxyManualRadio), static_cast<QWidget *>(m_ui->proxyManualBox),
          static_cast<QWidget *>(m_ui->proxyNote)})
        widget->setVisible(m_proxies != nullptr);
    m_ui->proxyBox->setVisible(m_proxies || m_settings);
    if (!m_proxies)
        return;
    const ProxyChoice &choice = m_proxies->choice();
    QRadioButton *radio = choice.mode == ProxyChoice::Mode::None ? m_ui->proxyNoneRadio
            : choice.mode == ProxyChoice::Mode::Manual           ? m_ui->proxyManualRadio
                                                                 : m_ui->proxySystemRadio;
    radio->setChecked(true);
    m_ui->proxyTypeCombo->setCurrentIndex(m_ui->proxyTypeCombo->findData(int(choice.type)));
    m_ui->proxyHostEdit->setText(choice.host);
    if (choice.port > 0)
        m_ui->proxyPortSpin->setValue(choice.port);
    m_ui->proxyUserEdit->setText(choice.user);
    m_ui->proxyExceptionsEdit->setText(choice.exceptions.join(u", "_s));
    updateProxyFields();
}

ProxyChoice PreferencesDialog::selectedProxy() const
{
    ProxyChoice choice;
    choice.mode = m_ui->proxyNoneRadio->isChecked() ? ProxyChoice::Mode::None
            : m_ui->proxyManualRadio->isChecked()   ? ProxyChoice::Mode::Manual
                                                    : ProxyChoice::Mode::System;
    choice.type = QNetworkProxy::ProxyType(m_ui->proxyTypeCombo->currentData().toInt());
    choice.host = m_ui->proxyHostEdit->text().trimmed();
    choice.port = quint16(m_ui->proxyPortSpin->value());
    choice.user = m_ui->proxyUserEdit->text().trimmed();
    choice.exceptions = ProxyChoice::parseExceptions(m_ui->proxyExceptionsEdit->text());
    return choice;
}

void PreferencesDialog::updateProxyFields()
{
    m_ui->proxyManualBox->setEnabled(m_ui->proxyManualRadio->isChecked());
    m_ui->proxyNote->setText(tr("An HTTP proxy is used as a tunnel (CONNECT) only. Its password is asked for "
                                "when the proxy wants it and kept in the system keychain."));
    DesktopStyle::setProblemStyleSheet(m_ui->proxyNote, QString());
}

int PreferencesDialog::selectedRetentionDays() const
{
    return m_ui->retentionCombo->currentData().toInt();
}

void PreferencesDialog::fillRetentionCombo(int selectedDays)
{
    QList<int> choices(std::begin(kRetentionChoices), std::end(kRetentionChoices));
    // A number of days set elsewhere (an older choice, an edited file) is offered as it is, not lost.
    if (selectedDays > 0 && !choices.contains(selectedDays))
        choices.insert(std::upper_bound(choices.begin(), choices.end() - 1, selectedDays), selectedDays);
    QComboBox *combo = m_ui->retentionCombo;
    combo->clear();
    for (const int days : std::as_const(choices)) {
        QString text;
        switch (days) {
        case 7:
            text = tr("7 days");
            break;
        case 30:
            text = tr("30 days");
            break;
        case 90:
            text = tr("90 days");
            break;
        case 365:
            text = tr("1 year");
            break;
        case 0:
            text = tr("Forever");
            break;
        default:
            text = tr("%n day(s)", "", days);
            break;
        }
        combo->addItem(text, days);
    }
    const int index = combo->findData(std::max(selectedDays, 0));
    combo->setCurrentIndex(index < 0 ? combo->findData(HistoryStore::kDefaultRetentionDays) : index);
}

void PreferencesDialog::confirmClearHistory()
{
    if (!m_history)
        return;
    // Asked without a nested event loop: the answer arrives through finished().
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear history"),
                                tr("Clear the local history of every batch?"), QMessageBox::NoButton, this);
    box->setObjectName(u"clearHistoryConfirmation"_s);
    box->setInformativeText(
            tr("OtaDash forgets every fetch and task count it recorded, for every profile. "
               "The History tab and \"Changed since you last looked\" start again from the next "
               "query. This cannot be undone."));
    QPushButton *clear = box->addButton(tr("Clear history"), QMessageBox::DestructiveRole);
    clear->setObjectName(u"confirmClearButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, clear] {
        if (box->clickedButton() != clear || !m_history)
            return;
        if (!m_history->clear()) {
            showHistoryNote(tr("The history could not be cleared: %1").arg(m_history->errorString()), true);
            return;
        }
        showHistoryNote(tr("The history is cleared."), false);
        emit historyChanged();
    });
    box->open();
}

void PreferencesDialog::showHistoryNote(const QString &text, bool error)
{
    m_ui->historyNote->setText(text);
    DesktopStyle::setProblemStyleSheet(m_ui->historyNote, error ? u"color: %1;"_s : QString());
    m_ui->historyNote->show();
}

bool PreferencesDialog::apply()
{
    const ProxyChoice proxy = selectedProxy();
    if (m_proxies && proxy.mode == ProxyChoice::Mode::Manual && proxy.host.isEmpty()) {
        // Nothing applied: a manual proxy without its host would leave every request without a way out.
        m_ui->proxyNote->setText(tr("Enter the proxy's host name or address, or choose another option."));
        DesktopStyle::setProblemStyleSheet(m_ui->proxyNote);
        m_ui->proxyHostEdit->setFocus();
        return false;
    }
    const QString caFile = m_ui->caFileEdit->text().trimmed();
    std::optional<QList<QSslCertificate>> cas = QList<QSslCertificate>();
    if (!caFile.isEmpty()) {
        QString error;
        cas = CaCertificates::load(caFile, &error);
        if (!cas) { // nothing applied: the file would be skipped, not trusted
            m_ui->proxyNote->setText(error);
            DesktopStyle::setProblemStyleSheet(m_ui->proxyNote);
            m_ui->proxyNote->show(); // also where the proxy rows (and their note) are hidden
            m_ui->caFileEdit->setFocus();
            return false;
        }
    }
    if (m_settings) {
        m_settings->setValue(CaCertificates::kSettingsKey, caFile);
        CaCertificates::install(*cas);
    }
    if (m_proxies)
        m_proxies->apply(proxy);
    // Qt then sends QEvent::LanguageChange to every widget: each open window retranslates itself.
    m_translations->setPreferredLanguage(selectedLanguage());
    if (m_watchList)
        m_watchList->setStallMinutes(selectedStallMinutes());
    if (m_settings && m_trayCheck->isEnabled())
        m_settings->setValue(MainWindow::kKeepWatchingKey, m_trayCheck->isChecked());
    // Every table follows at once; the other texts as they are next written (within a second).
    DisplayZone::setUtc(m_utcCheck->isChecked(), m_settings);
    if (m_scheduler && m_settings) {
        m_scheduler->setRateLimit(selectedRate());
        m_settings->setValue(RequestScheduler::kRateSettingsKey, m_scheduler->rateLimit());
    }
    if (m_history && m_settings) {
        const int days = selectedRetentionDays();
        m_settings->setValue(HistoryStore::kRetentionSettingsKey, days);
        // Applied now rather than at the next start: what the user chose to drop goes now.
        if (days > 0) {
            // The scheduler's clock is the window's; a dialog on its own goes by the computer's.
            const Clock &clock = m_scheduler ? m_scheduler->clock() : Clock::system();
            const int removed = m_history->pruneOlderThan(clock.nowUtc().addDays(-days));
            if (removed < 0)
                showHistoryNote(tr("Older history could not be deleted: %1").arg(m_history->errorString()),
                                true);
            else if (removed > 0)
                emit historyChanged();
        }
    }
    return true;
}

void PreferencesDialog::setWatchList(WatchListPanel *watchList)
{
    m_watchList = watchList;
    m_stallLabel->setVisible(m_watchList);
    m_stallSpin->setVisible(m_watchList);
    if (m_watchList)
        m_stallSpin->setValue(m_watchList->model()->stallMinutes());
}

int PreferencesDialog::selectedStallMinutes() const
{
    return m_stallSpin->value();
}

void PreferencesDialog::setTrayAvailable(bool available)
{
    m_trayCheck->setEnabled(available && m_settings);
    m_trayNote->setVisible(!available);
    retranslateStall();
}

void PreferencesDialog::retranslateStall()
{
    m_trayCheck->setText(tr("&Keep watching in the tray when the window is closed"));
    m_utcCheck->setText(tr("Sho&w times in UTC (otherwise in this computer's time zone, %1)")
                                .arg(DisplayZone::nameOf(QTimeZone::systemTimeZone())));
    m_trayCheck->setToolTip(
            tr("The watch list goes on refreshing and notifying; open or quit OtaDash from its "
               "tray icon."));
    m_trayNote->setText(tr("This desktop has no system tray: closing the window quits OtaDash."));
    m_stallLabel->setText(tr("Mark as st&alled after:"));
    m_stallSpin->setSuffix(tr(" min", "minutes, after a number"));
    m_stallSpin->setToolTip(tr("A running batch on the watch list is marked stalled when no device has "
                               "finished for this long."));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateStall();
        m_ui->retranslateUi(this);
        updateProxyFields();
        if (m_history && m_settings)
            fillRetentionCombo(selectedRetentionDays());
    }
    QDialog::changeEvent(event);
}
