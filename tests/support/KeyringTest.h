#pragma once

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

// Helpers for the tests that run inside tests/support/run-with-keyring.sh (private D-Bus session, private
// gnome-keyring, throw-away HOME and TMPDIR below OTADASH_TEST_ROOT).
namespace KeyringTest {

// Outside the runner a keychain test would touch the developer's own keyring: it must not run then.
inline bool insideRunner()
{
    return qEnvironmentVariable("OTADASH_KEYRING_RUNNER") == QLatin1String("1")
            && !qEnvironmentVariable("OTADASH_TEST_ROOT").isEmpty();
}

inline QString mode()
{
    return qEnvironmentVariable("OTADASH_KEYRING_MODE");
}

inline QString root()
{
    return qEnvironmentVariable("OTADASH_TEST_ROOT");
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs a program to completion with the event loop running (a simulator in this process answers meanwhile).
// input goes to its stdin, which is then closed; env entries are set (an empty value unsets the variable).
inline Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
               const QMap<QString, QString> &env = {}, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isEmpty())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, process.readAllStandardOutput(), process.readAllStandardError(), false};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(), true};
}

// Every regular file below dir, hidden ones included (sockets and the like are skipped).
inline QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isFile() && !it.fileInfo().isSymLink())
            files.append(path);
    }
    files.sort();
    return files;
}

// The byte forms a secret could take on disk: as is (UTF-8/Latin-1), UTF-16LE, Base64 and hex.
inline QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return {utf8, utf16, utf8.toBase64(), utf8.toHex()};
}

// The files below dir that contain any form of any of the secrets.
inline QStringList filesContaining(const QString &dir, const QStringList &secrets)
{
    QStringList hits;
    for (const QString &path : filesBelow(dir)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &secret : secrets) {
            bool found = false;
            for (const QByteArray &form : encodings(secret))
                found = found || bytes.contains(form);
            if (found) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

} // namespace KeyringTest
