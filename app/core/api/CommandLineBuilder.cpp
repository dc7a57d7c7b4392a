#include "api/CommandLineBuilder.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
// The endpoint is the region's own (or there is no region): nothing to say beyond --region.
bool isRegionEndpoint(const RpcConfig &config)
{
    return !config.regionId.isEmpty() && config.endpoint == RpcConfig::regionEndpoint(config.regionId);
}

QString joined(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words)
        quoted.append(CommandLineBuilder::shellQuote(word));
    return quoted.join(u' ');
}
} // namespace

namespace CommandLineBuilder {

QString shellQuote(const QString &word)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString aliyunQueryOtaJob(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId)
{
    QStringList words {u"aliyun"_s, u"iot"_s, u"QueryOTAJob"_s, u"--JobId"_s, jobId};
    if (!iotInstanceId.isEmpty())
        words << u"--IotInstanceId"_s << iotInstanceId;
    if (!config.regionId.isEmpty())
        words << u"--region"_s << config.regionId;
    if (!isRegionEndpoint(config) && config.endpoint.isValid() && !config.endpoint.host().isEmpty()) {
        const int port = config.endpoint.port();
        const QString host = config.endpoint.host(QUrl::FullyEncoded);
        words << u"--endpoint"_s << (port < 0 ? host : u"%1:%2"_s.arg(host).arg(port));
    }
    return joined(words);
}

QString otadashQuery(const RpcConfig &config, const QString &jobId, const QString &iotInstanceId,
                     const QString &profileName)
{
    QStringList words {u"otadash-cli"_s, u"query"_s, u"--job-id"_s, jobId};
    if (!profileName.isEmpty()) {
        words << u"--profile"_s << profileName;
    } else {
        if (!isRegionEndpoint(config) && config.endpoint.isValid())
            words << u"--endpoint"_s << config.endpoint.toString(QUrl::FullyEncoded);
        if (!config.regionId.isEmpty())
            words << u"--region"_s << config.regionId;
    }
    if (!iotInstanceId.isEmpty())
        words << u"--instance-id"_s << iotInstanceId;
    return joined(words);
}

} // namespace CommandLineBuilder
