#include "ApiCommand.h"

#include <QCommandLineParser>

ApiCommand::ApiCommand(const QString &command, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_out(out), m_err(err), m_connection(command, out, err)
{
    connect(&m_connection, &ConnectionOptions::ready, this, &ApiCommand::run);
    connect(&m_connection, &ConnectionOptions::failed, this, &ApiCommand::finished);
}

ApiCommand::~ApiCommand() = default;

void ApiCommand::start()
{
    m_connection.start();
}

std::optional<int> ApiCommand::parse(const QStringList &arguments)
{
    // The language comes first: it decides the words of --help and of everything printed after it.
    if (const std::optional<int> exitCode = m_connection.installLanguage(arguments))
        return exitCode;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addOptions(options());
    if (const std::optional<int> exitCode = m_connection.parseCommandLine(parser, arguments, usage()))
        return exitCode;
    if (const std::optional<int> exitCode = readOptions(parser))
        return exitCode;
    return m_connection.resolve(parser);
}
