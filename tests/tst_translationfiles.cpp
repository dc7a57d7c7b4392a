#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {
                    context, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText()); // <numerusform>
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// "%1", "%L2", "%n": what a translation must keep from its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(u"%"_s + it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const Message &message)
{
    return u"  [%1] %2: \"%3\""_s.arg(message.type.isEmpty() ? u"finished"_s : message.type, message.context,
                                      message.source.left(80));
}
} // namespace

// Runs lupdate over the product's sources into copies of translations/*.ts (never the originals) and fails
// when that would leave a string untranslated, a translation whose source vanished, or an obsolete entry.
class TestTranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lupdateFindsEveryContext();
    void leavesNothingUnfinishedOrStale_data();
    void leavesNothingUnfinishedOrStale();
    void keepsPlaceholdersAndPluralForms_data();
    void keepsPlaceholdersAndPluralForms();

private:
    QString copyOf(const QString &language) const;
    QString m_lupdateWarnings;
    QDir m_work;
};

QString TestTranslationFiles::copyOf(const QString &language) const
{
    return m_work.filePath(u"otadash_"_s + language + u".ts"_s);
}

void TestTranslationFiles::initTestCase()
{
    m_work = QDir(QStringLiteral(OTA_I18N_WORK_DIR));
    QVERIFY(m_work.removeRecursively() || !m_work.exists());
    QVERIFY(QDir().mkpath(m_work.path()));
    for (const QString &language : {u"en"_s, u"ja"_s, u"zh_CN"_s}) {
        const QString original = QStringLiteral(OTA_TS_DIR "/otadash_") + language + u".ts"_s;
        QVERIFY2(QFile::copy(original, copyOf(language)), qPrintable(original));
        QVERIFY(QFile::setPermissions(copyOf(language),
                                      QFile::ReadOwner | QFile::WriteOwner)); // lupdate writes it
    }

    // The same sources and include paths as qt_add_translations (app/CMakeLists.txt). No -no-obsolete:
    // entries whose source is gone must show up, marked vanished or obsolete.
    QStringList common {u"@"_s + QStringLiteral(OTA_I18N_SOURCES_LST)};
    for (const QString &include : QStringLiteral(OTA_I18N_INCLUDES).split(u'|', Qt::SkipEmptyParts))
        common << u"-I"_s << include;
    const QList<QStringList> runs {
            common + QStringList {u"-ts"_s, copyOf(u"ja"_s), copyOf(u"zh_CN"_s)},
            common + QStringList {u"-pluralonly"_s, u"-ts"_s, copyOf(u"en"_s)}, // English: plural forms only
    };
    for (const QStringList &arguments : runs) {
        QProcess lupdate;
        lupdate.setWorkingDirectory(m_work.path());
        lupdate.start(QStringLiteral(OTA_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        m_lupdateWarnings += QString::fromLocal8Bit(lupdate.readAllStandardError());
    }
}

// lupdate warns "file:line: ..." when it cannot tell a string's context (tr() outside a Q_OBJECT class, ...):
// such a string would be looked up under the wrong context at run time and never be translated.
void TestTranslationFiles::lupdateFindsEveryContext()
{
    QVERIFY2(m_lupdateWarnings.trimmed().isEmpty(), qPrintable(m_lupdateWarnings));
}

void TestTranslationFiles::leavesNothingUnfinishedOrStale_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << u"ja"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("en (plural forms)") << u"en"_s;
}

void TestTranslationFiles::leavesNothingUnfinishedOrStale()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(copyOf(language));
    QVERIFY2(!messages.isEmpty(), qPrintable(copyOf(language)));
    QStringList problems;
    for (const Message &message : messages) {
        const bool empty = std::all_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &text) { return text.isEmpty(); });
        if (!message.type.isEmpty() || empty)
            problems.append(describe(message));
        if (language == u"en" && !message.numerus)
            problems.append(describe(message) + u" (English holds plural forms only)"_s);
    }
    for (const QString &problem : std::as_const(problems))
        qInfo().noquote() << problem; // QVERIFY2 cuts long messages; the list goes to the log whole
    QVERIFY2(problems.isEmpty(),
             qPrintable(
                     u"translations/otadash_%1.ts is not up to date with the sources (%2 of %3 entries, "
                     "listed above): build the update_translations target and translate them"_s.arg(language)
                             .arg(problems.size())
                             .arg(messages.size())));
}

void TestTranslationFiles::keepsPlaceholdersAndPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms"); // as Qt counts them for the language
    QTest::newRow("ja") << u"ja"_s << 1;
    QTest::newRow("zh_CN") << u"zh_CN"_s << 1;
    QTest::newRow("en") << u"en"_s << 2;
}

void TestTranslationFiles::keepsPlaceholdersAndPluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QStringList problems;
    for (const Message &message : readTs(copyOf(language))) {
        if (!message.type.isEmpty())
            continue; // reported by leavesNothingUnfinishedOrStale
        if (message.numerus && message.translations.size() != pluralForms)
            problems.append(describe(message) + u" has %1 plural forms"_s.arg(message.translations.size()));
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            const QStringList got = placeholders(translation);
            if (got != expected)
                problems.append(describe(message)
                                + u" -> \"%1\" has %2, the source %3"_s.arg(translation, got.join(u' '),
                                                                            expected.join(u' ')));
        }
    }
    for (const QString &problem : std::as_const(problems))
        qInfo().noquote() << problem;
    QVERIFY2(problems.isEmpty(), "placeholders or plural forms differ from the source (listed above)");
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
