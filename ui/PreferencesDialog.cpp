#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "api/RequestScheduler.h"
#include "util/Translations.h"

#include <QEvent>
#include <QPushButton>
#include <QSettings>

PreferencesDialog::PreferencesDialog(Translations *translations, RequestScheduler *scheduler,
                                     QSettings *settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_translations(translations),
      m_scheduler(scheduler), m_settings(settings)
{
    m_ui->setupUi(this);
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
        apply();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

void PreferencesDialog::apply()
{
    // Qt then sends QEvent::LanguageChange to every widget: each open window retranslates itself.
    m_translations->setPreferredLanguage(selectedLanguage());
    if (m_scheduler && m_settings) {
        m_scheduler->setRateLimit(selectedRate());
        m_settings->setValue(RequestScheduler::kRateSettingsKey, m_scheduler->rateLimit());
    }
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
