#pragma once

#include "ApiCommand.h"

#include <memory>

class SuccessVerifier;
struct VerifyReport;

// `otadash-cli verify`: verified success for one batch (services/SuccessVerifier). Reads the batch's
// SUCCEEDED tasks, asks their devices (all, or --sample N at random) which version they report, and prints
// how many were checked and which report another version than the task's DestVersion, as text or JSON. Exit
// codes as `otadash-cli query` (0 also when devices report another version: the output says so).
class VerifyCommand : public ApiCommand
{
    Q_OBJECT
public:
    VerifyCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~VerifyCommand() override;

private:
    QString usage() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    std::optional<int> readOptions(const QCommandLineParser &parser) override;
    void run() override;
    void onVerified(const VerifyReport &report);
    void onFailed(const ApiError &error);

    QString m_jobId;
    int m_sample = 0;
    QString m_output = QStringLiteral("text");
    std::unique_ptr<SuccessVerifier> m_verifier;
};

int runVerifyCommand(const QStringList &arguments);
