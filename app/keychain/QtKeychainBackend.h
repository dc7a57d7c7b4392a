#pragma once

#include "auth/SecretBackend.h"

// SecretBackend on QtKeychain (and, on Linux, Qt D-Bus for the Secret Service's lock state): service and key
// as given, the insecure plaintext fallback never enabled.
class QtKeychainBackend final : public SecretBackend
{
public:
    void read(const QString &service, const QString &key, QObject *context, Done done) override;
    void write(const QString &service, const QString &key, const QString &value, QObject *context,
               Done done) override;
    void remove(const QString &service, const QString &key, QObject *context, Done done) override;
    void isDefaultCollectionLocked(QObject *context, std::function<void(bool)> done) override;
};
