#pragma once

#include "api/PercentEncoding.h"

#include <QString>
#include <QUrl>

#include <optional>

// A RAM role to assume with STS AssumeRole (Version 2015-04-01, REFERENCE.md section 6) instead of using a
// long-lived AccessKey directly: what a "RAM role" profile keeps besides its source AccessKeyId. No secret.
struct RamRole
{
    static constexpr char kStsApiVersion[] = "2015-04-01";
    static constexpr int kMinDurationSecs = 900;
    static constexpr int kDefaultDurationSecs = 3600;
    static constexpr int kMaxDurationSecs = 43200; // the most a role's MaxSessionDuration can be
    static constexpr int kMaxSessionNameLength = 64;

    QString roleArn; // acs:ram::<account id>:role/<name>
    QString sessionName; // empty: defaultSessionName()
    int durationSecs = kDefaultDurationSecs;
    QString externalId; // optional; the role's trust policy may require it
    QString policy; // optional JSON policy that narrows the role
    QUrl stsEndpoint; // empty: defaultStsEndpoint(region)

    // "otadash": what AssumeRole records as the session, for the account's audit trail.
    static QString defaultSessionName();
    // https://sts.<region>.aliyuncs.com/, or https://sts.aliyuncs.com/ without a region.
    static QUrl defaultStsEndpoint(const QString &regionId);
    QUrl effectiveStsEndpoint(const QString &regionId) const;
    QString effectiveSessionName() const;

    // The first problem with these fields (translated), or nullopt.
    std::optional<QString> problem() const;
    // AssumeRole's parameters, without the empty optional ones.
    QueryPairs assumeRoleParams() const;

    bool operator==(const RamRole &other) const;
    bool operator!=(const RamRole &other) const { return !(*this == other); }
};
