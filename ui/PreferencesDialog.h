#pragma once

#include <QDialog>

#include <memory>

class HistoryStore;
class QCheckBox;
class QLabel;
class QSpinBox;
class WatchListPanel;
class ProxyService;
struct ProxyChoice;
class QSettings;
class RequestScheduler;
class Translations;

namespace Ui {
class PreferencesDialog;
}

// The user's preferences: the language, the request rate, when a watched batch counts as stalled, how long
// the local history is kept and the network proxy, applied at once and remembered.
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

    // Not owned; offers the retention (kept in the settings given to the constructor) and "Clear history…".
    void setHistoryStore(HistoryStore *store);
    // Days of history to keep as chosen (0: forever).
    int selectedRetentionDays() const;

    // Not owned; offers the network proxy (Network proxy: system settings, none or manual).
    void setProxyService(ProxyService *proxies);
    // The proxy as chosen in the dialog.
    ProxyChoice selectedProxy() const;

    // Not owned; offers the watch list's stall time (minutes without a finished device).
    void setWatchList(WatchListPanel *watchList);
    int selectedStallMinutes() const;
    // Offers "keep watching in the tray when the window is closed" (MainWindow::kKeepWatchingKey) where the
    // desktop has a tray, and says that it has none where it has not.
    void setTrayAvailable(bool available);

signals:
    // Rows were pruned or the history was cleared: views of it read it again.
    void historyChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    // False (and nothing applied) when a choice cannot be used; the dialog then says why.
    bool apply();
    void updateProxyFields();
    void fillRetentionCombo(int selectedDays);
    void confirmClearHistory();
    void showHistoryNote(const QString &text, bool error);
    void retranslateStall();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Translations *m_translations;
    RequestScheduler *m_scheduler;
    QSettings *m_settings;
    HistoryStore *m_history = nullptr;
    ProxyService *m_proxies = nullptr;
    WatchListPanel *m_watchList = nullptr;
    QLabel *m_stallLabel;
    QSpinBox *m_stallSpin;
    QCheckBox *m_trayCheck;
    QLabel *m_trayNote;
    QCheckBox *m_utcCheck; // times in UTC rather than local time
};
