#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "util/Translations.h"

#include <QEvent>
#include <QPushButton>

PreferencesDialog::PreferencesDialog(Translations *translations, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_translations(translations)
{
    m_ui->setupUi(this);
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

void PreferencesDialog::apply()
{
    // Qt then sends QEvent::LanguageChange to every widget: each open window retranslates itself.
    m_translations->setPreferredLanguage(selectedLanguage());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
