#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "api/RequestScheduler.h"
#include "api/RpcClient.h"
#include "auth/MemoryCredentialStore.h"
#include "net/CaCertificates.h"
#include "net/ProxyService.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Preferences: the request rate goes to the scheduler at once and is remembered; so does the network proxy.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void appliesAndRemembersALowerRate();
    void neverOffersMoreThanTheAccountLimit();
    void hidesTheRateWithoutAScheduler();
    void offersTheTrayOnlyWhereThereIsOne();
    void appliesAndRemembersAManualProxy();
    void refusesAManualProxyWithoutItsHost();
    void keepsAnExtraCaFileOnlyWhenItHoldsCertificates();

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

void TestPreferencesDialog::offersTheTrayOnlyWhereThereIsOne()
{
    PreferencesDialog dialog(m_translations.get(), m_scheduler.get(), m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *check = dialog.findChild<QCheckBox *>(u"trayCheck"_s);
    auto *note = dialog.findChild<QLabel *>(u"trayNote"_s);
    QVERIFY(check && note);
    // No tray: the choice is there but off, and the dialog says why closing quits.
    QVERIFY(!check->isEnabled());
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"This desktop has no system tray: closing the window quits OtaDash."_s);
    // A tray: keep watching when closed, remembered.
    dialog.setTrayAvailable(true);
    QVERIFY(check->isEnabled());
    QVERIFY(!note->isVisible());
    QVERIFY(!check->isChecked());
    check->setChecked(true);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_settings->value(MainWindow::kKeepWatchingKey).toBool(), true);
    PreferencesDialog again(m_translations.get(), m_scheduler.get(), m_settings.get());
    again.setTrayAvailable(true);
    QVERIFY(again.findChild<QCheckBox *>(u"trayCheck"_s)->isChecked());
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

void TestPreferencesDialog::appliesAndRemembersAManualProxy()
{
    MemoryCredentialStore store;
    ProxyService proxies(&m_network, &store, m_settings.get(), ProxyChoice());
    PreferencesDialog dialog(m_translations.get(), m_scheduler.get(), m_settings.get());
    dialog.setProxyService(&proxies);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QRadioButton *>(u"proxySystemRadio"_s)->isChecked()); // the default
    QVERIFY(!dialog.findChild<QWidget *>(u"proxyManualBox"_s)->isEnabled());
    dialog.findChild<QRadioButton *>(u"proxyManualRadio"_s)->click();
    QVERIFY(dialog.findChild<QWidget *>(u"proxyManualBox"_s)->isEnabled());
    auto *type = dialog.findChild<QComboBox *>(u"proxyTypeCombo"_s);
    type->setCurrentIndex(type->findText(u"SOCKS5"_s));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"proxyHostEdit"_s), u"proxy.corp.example"_s);
    dialog.findChild<QSpinBox *>(u"proxyPortSpin"_s)->setValue(1080);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"proxyUserEdit"_s), u"alice"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"proxyExceptionsEdit"_s), u"localhost, .corp.example"_s);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    ProxyChoice expected;
    expected.mode = ProxyChoice::Mode::Manual;
    expected.type = QNetworkProxy::Socks5Proxy;
    expected.host = u"proxy.corp.example"_s;
    expected.port = 1080;
    expected.user = u"alice"_s;
    expected.exceptions = {u"localhost"_s, u".corp.example"_s};
    QCOMPARE(proxies.choice(), expected);
    QCOMPARE(ProxyChoice::load(*m_settings), expected);
    // The network asks the new factory.
    const QNetworkProxy used
            = m_network.proxyFactory()
                      ->queryProxy(QNetworkProxyQuery(QUrl(u"https://iot.cn-shanghai.aliyuncs.com/"_s)))
                      .value(0);
    QCOMPARE(used.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(used.hostName(), u"proxy.corp.example"_s);
    // Opened again, the dialog shows the choice.
    PreferencesDialog again(m_translations.get(), m_scheduler.get(), m_settings.get());
    again.setProxyService(&proxies);
    QVERIFY(again.findChild<QRadioButton *>(u"proxyManualRadio"_s)->isChecked());
    QCOMPARE(again.selectedProxy(), expected);
}

void TestPreferencesDialog::refusesAManualProxyWithoutItsHost()
{
    ProxyService proxies(&m_network, nullptr, m_settings.get(), ProxyChoice());
    PreferencesDialog dialog(m_translations.get(), m_scheduler.get(), m_settings.get());
    dialog.setProxyService(&proxies);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QRadioButton *>(u"proxyManualRadio"_s)->click();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible()); // not accepted
    QCOMPARE(dialog.findChild<QLabel *>(u"proxyNote"_s)->text(),
             u"Enter the proxy's host name or address, or choose another option."_s);
    QCOMPARE(proxies.choice().mode, ProxyChoice::Mode::System); // nothing applied
    QVERIFY(!m_settings->contains(ProxyChoice::kSettingsGroup + u"/mode"_s));
}

void TestPreferencesDialog::keepsAnExtraCaFileOnlyWhenItHoldsCertificates()
{
    PreferencesDialog dialog(m_translations.get(), m_scheduler.get(), m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(u"caFileEdit"_s);
    QVERIFY(edit->isVisible());
    // Without a proxy service (the demo) the proxy rows and their note are not shown.
    QVERIFY(!dialog.findChild<QLabel *>(u"proxyNote"_s)->isVisible());
    const QString notPem = m_dir->filePath(u"not.pem"_s);
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();
    edit->setText(notPem);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible()); // refused, with the reason
    QVERIFY(dialog.findChild<QLabel *>(u"proxyNote"_s)->text().contains(u"no PEM certificate"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"proxyNote"_s)->isVisible());
    QVERIFY(!m_settings->contains(CaCertificates::kSettingsKey));
    // Emptied: the system's CAs only, remembered as such.
    edit->clear();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->value(CaCertificates::kSettingsKey).toString(), QString());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
