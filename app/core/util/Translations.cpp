#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcI18n, "otadash.i18n", QtInfoMsg)

// The chosen language's QLocale; the system's own when it speaks that language (keeps en_GB dates).
QLocale localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (Translations::matchLocale(system.name()) == language)
        return system;
    return QLocale(language);
}
} // namespace

Translations::Translations(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings) { }

Translations::~Translations()
{
    removeTranslators();
}

QStringList Translations::supportedLanguages()
{
    return {u"en"_s, u"ja"_s, u"zh_CN"_s};
}

QString Translations::nativeName(const QString &language)
{
    // Never translated: each language is named in itself, so a user can find their own in any UI language.
    if (language == u"en")
        return u"English"_s;
    if (language == u"ja")
        return u"日本語"_s;
    if (language == u"zh_CN")
        return u"简体中文"_s;
    return language;
}

std::optional<QString> Translations::parseLanguage(const QString &text)
{
    QString normalized = text.trimmed();
    normalized.replace(u'-', u'_');
    for (const QString &language : supportedLanguages()) {
        if (normalized.compare(language, Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString Translations::matchLocale(const QString &localeName)
{
    const QLocale locale(localeName);
    switch (locale.language()) {
    case QLocale::English:
        return u"en"_s;
    case QLocale::Japanese:
        return u"ja"_s;
    case QLocale::Chinese:
        // Traditional Chinese (zh_TW, zh_HK) is not offered; the next preferred language decides instead.
        return locale.script() == QLocale::SimplifiedHanScript ? u"zh_CN"_s : QString();
    default:
        return QString();
    }
}

QString Translations::systemLanguage(const QStringList &uiLanguages)
{
    for (const QString &tag : uiLanguages) {
        const QString language = matchLocale(tag);
        if (!language.isEmpty())
            return language;
    }
    return u"en"_s;
}

std::optional<QString> Translations::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break; // the rest are positional arguments
        for (const QString &name : {u"--lang"_s, u"-lang"_s}) {
            if (argument == name)
                return i + 1 < arguments.size() ? std::optional<QString>(arguments.at(i + 1)) : std::nullopt;
            if (argument.startsWith(name + u'='))
                return argument.mid(name.size() + 1);
        }
    }
    return std::nullopt;
}

QString Translations::savedLanguage() const
{
    if (!m_settings)
        return QString();
    return parseLanguage(m_settings->value(QLatin1StringView(kSettingsKey)).toString()).value_or(QString());
}

QString Translations::initialLanguage(const QString &option) const
{
    if (const std::optional<QString> chosen = parseLanguage(option))
        return *chosen;
    const QString saved = savedLanguage();
    if (!saved.isEmpty())
        return saved;
    return systemLanguage(QLocale::system().uiLanguages());
}

bool Translations::setLanguage(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;

    auto ours = std::make_unique<QTranslator>();
    const QString ourFile = u":/i18n/otadash_"_s + language + u".qm"_s;
    if (!ours->load(ourFile)) {
        qCWarning(lcI18n) << "cannot load" << ourFile;
        ours.reset();
    }
    auto qt = std::make_unique<QTranslator>();
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // Qt speaks English already; for the others a missing qtbase file only leaves Qt's own words English.
    if (language == u"en" || !qt->load(u"qtbase_"_s + language, qtDirectory)) {
        if (language != u"en")
            qCInfo(lcI18n) << "no qtbase translation for" << language << "in" << qtDirectory;
        qt.reset();
    }

    // The locale first: widgets that retranslate on LanguageChange then format with the new one.
    QLocale::setDefault(localeFor(language));
    removeTranslators();
    // Installed last, searched first: OtaDash's words win over Qt's.
    if (qt)
        QCoreApplication::installTranslator(qt.get());
    if (ours)
        QCoreApplication::installTranslator(ours.get());
    m_qt = std::move(qt);
    m_ours = std::move(ours);
    m_language = language;
    emit languageChanged(language);
    return true;
}

bool Translations::setPreferredLanguage(const QString &language)
{
    if (!setLanguage(language))
        return false;
    if (m_settings) {
        m_settings->setValue(QLatin1StringView(kSettingsKey), language);
        m_settings->sync();
    }
    return true;
}

void Translations::removeTranslators()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours.reset();
    m_qt.reset();
}
