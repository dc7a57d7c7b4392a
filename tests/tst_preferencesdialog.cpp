#include "PreferencesDialog.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "util/Translations.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Preferences: the request rate goes to the scheduler at once and is remembered.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void appliesAndRemembersALowerRate();
    void neverOffersMoreThanTheAccountLimit();
    void hidesTheRateWithoutAScheduler();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
    QNetworkAccessManager m_network;
    std::unique_ptr<RpcClient> m_client;
    std::unique_ptr<RequestScheduler> m_scheduler;
};

void TestPreferencesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>(); // never the user's own settings file
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"otadash.ini"_s), QSettings::IniFormat);
    m_translations = std::make_unique<Translations>(m_settings.get());
    m_client = std::make_unique<RpcClient>(&m_network);
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get());
}

void TestPreferencesDialog::cleanup()
{
    m_scheduler.reset();
    m_client.reset();
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestPreferencesDialog::appliesAndRemembersALowerRate()
{
    PreferencesDialog dialog(m_translations.get(), m_scheduler.get(), m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *spin = dialog.findChild<QSpinBox *>(u"rateSpin"_s);
    QVERIFY(spin && spin->isVisible());
    QCOMPARE(spin->value(), 10);
    spin->selectAll();
    QTest::keyClicks(spin, u"4"_s);
    QCOMPARE(spin->value(), 4);
    QCOMPARE(m_scheduler->rateLimit(), 10); // nothing changes before Apply
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(m_scheduler->rateLimit(), 4);
    QCOMPARE(m_settings->value(RequestScheduler::kRateSettingsKey).toInt(), 4);

    // A new dialog starts from the scheduler's rate.
    m_scheduler->setRateLimit(7);
    PreferencesDialog again(m_translations.get(), m_scheduler.get(), m_settings.get());
    QCOMPARE(again.findChild<QSpinBox *>(u"rateSpin"_s)->value(), 7);
    QTest::mouseClick(again.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(m_settings->value(RequestScheduler::kRateSettingsKey).toInt(), 4); // canceled: kept as it was
}

void TestPreferencesDialog::neverOffersMoreThanTheAccountLimit()
{
    PreferencesDialog dialog(m_translations.get(), m_scheduler.get(), m_settings.get());
    auto *spin = dialog.findChild<QSpinBox *>(u"rateSpin"_s);
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), RequestScheduler::kAccountLimitPerSecond);
    spin->setValue(50);
    QCOMPARE(spin->value(), RequestScheduler::kAccountLimitPerSecond);
}

void TestPreferencesDialog::hidesTheRateWithoutAScheduler()
{
    PreferencesDialog dialog(m_translations.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QSpinBox *>(u"rateSpin"_s)->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(u"rateNote"_s)->isVisible());
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Apply),
                      Qt::LeftButton);
    QVERIFY(!m_settings->contains(RequestScheduler::kRateSettingsKey));
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
