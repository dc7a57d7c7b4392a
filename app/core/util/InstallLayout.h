#pragma once

#include <QString>

// Where OtaDash's programs find each other and their private files. QCoreApplication must exist.
namespace InstallLayout {

// The program of that name in the running executable's folder; ".exe" appended on Windows.
QString sibling(const QString &program);

// A file OtaDash installs for its own use (the report helper, the keychain module): beside the running
// executable (build tree, Windows, the macOS bundle) if it is there, else in the private folder the Linux
// packages install it to, <libdir>/otadash. The second path when neither exists, for the error message.
QString privateFile(const QString &fileName);
// privateFile() of a program: ".exe" appended on Windows.
QString privateProgram(const QString &program);

} // namespace InstallLayout
