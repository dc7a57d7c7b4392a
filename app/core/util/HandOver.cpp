#include "util/HandOver.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <cerrno>
#include <vector>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace HandOver {

std::optional<int> run(const QString &program, int argc, char *argv[], QString *error)
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    child.start(program, QCoreApplication::arguments().mid(1));
    if (!child.waitForStarted(-1)) {
        *error = child.errorString();
        return std::nullopt;
    }
    child.waitForFinished(-1);
    return child.exitCode();
#else
    const QByteArray path = QFile::encodeName(program);
    std::vector<char *> arguments(argv, argv + argc);
    arguments[0] = const_cast<char *>(path.constData());
    arguments.push_back(nullptr);
    ::execv(path.constData(), arguments.data());
    *error = qt_error_string(errno);
    return std::nullopt;
#endif
}

} // namespace HandOver
