#include "JobDetailView.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "PreferencesDialog.h"
#include "WindowOnSimulator.h"
#include "api/RequestScheduler.h"
#include "models/JobDetailModel.h"
#include "models/SourceVersionsModel.h"
#include "models/TagsModel.h"
#include "ota/JobField.h"
#include "ota/OtaJobParser.h"
#include "util/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
OtaJob seedJob()
{
    QFile file(QStringLiteral(OTA_SIM_FIXTURES "/seed_queryotajob.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed sample");
    const QueryOtaJobResult result = parseQueryOtaJob(file.readAll());
    if (!std::holds_alternative<ParsedQueryOtaJob>(result))
        qFatal("the seed sample did not parse");
    return std::get<ParsedQueryOtaJob>(result).job;
}

// The caption the form shows beside a value (its buddy).
QLabel *captionOf(const QWidget *form, const QLabel *value)
{
    const QList<QLabel *> labels = form->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == value)
            return label;
    }
    return nullptr;
}

QString withoutMnemonic(QString text)
{
    static const QRegularExpression mnemonic(u"\\(&.\\)|&"_s);
    return text.remove(mnemonic);
}
} // namespace

// Switches the language while windows are open and asserts what the user then reads.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void choosesOptionThenSavedThenSystem();
    void matchesSystemLocales_data();
    void matchesSystemLocales();
    void readsLangFromTheCommandLine();
    void switchesTheDetailFormAtRunTime_data();
    void switchesTheDetailFormAtRunTime();
    void retranslatesTheErrorPanelAndStatusBar();
    void preferencesSwitchAtOnceAndRemember();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
};

void TestTranslations::init()
{
    // Never the user's own settings file.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"otadash.ini"_s), QSettings::IniFormat);
    m_translations = std::make_unique<Translations>(m_settings.get());
}

void TestTranslations::cleanup()
{
    m_translations.reset(); // removes its translators: the next test starts in English
    m_settings.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::system());
}

void TestTranslations::choosesOptionThenSavedThenSystem()
{
    // Nothing saved: the system's language (the tests run with LC_ALL=C.UTF-8, so English).
    QCOMPARE(m_translations->savedLanguage(), QString());
    QCOMPARE(m_translations->initialLanguage(),
             Translations::systemLanguage(QLocale::system().uiLanguages()));
    QCOMPARE(m_translations->initialLanguage(u"ja"_s), u"ja"_s);

    m_settings->setValue(QLatin1StringView(Translations::kSettingsKey), u"zh_CN"_s);
    QCOMPARE(m_translations->initialLanguage(), u"zh_CN"_s);
    QCOMPARE(m_translations->initialLanguage(u"ja"_s), u"ja"_s); // --lang wins over the preference

    m_settings->setValue(QLatin1StringView(Translations::kSettingsKey), u"klingon"_s);
    QCOMPARE(m_translations->savedLanguage(), QString()); // a bad value is ignored, not an error
    QVERIFY(!m_translations->setLanguage(u"fr"_s));
    QCOMPARE(m_translations->language(), QString());

    QCOMPARE(Translations::parseLanguage(u"ZH-cn"_s), u"zh_CN"_s);
    QCOMPARE(Translations::parseLanguage(u"JA"_s), u"ja"_s);
    QCOMPARE(Translations::parseLanguage(u"ja_JP"_s), std::nullopt);
    QCOMPARE(Translations::nativeName(u"ja"_s), u"日本語"_s);
    QCOMPARE(Translations::nativeName(u"zh_CN"_s), u"简体中文"_s);
}

void TestTranslations::matchesSystemLocales_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("japanese") << QStringList {u"ja-JP"_s, u"ja"_s} << u"ja"_s;
    QTest::newRow("simplified chinese") << QStringList {u"zh-Hans-CN"_s} << u"zh_CN"_s;
    QTest::newRow("posix chinese") << QStringList {u"zh_CN"_s} << u"zh_CN"_s;
    QTest::newRow("british english") << QStringList {u"en-GB"_s} << u"en"_s;
    QTest::newRow("german, then japanese") << QStringList {u"de-DE"_s, u"ja-JP"_s} << u"ja"_s;
    QTest::newRow("traditional chinese only") << QStringList {u"zh-TW"_s} << u"en"_s;
    QTest::newRow("C locale") << QStringList {u"C"_s} << u"en"_s;
    QTest::newRow("nothing") << QStringList() << u"en"_s;
}

void TestTranslations::matchesSystemLocales()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(Translations::systemLanguage(uiLanguages), expected);
}

void TestTranslations::readsLangFromTheCommandLine()
{
    QCOMPARE(Translations::languageArgument({u"--demo"_s, u"--lang"_s, u"ja"_s}), u"ja"_s);
    QCOMPARE(Translations::languageArgument({u"--lang=zh_CN"_s}), u"zh_CN"_s);
    QCOMPARE(Translations::languageArgument({u"-lang"_s, u"en"_s}), u"en"_s);
    QCOMPARE(Translations::languageArgument({u"--job-id"_s, u"x"_s}), std::nullopt);
    QCOMPARE(Translations::languageArgument({u"--lang"_s}), std::nullopt); // the parser reports the gap
    QCOMPARE(Translations::languageArgument({u"--"_s, u"--lang"_s, u"ja"_s}), std::nullopt);
}

void TestTranslations::switchesTheDetailFormAtRunTime_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("destVersionLabel");
    QTest::addColumn<QString>("inProgress");
    QTest::addColumn<QString>("retryInterval");
    QTest::addColumn<QString>("versionsTitle");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("locale");
    // Labels and enum meanings as the seed documents of each language word them (002 Japanese, 003 Chinese).
    QTest::newRow("en") << u"en"_s << u"Destination version"_s << u"In progress"_s << u"60 minutes"_s
                        << u"Versions"_s << u"Cancel"_s << u"en"_s;
    QTest::newRow("ja") << u"ja"_s << u"宛先ファームウェアバージョン"_s << u"実行中"_s << u"60 分"_s
                        << u"バージョン"_s << u"キャンセル"_s << u"ja_JP"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"升级目标版本号"_s << u"执行中"_s << u"60 分钟"_s << u"版本"_s
                           << u"取消"_s << u"zh_CN"_s;
}

void TestTranslations::switchesTheDetailFormAtRunTime()
{
    QFETCH(QString, language);
    QFETCH(QString, destVersionLabel);
    QFETCH(QString, inProgress);
    QFETCH(QString, retryInterval);
    QFETCH(QString, versionsTitle);
    QFETCH(QString, cancel);
    QFETCH(QString, locale);

    JobDetailModel details;
    TagsModel tags;
    SourceVersionsModel versions;
    JobDetailView view;
    view.setModels(&details, &tags, &versions);
    details.setJob(seedJob());
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    view.show();
    buttons.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Start from the other end, so that every row really switches.
    QVERIFY(m_translations->setLanguage(language == u"ja" ? u"zh_CN"_s : u"ja"_s));
    QVERIFY(m_translations->setLanguage(language));
    QCOMPARE(m_translations->language(), language);

    QLabel *destVersion = view.valueLabel(int(JobField::DestVersion));
    QVERIFY(destVersion);
    QTRY_COMPARE(captionOf(&view, destVersion)->text(), destVersionLabel);
    QCOMPARE(destVersion->text(), u"1.0.1"_s); // data values stay as received
    QCOMPARE(view.valueLabel(int(JobField::JobStatus))->text(), inProgress);
    QCOMPARE(view.valueLabel(int(JobField::RetryInterval))->text(), retryInterval); // plural forms
    QCOMPARE(view.findChild<QGroupBox *>(u"versionsBox"_s)->title(), versionsTitle);
    // The model speaks the new language too, header included.
    const QModelIndex status
            = details.index(JobDetailModel::rowOf(JobField::JobStatus), JobDetailModel::Value);
    QCOMPARE(status.data().toString(), inProgress);
    QCOMPARE(details.index(JobDetailModel::rowOf(JobField::DestVersion), JobDetailModel::Label)
                     .data()
                     .toString(),
             destVersionLabel);
    // Qt's own catalogue (qtbase_<lang>.qm) came along: standard buttons are translated.
    QTRY_COMPARE(withoutMnemonic(buttons.button(QDialogButtonBox::Cancel)->text()), cancel);
    // Numbers and dates follow the language's QLocale.
    QCOMPARE(QLocale().name(), locale == u"en" ? QLocale(u"en"_s).name() : locale);
    QCOMPARE(details.locale(), QLocale());
}

void TestTranslations::retranslatesTheErrorPanelAndStatusBar()
{
    QVERIFY(m_translations->setLanguage(u"en"_s));
    WindowOnSimulator fixture;
    fixture.services.translations = m_translations.get();
    QVERIFY(fixture.start());
    MainWindow &window = *fixture.window;

    QSignalSpy finished(&window, &MainWindow::queryFinished);
    window.setJobId(u"NoSuchBatch0000000000000"_s);
    window.query();
    QVERIFY(fixture.waitFor(finished));
    auto *title = window.findChild<QLabel *>(u"errorTitle"_s);
    QCOMPARE(title->text(), u"IoT Platform reported an error"_s);
    QVERIFY(window.statusBar()->currentMessage().contains(u"failed"));

    QVERIFY(m_translations->setLanguage(u"ja"_s));
    QTRY_COMPARE(title->text(), u"IoT Platform がエラーを返しました"_s);
    QVERIFY(window.findChild<QLabel *>(u"errorHint"_s)->text().contains(u"IotInstanceId を確認してください"));
    QCOMPARE(window.findChild<QLabel *>(u"errorCodeCaption"_s)->text(), u"エラーコード:"_s);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"のクエリに失敗しました"),
             qPrintable(window.statusBar()->currentMessage()));
    QStringList permanent;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        permanent.append(label->text());
    QVERIFY2(permanent.join(u' ').contains(u"リクエスト ID: "), qPrintable(permanent.join(u' ')));

    // An input problem shown before the switch is worded anew too.
    window.setJobId(QString());
    window.query();
    auto *hint = window.findChild<QLabel *>(u"inputHint"_s);
    QCOMPARE(hint->text(), u"クエリする更新バッチの ID (JobId) を入力してください。"_s);
    QVERIFY(m_translations->setLanguage(u"zh_CN"_s));
    QTRY_COMPARE(hint->text(), u"请输入要查询的升级批次ID（JobId）。"_s);
    QCOMPARE(title->text(), u"物联网平台返回了错误"_s);
}

void TestTranslations::preferencesSwitchAtOnceAndRemember()
{
    QVERIFY(m_translations->setLanguage(u"en"_s));
    JobDetailModel details;
    TagsModel tags;
    SourceVersionsModel versions;
    JobDetailView view;
    view.setModels(&details, &tags, &versions);
    details.setJob(seedJob());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    PreferencesDialog dialog(m_translations.get());
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(combo);
    // Each language named in itself, whatever the current one.
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), u"English"_s);
    QCOMPARE(combo->itemText(1), u"日本語"_s);
    QCOMPARE(combo->itemText(2), u"简体中文"_s);
    QCOMPARE(combo->currentData().toString(), u"en"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    combo->setCurrentIndex(combo->findData(u"zh_CN"_s));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(m_translations->language(), u"zh_CN"_s);
    // The other open window and the dialog itself switch without a restart.
    QTRY_COMPARE(view.valueLabel(int(JobField::JobStatus))->text(), u"执行中"_s);
    QTRY_COMPARE(dialog.windowTitle(), u"首选项"_s);
    QCOMPARE(combo->itemText(1), u"日本語"_s);

    combo->setCurrentIndex(combo->findData(u"ja"_s));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_translations->language(), u"ja"_s);
    QTRY_COMPARE(captionOf(&view, view.valueLabel(int(JobField::DestVersion)))->text(),
                 u"宛先ファームウェアバージョン"_s);

    // Remembered: the next start (a new Translations over the same settings) picks it.
    QCOMPARE(m_settings->value(QLatin1StringView(Translations::kSettingsKey)).toString(), u"ja"_s);
    QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(Translations(&reopened).initialLanguage(), u"ja"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
