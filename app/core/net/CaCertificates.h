#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

class QSettings;

// Certificate authorities a company adds for the IoT and STS endpoints (one that inspects TLS with its own
// CA): read from a PEM file named in Preferences or by --ca-file, trusted besides the system's, for every
// TLS connection of the process. Certificate errors are never ignored; they only become fewer.
namespace CaCertificates {
inline const QString kSettingsKey = QStringLiteral("network/caFile");

// The certificates of a PEM file (one or several); nullopt and *error when it cannot be read or holds none.
std::optional<QList<QSslCertificate>> load(const QString &path, QString *error);
// Trusts them besides the system's CAs from now on (QSslConfiguration's default); an empty list: the
// system's only.
void install(const QList<QSslCertificate> &extra);
// The file named in the settings, loaded and installed; false (and *error) when it is named but unusable.
bool installFromSettings(const QSettings &settings, QString *error);
} // namespace CaCertificates
