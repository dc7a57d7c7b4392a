#pragma once

#include <QMetaType>
#include <QString>

// Why a credential store could not read, write or remove a secret. Never carries the secret itself.
struct CredentialError
{
    enum class Kind {
        NoSecretService, // no D-Bus session, or no keychain provider (Secret Service, KWallet) answers
        Locked, // the keyring exists but is locked and could not be unlocked
        AccessDenied, // the keychain refused, or the user dismissed its prompt
        NotFound, // no entry under this key
        Timeout, // the keychain did not answer in time (often: an unlock prompt nobody sees)
        Other, // anything else; backendText says what
    };

    Kind kind = Kind::Other;
    int backendCode = 0; // QKeychain::Error for the keychain store, 0 otherwise
    QString backendText; // the backend's own words (QtKeychain's errorString())

    // A stable English token ("NoSecretService", ...) for logs and scripts.
    static QString kindName(Kind kind);
    // A translated one-line title.
    QString title() const;
    // A translated explanation with what to do about it, followed by the backend's text.
    QString message() const;
    // True when secrets cannot be kept in this store at all right now (everything but NotFound).
    bool isStoreUnusable() const { return kind != Kind::NotFound; }
};
Q_DECLARE_METATYPE(CredentialError)
