#include "BatchActions.h"
#include "BatchProgressView.h"
#include "CancelBatchDialog.h"
#include "DevicePanel.h"
#include "HistoryView.h"
#include "MainWindow.h"
#include "SimFleet.h"
#include "WatchListPanel.h"
#include "WindowOnSimulator.h"
#include "util/DisplayZone.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// A text and where it was found, for the failure message.
struct Shown
{
    QString where;
    QString text;
};

// How a language writes a date (a regular expression of its digits and separators).
QString datePattern(const QString &language)
{
    return language == u"ja" ? u"\\d{4}/\\d{2}/\\d{2}"_s : u"\\d{4}-\\d{2}-\\d{2}"_s;
}

// The pieces of text that write a time, a date or a zone in any other way than the language's one way:
// 24-hour "HH:mm:ss" or "HH:mm", the language's date, the date and the time with a space between, a chart's
// month and day, and zone names ("UTC+08:00"). Everything that looks like a clock time or a date after those
// are taken out is another way: "6:22 AM", "12/5/26", "2026-12-05T06:22:00Z", "午前6:22", "2026年12月5日".
QStringList otherWays(const QString &text, const QString &language)
{
    // Zone names and addresses ("http://127.0.0.1:46261/") are not times.
    static const QRegularExpression zones(
            u"UTC[+-]\\d{2}:\\d{2}|\\b[A-Z][a-z]+/[A-Z][A-Za-z_]+\\b|[a-z]+://\\S+"_s);
    const QString date = datePattern(language);
    const QString monthDay = language == u"ja" ? u"\\d{2}/\\d{2}"_s : u"\\d{2}-\\d{2}"_s;
    const QString time = u"\\d{2}:\\d{2}(?::\\d{2})?"_s;
    // ASCII neighbours only: a time may stand next to a Japanese or Chinese word.
    const QRegularExpression oneWay(
            u"(?<![A-Za-z0-9:/.+-])(?:%1(?: %2)?|%3(?: %2)?|%2)(?![A-Za-z0-9:/])"_s.arg(date, time,
                                                                                        monthDay));
    QString rest = text;
    rest.replace(zones, u"§"_s);
    rest.replace(oneWay, u"§"_s);
    static const QRegularExpression another(
            u"\\d{1,2}:\\d{2}|\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}|\\d{1,2}/"
            u"\\d{1,2}\\b|\\d\\s?(?:AM|PM|am|pm)\\b|"
            "(?:AM|PM)\\s?\\d|午前|午後|上午|下午|\\d{2,4}年\\d{1,2}月|\\d{1,2}月\\d{1,2}日"_s);
    QStringList found;
    for (auto it = another.globalMatch(rest); it.hasNext();)
        found.append(it.next().captured());
    return found;
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text of a model a view shows: its cells and tooltips (nested rows too) and its headers.
void collectModel(const QAbstractItemModel *model, const QModelIndex &parent, const QString &where,
                  QList<Shown> *out, int depth = 0)
{
    const int rows = std::min(model->rowCount(parent), 200);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                   int(Qt::AccessibleDescriptionRole)}) {
                const QVariant value = index.data(role);
                if (value.typeId() == QMetaType::QString)
                    out->append({u"%1 [%2,%3] role %4"_s.arg(where).arg(row).arg(column).arg(role),
                                 plain(value.toString())});
            }
        }
        if (depth < 4 && model->hasChildren(model->index(row, 0, parent)))
            collectModel(model, model->index(row, 0, parent), where, out, depth + 1);
    }
    if (parent.isValid())
        return;
    for (const Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
        const int sections = orientation == Qt::Horizontal ? model->columnCount() : 0;
        for (int section = 0; section < sections; ++section) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                out->append({u"%1 header %2"_s.arg(where).arg(section),
                             model->headerData(section, orientation, role).toString()});
        }
    }
}

// Every text a window shows or says: labels, buttons, fields, tooltips, accessible names and descriptions,
// tabs, group titles, progress texts, the status bar, each view's model and each chart's time axis.
QList<Shown> textsOf(QWidget *root)
{
    QList<Shown> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const QString where = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                        : w->objectName();
        out.append({where + u" tooltip"_s, plain(w->toolTip())});
        out.append({where + u" accessible name"_s, w->accessibleName()});
        out.append({where + u" accessible description"_s, w->accessibleDescription()});
        out.append({where + u" title"_s, w->windowTitle()});
        if (auto *label = qobject_cast<QLabel *>(w))
            out.append({where, plain(label->text())});
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out.append({where, button->text()});
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            out.append({where, edit->text() + u' ' + edit->placeholderText()});
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            out.append({where, group->title()});
        else if (auto *bar = qobject_cast<QProgressBar *>(w))
            out.append({where, bar->text()});
        else if (auto *status = qobject_cast<QStatusBar *>(w))
            out.append({where, status->currentMessage()});
        else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append({where + u" tab"_s, tabs->tabText(i) + u' ' + tabs->tabToolTip(i)});
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w);
                   view && view->model() && !qobject_cast<QHeaderView *>(w)) { // headers: with their model
            collectModel(view->model(), QModelIndex(), where, &out);
        } else if (auto *chartView = qobject_cast<QChartView *>(w); chartView && chartView->chart()) {
            for (QAbstractAxis *axis : chartView->chart()->axes()) {
                if (auto *times = qobject_cast<QDateTimeAxis *>(axis))
                    out.append({where + u" time axis"_s,
                                QLocale().toString(times->min(), times->format()) + u' '
                                        + QLocale().toString(times->max(), times->format())});
            }
        }
    }
    return out;
}
} // namespace

// Issue: "one way to write a time, per language, everywhere", the zone said once. The window on the
// simulator, on a batch being rolled out, its watch list, devices, history, a device's panel and the Cancel
// dialog, in the three languages, in a zone that is not UTC: every text that holds a time writes it the
// language's one way.
class TestTimeFormat : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void catchesEveryOtherWay_data();
    void catchesEveryOtherWay();
    void everyViewWritesTimesOneWay_data();
    void everyViewWritesTimesOneWay();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<WindowOnSimulator> m_fixture;
};

void TestTimeFormat::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"otadash.ini"_s), QSettings::IniFormat);
    m_translations = std::make_unique<Translations>(m_settings.get());
    m_fixture = std::make_unique<WindowOnSimulator>();
    m_fixture->setup.fixedProfile = u"Demo"_s;
    m_fixture->historyPath = m_dir->filePath(u"history.sqlite"_s);
    m_fixture->services.translations = m_translations.get();
    m_fixture->services.settings = m_settings.get();
}

void TestTimeFormat::cleanup()
{
    m_fixture->stop();
    m_fixture.reset();
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
}

// The check itself can fail: each way the window wrote times before (QLocale's short and long formats,
// ISO 8601 with its T and Z) and the other language's date are caught; the one way passes.
void TestTimeFormat::catchesEveryOtherWay_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("otherWays");
    QTest::newRow("en one way") << u"en"_s << u"Read at 10:51:40 · finishes about 2026-12-07 08:30."_s << 0;
    QTest::newRow("en zone and axis")
            << u"en"_s << u"Times are in UTC+08:00. 12-06 10:00 Europe/Berlin"_s << 0;
    QTest::newRow("en address") << u"en"_s << u"http://127.0.0.1:46261/"_s << 0;
    QTest::newRow("en date alone") << u"en"_s << u"2026-12-31"_s << 0;
    QTest::newRow("en short format") << u"en"_s << u"12/5/26 6:22 AM"_s << 2;
    QTest::newRow("en long time") << u"en"_s << u"counted at 9:00:12 AM UTC"_s << 2;
    QTest::newRow("en ISO") << u"en"_s << u"2026-12-05T06:22:00Z"_s << 2;
    QTest::newRow("en single-digit hour") << u"en"_s << u"at 6:22"_s << 1;
    QTest::newRow("en Japanese date") << u"en"_s << u"2026/12/05 06:23:00"_s << 1;
    QTest::newRow("ja one way") << u"ja"_s << u"集計時刻: 2026/12/05 06:23:00、10:51に終了"_s << 0;
    QTest::newRow("ja ISO-like date") << u"ja"_s << u"2026-12-05 06:23:00"_s << 1;
    QTest::newRow("ja short format") << u"ja"_s << u"2026/12/05 6:23"_s << 1;
    QTest::newRow("ja morning") << u"ja"_s << u"午前6:22"_s << 2;
    QTest::newRow("zh short format") << u"zh_CN"_s << u"2026/12/5 06:35"_s << 1;
    QTest::newRow("zh long date") << u"zh_CN"_s << u"2026年12月5日 上午6:35"_s << 3;
}

void TestTimeFormat::catchesEveryOtherWay()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(int, otherWays);
    const QStringList found = ::otherWays(text, language);
    QVERIFY2(found.size() == otherWays, qPrintable(found.join(u" | "_s)));
}

void TestTimeFormat::everyViewWritesTimesOneWay_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
}

void TestTimeFormat::everyViewWritesTimesOneWay()
{
    QFETCH(QString, language);
    QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(m_fixture->net->clock.nowUtc()), 8 * 3600); // TZ
    QVERIFY(m_translations->setLanguage(language));
    QVERIFY(m_fixture->start());
    MainWindow *window = m_fixture->window.get();
    const QString live = SimFleet::liveJobId();
    const QString fixed = m_fixture->sim->fleet().fixtureJobIds().at(1);
    // A finished batch and the live one watched, the live one open; four minutes of rounds.
    QVERIFY(window->watchListPanel()->addBatch(u"Demo"_s, fixed));
    QVERIFY(window->watchListPanel()->addBatch(u"Demo"_s, live));
    QVERIFY(m_fixture->queryBatch(live));
    window->showTab(MainWindow::Tab::Devices);
    BatchProgressView *devices = window->batchProgressView();
    QVERIFY(m_fixture->runUntil([devices] { return !devices->isBusy(); }));
    QVERIFY(m_fixture->advance(4 * 60 * 1000));
    QVERIFY(m_fixture->runUntil([devices] { return !devices->isBusy(); }));

    QList<Shown> texts;
    const auto collect = [&texts](QWidget *root, const QString &view) {
        for (Shown &shown : textsOf(root)) {
            shown.where = view + u": "_s + shown.where;
            texts.append(shown);
        }
    };
    for (const MainWindow::Tab tab :
         {MainWindow::Tab::Details, MainWindow::Tab::Devices, MainWindow::Tab::History}) {
        window->showTab(tab);
        QVERIFY(m_fixture->advance(0));
        collect(window, u"tab "_s + QString::number(int(tab)));
    }
    // The window names its zone once, in the status bar.
    const QString zone = DisplayZone::name();
    QCOMPARE(zone, u"UTC+08:00"_s);
    QVERIFY(window->findChild<QLabel *>(u"statusZone"_s)->text().contains(zone));

    QDialog *cancel = window->openCancelBatch();
    QVERIFY(cancel);
    cancel->show();
    QVERIFY(QTest::qWaitForWindowExposed(cancel));
    collect(cancel, u"Cancel"_s);
    cancel->close();

    // A device of the live batch, in its own panel.
    const SimTaskRecord task = m_fixture->sim->fleet().taskRecords(live, {}, 0, 1).constFirst();
    const auto field = [&task](QStringView name) {
        for (const auto &[key, value] : task) {
            if (key == name)
                return value;
        }
        return QString();
    };
    DevicePanel device(m_fixture->scheduler, Account {u"Demo"_s, m_fixture->net->config(), {}, false},
                       DeviceRef {field(u"ProductKey"), field(u"DeviceName"), {}}, live, window);
    device.show();
    QSignalSpy looked(&device, &DevicePanel::lookedUp);
    QVERIFY(m_fixture->waitFor(looked));
    QVERIFY(device.report().has_value());
    collect(&device, u"Device"_s);

    // Enough texts hold a time that the check means something.
    int withTimes = 0;
    QStringList problems;
    static const QRegularExpression clock(u"\\d{2}:\\d{2}"_s);
    for (const Shown &shown : std::as_const(texts)) {
        if (shown.text.contains(clock))
            ++withTimes;
        const QStringList found = otherWays(shown.text, language);
        if (!found.isEmpty())
            problems.append(u"%1: %2 in \"%3\""_s.arg(shown.where, found.join(u", "_s), shown.text));
    }
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 texts write a time another way"_s.arg(problems.size())));
    QVERIFY2(withTimes >= 20, qPrintable(QString::number(withTimes)));
    qInfo().noquote() << withTimes << "texts with a time, of" << texts.size();
}

QTEST_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
