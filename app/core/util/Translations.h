#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;
class QTranslator;

// The user-interface language: picks it (--lang, else the saved preference, else the system locale, else
// English), installs OtaDash's translator and Qt's own (qtbase_<lang>.qm) for it and sets the default
// QLocale. Switching again replaces both translators, so Qt sends QEvent::LanguageChange to every widget.
class Translations : public QObject
{
    Q_OBJECT
public:
    static constexpr char kSettingsKey[] = "ui/language";

    // settings: where the preference is kept; not owned, may be nullptr (nothing is remembered).
    explicit Translations(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~Translations() override; // removes the translators it installed

    // "en", "ja", "zh_CN": the codes --lang and the preference accept.
    static QStringList supportedLanguages();
    // The language's name in that language ("日本語"), for choosers.
    static QString nativeName(const QString &language);
    // The supported code a user typed ("JA", "zh-cn" are fine); nullopt for anything else.
    static std::optional<QString> parseLanguage(const QString &text);
    // The supported language of a locale name or BCP 47 tag ("ja-JP", "zh-Hans-CN"); empty if none fits.
    static QString matchLocale(const QString &localeName);
    // The first of uiLanguages that OtaDash speaks, else "en".
    static QString systemLanguage(const QStringList &uiLanguages);
    // The value of --lang (also -lang, --lang=x) in a command line, before any parser runs; nullopt if
    // absent.
    static std::optional<QString> languageArgument(const QStringList &arguments);

    // The remembered choice, if it is a supported language; empty otherwise.
    QString savedLanguage() const;
    // option (a supported code or empty) > saved preference > system locale > "en".
    QString initialLanguage(const QString &option = QString()) const;

    QString language() const { return m_language; }
    // Installs the translators for a supported language and makes its QLocale the default.
    bool setLanguage(const QString &language);
    // setLanguage() and remember the choice for the next start.
    bool setPreferredLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QSettings *m_settings;
    QString m_language;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};
