#include "BatchProgressView.h"
#include "HistoryNoticeBar.h"
#include "HistoryView.h"
#include "MainWindow.h"
#include "OtaSimulator.h"
#include "PreferencesDialog.h"
#include "SimFleet.h"
#include "WindowOnSimulator.h"
#include "history/HistoryStore.h"
#include "models/HistoryTableModel.h"
#include "models/JobDetailModel.h"
#include "ota/JobField.h"
#include "util/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The window with a history file against otasim: what changed since the user last looked, the last known
// state when the network fails, and retention and clearing through Preferences.
class TestHistoryMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addsAHistoryTab();
    void marksWhatChangedSinceTheLastLook();
    void summarizesCountChangesSinceTheLastLook();
    void keepsTheBatchOnScreenWithAStaleBadgeWhenTheNetworkFails();
    void showsTheLastKnownStateOfAnotherBatchWhenTheNetworkFails();
    void showsNoStaleStateForAnAnswerThatIsAnError();
    void prunesAndClearsThroughPreferences();
    void keepsEverythingForeverAndOffersAnUnusualChoice();

private:
    QLabel *value(JobField field) const;
    bool typeAndQuery(const QString &jobId);
    void pointAtClosedPort();
    HistoryNoticeBar *notices() const { return m_fixture.window->historyNotices(); }

    bool runUntil(const std::function<bool()> &done) { return m_fixture.runUntil(done); }
    QDateTime now() const { return m_fixture.net->clock.nowUtc(); }

    WindowOnSimulator m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
    HistoryStore *m_store = nullptr; // the window's history file
};

namespace {
const QString kSeedJob = u"HvKuBpuk3rdk6E92CP****0200"_s;
const QString kProfile = u"demo"_s; // as --demo names its batches
} // namespace

void TestHistoryMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"otadash.ini"_s), QSettings::IniFormat);
    m_translations = std::make_unique<Translations>(m_settings.get());
    m_fixture.historyPath = m_dir->filePath(u"history.sqlite"_s);
    m_fixture.services.settings = m_settings.get();
    m_fixture.services.translations = m_translations.get();
    m_fixture.setup.fixedProfile = kProfile;
    QVERIFY(m_fixture.start());
    m_store = m_fixture.historyFile();
    QVERIFY2(m_store->isOpen(), qPrintable(m_store->errorString()));
}

void TestHistoryMainWindow::cleanup()
{
    m_fixture.stop();
    m_store = nullptr;
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
}

QLabel *TestHistoryMainWindow::value(JobField field) const
{
    return m_fixture.window->findChild<QLabel *>(u"value_"_s + jobFieldKey(field));
}

bool TestHistoryMainWindow::typeAndQuery(const QString &jobId)
{
    auto *edit = m_fixture.window->findChild<QLineEdit *>(u"jobIdEdit"_s);
    if (!edit)
        return false;
    // A moment passes between two looks, as it does while the user types.
    if (!m_fixture.advance(1000))
        return false;
    edit->clear();
    QTest::keyClicks(edit, jobId);
    QSignalSpy finished(m_fixture.window.get(), &MainWindow::queryFinished);
    QTest::keyClick(edit, Qt::Key_Return);
    return m_fixture.waitFor(finished);
}

// Nothing listens there: the next query ends in "connection refused".
void TestHistoryMainWindow::pointAtClosedPort()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    m_fixture.window->findChild<QLineEdit *>(u"endpointEdit"_s)->setText(u"http://127.0.0.1:%1/"_s.arg(port));
}

void TestHistoryMainWindow::addsAHistoryTab()
{
    auto *tabs = m_fixture.window->findChild<QTabWidget *>(u"batchTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(2), u"History"_s);
    // Built when first shown, not at start-up.
    QVERIFY(!m_fixture.window->findChild<HistoryView *>());
    QVERIFY(tabs->widget(2)->isAncestorOf(m_fixture.window->historyView()));
    m_fixture.window->showTab(MainWindow::Tab::History);
    QCOMPARE(tabs->currentIndex(), 2);
    QVERIFY(m_fixture.window->historyView()->isEmptyState()); // no batch yet

    QVERIFY(typeAndQuery(kSeedJob));
    HistoryView *history = m_fixture.window->historyView();
    QVERIFY(!history->isEmptyState());
    QCOMPARE(history->jobId(), kSeedJob);
    QCOMPARE(history->tableModel()->rowCount(), 1);
    QCOMPARE(history->tableModel()->index(0, HistoryTableModel::JobStatus).data().toString(),
             u"In progress"_s);
}

void TestHistoryMainWindow::marksWhatChangedSinceTheLastLook()
{
    // The first look: nothing to compare with, nothing highlighted.
    QVERIFY(typeAndQuery(kSeedJob));
    QCOMPARE(value(JobField::JobStatus)->text(), u"In progress"_s);
    QVERIFY(!value(JobField::JobStatus)->font().bold());
    QVERIFY(!m_fixture.window->detailModel()->hasPrevious());
    QVERIFY(!notices()->changesNote()->isVisible());

    // The batch moves on between two looks.
    QVERIFY(m_fixture.sim->fleet().setJobStatus(kSeedJob, u"COMPLETED"_s));
    QVERIFY(typeAndQuery(kSeedJob));
    QLabel *status = value(JobField::JobStatus);
    QCOMPARE(status->text(), u"Completed"_s);
    QVERIFY(status->font().bold());
    QVERIFY2(status->toolTip().startsWith(u"Was: In progress"), qPrintable(status->toolTip()));
    QVERIFY(status->styleSheet().contains(u"background"));
    const QModelIndex row = m_fixture.window->detailModel()->index(JobDetailModel::rowOf(JobField::JobStatus),
                                                                   JobDetailModel::Value);
    QVERIFY(row.data(JobDetailModel::ChangedRole).toBool());
    // Only what changed.
    QVERIFY(!value(JobField::Name)->font().bold());
    QVERIFY(!value(JobField::Name)->toolTip().startsWith(u"Was: "));
    const QList<JobField> changed = m_fixture.window->detailModel()->changedFields();
    QVERIFY(changed.contains(JobField::JobStatus));
    QVERIFY(!changed.contains(JobField::Name));
    // The note says how many, and since when.
    QLabel *note = notices()->changesNote();
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QString::number(changed.size()) + u" field"), qPrintable(note->text()));
    QVERIFY2(note->text().contains(u"changed since you last looked at "), qPrintable(note->text()));
    QCOMPARE(m_fixture.window->historyView()->tableModel()->rowCount(), 2);

    // Looked at again with nothing new: nothing highlighted (compared with the look just before).
    QVERIFY(typeAndQuery(kSeedJob));
    QVERIFY(!value(JobField::JobStatus)->font().bold());
    QVERIFY(!value(JobField::JobStatus)->toolTip().startsWith(u"Was: "));
    QVERIFY(m_fixture.window->detailModel()->changedFields().isEmpty());
    QVERIFY(!notices()->changesNote()->isVisible());
}

void TestHistoryMainWindow::summarizesCountChangesSinceTheLastLook()
{
    // The first look, with the Devices tab counting the tasks: the counts are recorded and seen.
    QVERIFY(typeAndQuery(kSeedJob));
    m_fixture.pauseLive(); // only the rounds this test reads
    m_fixture.window->showTab(MainWindow::Tab::Devices);
    QVERIFY(runUntil([&] { return m_fixture.window->batchProgressView()->counts().has_value(); }));
    QVERIFY(runUntil([&] { return m_store->countsSeries(kProfile, kSeedJob).size() == 1; }));
    QCOMPARE(m_store->countsSeries(kProfile, kSeedJob).size(), 1);
    const TaskStatusCounts seen = *m_fixture.window->batchProgressView()->counts();
    const std::optional<HistoryCountsPoint> seenPoint = m_store->countsSeenLast(kProfile, kSeedJob);
    QVERIFY(seenPoint.has_value());
    QCOMPARE(seenPoint->counts, seen);

    // Later (another window, say) a round finds more devices done; the Devices tab stays closed this time.
    m_fixture.window->showTab(MainWindow::Tab::Details);
    TaskStatusCounts later = seen;
    later[TaskStatus::Succeeded] += 1200;
    later[TaskStatus::Failed] += 3;
    QVERIFY(m_fixture.advance(60000));
    QVERIFY(m_store->recordCounts(kProfile, kSeedJob, now(), later));

    QVERIFY(typeAndQuery(kSeedJob));
    m_fixture.window->showTab(MainWindow::Tab::History);
    auto *delta = m_fixture.window->historyView()->findChild<QLabel *>(u"deltaLabel"_s);
    QVERIFY(delta->isVisible());
    QVERIFY2(delta->text().startsWith(u"Since you last looked at "), qPrintable(delta->text()));
    QVERIFY2(delta->text().contains(u"Succeeded +%1"_s.arg(QLocale().toString(1200))),
             qPrintable(delta->text()));
    QVERIFY2(delta->text().contains(u"Failed +3"), qPrintable(delta->text()));
    QVERIFY2(delta->text().contains(u"All devices +%1"_s.arg(QLocale().toString(1203))),
             qPrintable(delta->text()));
}

void TestHistoryMainWindow::keepsTheBatchOnScreenWithAStaleBadgeWhenTheNetworkFails()
{
    QVERIFY(typeAndQuery(kSeedJob));
    QVERIFY(!notices()->staleBadge()->isVisible());
    const QDateTime fetched = m_store->latestJob(kProfile, kSeedJob)->fetchedAtUtc;

    pointAtClosedPort();
    QVERIFY(typeAndQuery(kSeedJob));
    QVERIFY(m_fixture.window->findChild<QFrame *>(u"errorPanel"_s)->isVisible());
    // The batch stays as it was, marked as old.
    QCOMPARE(value(JobField::Name)->text(), u"firmware2"_s);
    QCOMPARE(value(JobField::JobStatus)->text(), u"In progress"_s);
    QLabel *badge = notices()->staleBadge();
    QVERIFY(badge->isVisible());
    QVERIFY2(badge->text().startsWith(u"Stale since "), qPrintable(badge->text()));
    QCOMPARE(notices()->staleSinceUtc(), fetched); // when what the form shows was fetched

    // The next successful fetch takes the badge away.
    m_fixture.window->findChild<QLineEdit *>(u"endpointEdit"_s)
            ->setText(m_fixture.sim->endpoint().toString());
    QVERIFY(typeAndQuery(kSeedJob));
    QVERIFY(!badge->isVisible());
    QVERIFY(!m_fixture.window->findChild<QFrame *>(u"errorPanel"_s)->isVisible());
}

void TestHistoryMainWindow::showsTheLastKnownStateOfAnotherBatchWhenTheNetworkFails()
{
    const QString other = m_fixture.sim->jobIds().value(1);
    QVERIFY(!other.isEmpty() && other != kSeedJob);
    QVERIFY(typeAndQuery(kSeedJob));
    QVERIFY(typeAndQuery(other)); // the form now shows the other batch
    QCOMPARE(value(JobField::JobId)->text(), other);
    const QDateTime seedFetched = m_store->latestJob(kProfile, kSeedJob)->fetchedAtUtc;

    pointAtClosedPort();
    QVERIFY(typeAndQuery(kSeedJob));
    QVERIFY(m_fixture.window->findChild<QFrame *>(u"errorPanel"_s)->isVisible());
    // The seed batch as last recorded, with the time of that fetch.
    QCOMPARE(value(JobField::JobId)->text(), kSeedJob);
    QCOMPARE(value(JobField::Name)->text(), u"firmware2"_s);
    QVERIFY(notices()->staleBadge()->isVisible());
    QCOMPARE(notices()->staleSinceUtc(), seedFetched);
    QVERIFY(notices()->staleBadge()->text().contains(
            seedFetched.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
    QCOMPARE(m_fixture.window->historyView()->jobId(), kSeedJob);

    // A batch never fetched has no last state: the form keeps what it shows, no badge for it.
    QVERIFY(typeAndQuery(u"NeverFetched000000000000"_s));
    QCOMPARE(value(JobField::JobId)->text(), kSeedJob);
}

void TestHistoryMainWindow::showsNoStaleStateForAnAnswerThatIsAnError()
{
    QVERIFY(typeAndQuery(kSeedJob));
    // The gateway now knows the demo key by another secret: it answers, with a signature error.
    m_fixture.sim->addAccessKey(OtaSimulator::demoCredentials().accessKeyId, u"not-the-secret"_s);
    QVERIFY(typeAndQuery(kSeedJob));
    QCOMPARE(m_fixture.window->findChild<QLabel *>(u"errorCode"_s)->text(), u"SignatureDoesNotMatch"_s);
    QVERIFY(!notices()->staleBadge()->isVisible()); // the gateway answered: not a network failure
    QCOMPARE(value(JobField::Name)->text(), u"firmware2"_s);
}

void TestHistoryMainWindow::prunesAndClearsThroughPreferences()
{
    QSettings &settings = *m_settings;
    // A fetch from 40 days ago, then one now.
    const QDateTime old = now().addDays(-40);
    QVERIFY(m_store->recordJob(kProfile, kSeedJob, old,
                               "{\"Data\":{\"JobStatus\":\"PLANNED\"},\"Success\":true}",
                               ResponseFormat::Json, u"PLANNED"_s));
    QVERIFY(typeAndQuery(kSeedJob));
    HistoryView *history = m_fixture.window->historyView();
    QCOMPARE(history->tableModel()->rowCount(), 2);

    const auto openPreferences = [this]() -> PreferencesDialog * {
        m_fixture.window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
        const QList<PreferencesDialog *> dialogs = m_fixture.window->findChildren<PreferencesDialog *>();
        return dialogs.size() == 1 ? dialogs.first() : nullptr;
    };
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(u"retentionCombo"_s);
    QVERIFY(combo && combo->isVisible());
    QStringList choices;
    for (int i = 0; i < combo->count(); ++i)
        choices.append(combo->itemText(i));
    QCOMPARE(choices, (QStringList {u"7 days"_s, u"30 days"_s, u"90 days"_s, u"1 year"_s, u"Forever"_s}));
    QCOMPARE(combo->currentText(), u"90 days"_s); // the default
    combo->setCurrentIndex(combo->findData(30));
    QCOMPARE(m_store->jobSnapshots(kProfile, kSeedJob).size(), 2); // nothing before Apply
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Apply),
                      Qt::LeftButton);
    QCOMPARE(settings.value(HistoryStore::kRetentionSettingsKey).toInt(), 30);
    QCOMPARE(m_store->jobSnapshots(kProfile, kSeedJob).size(), 1); // the 40-day-old one is gone
    QCOMPARE(history->tableModel()->rowCount(), 1); // and the tab shows it at once

    // Clear history… asks first; Cancel keeps everything.
    auto *clearButton = dialog->findChild<QPushButton *>(u"clearHistoryButton"_s);
    QVERIFY(clearButton && clearButton->isVisible());
    QTest::mouseClick(clearButton, Qt::LeftButton);
    auto *box = dialog->findChild<QMessageBox *>(u"clearHistoryConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_store->jobSnapshots(kProfile, kSeedJob).size(), 1);
    QVERIFY(!history->isEmptyState());
    QVERIFY(runUntil([&] {
        return !dialog->findChild<QMessageBox *>(u"clearHistoryConfirmation"_s);
    })); // deleted on close

    QTest::mouseClick(clearButton, Qt::LeftButton);
    box = dialog->findChild<QMessageBox *>(u"clearHistoryConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmClearButton"_s), Qt::LeftButton);
    QVERIFY(m_store->jobSnapshots(kProfile, kSeedJob).isEmpty());
    QVERIFY(history->isEmptyState());
    QVERIFY(dialog->findChild<QLabel *>(u"historyNote"_s)->isVisible());
    dialog->close();
}

void TestHistoryMainWindow::keepsEverythingForeverAndOffersAnUnusualChoice()
{
    QSettings settings(m_dir->filePath(u"otadash.ini"_s), QSettings::IniFormat);
    Translations translations(&settings);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->recordJob(kProfile, kSeedJob, now.addDays(-400), "{\"Success\":true}",
                               ResponseFormat::Json, u"PLANNED"_s));
    QVERIFY(m_store->recordJob(kProfile, kSeedJob, now.addDays(-20), "{\"Success\":true,\"n\":2}",
                               ResponseFormat::Json, u"IN_PROGRESS"_s));

    // Without a store there is nothing to offer.
    {
        PreferencesDialog dialog(&translations, nullptr, &settings);
        dialog.show();
        QVERIFY(!dialog.findChild<QComboBox *>(u"retentionCombo"_s)->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(u"clearHistoryButton"_s)->isVisible());
    }

    // Forever: Apply deletes nothing, however old.
    {
        PreferencesDialog dialog(&translations, nullptr, &settings);
        dialog.setHistoryStore(m_store);
        auto *combo = dialog.findChild<QComboBox *>(u"retentionCombo"_s);
        combo->setCurrentIndex(combo->findData(0));
        QCOMPARE(combo->currentText(), u"Forever"_s);
        QTest::mouseClick(
                dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Apply),
                Qt::LeftButton);
        QCOMPARE(settings.value(HistoryStore::kRetentionSettingsKey).toInt(), 0);
        QCOMPARE(m_store->jobSnapshots(kProfile, kSeedJob).size(), 2);
    }

    // A number of days set elsewhere is offered as it is, in order, and kept.
    settings.setValue(HistoryStore::kRetentionSettingsKey, 14);
    {
        PreferencesDialog dialog(&translations, nullptr, &settings);
        dialog.setHistoryStore(m_store);
        auto *combo = dialog.findChild<QComboBox *>(u"retentionCombo"_s);
        QCOMPARE(combo->count(), 6);
        QCOMPARE(combo->currentData().toInt(), 14);
        QCOMPARE(combo->currentIndex(), 1); // between 7 and 30 days
        QSignalSpy changed(&dialog, &PreferencesDialog::historyChanged);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(settings.value(HistoryStore::kRetentionSettingsKey).toInt(), 14);
        QCOMPARE(m_store->jobSnapshots(kProfile, kSeedJob).size(), 0); // both older than 14 days
        QCOMPARE(changed.size(), 1);
    }
}

QTEST_MAIN(TestHistoryMainWindow)
#include "tst_historymainwindow.moc"
