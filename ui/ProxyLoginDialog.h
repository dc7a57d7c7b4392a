#pragma once

#include <QNetworkProxy>
#include <QString>

class QWidget;

// Asks for a proxy's user name and password when it wants them (HTTP 407): says which proxy, and that the
// password is kept in the system keychain. Modal, because Qt waits for the answer before it goes on.
namespace ProxyLoginDialog {
// user: the known one (shown, editable). False when the user cancels.
bool ask(QWidget *parent, const QNetworkProxy &proxy, QString *user, QString *password);
} // namespace ProxyLoginDialog
