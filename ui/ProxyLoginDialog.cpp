#include "ProxyLoginDialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

bool ProxyLoginDialog::ask(QWidget *parent, const QNetworkProxy &proxy, QString *user, QString *password)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"proxyLoginDialog"_s);
    dialog.setWindowTitle(QCoreApplication::translate("ProxyLoginDialog", "Proxy sign-in"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(QCoreApplication::translate("ProxyLoginDialog",
                                                        "The proxy %1:%2 asks for a user name and password. "
                                                        "OtaDash keeps the password in the system keychain.")
                                    .arg(proxy.hostName())
                                    .arg(proxy.port()),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    auto *userEdit = new QLineEdit(*user, &dialog);
    userEdit->setObjectName(u"proxyUserEdit"_s);
    auto *passwordEdit = new QLineEdit(&dialog);
    passwordEdit->setObjectName(u"proxyPasswordEdit"_s);
    passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(QCoreApplication::translate("ProxyLoginDialog", "&User:"), userEdit);
    form->addRow(QCoreApplication::translate("ProxyLoginDialog", "&Password:"), passwordEdit);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    (user->isEmpty() ? userEdit : passwordEdit)->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *user = userEdit->text().trimmed();
    *password = passwordEdit->text();
    return true;
}
