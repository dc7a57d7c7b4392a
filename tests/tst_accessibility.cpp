#include "AuditLogDialog.h"
#include "BatchActions.h"
#include "BatchProgressView.h"
#include "CancelBatchDialog.h"
#include "CompareDialog.h"
#include "DevicePanel.h"
#include "FailedTasks.h"
#include "FailureAlertDialog.h"
#include "HistoryView.h"
#include "KeyboardShortcutsDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "QuickOpenDialog.h"
#include "SignOffReportDialog.h"
#include "SimFleet.h"
#include "TaskActionDialog.h"
#include "VerifySuccessDialog.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "ota/TaskInfo.h"
#include "ota/TaskStatus.h"
#include "util/Translations.h"

#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// What a user reaches with the keyboard or the mouse and a screen reader must be able to name.
bool isInteractive(QAccessibleInterface *node)
{
    switch (node->role()) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::Chart:
        return true;
    default:
        break;
    }
    // A widget of its own that takes the focus (a chart, the timeline).
    QObject *object = node->object();
    auto *widget = qobject_cast<QWidget *>(object);
    // (Not one that hands its focus on: a scroll area's viewport.)
    return widget && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()
            && node->role() != QAccessible::ScrollBar && node->role() != QAccessible::StaticText
            && node->role() != QAccessible::Grouping;
}

QString describe(QAccessibleInterface *node)
{
    QStringList path;
    for (QObject *o = node->object(); o; o = o->parent()) {
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName());
    }
    if (path.isEmpty() && node->parent() && node->parent()->object())
        path.append(node->parent()->object()->objectName() + u"/…"_s);
    return path.join(u'/') + u" ("_s
            + QString::fromLatin1(node->object() ? node->object()->metaObject()->className() : "?")
            + u", role "_s + QString::number(node->role(), 16) + u')';
}

// Every interactive element shown under root without a name, each in a line.
void unnamed(QAccessibleInterface *node, QStringList *missing, int depth = 0)
{
    if (!node || !node->isValid() || depth > 40)
        return;
    if (node->state().invisible)
        return;
    if (isInteractive(node) && node->text(QAccessible::Name).trimmed().isEmpty())
        missing->append(describe(node));
    // Cells and rows of lists are named by their data; a list's own name is what is checked.
    const QAccessible::Role role = node->role();
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        unnamed(node->child(i), missing, depth + 1);
}

QStringList unnamedIn(QWidget *window)
{
    QStringList missing;
    unnamed(QAccessible::queryAccessibleInterface(window), &missing);
    return missing;
}
} // namespace

// Every interactive element of every window and dialog has an accessible name, in English, Japanese and
// Chinese: the walk goes through QAccessible as a screen reader would, and fails on any unnamed one.
class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyElementHasAName_data();
    void everyElementHasAName();
    void chartsAndTheTimelineSayTheirNumbers();

private:
    // With a screen reader on: the window, a batch watched and open.
    bool openWatchedBatch();

    QString m_jobId;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<WindowOnSimulator> m_fixture;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"otadash.ini"_s), QSettings::IniFormat);
    m_translations = std::make_unique<Translations>(m_settings.get());
    m_fixture = std::make_unique<WindowOnSimulator>();
    m_fixture->setup.fixedProfile = u"Demo"_s;
    m_fixture->showDiscovery = true;
    m_fixture->historyPath = m_dir->filePath(u"history.sqlite"_s);
    m_fixture->services.translations = m_translations.get();
    m_fixture->services.settings = m_settings.get();
}

void TestAccessibility::cleanup()
{
    m_fixture->stop();
    m_fixture.reset();
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestAccessibility::openWatchedBatch()
{
    QAccessible::setActive(true);
    if (!m_fixture->start())
        return false;
    m_jobId = m_fixture->sim->fleet().fixtureJobIds().at(1);
    return m_fixture->window->watchListPanel()->addBatch(u"Demo"_s, m_jobId)
            && m_fixture->queryBatch(m_jobId);
}

void TestAccessibility::everyElementHasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
}

void TestAccessibility::everyElementHasAName()
{
    QFETCH(QString, language);
    QVERIFY(m_translations->setLanguage(language));
    QVERIFY(openWatchedBatch());
    MainWindow *window = m_fixture->window.get();
    const QString jobId = m_jobId;

    QStringList missing;
    const auto check = [&missing](QWidget *w, const QString &what) {
        QVERIFY2(w, qPrintable(what));
        for (const QString &line : unnamedIn(w))
            missing.append(what + u": "_s + line);
    };
    for (const MainWindow::Tab tab :
         {MainWindow::Tab::Details, MainWindow::Tab::Devices, MainWindow::Tab::History}) {
        window->showTab(tab);
        QVERIFY(m_fixture->advance(0));
        check(window, u"main window, tab "_s + QString::number(window->batchPage()->tabs()->currentIndex()));
    }
    window->timelineDock()->raise();
    check(window, u"main window, timeline"_s);

    // The dialogs, each as it opens.
    const auto dialog = [&](QDialog *d, const QString &what) {
        QVERIFY2(d, qPrintable(what));
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        check(d, what);
        d->close();
    };
    window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
    dialog(window->findChild<PreferencesDialog *>(), u"Preferences"_s);
    dialog(window->openCompare(), u"Compare"_s);
    dialog(window->openCancelBatch(), u"Cancel"_s);
    dialog(window->batchActions()->openVerify(), u"Verify"_s);
    dialog(window->batchActions()->openAuditLog(), u"Audit log"_s);
    dialog(window->openKeyboardShortcuts(), u"Keyboard shortcuts"_s);
    dialog(window->openQuickOpen(false), u"Quick open"_s);
    dialog(window->openQuickOpen(true), u"Command palette"_s);
    SignOffReportDialog report(m_dir->filePath(u"report.pdf"_s), window);
    dialog(&report, u"Sign-off report"_s);
    FailureAlertDialog alert(jobId, {}, std::nullopt, window);
    dialog(&alert, u"Failure alert"_s);
    dialog(window->batchActions()->openTaskAction(TaskActionRun::Kind::Retry, failedTasks(jobId, 1)),
           u"Upgrade again"_s);
    // The profiles (a keychain in memory), and a device's panel.
    ProfileStore profiles(m_dir->filePath(u"profiles.conf"_s), QSettings::IniFormat);
    MemoryCredentialStore keychain;
    SessionAwareCredentialStore credentials(&keychain);
    ProfileDialog profileDialog(&profiles, &credentials, m_fixture->scheduler, window);
    dialog(&profileDialog, u"Profiles"_s);
    const Account account {u"Demo"_s, RpcConfig {}, {}, false};
    DevicePanel device(m_fixture->scheduler, account, DeviceRef {u"a1B2c3D4e5F"_s, u"dev-000001"_s, {}},
                       jobId, window);
    dialog(&device, u"Device"_s);
    for (const QString &line : std::as_const(missing))
        qWarning().noquote() << line;
    QVERIFY2(missing.isEmpty(), qPrintable(QString::number(missing.size()) + u" unnamed"_s));
}

// The counts chart, the burn-up and the timeline are pictures: each says its numbers as text, in its
// accessible description.
void TestAccessibility::chartsAndTheTimelineSayTheirNumbers()
{
    QVERIFY(openWatchedBatch());
    MainWindow *window = m_fixture->window.get();
    window->showTab(MainWindow::Tab::Devices);
    BatchProgressView *devices = window->batchProgressView();
    QVERIFY(m_fixture->runUntil([devices] { return !devices->isBusy(); }));
    // The burn-up has the rounds of this session (recorded in the history).
    window->showTab(MainWindow::Tab::History);
    QVERIFY(m_fixture->advance(0));
    for (const char *name : {"countsChart", "timelineView", "chartView"}) {
        auto *widget = std::string_view(name) == "chartView"
                ? window->historyView()->findChild<QWidget *>(QString::fromLatin1(name))
                : window->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(!node->text(QAccessible::Name).isEmpty(), name);
        const QString description = node->text(QAccessible::Description);
        QVERIFY2(description.contains(QRegularExpression(u"\\d"_s)),
                 qPrintable(QString::fromLatin1(name) + u": "_s + description));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
