#pragma once

#include "ota/DeviceInfo.h"
#include "ota/FirmwareInfo.h"
#include "ota/JobSummary.h"
#include "ota/ListPage.h"
#include "ota/ParseError.h"
#include "ota/ProductInfo.h"
#include "ota/TaskInfo.h"

#include <QByteArray>
#include <QString>

#include <variant>

// A list response body, read into its envelope and its page.
template<typename T> struct ParsedList
{
    ListPage<T> page; // empty when the call failed
    QString requestId;
    bool success = false;
    QString code; // the envelope's Code: set when the call failed (a successful body may carry one too)
    QString errorMessage; // ErrorMessage, or the gateway's Message
};

template<typename T> using ListParseResult = std::variant<ParsedList<T>, ParseError>;

// Readers of the paged list bodies (Iot 2018-01-20), JSON and XML alike, with the same tolerance:
// - numbers sent as strings and strings sent as numbers ("50" or 50, GmtCreate as text);
// - a list as an array, as a single object (XML repeats the element, so one item is no array) or empty;
// - a missing or empty list container on success is an empty page; PageCount derived when absent;
// - unknown fields are skipped; an unreadable item number keeps the value type's default.
// A body that is not an object/document, a successful call without list nor paging, a list item that is not
// an object, or a paging number that is not a number give a ParseError. Success missing from the envelope
// means "no Code present" (gateway errors carry Code and Message only).
// QueryProductList: Data {CurrentPage, PageSize, PageCount, Total, List {ProductInfo[]}}.
ListParseResult<ProductInfo> parseProductListJson(const QByteArray &body);
ListParseResult<ProductInfo> parseProductListXml(const QByteArray &body);
// ListOTAFirmware: paging at top level, FirmwareInfo {SimpleFirmwareInfo[]}.
ListParseResult<FirmwareInfo> parseFirmwareListJson(const QByteArray &body);
ListParseResult<FirmwareInfo> parseFirmwareListXml(const QByteArray &body);
// QueryOTAFirmware: one FirmwareInfo object (the page holds it), with MultiFiles[].
ListParseResult<FirmwareDetail> parseFirmwareDetailJson(const QByteArray &body);
ListParseResult<FirmwareDetail> parseFirmwareDetailXml(const QByteArray &body);
// ListOTAJobByFirmware: paging at top level, Data {SimpleOTAJobInfo[]} with Tags {OtaTagDTO[]}.
ListParseResult<JobSummary> parseJobListJson(const QByteArray &body);
ListParseResult<JobSummary> parseJobListXml(const QByteArray &body);
// ListOTATaskByJob: paging at top level, Data {SimpleOTATaskInfo[]}; Progress and Timeout as strings.
ListParseResult<TaskInfo> parseTaskListJson(const QByteArray &body);
ListParseResult<TaskInfo> parseTaskListXml(const QByteArray &body);

// The device-level calls, read with the same tolerance (a single object is a list of one). Their paging,
// where they have none, stays 0. DeviceSecret is never read (ota/DeviceInfo.h). QueryDeviceDetail: Data {…},
// one device.
ListParseResult<DeviceDetail> parseDeviceDetailJson(const QByteArray &body);
ListParseResult<DeviceDetail> parseDeviceDetailXml(const QByteArray &body);
// BatchQueryDeviceDetail: Data {Data[]}.
ListParseResult<DeviceDetail> parseDeviceDetailsJson(const QByteArray &body);
ListParseResult<DeviceDetail> parseDeviceDetailsXml(const QByteArray &body);
// BatchGetDeviceState: DeviceStatusList {DeviceStatus[]}.
ListParseResult<DeviceState> parseDeviceStatesJson(const QByteArray &body);
ListParseResult<DeviceState> parseDeviceStatesXml(const QByteArray &body);
// ListOTAModuleVersionsByDevice: paging at top level, Data {SimpleOTAModuleInfo[]}.
ListParseResult<ModuleVersion> parseModuleVersionsJson(const QByteArray &body);
ListParseResult<ModuleVersion> parseModuleVersionsXml(const QByteArray &body);
// ListOTAUnfinishedTaskByDevice: Data {SimpleOTATaskInfo[]}, with ModuleName, without paging.
ListParseResult<TaskInfo> parseUnfinishedTasksJson(const QByteArray &body);
ListParseResult<TaskInfo> parseUnfinishedTasksXml(const QByteArray &body);
// ListOTAJobByDevice: as ListOTAJobByFirmware.
ListParseResult<JobSummary> parseDeviceJobListJson(const QByteArray &body);
ListParseResult<JobSummary> parseDeviceJobListXml(const QByteArray &body);
