#include "auth/CredentialError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString CredentialError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NoSecretService:
        return u"NoSecretService"_s;
    case Kind::Locked:
        return u"Locked"_s;
    case Kind::AccessDenied:
        return u"AccessDenied"_s;
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::Other:
        break;
    }
    return u"Other"_s;
}

QString CredentialError::title() const
{
    switch (kind) {
    case Kind::NoSecretService:
        return QCoreApplication::translate("CredentialError", "No keychain available");
    case Kind::Locked:
        return QCoreApplication::translate("CredentialError", "Keychain locked");
    case Kind::AccessDenied:
        return QCoreApplication::translate("CredentialError", "Keychain access denied");
    case Kind::NotFound:
        return QCoreApplication::translate("CredentialError", "Secret not found");
    case Kind::Timeout:
        return QCoreApplication::translate("CredentialError", "Keychain not answering");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("CredentialError", "Keychain error");
}

QString CredentialError::message() const
{
    QString text;
    switch (kind) {
    case Kind::NoSecretService:
        text = QCoreApplication::translate(
                "CredentialError",
                "No Secret Service is available: there is no D-Bus session, or no keychain provider (such as "
                "GNOME Keyring or KWallet) is running or has a keyring. Start one and try again.");
        break;
    case Kind::Locked:
        text = QCoreApplication::translate("CredentialError",
                                           "The keyring is locked. Unlock it (for example by logging in to "
                                           "the desktop, or with your keyring's own tool) and try again.");
        break;
    case Kind::AccessDenied:
        text = QCoreApplication::translate(
                "CredentialError",
                "The keychain refused access, or its prompt was dismissed. Allow OtaDash to use the "
                "keychain and try again.");
        break;
    case Kind::NotFound:
        text = QCoreApplication::translate(
                "CredentialError",
                "The keychain holds no secret for this profile. Enter the AccessKey secret again.");
        break;
    case Kind::Timeout:
        text = QCoreApplication::translate(
                "CredentialError",
                "The keychain did not answer in time; it may be waiting for an unlock prompt that nobody "
                "can see.");
        break;
    case Kind::Other:
        text = QCoreApplication::translate("CredentialError", "The keychain reported an error.");
        break;
    }
    if (!backendText.isEmpty())
        text += u' ' + QCoreApplication::translate("CredentialError", "(Keychain: %1)").arg(backendText);
    return text;
}
