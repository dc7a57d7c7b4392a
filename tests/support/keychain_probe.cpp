// keychain_probe: one KeychainCredentialStore call per process, for the tests that need a second process on
// the same keyring (persistence) and for trying the failure modes by hand. The value to write comes from
// stdin, never from an argument.
//   keychain_probe read|write|remove PROFILE_ID [secret|token]
// Exit codes: 0 done, 1 usage, 4 keychain error (kind, code and text on stderr as "error KIND CODE TEXT").

#include "auth/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2 || args.size() > 3
        || !QStringList {u"read"_s, u"write"_s, u"remove"_s}.contains(args[0])) {
        err << "usage: keychain_probe read|write|remove PROFILE_ID [secret|token]\n";
        return 1;
    }
    const SecretKind kind
            = args.value(2) == u"token" ? SecretKind::SecurityToken : SecretKind::AccessKeySecret;
    KeychainCredentialStore store;
    store.setTimeout(20000);
    CredentialJob *job = nullptr;
    if (args[0] == u"read") {
        job = store.read(args[1], kind);
    } else if (args[0] == u"write") {
        QTextStream in(stdin);
        job = store.write(args[1], kind, in.readLine());
    } else {
        job = store.remove(args[1], kind);
    }
    int exitCode = 0;
    QObject::connect(job, &CredentialJob::finished, &app, [&](const CredentialResult &result) {
        if (result.ok()) {
            if (args[0] == u"read")
                out << result.value << '\n';
        } else {
            err << "error " << CredentialError::kindName(result.error->kind) << ' '
                << result.error->backendCode << ' ' << result.error->backendText << '\n';
            exitCode = 4;
        }
        app.quit();
    });
    app.exec();
    return exitCode;
}
