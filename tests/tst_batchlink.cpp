#include "util/BatchLink.h"

#include <QTest>

using namespace Qt::StringLiterals;

// otadash://batch/<JobId>?profile=<name>: what opens, what is refused and why, and that no link carries a
// credential either way.
class TestBatchLink : public QObject
{
    Q_OBJECT
private slots:
    void parsesGoodLinks_data();
    void parsesGoodLinks();
    void rejectsBadLinks_data();
    void rejectsBadLinks();
    void composesPercentEncodedProfiles_data();
    void composesPercentEncodedProfiles();
    void composeRefusesWhatIsNoBatchOrProfile_data();
    void composeRefusesWhatIsNoBatchOrProfile();
    void tellsBatchIdsApart();
};

namespace {
const QString kJobId = u"HvKuBpuk3rdk6E92CPgray0200"_s;
}

void TestBatchLink::parsesGoodLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QString>("profile");
    QTest::newRow("no-profile") << u"otadash://batch/"_s + kJobId << kJobId << QString();
    QTest::newRow("profile") << u"otadash://batch/%1?profile=prod"_s.arg(kJobId) << kJobId << u"prod"_s;
    QTest::newRow("percent-encoded-non-ascii")
            << u"otadash://batch/%1?profile=%E6%B5%8B%E8%AF%95%20profile"_s.arg(kJobId) << kJobId
            << u"测试 profile"_s;
    // As a desktop or a chat program may pass it on: spaces and letters not encoded.
    QTest::newRow("raw-non-ascii") << u"otadash://batch/%1?profile=测试 profile"_s.arg(kJobId) << kJobId
                                   << u"测试 profile"_s;
    QTest::newRow("encoded-plus") << u"otadash://batch/%1?profile=a%2Bb"_s.arg(kJobId) << kJobId << u"a+b"_s;
    QTest::newRow("empty-profile") << u"otadash://batch/%1?profile="_s.arg(kJobId) << kJobId << QString();
    QTest::newRow("surrounding-blanks") << u"  otadash://batch/%1\n"_s.arg(kJobId) << kJobId << QString();
    QTest::newRow("upper-case-scheme-and-host") << u"OTADASH://BATCH/"_s + kJobId << kJobId << QString();
    QTest::newRow("trailing-slash") << u"otadash://batch/%1/?profile=prod"_s.arg(kJobId) << kJobId
                                    << u"prod"_s;
    QTest::newRow("64-characters") << u"otadash://batch/"_s + QString(64, u'a') << QString(64, u'a')
                                   << QString();
}

void TestBatchLink::parsesGoodLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, jobId);
    QFETCH(QString, profile);
    QString error;
    const std::optional<BatchLink> link = BatchLink::parse(text, &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(link->jobId, jobId);
    QCOMPARE(link->profile, profile);
}

void TestBatchLink::rejectsBadLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorSays"); // what the error names
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("wrong-scheme") << u"https://batch/"_s + kJobId << u"Not an OtaDash link"_s;
    QTest::newRow("no-scheme") << kJobId << u"Not an OtaDash link"_s;
    QTest::newRow("no-host") << u"otadash:batch/"_s + kJobId << u"Not an OtaDash link"_s;
    QTest::newRow("unknown-host") << u"otadash://firmware/"_s + kJobId
                                  << u"Unknown kind of link 'firmware'"_s;
    QTest::newRow("missing-jobid") << u"otadash://batch/"_s << u"JobId is missing"_s;
    QTest::newRow("missing-jobid-no-slash") << u"otadash://batch?profile=prod"_s << u"JobId is missing"_s;
    QTest::newRow("missing-jobid-double-slash") << u"otadash://batch//"_s + kJobId << u"JobId is missing"_s;
    QTest::newRow("too-long") << u"otadash://batch/"_s + QString(65, u'a') << u"65 characters"_s;
    QTest::newRow("masked-sample") << u"otadash://batch/HvKuBpuk3rdk6E92CP****0200"_s
                                   << u"letters and digits only"_s;
    QTest::newRow("encoded-slash") << u"otadash://batch/abc%2Fdef"_s << u"more after the JobId"_s;
    QTest::newRow("extra-segment") << u"otadash://batch/%1/tasks"_s.arg(kJobId) << u"more after the JobId"_s;
    QTest::newRow("port") << u"otadash://batch:8080/"_s + kJobId << u"port (:8080)"_s;
    QTest::newRow("fragment") << u"otadash://batch/%1#x"_s.arg(kJobId) << u"after '#'"_s;
    QTest::newRow("unknown-item") << u"otadash://batch/%1?tab=devices"_s.arg(kJobId)
                                  << u"unknown part 'tab'"_s;
    QTest::newRow("profile-twice") << u"otadash://batch/%1?profile=a&profile=b"_s.arg(kJobId)
                                   << u"more than once"_s;
    QTest::newRow("profile-too-long")
            << u"otadash://batch/%1?profile=%2"_s.arg(kJobId, QString(65, u'p')) << u"65 characters"_s;
    QTest::newRow("profile-control") << u"otadash://batch/"_s + kJobId + u"?profile=a%0Ab"_s
                                     << u"control characters"_s;
    // Credentials: refused, named by their key, never repeated.
    QTest::newRow("access-key-secret")
            << u"otadash://batch/%1?profile=prod&AccessKeySecret=sentinelSecretValue1"_s.arg(kJobId)
            << u"credential (AccessKeySecret)"_s;
    QTest::newRow("access-key-id") << u"otadash://batch/%1?AccessKeyId=LTAI5tSentinelKey0001"_s.arg(kJobId)
                                   << u"credential (AccessKeyId)"_s;
    QTest::newRow("security-token") << u"otadash://batch/%1?SecurityToken=sentinelSecretValue1"_s.arg(kJobId)
                                    << u"credential (SecurityToken)"_s;
    QTest::newRow("secret-lower") << u"otadash://batch/%1?secret=sentinelSecretValue1"_s.arg(kJobId)
                                  << u"credential (secret)"_s;
    QTest::newRow("access_key_secret")
            << u"otadash://batch/%1?access_key_secret=sentinelSecretValue1"_s.arg(kJobId)
            << u"credential (access_key_secret)"_s;
    QTest::newRow("key-as-profile") << u"otadash://batch/%1?profile=LTAI5tSentinelKey0001"_s.arg(kJobId)
                                    << u"credential (profile)"_s;
    QTest::newRow("key-under-any-name")
            << u"otadash://batch/%1?x=LTAI5tSentinelKey0001"_s.arg(kJobId) << u"credential (x)"_s;
    QTest::newRow("key-as-jobid") << u"otadash://batch/LTAI5tSentinelKey0001"_s
                                  << u"AccessKeyId in place of the JobId"_s;
    QTest::newRow("user-info") << u"otadash://LTAI5tSentinelKey0001:sentinelSecretValue1@batch/"_s + kJobId
                               << u"user name or password"_s;
    // A credential is the news even when the link is wrong in other ways too.
    QTest::newRow("secret-and-unknown-host") << u"otadash://firmware/x?AccessKeySecret=sentinelSecretValue1"_s
                                             << u"credential (AccessKeySecret)"_s;
}

void TestBatchLink::rejectsBadLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, errorSays);
    QString error;
    const std::optional<BatchLink> link = BatchLink::parse(text, &error);
    QVERIFY2(!link, qPrintable(link ? link->jobId : QString()));
    QVERIFY2(error.contains(errorSays), qPrintable(error));
    QVERIFY2(!error.contains(u"sentinelSecretValue1"), qPrintable(error));
    QVERIFY2(!error.contains(u"LTAI5tSentinelKey0001"), qPrintable(error));
    QVERIFY(!BatchLink::parse(text)); // no error wanted: fine too
}

void TestBatchLink::composesPercentEncodedProfiles_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QString() << u"otadash://batch/"_s + kJobId;
    QTest::newRow("plain") << u"prod"_s << u"otadash://batch/%1?profile=prod"_s.arg(kJobId);
    QTest::newRow("chinese-and-space")
            << u"测试 profile"_s << u"otadash://batch/%1?profile=%E6%B5%8B%E8%AF%95%20profile"_s.arg(kJobId);
    QTest::newRow("japanese") << u"本番"_s << u"otadash://batch/%1?profile=%E6%9C%AC%E7%95%AA"_s.arg(kJobId);
    QTest::newRow("delimiters") << u"a+b&c=d#e"_s
                                << u"otadash://batch/%1?profile=a%2Bb%26c%3Dd%23e"_s.arg(kJobId);
    QTest::newRow("trimmed") << u" prod "_s << u"otadash://batch/%1?profile=prod"_s.arg(kJobId);
}

void TestBatchLink::composesPercentEncodedProfiles()
{
    QFETCH(QString, profile);
    QFETCH(QString, expected);
    QString error;
    const std::optional<QString> link = BatchLink::compose(kJobId, profile, &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(*link, expected);
    // And back: the same batch and profile.
    const std::optional<BatchLink> parsed = BatchLink::parse(*link, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, (BatchLink {kJobId, profile.trimmed()}));
    QCOMPARE(parsed->toString().value_or(QString()), *link);
}

void TestBatchLink::composeRefusesWhatIsNoBatchOrProfile_data()
{
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("errorSays");
    QTest::newRow("empty-jobid") << QString() << QString() << u"JobId is missing"_s;
    QTest::newRow("masked-sample") << u"HvKuBpuk3rdk6E92CP****0200"_s << QString() << u"letters and digits"_s;
    QTest::newRow("too-long") << QString(65, u'a') << QString() << u"at most 64"_s;
    QTest::newRow("key-as-jobid") << u"LTAI5tSentinelKey0001"_s << QString() << u"AccessKeyId"_s;
    QTest::newRow("key-as-profile") << kJobId << u"LTAI5tSentinelKey0001"_s << u"AccessKeyId"_s;
    QTest::newRow("sts-key-as-profile") << kJobId << u"STS.NSentinelKey0001"_s << u"AccessKeyId"_s;
    QTest::newRow("profile-too-long") << kJobId << QString(65, u'p') << u"at most 64"_s;
}

void TestBatchLink::composeRefusesWhatIsNoBatchOrProfile()
{
    QFETCH(QString, jobId);
    QFETCH(QString, profile);
    QFETCH(QString, errorSays);
    QString error;
    QVERIFY(!BatchLink::compose(jobId, profile, &error));
    QVERIFY2(error.contains(errorSays), qPrintable(error));
    QVERIFY(!error.contains(u"LTAI5tSentinelKey0001"));
}

void TestBatchLink::tellsBatchIdsApart()
{
    QVERIFY(BatchLink::isBatchId(kJobId));
    QVERIFY(BatchLink::isBatchId(u"a"_s));
    QVERIFY(!BatchLink::isBatchId(QString()));
    QVERIFY(!BatchLink::isBatchId(u"abc-def"_s));
    QVERIFY(!BatchLink::isBatchId(u"äbc"_s));
    QVERIFY(!BatchLink::isBatchId(u"１２３"_s)); // full-width digits are not ASCII
    QVERIFY(BatchLink::looksLikeAccessKeyId(u"LTAI5tOtaDashDemoKey0001"_s));
    QVERIFY(BatchLink::looksLikeAccessKeyId(u"STS.NUgYrLnoC37mZZCNnAbez2Mh"_s));
    QVERIFY(!BatchLink::looksLikeAccessKeyId(u"LTAI"_s));
    QVERIFY(!BatchLink::looksLikeAccessKeyId(u"prod"_s));
    QVERIFY(!BatchLink::looksLikeAccessKeyId(kJobId));
}

QTEST_GUILESS_MAIN(TestBatchLink)
#include "tst_batchlink.moc"
