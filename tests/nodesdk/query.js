#!/usr/bin/env node
// Drives the official Alibaba Cloud Node SDK (@alicloud/iot20180120 on @alicloud/openapi-client) against an
// endpoint, normally the in-process simulator of tests/tst_nodesdk.cpp. This file only calls the SDK and
// reports what the SDK made of the answer; the assertions live in the Qt test.
//
// usage: node query.js <host:port> <accessKeyId> <secret> <v3|v2> <JobId> [json|xml]
//   v3   ACS3-HMAC-SHA256 (the SDK's default signature)
//   v2   RPC HMAC-SHA1, SignatureVersion=1.0 (selected with signatureAlgorithm "v2")
//   json the SDK's own client.queryOTAJob() (default)
//   xml  the same operation through the SDK's callApi with Format=XML and the body read as a string, then
//        parsed with the SDK's XML reader (@alicloud/tea-xml) and cast to the SDK's response model
// Environment: ALIBABA_CLOUD_SECURITY_TOKEN, when set, makes the credentials STS ones.
//
// Prints one JSON line on stdout:
//   {"outcome":"response", statusCode, requestIdHeader, contentType, requestId, success, code, errorMessage,
//    data:{jobId, destVersion, srcVersions, ...}}                                  exit 0
//   {"outcome":"error", code, message, statusCode, requestId, hostId, recommend, name}  exit 1
// Usage errors exit 2. Module lookup: NODE_PATH (the test points it at the build tree's node_modules).
"use strict";

const Iot = require("@alicloud/iot20180120");
const $OpenApi = require("@alicloud/openapi-client");
const $tea = require("@alicloud/tea-typescript");
const TeaXml = require("@alicloud/tea-xml").default;

const Client = Iot.default;

function usage(message) {
  process.stderr.write(`query.js: ${message}\n`);
  process.stderr.write("usage: node query.js <host:port> <accessKeyId> <secret> <v3|v2> <JobId> [json|xml]\n");
  process.exit(2);
}

function summarizeData(data) {
  if (!data) return null;
  // Absent stays absent (JSON.stringify drops undefined), so the test can tell it from empty.
  const src = data.srcVersions ? data.srcVersions.srcVersion : undefined;
  const tags = data.tags && data.tags.otaTagDTO;
  return {
    jobId: data.jobId,
    name: data.name,
    jobStatus: data.jobStatus,
    jobType: data.jobType,
    productKey: data.productKey,
    firmwareId: data.firmwareId,
    destVersion: data.destVersion,
    jobDesc: data.jobDesc,
    groupId: data.groupId,
    groupName: data.groupName,
    srcVersions: src,
    selectionType: data.selectionType,
    targetSelection: data.targetSelection,
    grayPercent: data.grayPercent,
    dynamicMode: data.dynamicMode,
    overwriteMode: data.overwriteMode,
    maximumPerMinute: data.maximumPerMinute,
    retryCount: data.retryCount,
    retryInterval: data.retryInterval,
    timeoutInMinutes: data.timeoutInMinutes,
    needConfirm: data.needConfirm,
    needPush: data.needPush,
    multiModuleMode: data.multiModuleMode,
    downloadProtocol: data.downloadProtocol,
    utcCreate: data.utcCreate,
    utcModified: data.utcModified,
    utcStartTime: data.utcStartTime,
    utcEndTime: data.utcEndTime,
    utcScheduleTime: data.utcScheduleTime,
    utcScheduleFinishTime: data.utcScheduleFinishTime,
    tags: tags ? tags.map((tag) => ({ key: tag.key, value: tag.value })) : undefined,
  };
}

function header(headers, name) {
  if (!headers) return null;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) return headers[key];
  }
  return null;
}

// The operation exactly as Iot's queryOTAJobWithOptions builds it, except that the body comes back as a
// string: the SDK itself only reads JSON bodies for this API.
async function queryXml(client, jobId) {
  const request = new $OpenApi.OpenApiRequest({ query: { JobId: jobId } });
  const params = new $OpenApi.Params({
    action: "QueryOTAJob",
    version: "2018-01-20",
    protocol: "HTTPS",
    pathname: "/",
    method: "POST",
    authType: "AK",
    style: "RPC",
    reqBodyType: "formData",
    bodyType: "string",
  });
  const runtime = { extendsParameters: { queries: { Format: "XML" } } };
  const raw = await client.callApi(params, request, runtime);
  const parsed = TeaXml.parseXml(raw.body, null);
  const root = parsed && parsed.QueryOTAJobResponse;
  if (!root) throw new Error(`no QueryOTAJobResponse root element in: ${raw.body.slice(0, 200)}`);
  const body = $tea.cast(TeaXml._xmlCast(root, Iot.QueryOTAJobResponseBody), new Iot.QueryOTAJobResponseBody({}));
  return { headers: raw.headers, statusCode: raw.statusCode, body };
}

async function main() {
  const [endpoint, accessKeyId, accessKeySecret, signature, jobId, format = "json"] = process.argv.slice(2);
  if (!endpoint || !accessKeyId || !accessKeySecret || !jobId) usage("missing arguments");
  if (signature !== "v3" && signature !== "v2") usage(`unknown signature "${signature}"`);
  if (format !== "json" && format !== "xml") usage(`unknown format "${format}"`);

  const configMap = {
    accessKeyId,
    accessKeySecret,
    endpoint,
    protocol: "http",
    regionId: "cn-shanghai",
  };
  // STS credentials, under the official SDKs' variable name (V3 then also signs x-acs-accesskey-id and
  // x-acs-security-token; V1 sends and signs SecurityToken).
  if (process.env.ALIBABA_CLOUD_SECURITY_TOKEN) configMap.securityToken = process.env.ALIBABA_CLOUD_SECURITY_TOKEN;
  // Unset means ACS3-HMAC-SHA256 in openapi-client's callApi; "v2" selects doRPCRequest (HMAC-SHA1).
  if (signature === "v2") configMap.signatureAlgorithm = "v2";
  const client = new Client(new $OpenApi.Config(configMap));

  try {
    const response =
      format === "xml" ? await queryXml(client, jobId) : await client.queryOTAJob(new Iot.QueryOTAJobRequest({ jobId }));
    const body = response.body || {};
    const out = {
      outcome: "response",
      statusCode: response.statusCode,
      requestIdHeader: header(response.headers, "x-acs-request-id"),
      contentType: header(response.headers, "content-type"),
      requestId: body.requestId,
      success: body.success,
      code: body.code === undefined ? null : body.code,
      errorMessage: body.errorMessage === undefined ? null : body.errorMessage,
      data: summarizeData(body.data),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    process.exit(0);
  } catch (error) {
    const data = error.data || {};
    const out = {
      outcome: "error",
      name: error.name,
      code: error.code === undefined ? null : error.code,
      message: error.message,
      statusCode: data.statusCode === undefined ? null : data.statusCode,
      requestId: data.RequestId === undefined ? null : data.RequestId,
      hostId: data.HostId === undefined ? null : data.HostId,
      recommend: data.Recommend === undefined ? null : data.Recommend,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    process.exit(1);
  }
}

main();
