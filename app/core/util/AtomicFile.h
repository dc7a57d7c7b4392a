#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Files the user asks to save (exports, reports): written whole or not at all.
namespace AtomicFile {
// Writes data to path through QSaveFile, making the folders it goes in when they are missing: on any error
// the file is not created (nor the folders made for it), or a file already there stays as it was. The error
// (translated) names the path and the reason.
std::optional<QString> write(const QString &path, const QByteArray &data);
} // namespace AtomicFile
