#pragma once

#include "auth/Profile.h"

#include <QDebug>
#include <QList>

#include <optional>

// One profile of the aliyun CLI's config.json, and what OtaDash makes of it.
struct AliyunProfileEntry
{
    QString name; // as in the file
    QString mode; // as in the file ("AK", "StsToken", "RamRoleArn", ...)
    bool current = false; // the file's "current" profile
    bool importable = false;
    QString reason; // translated: why it is not imported, or a note on what is (STS tokens expire)
    Profile profile; // importable: the non-secret fields (no id yet)
    Credentials credentials; // importable: the secret and token, for a CredentialStore only
};
Q_DECLARE_METATYPE(AliyunProfileEntry)

// Streams everything but the secrets.
QDebug operator<<(QDebug debug, const AliyunProfileEntry &entry);

// A config.json as read: its profiles in file order, or why it could not be read.
struct AliyunConfigFile
{
    QString path;
    QString current;
    QList<AliyunProfileEntry> entries;
    std::optional<QString> error; // translated; never quotes the file's content

    bool ok() const { return !error.has_value(); }
};

// Reads ~/.aliyun/config.json (REFERENCE.md section 5): modes AK, StsToken and RamRoleArn carry a secret
// OtaDash can use; every other mode gets the reason it is not imported.
namespace AliyunConfig {
// $HOME/.aliyun/config.json
QString defaultPath();
AliyunConfigFile read(const QString &path);
AliyunConfigFile parse(const QByteArray &json, const QString &path = {});
// Why profiles of this mode are not imported (empty for AK, StsToken and RamRoleArn).
QString reasonNotImported(const QString &mode);
} // namespace AliyunConfig
