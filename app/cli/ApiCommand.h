#pragma once

#include "ConnectionOptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

// A headless command that calls the API (`otadash-cli query`, `tasks`, `jobs`): parse() reads the arguments
// after the command's name, start() runs it once the credentials and the scheduler are there, finished()
// tells the exit code exactly once. Exit codes: ConnectionOptions::ExitCode.
class ApiCommand : public QObject
{
    Q_OBJECT
public:
    ~ApiCommand() override;

    // Reads the arguments after the command's name: its own options, then the connection options. An exit
    // code when there is nothing to run (--help, a usage error). Installs the language first (--lang, else
    // the saved preference, else the system's): --help, the messages and the text output speak it.
    std::optional<int> parse(const QStringList &arguments);
    // The connection options, credentials and scheduler (to inject the profile and credential stores).
    ConnectionOptions &connection() { return m_connection; }
    // Reads a keychain secret if --profile needs one, then run(); finished() follows.
    void start();

signals:
    void finished(int exitCode);

protected:
    // command: the word after "otadash-cli", for messages.
    ApiCommand(const QString &command, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    // "Usage: otadash-cli query --job-id ID [options]", and what the command does, for --help.
    virtual QString usage() const = 0;
    virtual QString description() const = 0;
    // The command's own options, in the order --help lists them (the connection options follow).
    virtual QList<QCommandLineOption> options() const = 0;
    // Reads the command's own options from the parsed command line; an exit code on a usage error.
    virtual std::optional<int> readOptions(const QCommandLineParser &parser) = 0;
    // Called once connection().scheduler() is ready; must end in finished().
    virtual void run() = 0;

    QTextStream &m_out;
    QTextStream &m_err;
    ConnectionOptions m_connection;
};

// Runs a headless command (parse, start, wait for finished) on the current QCoreApplication, writing to
// stdout and stderr; setup may adjust the command before it parses. Returns the exit code.
template<typename Command, typename Setup> int runApiCommand(const QStringList &arguments, Setup &&setup)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Command command(out, err);
    setup(command);
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    QObject::connect(&command, &ApiCommand::finished, QCoreApplication::instance(), &QCoreApplication::exit);
    command.start();
    return QCoreApplication::exec();
}

template<typename Command> int runApiCommand(const QStringList &arguments)
{
    return runApiCommand<Command>(arguments, [](Command &) {});
}
