// libFuzzer targets fuzz_list_json, fuzz_list_xml, fuzz_device_json and fuzz_device_xml: the paged list
// readers or the device-level readers (ota/OtaListParser.h) of one format (OTA_FUZZ_LIST_XML,
// OTA_FUZZ_LIST_JSON, OTA_FUZZ_DEVICE_XML or OTA_FUZZ_DEVICE_JSON), with the invariants their contract
// promises.
#include "ota/OtaListParser.h"

#include <cstddef>
#include <cstdint>
#include <limits>

namespace {

[[noreturn]] void fail()
{
    __builtin_trap();
}

// parseApiUtcTime: a UTC QDateTime, or an invalid one.
void checkTime(const QDateTime &time)
{
    if (time.isValid() && time.offsetFromUtc() != 0)
        fail();
}

void checkItem(const ProductInfo &) { }

void checkItem(const FirmwareInfo &firmware)
{
    checkTime(firmware.utcCreate);
    checkTime(firmware.utcModified);
}

// A size is a number of bytes or -1; a progress is 0..100 or -1 (FirmwareInfo.h).
void checkItem(const FirmwareDetail &firmware)
{
    checkItem(firmware.info);
    if (firmware.verifyProgress < -1 || firmware.verifyProgress > 100)
        fail();
    for (const FirmwareFile &file : firmware.files) {
        if (file.size < -1)
            fail();
    }
}

void checkItem(const JobSummary &job)
{
    checkTime(job.utcCreate);
    checkTime(job.utcModified);
    checkTime(job.utcStartTime);
    checkTime(job.utcEndTime);
}

void checkItem(const TaskInfo &task)
{
    // 0..100 (clamped), -1 when absent or unreadable.
    if (task.progress < -1 || task.progress > 100)
        fail();
    // The status is the code's, when the code is one of the seven.
    if (task.taskStatus
        && TaskStatuses::code(*task.taskStatus).compare(task.taskStatusCode, Qt::CaseInsensitive) != 0)
        fail();
    checkTime(task.utcCreate);
    checkTime(task.utcModified);
}

void checkItem(const DeviceDetail &device)
{
    checkTime(device.utcCreate);
    checkTime(device.utcActive);
    checkTime(device.utcOnline);
}

void checkItem(const DeviceState &) { }

void checkItem(const ModuleVersion &) { }

template<typename T> void check(const ListParseResult<T> &result, const QByteArray &body)
{
    if (const ParseError *error = std::get_if<ParseError>(&result)) {
        // No upper bound on the offset: Qt reports an unterminated JSON string one byte past the body's end.
        if (error->message.isEmpty() || error->offset < -1)
            fail();
        return;
    }
    // An empty body, or one that is not an object/document, is a ParseError.
    if (body.trimmed().isEmpty())
        fail();
    const ParsedList<T> &parsed = std::get<ParsedList<T>>(result);
    const ListPage<T> &page = parsed.page;
    if (!parsed.success) {
        // "empty when the call failed"
        if (page.currentPage != 0 || page.pageSize != 0 || page.pageCount != 0 || page.total != 0
            || !page.items.isEmpty())
            fail();
        return;
    }
    // A paging number that is not a count is a ParseError, so a page only holds counts.
    if (page.currentPage < 0 || page.pageSize < 0 || page.pageCount < 0 || page.total < 0
        || page.total > std::numeric_limits<qint64>::max() / 2)
        fail();
    // PageCount is derived when absent (or 0): items on a page of positive size make at least one page.
    if (page.pageSize > 0 && page.total > 0 && page.pageCount == 0)
        fail();
    for (const T &item : page.items)
        checkItem(item);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(OTA_FUZZ_DEVICE_XML)
    check(parseDeviceDetailXml(body), body);
    check(parseDeviceDetailsXml(body), body);
    check(parseDeviceStatesXml(body), body);
    check(parseModuleVersionsXml(body), body);
    check(parseUnfinishedTasksXml(body), body);
    check(parseDeviceJobListXml(body), body);
#elif defined(OTA_FUZZ_DEVICE_JSON)
    check(parseDeviceDetailJson(body), body);
    check(parseDeviceDetailsJson(body), body);
    check(parseDeviceStatesJson(body), body);
    check(parseModuleVersionsJson(body), body);
    check(parseUnfinishedTasksJson(body), body);
    check(parseDeviceJobListJson(body), body);
#elif defined(OTA_FUZZ_LIST_XML)
    check(parseProductListXml(body), body);
    check(parseFirmwareListXml(body), body);
    check(parseFirmwareDetailXml(body), body);
    check(parseJobListXml(body), body);
    check(parseTaskListXml(body), body);
#else
    check(parseProductListJson(body), body);
    check(parseFirmwareListJson(body), body);
    check(parseFirmwareDetailJson(body), body);
    check(parseJobListJson(body), body);
    check(parseTaskListJson(body), body);
#endif
    return 0;
}
