#include "net/CaCertificates.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSslConfiguration>

namespace {
// The system's CAs, as they were before OtaDash added any.
const QList<QSslCertificate> &systemCas()
{
    static const QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    return cas;
}
} // namespace

std::optional<QList<QSslCertificate>> CaCertificates::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("CaCertificates", "The CA file %1 cannot be read: %2")
                             .arg(path, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CaCertificates",
                                                 "The CA file %1 holds no PEM certificate (-----BEGIN "
                                                 "CERTIFICATE-----).")
                             .arg(path);
        return std::nullopt;
    }
    return certificates;
}

void CaCertificates::install(const QList<QSslCertificate> &extra)
{
    static bool installed = false;
    if (extra.isEmpty() && !installed)
        return; // the system's CAs as Qt loads them (on demand), untouched
    installed = true;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(systemCas() + extra);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

bool CaCertificates::installFromSettings(const QSettings &settings, QString *error)
{
    const QString path = settings.value(kSettingsKey).toString();
    if (path.isEmpty()) {
        install({});
        return true;
    }
    const std::optional<QList<QSslCertificate>> certificates = load(path, error);
    install(certificates.value_or(QList<QSslCertificate>()));
    return certificates.has_value();
}
