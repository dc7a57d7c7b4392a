#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QTextStream;

// `otadash-cli audit`: the audit log of the write actions sent from this computer (by the dashboard and the
// headless commands), oldest first, one line per call: when, profile, AccessKeyId, action, batch, how many
// targets and which, RequestId and outcome; as an aligned text, JSON or CSV. It reads only the local history
// file. Exit codes: 0 printed (also an empty log), 1 usage error, 5 the history file cannot be read.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    AuditCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    std::optional<int> parse(const QStringList &arguments);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_jobId;
    QString m_output = QStringLiteral("text");
    QString m_historyPath;
};

int runAuditCommand(const QStringList &arguments);
