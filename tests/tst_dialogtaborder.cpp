#include "AuditLogDialog.h"
#include "BatchActions.h"
#include "CancelBatchDialog.h"
#include "CompareDialog.h"
#include "DevicePanel.h"
#include "FailedTasks.h"
#include "FailureAlertDialog.h"
#include "KeyboardShortcutsDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "ProxyLoginDialog.h"
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
#include "net/ProxyService.h"
#include "ota/TaskInfo.h"
#include "ota/TaskStatus.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHash>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// A deliberate departure from the reading order: `widget` comes right after `after`, for `reason`.
struct Exception
{
    QString widget;
    QString after;
    QString reason;
};

// What Tab can land on: Qt's own test (QApplicationPrivate::focusNextPrevChild_helper), in this window.
bool isTabStop(QWidget *dialog, QWidget *w)
{
    return w->window() == dialog && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy()
            && w->isVisibleTo(dialog) && w->isEnabled();
}

// The widget's or the nearest named ancestor's name, and its class.
QString describe(QWidget *w)
{
    if (!w)
        return u"(nothing)"_s;
    QString name = w->objectName();
    if (auto *button = qobject_cast<QAbstractButton *>(w); button && name.isEmpty())
        name = u'"' + button->text().remove(u'&') + u'"';
    for (QObject *o = w->parent(); o && name.isEmpty(); o = o->parent())
        name = o->objectName() + u"/…"_s;
    return name + u" ("_s + QString::fromLatin1(w->metaObject()->className()) + u')';
}

QRect rectIn(QWidget *dialog, QWidget *w)
{
    return QRect(w->mapTo(dialog, QPoint(0, 0)), w->size());
}

QRect rectIn(QWidget *dialog, QLayout *layout)
{
    QWidget *owner = layout->parentWidget();
    return QRect(owner->mapTo(dialog, layout->geometry().topLeft()), layout->geometry().size());
}

// The reading order. A widget or layout of the tree is read as one block: its tab stops stay together
// (the column of a two-column dialog is read before the next, a button box's buttons one after another).
// The blocks of one widget or layout are read by rows, top to bottom, and each row left to right: two blocks
// are in one row when the vertical centre of each lies within the other's height (so a tall list beside a
// column of fields shares the row of the first field, and a widget beside two rows joins neither). A widget
// that is a tab stop itself comes before what it contains.
class ReadingOrder
{
public:
    explicit ReadingOrder(QWidget *dialog) : m_dialog(dialog) { }

    QList<QWidget *> of(QWidget *w)
    {
        QList<QWidget *> stops;
        if (isTabStop(m_dialog, w))
            stops.append(w);
        QSet<QWidget *> laidOut;
        QList<Block> blocks;
        if (QLayout *layout = w->layout()) {
            collectLaidOut(layout, &laidOut);
            blocks.append(Block {rectIn(m_dialog, layout), ofLayout(layout)});
        }
        // Children outside any layout: a spin box's line edit, a tab widget's bar and pages.
        const QList<QWidget *> children = w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *child : children) {
            if (!child->isWindow() && child->isVisibleTo(m_dialog) && !laidOut.contains(child))
                blocks.append(Block {rectIn(m_dialog, child), of(child)});
        }
        return stops + read(std::move(blocks));
    }

private:
    struct Block
    {
        QRect rect;
        QList<QWidget *> stops;
    };

    QList<QWidget *> ofLayout(QLayout *layout)
    {
        QList<Block> blocks;
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (QWidget *w = item->widget()) {
                if (!w->isWindow() && w->isVisibleTo(m_dialog))
                    blocks.append(Block {rectIn(m_dialog, w), of(w)});
            } else if (QLayout *sub = item->layout()) {
                blocks.append(Block {rectIn(m_dialog, sub), ofLayout(sub)});
            }
        }
        return read(std::move(blocks));
    }

    static void collectLaidOut(QLayout *layout, QSet<QWidget *> *widgets)
    {
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (item->widget())
                widgets->insert(item->widget());
            else if (item->layout())
                collectLaidOut(item->layout(), widgets);
        }
    }

    static bool centreWithin(const QRect &a, const QRect &b)
    {
        const int centre = a.center().y();
        return centre >= b.top() && centre <= b.bottom();
    }

    static QList<QWidget *> read(QList<Block> blocks)
    {
        blocks.removeIf([](const Block &b) { return b.stops.isEmpty(); });
        std::stable_sort(blocks.begin(), blocks.end(), [](const Block &a, const Block &b) {
            return a.rect.center().y() != b.rect.center().y() ? a.rect.center().y() < b.rect.center().y()
                                                              : a.rect.left() < b.rect.left();
        });
        QList<QWidget *> order;
        while (!blocks.isEmpty()) {
            QList<Block> row {blocks.takeFirst()};
            const QRect anchor = row.first().rect;
            for (qsizetype i = 0; i < blocks.size();) {
                if (centreWithin(blocks.at(i).rect, anchor) && centreWithin(anchor, blocks.at(i).rect))
                    row.append(blocks.takeAt(i));
                else
                    ++i;
            }
            std::stable_sort(row.begin(), row.end(),
                             [](const Block &a, const Block &b) { return a.rect.left() < b.rect.left(); });
            for (const Block &b : std::as_const(row))
                order += b.stops;
        }
        return order;
    }

    QWidget *m_dialog;
};

// A widget by its object name; "Close button": the button box's standard Close button.
QWidget *named(QWidget *dialog, const QString &name)
{
    if (name == u"Close button") {
        const QList<QDialogButtonBox *> boxes = dialog->findChildren<QDialogButtonBox *>();
        for (QDialogButtonBox *box : boxes) {
            if (QPushButton *close = box->button(QDialogButtonBox::Close))
                return close;
        }
        return nullptr;
    }
    return dialog->objectName() == name ? dialog : dialog->findChild<QWidget *>(name);
}

// What takes the focus when w is given it (a spin box hands it to its line edit).
QWidget *focusTarget(QWidget *w)
{
    while (w && w->focusProxy())
        w = w->focusProxy();
    return w;
}

// Where Tab lands, as one stop: an exclusive group of radio buttons is one stop (Tab leaves the group, the
// arrow keys move in it), represented by its first button in the reading order; any other widget is its own.
class Stops
{
public:
    explicit Stops(const QList<QWidget *> &readingOrder)
    {
        QHash<QObject *, QWidget *> firstOfGroup;
        for (QWidget *w : readingOrder) {
            QObject *group = exclusiveGroup(w);
            if (!group) {
                m_order.append(w);
                continue;
            }
            if (!firstOfGroup.contains(group)) {
                firstOfGroup.insert(group, w);
                m_order.append(w);
            } else {
                m_grouped.insert(firstOfGroup.value(group));
            }
            m_key.insert(w, firstOfGroup.value(group));
        }
    }

    // The stops in the reading order.
    const QList<QWidget *> &order() const { return m_order; }
    QWidget *key(QWidget *w) const { return m_key.value(w, w); }
    QString describe(QWidget *key) const
    {
        return ::describe(key) + (m_grouped.contains(key) ? u" and its group"_s : QString());
    }
    QString describe(const QList<QWidget *> &keys) const
    {
        QStringList names;
        for (QWidget *k : keys)
            names.append(describe(k));
        return names.join(u", "_s);
    }

private:
    // The exclusive group a radio button is in (its QButtonGroup, or its parent for auto-exclusive ones).
    static QObject *exclusiveGroup(QWidget *w)
    {
        auto *radio = qobject_cast<QRadioButton *>(w);
        if (!radio)
            return nullptr;
        if (QButtonGroup *group = radio->group())
            return group->exclusive() ? group : nullptr;
        return radio->autoExclusive() ? radio->parentWidget() : nullptr;
    }

    QList<QWidget *> m_order;
    QHash<QWidget *, QWidget *> m_key;
    QSet<QWidget *> m_grouped;
};

// Tab (or Shift+Tab) from start until the focus is back on its stop: the stops reached in turn, start first.
// Stops early at a trap (the focus stays) and after `limit` presses.
QList<QWidget *> walk(const Stops &stops, QWidget *start, bool backwards, int limit, QString *problem)
{
    const QString key = backwards ? u"Shift+Tab"_s : u"Tab"_s;
    QList<QWidget *> reached {stops.key(start)};
    for (int i = 0; i < limit; ++i) {
        QWidget *from = QApplication::focusWidget();
        if (backwards)
            QTest::keyClick(from, Qt::Key_Backtab, Qt::ShiftModifier);
        else
            QTest::keyClick(from, Qt::Key_Tab);
        QWidget *to = QApplication::focusWidget();
        // (A text field that takes Tab as a character keeps the focus.)
        if (!to || (to == from && stops.order().size() > 1)) {
            *problem = key + u" stays in "_s + describe(from);
            return reached;
        }
        if (stops.key(to) == reached.first())
            return reached;
        reached.append(stops.key(to));
    }
    *problem = key + u" does not come back to "_s + stops.describe(reached.first()) + u" after "_s
            + QString::number(limit) + u" presses: "_s + stops.describe(reached);
    return reached;
}

// Everything wrong with the dialog's tab order, a line each; empty when nothing is. The dialog is shown.
QStringList tabOrderProblems(QDialog *dialog, const QString &initialFocus, const QList<Exception> &exceptions)
{
    QStringList problems;
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return {u"the dialog did not become active"_s};

    // The first focus: the field the user edits first, or the safe button of a confirmation.
    QWidget *first = focusTarget(named(dialog, initialFocus));
    if (!first)
        problems.append(u"no widget "_s + initialFocus);
    else if (QApplication::focusWidget() != first)
        problems.append(u"opens with the focus in "_s + describe(QApplication::focusWidget()) + u", not in "_s
                        + describe(first));

    QList<QWidget *> reading = ReadingOrder(dialog).of(dialog);
    const QList<QWidget *> all = dialog->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (isTabStop(dialog, w) && !reading.contains(w))
            problems.append(u"the test's reading order misses "_s + describe(w));
    }
    for (const Exception &e : exceptions) {
        QWidget *w = focusTarget(named(dialog, e.widget));
        QWidget *after = focusTarget(named(dialog, e.after));
        if (!w || !after || !reading.contains(w) || !reading.contains(after)) {
            problems.append(u"the exception for "_s + e.widget + u" names what is not shown"_s);
            continue;
        }
        reading.removeOne(w);
        reading.insert(reading.indexOf(after) + 1, w);
    }
    const Stops stops(reading);
    const QList<QWidget *> &expected = stops.order();
    if (expected.isEmpty())
        return problems << u"nothing takes the focus"_s;
    const int limit = 2 * int(expected.size()) + 2;

    QString trap;
    expected.first()->setFocus(Qt::TabFocusReason);
    const QList<QWidget *> forward = walk(stops, expected.first(), false, limit, &trap);
    if (!trap.isEmpty())
        problems.append(trap);
    // (a) Every stop once per cycle.
    for (QWidget *w : expected) {
        if (!forward.contains(w))
            problems.append(u"Tab skips "_s + stops.describe(w));
        else if (forward.count(w) > 1)
            problems.append(u"Tab reaches "_s + stops.describe(w) + u" more than once"_s);
    }
    for (QWidget *w : forward) {
        if (!expected.contains(w))
            problems.append(u"Tab reaches "_s + describe(w) + u", which is no tab stop"_s);
    }
    // (b) In the reading order.
    if (trap.isEmpty() && forward != expected)
        problems.append(u"Tab order\n      is: "_s + stops.describe(forward) + u"\n  reading: "_s
                        + stops.describe(expected));
    // (c) Shift+Tab goes back the same way.
    QString backTrap;
    expected.first()->setFocus(Qt::TabFocusReason);
    const QList<QWidget *> backward = walk(stops, expected.first(), true, limit, &backTrap);
    if (!backTrap.isEmpty())
        problems.append(backTrap);
    QList<QWidget *> reversed {expected.first()};
    for (qsizetype i = expected.size() - 1; i > 0; --i)
        reversed.append(expected.at(i));
    if (backTrap.isEmpty() && backward != reversed)
        problems.append(u"Shift+Tab order\n      is: "_s + stops.describe(backward) + u"\n expected: "_s
                        + stops.describe(reversed));
    return problems;
}

} // namespace

Q_DECLARE_METATYPE(Exception)

// Each dialog opens with the focus where the user starts, and Tab visits every widget that takes the focus
// once, in the reading order (by the dialog's layout, see ReadingOrder), Shift+Tab the reverse; the
// exceptions are listed with their reasons.
class TestDialogTabOrder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void tabFollowsTheReadingOrder_data();
    void tabFollowsTheReadingOrder();
    void enterInAConfirmationSendsNothing_data();
    void enterInAConfirmationSendsNothing();

private:
    QString m_jobId;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<WindowOnSimulator> m_fixture;
};

void TestDialogTabOrder::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"otadash.ini"_s), QSettings::IniFormat);
    m_fixture = std::make_unique<WindowOnSimulator>();
    m_fixture->setup.fixedProfile = u"Demo"_s;
    m_fixture->historyPath = m_dir->filePath(u"history.sqlite"_s);
    m_translations = std::make_unique<Translations>(m_settings.get());
    m_fixture->services.translations = m_translations.get();
    m_fixture->services.settings = m_settings.get();
    QVERIFY(m_fixture->start());
    m_jobId = m_fixture->sim->fleet().fixtureJobIds().at(1);
    QVERIFY(m_fixture->queryBatch(m_jobId));
}

void TestDialogTabOrder::cleanupTestCase()
{
    m_fixture->stop();
    m_fixture.reset();
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestDialogTabOrder::tabFollowsTheReadingOrder_data()
{
    QTest::addColumn<QString>("initialFocus");
    QTest::addColumn<QList<Exception>>("exceptions");
    QTest::newRow("Preferences") << u"languageCombo"_s << QList<Exception> {};
    QTest::newRow("Preferences, manual proxy and tray") << u"languageCombo"_s << QList<Exception> {};
    QTest::newRow("Compare") << u"rightEdit"_s
                             << QList<Exception> {
                                        {u"compareButton"_s, u"rightEdit"_s,
                                         u"the button beside both IDs compares them: after both"_s}};
    QTest::newRow("Cancel batch") << u"confirmEdit"_s << QList<Exception> {};
    QTest::newRow("Cancel batch, dynamic and planned") << u"confirmEdit"_s << QList<Exception> {};
    QTest::newRow("Verify") << u"verifySampleRadio"_s << QList<Exception> {};
    QTest::newRow("Audit log") << u"auditFilterEdit"_s << QList<Exception> {};
    QTest::newRow("Keyboard shortcuts") << u"shortcutTree"_s << QList<Exception> {};
    QTest::newRow("Quick open") << u"patternEdit"_s << QList<Exception> {};
    QTest::newRow("Command palette") << u"patternEdit"_s << QList<Exception> {};
    QTest::newRow("Sign-off report") << u"notesEdit"_s << QList<Exception> {};
    QTest::newRow("Failure alert") << u"thresholdSpin"_s << QList<Exception> {};
    QTest::newRow("Upgrade again") << u"Close button"_s << QList<Exception> {};
    QTest::newRow("Upgrade again, typed ID") << u"confirmEdit"_s << QList<Exception> {};
    QTest::newRow("Profiles") << u"nameEdit"_s << QList<Exception> {};
    // After the user ticked the option: its fields shown, the focus where ticking it put it.
    QTest::newRow("Profiles, STS token") << u"stsCheck"_s << QList<Exception> {};
    QTest::newRow("Profiles, RAM role") << u"roleArnEdit"_s << QList<Exception> {};
    QTest::newRow("Device") << u"Close button"_s << QList<Exception> {};
    QTest::newRow("Proxy sign-in") << u"proxyUserEdit"_s << QList<Exception> {};
}

void TestDialogTabOrder::tabFollowsTheReadingOrder()
{
    QFETCH(QString, initialFocus);
    QFETCH(QList<Exception>, exceptions);
    const QString which = QString::fromUtf8(QTest::currentDataTag());
    MainWindow *window = m_fixture->window.get();

    QStringList problems;
    bool checked = false;
    const auto check = [&](QDialog *dialog) {
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        problems = tabOrderProblems(dialog, initialFocus, exceptions);
        checked = true;
        dialog->close();
    };
    // Those the window opens, as it opens them.
    if (which == u"Preferences") {
        window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
        check(window->findChild<PreferencesDialog *>());
    } else if (which == u"Preferences, manual proxy and tray") {
        // Every part shown: the proxy's fields (manual), keep watching in the tray, the stall time.
        QNetworkAccessManager network;
        ProxyService proxies(&network, nullptr, m_settings.get(), ProxyChoice());
        PreferencesDialog preferences(m_translations.get(), m_fixture->scheduler, m_settings.get(), window);
        preferences.setProxyService(&proxies);
        preferences.setWatchList(window->watchListPanel());
        preferences.setTrayAvailable(true);
        preferences.setHistoryStore(m_fixture->historyFile());
        preferences.findChild<QRadioButton *>(u"proxyManualRadio"_s)->setChecked(true);
        check(&preferences);
    } else if (which == u"Compare") {
        check(window->openCompare());
    } else if (which == u"Cancel batch") {
        check(window->openCancelBatch());
    } else if (which == u"Cancel batch, dynamic and planned") {
        // Every choice shown: the scheduled tasks and the policy to stop.
        CancelBatchDialog::Batch batch;
        batch.jobId = m_jobId;
        batch.dynamic = true;
        batch.planned = true;
        CancelBatchDialog cancel(m_fixture->scheduler, RpcConfig {}, batch, window);
        check(&cancel);
    } else if (which == u"Verify") {
        check(window->batchActions()->openVerify());
    } else if (which == u"Audit log") {
        check(window->batchActions()->openAuditLog());
    } else if (which == u"Keyboard shortcuts") {
        check(window->openKeyboardShortcuts());
    } else if (which == u"Quick open") {
        check(window->openQuickOpen(false));
    } else if (which == u"Command palette") {
        check(window->openQuickOpen(true));
    } else if (which == u"Upgrade again") {
        check(window->batchActions()->openTaskAction(TaskActionRun::Kind::Retry, failedTasks(m_jobId, 1)));
    } else if (which == u"Upgrade again, typed ID") {
        // Above TaskActionDialog::kTypeJobIdAbove devices the batch ID is typed first.
        check(window->batchActions()->openTaskAction(
                TaskActionRun::Kind::Retry, failedTasks(m_jobId, TaskActionDialog::kTypeJobIdAbove + 1)));
    } else if (which == u"Sign-off report") {
        SignOffReportDialog report(m_dir->filePath(u"report.pdf"_s), window);
        check(&report);
    } else if (which == u"Failure alert") {
        FailureAlertDialog alert(m_jobId, {}, std::nullopt, window);
        check(&alert);
    } else if (which.startsWith(u"Profiles")) {
        // No profile yet (a keychain in memory): the form of a new one.
        ProfileStore profiles(m_dir->filePath(u"profiles.conf"_s), QSettings::IniFormat);
        MemoryCredentialStore keychain;
        SessionAwareCredentialStore credentials(&keychain);
        ProfileDialog profileDialog(&profiles, &credentials, m_fixture->scheduler, window);
        if (which == u"Profiles, STS token" || which == u"Profiles, RAM role") {
            auto *option = profileDialog.findChild<QAbstractButton *>(
                    which == u"Profiles, STS token" ? u"stsCheck"_s : u"ramRoleCheck"_s);
            option->setFocus();
            option->click();
        }
        check(&profileDialog);
    } else if (which == u"Device") {
        const Account account {u"Demo"_s, RpcConfig {}, {}, false};
        DevicePanel device(m_fixture->scheduler, account, DeviceRef {u"a1B2c3D4e5F"_s, u"dev-000001"_s, {}},
                           m_jobId, window);
        check(&device);
    } else if (which == u"Proxy sign-in") {
        // Modal: checked from inside its own event loop, then canceled.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                problems.append(u"no modal dialog"_s);
                return;
            }
            if (QTest::qWaitForWindowExposed(dialog))
                problems = tabOrderProblems(dialog, initialFocus, exceptions);
            else
                problems.append(u"not shown"_s);
            checked = true;
            dialog->reject();
        });
        QString user;
        QString password;
        QVERIFY(!ProxyLoginDialog::ask(
                window, QNetworkProxy(QNetworkProxy::HttpProxy, u"proxy.example"_s, 3128), &user, &password));
    }
    QVERIFY2(checked, qPrintable(which));
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + u" problem(s), above"_s));
}

void TestDialogTabOrder::enterInAConfirmationSendsNothing_data()
{
    QTest::addColumn<bool>("cancelBatch");
    QTest::newRow("Cancel batch") << true;
    QTest::newRow("Upgrade again, typed ID") << false;
}

// Where the batch ID is typed to confirm, Enter in that field closes the dialog (its default, safe button)
// and never sends: the destructive button is reached by Tab and pressed on purpose.
void TestDialogTabOrder::enterInAConfirmationSendsNothing()
{
    QFETCH(bool, cancelBatch);
    MainWindow *window = m_fixture->window.get();
    QPointer<QDialog> dialog;
    QPointer<QPushButton> send;
    if (cancelBatch) {
        CancelBatchDialog *cancel = window->openCancelBatch();
        QVERIFY(cancel);
        dialog = cancel;
        send = cancel->sendButton();
        // Something to cancel chosen, so that only the typed ID is missing.
        auto *queued = cancel->findChild<QCheckBox *>(u"queuedCheck"_s);
        QVERIFY(queued);
        queued->setChecked(true);
    } else {
        TaskActionDialog *action = window->batchActions()->openTaskAction(
                TaskActionRun::Kind::Retry, failedTasks(m_jobId, TaskActionDialog::kTypeJobIdAbove + 1));
        QVERIFY(action);
        dialog = action;
        send = action->sendButton();
    }
    dialog->show();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *confirm = dialog->findChild<QLineEdit *>(u"confirmEdit"_s);
    QVERIFY(confirm);
    QVERIFY2(confirm->hasFocus(), qPrintable(describe(QApplication::focusWidget())));
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(confirm, m_jobId);
    QVERIFY2(send->isEnabled(), "the typed ID should be all that was missing");
    QVERIFY(!send->isDefault());
    QVERIFY(!send->autoDefault());

    QSignalSpy sent(send.data(), &QAbstractButton::clicked);
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE(sent.count(), 0);
    QVERIFY(dialog.isNull() || !dialog->isVisible());
}

QTEST_MAIN(TestDialogTabOrder)
#include "tst_dialogtaborder.moc"
