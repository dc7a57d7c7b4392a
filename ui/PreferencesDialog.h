#pragma once

#include <QDialog>

#include <memory>

class QSettings;
class RequestScheduler;
class Translations;

namespace Ui {
class PreferencesDialog;
}

// The user's preferences: the language and the request rate, applied at once and remembered.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // translations: not owned; switches the language and keeps the choice. scheduler and settings (not
    // owned, optional): the request rate is offered when both are given.
    explicit PreferencesDialog(Translations *translations, RequestScheduler *scheduler = nullptr,
                               QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language code selected in the combo ("ja").
    QString selectedLanguage() const;
    int selectedRate() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Translations *m_translations;
    RequestScheduler *m_scheduler;
    QSettings *m_settings;
};
