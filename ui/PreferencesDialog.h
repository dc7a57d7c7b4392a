#pragma once

#include <QDialog>

#include <memory>

class Translations;

namespace Ui {
class PreferencesDialog;
}

// The user's preferences: for now the language, applied at once to every window and remembered.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // translations: not owned; switches the language and keeps the choice.
    explicit PreferencesDialog(Translations *translations, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language code selected in the combo ("ja").
    QString selectedLanguage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Translations *m_translations;
};
