#include "auth/SecretBackend.h"

#include <QCoreApplication>

#ifdef OTADASH_KEYCHAIN_MODULE
#include "util/InstallLayout.h"

#include <QDir>
#include <QLibrary>
#endif

using namespace Qt::StringLiterals;

SecretBackend *SecretBackend::system(QString *problem)
{
#ifdef OTADASH_KEYCHAIN_MODULE
    // Loaded once and never unloaded: QtKeychain's jobs may still call back into it until the process ends.
    static QLibrary *module = nullptr;
    static SecretBackend *backend = nullptr;
    static QString failure;
    if (!module) {
        module = new QLibrary(InstallLayout::privateFile(u"otadash-keychain.so"_s));
        const auto factory
                = reinterpret_cast<SecretBackendFactory>(module->resolve("otadash_secret_backend"));
        backend = factory ? factory() : nullptr;
        if (!backend) {
            failure = QCoreApplication::translate("SecretBackend",
                                                  "OtaDash's keychain support (%1) could not be loaded: %2")
                              .arg(QDir::toNativeSeparators(module->fileName()), module->errorString());
        }
    }
    if (!backend && problem)
        *problem = failure;
    return backend;
#else
    Q_UNUSED(problem);
    return otadash_secret_backend();
#endif
}
