#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace AtomicFile {

std::optional<QString> write(const QString &path, const QByteArray &data)
{
    const auto failure = [&path](const QString &reason) {
        return QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), reason);
    };
    if (path.isEmpty())
        return QCoreApplication::translate("AtomicFile", "Cannot write the file: no file name was given.");

    // The folders the file goes in are made when missing (a fresh home has no ~/Documents) and removed again
    // when the file cannot be written: nothing is left behind.
    QStringList missing; // outermost first
    for (QString folder = QFileInfo(path).absolutePath(); !QFileInfo::exists(folder);) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    QStringList made;
    const auto removeMade = [&made] {
        std::for_each(made.crbegin(), made.crend(), [](const QString &folder) { QDir().rmdir(folder); });
    };
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder)) {
            removeMade();
            return failure(QCoreApplication::translate("AtomicFile", "the folder %1 could not be created")
                                   .arg(QDir::toNativeSeparators(folder)));
        }
        made.append(folder);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        removeMade();
        return failure(file.errorString());
    }
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        removeMade();
        return failure(reason);
    }
    if (!file.commit()) {
        removeMade();
        return failure(file.errorString());
    }
    return std::nullopt;
}

} // namespace AtomicFile
