#include "VerifyCommand.h"

#include "services/SuccessVerifier.h"
#include "util/Clock.h"
#include "util/JsonFormatter.h"
#include "util/ListOutput.h"
#include "util/TimeText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::StringLiterals;

VerifyCommand::VerifyCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : ApiCommand(u"verify"_s, out, err, parent)
{ }

VerifyCommand::~VerifyCommand() = default;

QString VerifyCommand::usage() const
{
    return tr("Usage: otadash-cli verify --job-id ID [--sample N] [--output text|json] [options]");
}

QString VerifyCommand::description() const
{
    return tr(
            "Verify the success of a batch: ask the devices of its SUCCEEDED tasks which version they report "
            "(BatchQueryDeviceDetail) and list those that report another version than the batch's.");
}

QList<QCommandLineOption> VerifyCommand::options() const
{
    return {QCommandLineOption(u"job-id"_s, tr("The batch to verify."), tr("ID")),
            QCommandLineOption(u"sample"_s, tr("Check this many devices, picked at random (default: all)."),
                               tr("N")),
            QCommandLineOption(u"output"_s,
                               tr("text (default), or json: one object with JobId, Succeeded, Checked, "
                                  "Sampled, Mismatches and ReadAt."),
                               u"text|json"_s, u"text"_s)};
}

std::optional<int> VerifyCommand::readOptions(const QCommandLineParser &parser)
{
    const std::optional<QStringList> jobIds
            = m_connection.resourceIds(parser, u"job-id"_s, true, tr("'%1' is not a valid batch ID"));
    if (!jobIds)
        return ConnectionOptions::UsageError;
    m_jobId = jobIds->constFirst();
    if (parser.isSet(u"sample"_s)) {
        bool ok = false;
        m_sample = parser.value(u"sample"_s).toInt(&ok);
        if (!ok || m_sample < 1)
            return m_connection.usageError(tr("--sample must be a number of devices, 1 or more"));
    }
    m_output = parser.value(u"output"_s).toLower();
    if (m_output != u"text" && m_output != u"json")
        return m_connection.usageError(tr("--output must be text or json"));
    return std::nullopt;
}

void VerifyCommand::run()
{
    Account account;
    account.profile = m_connection.profileName();
    account.config = m_connection.config();
    account.iotInstanceId = m_connection.instanceId();
    m_verifier = std::make_unique<SuccessVerifier>(m_connection.scheduler());
    connect(m_verifier.get(), &SuccessVerifier::listingIncomplete, this, [this] {
        m_err << tr("otadash-cli verify: the succeeded tasks of batch %1 could not all be read").arg(m_jobId)
              << '\n';
        m_err.flush();
        emit finished(ConnectionOptions::TransportFailure);
    });
    connect(m_verifier.get(), &SuccessVerifier::finished, this, &VerifyCommand::onVerified);
    connect(m_verifier.get(), &SuccessVerifier::failed, this, &VerifyCommand::onFailed);
    m_verifier->verifyBatch(account, m_jobId, m_sample, QRandomGenerator::global()->generate());
}

void VerifyCommand::onFailed(const ApiError &error)
{
    m_connection.printError(tr("ERROR: %1 (batch %2)").arg(error.title(), m_jobId), error);
    emit finished(ConnectionOptions::exitCodeFor(error));
}

void VerifyCommand::onVerified(const VerifyReport &report)
{
    if (m_output == u"json") {
        QJsonArray mismatches;
        for (const VersionMismatch &m : report.mismatches)
            mismatches.append(QJsonObject {
                    {u"DeviceName"_s, m.deviceName},
                    {u"ProductKey"_s, m.productKey},
                    {u"TaskId"_s, m.taskId},
                    {u"DestVersion"_s, m.destVersion},
                    {u"FirmwareVersion"_s,
                     m.reportedVersion.isEmpty() ? QJsonValue() : QJsonValue(m.reportedVersion)}});
        const QJsonObject object {
                {u"JobId"_s, m_jobId},          {u"Succeeded"_s, report.succeeded},
                {u"Checked"_s, report.checked}, {u"Sampled"_s, report.sampled},
                {u"Mismatches"_s, mismatches},  {u"ReadAt"_s, ListOutput::apiTime(report.readAtUtc)}};
        const QByteArray compact = QJsonDocument(object).toJson(QJsonDocument::Compact);
        m_out << QString::fromUtf8(JsonFormatter::sortedIndented(compact).value_or(compact)) << '\n';
    } else {
        const QLocale locale;
        const QDateTime now = m_connection.scheduler()->clock().nowUtc();
        m_out << tr("Batch %1: %2 succeeded, %3 checked (%4) at %5: %Ln report another version.", "",
                    int(report.mismatches.size()))
                         .arg(m_jobId, locale.toString(report.succeeded), locale.toString(report.checked),
                              report.sampled ? tr("a random sample") : tr("all"),
                              TimeText::readAt(report.readAtUtc, now))
              << ' ' << TimeText::zoneNote() << '\n';
        for (const VersionMismatch &m : report.mismatches)
            m_out << u"  "_s
                  << (m.reportedVersion.isEmpty()
                              ? tr("%1 reports no version (task %2)").arg(m.deviceName, m.taskId)
                              : tr("%1 reports %2, not %3 (task %4)")
                                        .arg(m.deviceName, m.reportedVersion, m.destVersion, m.taskId))
                  << '\n';
    }
    m_out.flush();
    emit finished(ConnectionOptions::Success);
}

int runVerifyCommand(const QStringList &arguments)
{
    return runApiCommand<VerifyCommand>(arguments);
}
