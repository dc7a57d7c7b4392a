#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace AtomicFile {

std::optional<QString> write(const QString &path, const QByteArray &data)
{
    const auto failure = [&path](const QString &reason) {
        return QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), reason);
    };
    if (path.isEmpty())
        return QCoreApplication::translate("AtomicFile", "Cannot write the file: no file name was given.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());
    return std::nullopt;
}

} // namespace AtomicFile
