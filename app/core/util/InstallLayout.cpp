#include "util/InstallLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace InstallLayout {

namespace {
QString executableName(const QString &program)
{
#ifdef Q_OS_WIN
    return program + u".exe"_s;
#else
    return program;
#endif
}
} // namespace

QString sibling(const QString &program)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(executableName(program));
}

QString privateFile(const QString &fileName)
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(fileName);
    if (QFileInfo::exists(beside))
        return beside;
    // OTADASH_PRIVATE_DIR: <libdir>/otadash relative to <bindir>, e.g. "../lib/otadash".
    return QDir::cleanPath(here.filePath(QStringLiteral(OTADASH_PRIVATE_DIR) + u'/' + fileName));
}

QString privateProgram(const QString &program)
{
    return privateFile(executableName(program));
}

} // namespace InstallLayout
