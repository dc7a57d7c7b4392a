#include "BatchPage.h"
#include "BatchProgressView.h"
#include "JobDetailView.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "SimFleet.h"
#include "WindowOnSimulator.h"
#include "models/TaskTableModel.h"
#include "util/DisplayZone.h"
#include "util/Translations.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Times in this computer's zone (Asia/Shanghai here, set for this test) or in UTC, as chosen in Preferences:
// the form, its zone said once, the tables and the read times follow at once, and the choice is kept.
class TestDisplayZone : public QObject
{
    Q_OBJECT
private slots:
    void followsThePreferencesChoice();
};

void TestDisplayZone::followsThePreferencesChoice()
{
    QCOMPARE(DisplayZone::nameOf(QTimeZone::systemTimeZone()), u"UTC+08:00"_s);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"otadash.ini"_s), QSettings::IniFormat);
    Translations translations(&settings);
    WindowOnSimulator fixture;
    fixture.services.settings = &settings;
    fixture.services.translations = &translations;
    QVERIFY(fixture.start());
    MainWindow *window = fixture.window.get();
    const QString jobId = fixture.sim->fleet().fixtureJobIds().at(0);
    QVERIFY(fixture.queryBatch(jobId));
    auto *created = window->findChild<QLabel *>(u"value_UtcCreate"_s);
    auto *schedule = window->findChild<QGroupBox *>(u"scheduleBox"_s);
    QVERIFY(created && schedule);
    // The simulator's batch was created at 2019-12-28 02:43:10 UTC.
    QCOMPARE(created->text(), u"2019-12-28 10:43:10"_s);
    QVERIFY2(schedule->title().endsWith(u"(UTC+08:00)"_s), qPrintable(schedule->title()));
    window->showTab(MainWindow::Tab::Devices);
    const QAbstractItemModel *tasks
            = window->batchProgressView()->findChild<QTableView *>(u"taskTable"_s)->model();
    const auto modifiedHeader = [tasks] {
        for (int column = 0; column < tasks->columnCount(); ++column) {
            const QString text = tasks->headerData(column, Qt::Horizontal).toString();
            if (text.startsWith(u"Modified"_s))
                return text;
        }
        return QString();
    };
    QCOMPARE(modifiedHeader(), u"Modified (UTC+08:00)"_s);

    window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
    auto *preferences = window->findChild<PreferencesDialog *>();
    QVERIFY(preferences);
    auto *utc = preferences->findChild<QCheckBox *>(u"utcCheck"_s);
    QVERIFY(utc && !utc->isChecked());
    QVERIFY2(utc->text().contains(u"UTC+08:00"_s), qPrintable(utc->text()));
    utc->setChecked(true);
    emit preferences->findChild<QDialogButtonBox *>()->accepted(); // OK
    QVERIFY(!preferences->isVisible());

    QCOMPARE(created->text(), u"2019-12-28 02:43:10"_s);
    QVERIFY2(schedule->title().endsWith(u"(UTC)"_s), qPrintable(schedule->title()));
    QCOMPARE(modifiedHeader(), u"Modified (UTC)"_s);
    QCOMPARE(settings.value(DisplayZone::kSettingsKey).toBool(), true);
    // Kept: the next start reads it (main() does so).
    DisplayZone::setUtc(false);
    DisplayZone::load(settings);
    QVERIFY(DisplayZone::isUtc());
    DisplayZone::setUtc(false);
    QCOMPARE(created->text(), u"2019-12-28 10:43:10"_s);
}

QTEST_MAIN(TestDisplayZone)
#include "tst_displayzone.moc"
