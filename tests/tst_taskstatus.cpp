#include "ota/TaskStatus.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The seven device-task statuses of ListOTATaskByJob (shared/api/REFERENCE.md section 3).
class TestTaskStatus : public QObject
{
    Q_OBJECT
private slots:
    void mapsApiCodes_data();
    void mapsApiCodes();
    void readsCodesIgnoringCase();
    void rejectsUnknownCodes_data();
    void rejectsUnknownCodes();
    void labelsInEnglishWithoutTranslator();
    void finishedMeansSucceededFailedOrCanceled();
    void givesEachStatusItsOwnBit();
};

void TestTaskStatus::mapsApiCodes_data()
{
    QTest::addColumn<TaskStatus>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("confirm") << TaskStatus::Confirm << u"CONFIRM"_s;
    QTest::newRow("queued") << TaskStatus::Queued << u"QUEUED"_s;
    QTest::newRow("notified") << TaskStatus::Notified << u"NOTIFIED"_s;
    QTest::newRow("in-progress") << TaskStatus::InProgress << u"IN_PROGRESS"_s;
    QTest::newRow("succeeded") << TaskStatus::Succeeded << u"SUCCEEDED"_s;
    QTest::newRow("failed") << TaskStatus::Failed << u"FAILED"_s;
    QTest::newRow("canceled") << TaskStatus::Canceled << u"CANCELED"_s;
}

void TestTaskStatus::mapsApiCodes()
{
    QFETCH(TaskStatus, status);
    QFETCH(QString, code);
    QCOMPARE(TaskStatuses::code(status), code);
    QCOMPARE(TaskStatuses::fromCode(code), std::optional<TaskStatus>(status));
}

void TestTaskStatus::readsCodesIgnoringCase()
{
    QCOMPARE(TaskStatuses::fromCode(u"in_progress"), std::optional<TaskStatus>(TaskStatus::InProgress));
    QCOMPARE(TaskStatuses::fromCode(u"Failed"), std::optional<TaskStatus>(TaskStatus::Failed));
}

void TestTaskStatus::rejectsUnknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("british-spelling") << u"CANCELLED"_s;
    QTest::newRow("space-instead-of-underscore") << u"IN PROGRESS"_s;
    QTest::newRow("padded") << u" FAILED"_s;
    QTest::newRow("job-status") << u"COMPLETED"_s;
}

void TestTaskStatus::rejectsUnknownCodes()
{
    QFETCH(QString, code);
    QCOMPARE(TaskStatuses::fromCode(code), std::nullopt);
}

void TestTaskStatus::labelsInEnglishWithoutTranslator()
{
    QCOMPARE(TaskStatuses::label(TaskStatus::Confirm), u"Awaiting confirmation"_s);
    QCOMPARE(TaskStatuses::label(TaskStatus::Queued), u"Queued"_s);
    QCOMPARE(TaskStatuses::label(TaskStatus::Notified), u"Notified"_s);
    QCOMPARE(TaskStatuses::label(TaskStatus::InProgress), u"In progress"_s);
    QCOMPARE(TaskStatuses::label(TaskStatus::Succeeded), u"Succeeded"_s);
    QCOMPARE(TaskStatuses::label(TaskStatus::Failed), u"Failed"_s);
    QCOMPARE(TaskStatuses::label(TaskStatus::Canceled), u"Canceled"_s);
}

void TestTaskStatus::finishedMeansSucceededFailedOrCanceled()
{
    QList<TaskStatus> finished;
    for (const TaskStatus status : kAllTaskStatuses) {
        if (TaskStatuses::isFinished(status))
            finished.append(status);
    }
    QCOMPARE(finished, (QList<TaskStatus> {TaskStatus::Succeeded, TaskStatus::Failed, TaskStatus::Canceled}));
}

void TestTaskStatus::givesEachStatusItsOwnBit()
{
    quint8 all = 0;
    for (const TaskStatus status : kAllTaskStatuses) {
        const quint8 bit = TaskStatuses::bit(status);
        QCOMPARE(bit & (bit - 1), 0); // one bit
        QCOMPARE(all & bit, 0); // not shared
        all |= bit;
    }
    QCOMPARE(all, TaskStatuses::kAllBits);
    static_assert(TaskStatuses::bit(TaskStatus::Confirm) == 0x01
                  && TaskStatuses::bit(TaskStatus::Canceled) == 0x40);
}

QTEST_GUILESS_MAIN(TestTaskStatus)
#include "tst_taskstatus.moc"
