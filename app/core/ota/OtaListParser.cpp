#include "ota/OtaListParser.h"

#include "ota/OtaEnums.h"
#include "ota/OtaJobParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Deeper than any list body; keeps a hostile body from exhausting the stack.
constexpr int kMaxXmlDepth = 32;

// Where a list API keeps its paging and its items.
struct Shape
{
    QStringView rootElement; // XML root, "<Action>Response"
    QList<QStringView> pagingPath; // empty: top level
    QList<QStringView> listPath;
};

QString joinedPath(const QList<QStringView> &path, qsizetype count)
{
    QString joined;
    for (qsizetype i = 0; i < count && i < path.size(); ++i) {
        if (i > 0)
            joined += u'.';
        joined += path[i];
    }
    return joined;
}

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull()
            || (value.isString() && value.toString().trimmed().isEmpty());
}

QString numberText(double number)
{
    if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0) // exactly representable
        return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// A scalar as text (numbers without a spurious ".0"); empty for null, objects and arrays.
QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        break;
    }
    return QString();
}

std::optional<double> realOf(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = QLocale::c().toDouble(value.toString().trimmed(), &ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

// A whole number sent as a number or as text ("5", "5.0"); nullopt when it is neither.
std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    const std::optional<double> real = realOf(value);
    // 2^63 itself does not fit; everything below it does.
    if (!real || std::trunc(*real) != *real || std::abs(*real) >= 9223372036854775808.0)
        return std::nullopt;
    return qint64(*real);
}

int intOr(const QJsonValue &value, int fallback)
{
    const std::optional<qint64> number = integerOf(value);
    if (!number || *number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max())
        return fallback;
    return int(*number);
}

QDateTime timeOf(const QJsonValue &value)
{
    return parseApiUtcTime(textOf(value));
}

// Calls onItem for each object of a list value: an array, a single object, or blank (no items).
// Returns false when the value or one of its items is something else.
template<typename OnItem> bool forEachItem(const QJsonValue &value, OnItem &&onItem)
{
    if (value.isObject()) {
        onItem(value.toObject());
        return true;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isObject())
                return false;
            onItem(item.toObject());
        }
        return true;
    }
    return isBlank(value);
}

ParseError error(const QString &message, qsizetype offset = -1)
{
    return ParseError {message, offset};
}

// --- items

ProductInfo readProduct(const QJsonObject &object)
{
    ProductInfo product;
    product.productKey = textOf(object.value(u"ProductKey"));
    product.productName = textOf(object.value(u"ProductName"));
    product.description = textOf(object.value(u"Description"));
    product.authType = textOf(object.value(u"AuthType"));
    product.deviceCount = integerOf(object.value(u"DeviceCount")).value_or(0);
    product.nodeType = intOr(object.value(u"NodeType"), 0);
    product.dataFormat = intOr(object.value(u"DataFormat"), 0);
    product.gmtCreateMs = integerOf(object.value(u"GmtCreate")).value_or(0);
    return product;
}

FirmwareInfo readFirmware(const QJsonObject &object)
{
    FirmwareInfo firmware;
    firmware.firmwareId = textOf(object.value(u"FirmwareId"));
    firmware.firmwareName = textOf(object.value(u"FirmwareName"));
    firmware.firmwareDesc = textOf(object.value(u"FirmwareDesc"));
    firmware.productKey = textOf(object.value(u"ProductKey"));
    firmware.productName = textOf(object.value(u"ProductName"));
    firmware.srcVersion = textOf(object.value(u"SrcVersion"));
    firmware.destVersion = textOf(object.value(u"DestVersion"));
    firmware.moduleName = textOf(object.value(u"ModuleName"));
    firmware.signMethod = textOf(object.value(u"SignMethod"));
    firmware.firmwareSign = textOf(object.value(u"FirmwareSign"));
    firmware.firmwareSize = integerOf(object.value(u"FirmwareSize")).value_or(0);
    firmware.status = intOr(object.value(u"Status"), 0);
    firmware.type = intOr(object.value(u"Type"), 0);
    firmware.utcCreate = timeOf(object.value(u"UtcCreate"));
    firmware.utcModified = timeOf(object.value(u"UtcModified"));
    return firmware;
}

FirmwareDetail readFirmwareDetail(const QJsonObject &object)
{
    FirmwareDetail detail;
    detail.info = readFirmware(object);
    detail.firmwareUrl = textOf(object.value(u"FirmwareUrl"));
    detail.udi = textOf(object.value(u"Udi"));
    const int progress = intOr(object.value(u"VerifyProgress"), -1);
    detail.verifyProgress = progress >= 0 && progress <= 100 ? progress : -1; // else unreadable
    // A value that is no list of objects reads as no files: the rest of the firmware stays readable.
    forEachItem(object.value(u"MultiFiles"), [&detail](const QJsonObject &file) {
        const qint64 size = integerOf(file.value(u"Size")).value_or(-1);
        detail.files.append({textOf(file.value(u"Name")), size >= 0 ? size : -1,
                             textOf(file.value(u"FileMd5")), textOf(file.value(u"SignValue")),
                             textOf(file.value(u"Url"))});
    });
    return detail;
}

QList<OtaTag> readTags(const QJsonValue &value)
{
    // {OtaTagDTO: [...]} as documented; a bare array or a single {Key, Value} object is read too.
    QJsonValue list = value;
    if (value.isObject() && value.toObject().contains(u"OtaTagDTO"))
        list = value.toObject().value(u"OtaTagDTO");
    QList<OtaTag> tags;
    if (list.isArray()) {
        const QJsonArray array = list.toArray();
        for (const QJsonValue &item : array) {
            if (item.isObject())
                tags.append({textOf(item.toObject().value(u"Key")), textOf(item.toObject().value(u"Value"))});
        }
    } else if (list.isObject()) {
        tags.append({textOf(list.toObject().value(u"Key")), textOf(list.toObject().value(u"Value"))});
    }
    return tags;
}

JobSummary readJob(const QJsonObject &object)
{
    JobSummary job;
    job.jobId = textOf(object.value(u"JobId"));
    job.firmwareId = textOf(object.value(u"FirmwareId"));
    job.productKey = textOf(object.value(u"ProductKey"));
    job.jobStatus = textOf(object.value(u"JobStatus"));
    job.jobType = textOf(object.value(u"JobType"));
    job.selectionType = textOf(object.value(u"SelectionType"));
    job.targetSelection = textOf(object.value(u"TargetSelection"));
    job.utcCreate = timeOf(object.value(u"UtcCreate"));
    job.utcModified = timeOf(object.value(u"UtcModified"));
    job.utcStartTime = timeOf(object.value(u"UtcStartTime"));
    job.utcEndTime = timeOf(object.value(u"UtcEndTime"));
    job.tags = readTags(object.value(u"Tags"));
    return job;
}

TaskInfo readTask(const QJsonObject &object)
{
    TaskInfo task;
    task.taskId = textOf(object.value(u"TaskId"));
    task.jobId = textOf(object.value(u"JobId"));
    task.iotId = textOf(object.value(u"IotId"));
    task.deviceName = textOf(object.value(u"DeviceName"));
    task.productKey = textOf(object.value(u"ProductKey"));
    task.productName = textOf(object.value(u"ProductName"));
    task.firmwareId = textOf(object.value(u"FirmwareId"));
    task.srcVersion = textOf(object.value(u"SrcVersion"));
    task.destVersion = textOf(object.value(u"DestVersion"));
    task.taskStatusCode = textOf(object.value(u"TaskStatus"));
    task.taskStatus = TaskStatuses::fromCode(task.taskStatusCode);
    task.taskDesc = textOf(object.value(u"TaskDesc"));
    task.moduleName = textOf(object.value(u"ModuleName"));
    // Progress is a percentage in a string ("50"); a fraction is rounded, anything outside 0..100 clamped.
    if (const std::optional<double> progress = realOf(object.value(u"Progress")))
        task.progress = int(std::lround(qBound(0.0, *progress, 100.0)));
    task.timeoutMinutes = intOr(object.value(u"Timeout"), -1);
    task.utcCreate = timeOf(object.value(u"UtcCreate"));
    task.utcModified = timeOf(object.value(u"UtcModified"));
    return task;
}

// DeviceSecret, the device's own credential, is deliberately not read: nothing downstream can keep it.
DeviceDetail readDeviceDetail(const QJsonObject &object)
{
    DeviceDetail device;
    device.productKey = textOf(object.value(u"ProductKey"));
    device.productName = textOf(object.value(u"ProductName"));
    device.deviceName = textOf(object.value(u"DeviceName"));
    device.iotId = textOf(object.value(u"IotId"));
    device.nickname = textOf(object.value(u"Nickname"));
    device.status = textOf(object.value(u"Status"));
    device.firmwareVersion = textOf(object.value(u"FirmwareVersion"));
    device.ipAddress = textOf(object.value(u"IpAddress"));
    device.region = textOf(object.value(u"Region"));
    device.nodeType = intOr(object.value(u"NodeType"), -1);
    device.utcCreate = timeOf(object.value(u"UtcCreate"));
    device.utcActive = timeOf(object.value(u"UtcActive"));
    device.utcOnline = timeOf(object.value(u"UtcOnline"));
    return device;
}

DeviceState readDeviceState(const QJsonObject &object)
{
    DeviceState state;
    state.deviceName = textOf(object.value(u"DeviceName"));
    state.iotId = textOf(object.value(u"IotId"));
    state.status = textOf(object.value(u"Status"));
    state.lastOnlineTime = textOf(object.value(u"LastOnlineTime"));
    return state;
}

ModuleVersion readModuleVersion(const QJsonObject &object)
{
    ModuleVersion module;
    module.productKey = textOf(object.value(u"ProductKey"));
    module.deviceName = textOf(object.value(u"DeviceName"));
    module.iotId = textOf(object.value(u"IotId"));
    module.moduleName = textOf(object.value(u"ModuleName"));
    module.moduleVersion = textOf(object.value(u"ModuleVersion"));
    return module;
}

// --- the envelope, the paging and the list, once the body is a JSON object

template<typename T, typename ReadItem>
ListParseResult<T> readRoot(const QJsonObject &root, const Shape &shape, ReadItem readItem)
{
    ParsedList<T> parsed;
    parsed.requestId = textOf(root.value(u"RequestId"));
    parsed.code = textOf(root.value(u"Code"));
    parsed.errorMessage = textOf(root.value(u"ErrorMessage"));
    if (parsed.errorMessage.isEmpty())
        parsed.errorMessage = textOf(root.value(u"Message"));
    std::optional<bool> success;
    const QJsonValue successValue = root.value(u"Success");
    if (!isBlank(successValue))
        success = parseApiBoolean(textOf(successValue));
    // Gateway errors carry Code and Message but no Success.
    parsed.success = success.value_or(parsed.code.isEmpty());
    if (!parsed.success)
        return parsed;

    // Follows a path of objects; a blank or missing step ends in Undefined, anything else is malformed.
    const auto follow
            = [&root](const QList<QStringView> &path, QString *failedAt) -> std::optional<QJsonValue> {
        QJsonValue current = root;
        for (qsizetype i = 0; i < path.size(); ++i) {
            if (isBlank(current))
                return QJsonValue(QJsonValue::Undefined);
            if (!current.isObject()) {
                *failedAt = joinedPath(path, i);
                return std::nullopt;
            }
            current = current.toObject().value(path[i]);
        }
        return current;
    };
    const auto notAnObject = [](const QString &path) {
        return error(
                QCoreApplication::translate("OtaListParser", "The member %1 is not an object.").arg(path));
    };

    QString failedAt;
    QJsonObject paging = root;
    if (!shape.pagingPath.isEmpty()) {
        const std::optional<QJsonValue> container = follow(shape.pagingPath, &failedAt);
        if (!container)
            return notAnObject(failedAt);
        if (container->isObject())
            paging = container->toObject();
        else if (!isBlank(*container))
            return notAnObject(joinedPath(shape.pagingPath, shape.pagingPath.size()));
    }
    bool pagingSeen = false;
    std::optional<ParseError> pagingError;
    const auto pagingNumber = [&](QStringView key, qint64 max) -> qint64 {
        QJsonValue value = paging.value(key);
        if (value.isUndefined())
            value = root.value(key); // some gateways flatten the paging to the top level
        if (isBlank(value))
            return 0;
        pagingSeen = true;
        const std::optional<qint64> number = integerOf(value);
        if (!number || *number < 0 || *number > max) {
            if (!pagingError)
                pagingError = error(QCoreApplication::translate("OtaListParser",
                                                                "The paging field %1 is not a count: \"%2\".")
                                            .arg(key.toString(), textOf(value)));
            return 0;
        }
        return *number;
    };
    constexpr qint64 kIntMax = std::numeric_limits<int>::max();
    parsed.page.currentPage = int(pagingNumber(u"CurrentPage", kIntMax));
    parsed.page.pageSize = int(pagingNumber(u"PageSize", kIntMax));
    parsed.page.pageCount = int(pagingNumber(u"PageCount", kIntMax));
    parsed.page.total = pagingNumber(u"Total", std::numeric_limits<qint64>::max() / 2);
    if (pagingError)
        return *pagingError;
    if (parsed.page.pageCount == 0 && parsed.page.pageSize > 0 && parsed.page.total > 0)
        parsed.page.pageCount
                = int(qMin((parsed.page.total + parsed.page.pageSize - 1) / parsed.page.pageSize, kIntMax));

    const std::optional<QJsonValue> list = follow(shape.listPath, &failedAt);
    if (!list)
        return notAnObject(failedAt);
    if (!pagingSeen && !root.contains(shape.listPath.first())) {
        return error(QCoreApplication::translate("OtaListParser",
                                                 "The response reports success but carries no list."));
    }
    const bool isList
            = forEachItem(*list, [&](const QJsonObject &item) { parsed.page.items.append(readItem(item)); });
    if (!isList) {
        return error(QCoreApplication::translate("OtaListParser", "The member %1 is not a list of objects.")
                             .arg(joinedPath(shape.listPath, shape.listPath.size())));
    }
    return parsed;
}

ParseError emptyBodyError()
{
    // Worded as the QueryOTAJob reader words it, so both share one translation.
    return error(QCoreApplication::translate("OtaJobParser", "The response body is empty."), 0);
}

template<typename T, typename ReadItem>
ListParseResult<T> parseJson(const QByteArray &body, const Shape &shape, ReadItem readItem)
{
    if (body.trimmed().isEmpty())
        return emptyBodyError();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return error(
                QCoreApplication::translate("OtaJobParser", "The JSON response is malformed at byte %1: %2.")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()),
                parseError.offset);
    }
    if (!document.isObject())
        return error(QCoreApplication::translate("OtaJobParser", "The JSON response is not an object."), 0);
    return readRoot<T>(document.object(), shape, readItem);
}

// The content of the current element as JSON would carry it: child elements become members (a repeated
// name an array, as the gateway writes a list), a leaf element its text.
QJsonValue xmlElementValue(QXmlStreamReader &xml, int depth)
{
    QString text;
    QList<QString> order;
    QHash<QString, QJsonArray> children;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            if (depth >= kMaxXmlDepth) {
                xml.raiseError(QCoreApplication::translate("OtaListParser", "elements nested too deeply"));
                break;
            }
            const QString name = xml.name().toString();
            const QJsonValue child = xmlElementValue(xml, depth + 1);
            if (xml.hasError())
                break;
            auto it = children.find(name);
            if (it == children.end()) {
                order.append(name);
                children.insert(name, QJsonArray {child});
            } else {
                it->append(child);
            }
        }
    }
    if (order.isEmpty())
        return text;
    QJsonObject object;
    for (const QString &name : std::as_const(order)) {
        const QJsonArray values = children.value(name);
        object.insert(name, values.size() == 1 ? values.first() : QJsonValue(values));
    }
    return object;
}

ParseError xmlError(const QXmlStreamReader &xml)
{
    return error(QCoreApplication::translate("OtaJobParser",
                                             "The XML response is malformed at line %1, column %2: %3.")
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString()),
                 qsizetype(xml.characterOffset()));
}

template<typename T, typename ReadItem>
ListParseResult<T> parseXml(const QByteArray &body, const Shape &shape, ReadItem readItem)
{
    if (body.trimmed().isEmpty())
        return emptyBodyError();
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement())
        return xmlError(xml);
    if (xml.name() != shape.rootElement && xml.name() != u"Error") {
        return error(QCoreApplication::translate("OtaListParser",
                                                 "The XML response has the root element <%1>; expected <%2>.")
                             .arg(xml.name().toString(), shape.rootElement.toString()),
                     qsizetype(xml.characterOffset()));
    }
    const QJsonValue root = xmlElementValue(xml, 1);
    // Read to the end so that truncation and trailing junk are reported, not silently accepted.
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return xmlError(xml);
    return readRoot<T>(root.toObject(), shape, readItem);
}

const Shape kProductList {u"QueryProductListResponse", {u"Data"}, {u"Data", u"List", u"ProductInfo"}};
const Shape kFirmwareList {u"ListOTAFirmwareResponse", {}, {u"FirmwareInfo", u"SimpleFirmwareInfo"}};
const Shape kFirmwareDetail {u"QueryOTAFirmwareResponse", {}, {u"FirmwareInfo"}};
const Shape kJobList {u"ListOTAJobByFirmwareResponse", {}, {u"Data", u"SimpleOTAJobInfo"}};
const Shape kTaskList {u"ListOTATaskByJobResponse", {}, {u"Data", u"SimpleOTATaskInfo"}};
const Shape kDeviceDetail {u"QueryDeviceDetailResponse", {}, {u"Data"}};
const Shape kDeviceDetails {u"BatchQueryDeviceDetailResponse", {}, {u"Data", u"Data"}};
const Shape kDeviceStates {u"BatchGetDeviceStateResponse", {}, {u"DeviceStatusList", u"DeviceStatus"}};
const Shape kModuleVersions {u"ListOTAModuleVersionsByDeviceResponse", {}, {u"Data", u"SimpleOTAModuleInfo"}};
const Shape kUnfinishedTasks {u"ListOTAUnfinishedTaskByDeviceResponse", {}, {u"Data", u"SimpleOTATaskInfo"}};
const Shape kDeviceJobList {u"ListOTAJobByDeviceResponse", {}, {u"Data", u"SimpleOTAJobInfo"}};

} // namespace

ListParseResult<ProductInfo> parseProductListJson(const QByteArray &body)
{
    return parseJson<ProductInfo>(body, kProductList, readProduct);
}

ListParseResult<ProductInfo> parseProductListXml(const QByteArray &body)
{
    return parseXml<ProductInfo>(body, kProductList, readProduct);
}

ListParseResult<FirmwareInfo> parseFirmwareListJson(const QByteArray &body)
{
    return parseJson<FirmwareInfo>(body, kFirmwareList, readFirmware);
}

ListParseResult<FirmwareInfo> parseFirmwareListXml(const QByteArray &body)
{
    return parseXml<FirmwareInfo>(body, kFirmwareList, readFirmware);
}

ListParseResult<FirmwareDetail> parseFirmwareDetailJson(const QByteArray &body)
{
    return parseJson<FirmwareDetail>(body, kFirmwareDetail, readFirmwareDetail);
}

ListParseResult<FirmwareDetail> parseFirmwareDetailXml(const QByteArray &body)
{
    return parseXml<FirmwareDetail>(body, kFirmwareDetail, readFirmwareDetail);
}

ListParseResult<JobSummary> parseJobListJson(const QByteArray &body)
{
    return parseJson<JobSummary>(body, kJobList, readJob);
}

ListParseResult<JobSummary> parseJobListXml(const QByteArray &body)
{
    return parseXml<JobSummary>(body, kJobList, readJob);
}

ListParseResult<TaskInfo> parseTaskListJson(const QByteArray &body)
{
    return parseJson<TaskInfo>(body, kTaskList, readTask);
}

ListParseResult<TaskInfo> parseTaskListXml(const QByteArray &body)
{
    return parseXml<TaskInfo>(body, kTaskList, readTask);
}

ListParseResult<DeviceDetail> parseDeviceDetailJson(const QByteArray &body)
{
    return parseJson<DeviceDetail>(body, kDeviceDetail, readDeviceDetail);
}

ListParseResult<DeviceDetail> parseDeviceDetailXml(const QByteArray &body)
{
    return parseXml<DeviceDetail>(body, kDeviceDetail, readDeviceDetail);
}

ListParseResult<DeviceDetail> parseDeviceDetailsJson(const QByteArray &body)
{
    return parseJson<DeviceDetail>(body, kDeviceDetails, readDeviceDetail);
}

ListParseResult<DeviceDetail> parseDeviceDetailsXml(const QByteArray &body)
{
    return parseXml<DeviceDetail>(body, kDeviceDetails, readDeviceDetail);
}

ListParseResult<DeviceState> parseDeviceStatesJson(const QByteArray &body)
{
    return parseJson<DeviceState>(body, kDeviceStates, readDeviceState);
}

ListParseResult<DeviceState> parseDeviceStatesXml(const QByteArray &body)
{
    return parseXml<DeviceState>(body, kDeviceStates, readDeviceState);
}

ListParseResult<ModuleVersion> parseModuleVersionsJson(const QByteArray &body)
{
    return parseJson<ModuleVersion>(body, kModuleVersions, readModuleVersion);
}

ListParseResult<ModuleVersion> parseModuleVersionsXml(const QByteArray &body)
{
    return parseXml<ModuleVersion>(body, kModuleVersions, readModuleVersion);
}

ListParseResult<TaskInfo> parseUnfinishedTasksJson(const QByteArray &body)
{
    return parseJson<TaskInfo>(body, kUnfinishedTasks, readTask);
}

ListParseResult<TaskInfo> parseUnfinishedTasksXml(const QByteArray &body)
{
    return parseXml<TaskInfo>(body, kUnfinishedTasks, readTask);
}

ListParseResult<JobSummary> parseDeviceJobListJson(const QByteArray &body)
{
    return parseJson<JobSummary>(body, kDeviceJobList, readJob);
}

ListParseResult<JobSummary> parseDeviceJobListXml(const QByteArray &body)
{
    return parseXml<JobSummary>(body, kDeviceJobList, readJob);
}
