#pragma once

#include "services/Account.h"

#include <QHash>
#include <QObject>

#include <optional>

// Which account each profile is in this session: the one in use (the profile switcher's, or the window's
// fields without a profile) and the others whose secret was read since start, so that the watch list and the
// dialogs can read their batches too. Nothing here is saved.
class AccountDirectory : public QObject
{
    Q_OBJECT
public:
    explicit AccountDirectory(QObject *parent = nullptr);
    ~AccountDirectory() override;

    // The account in use now; remembered under its profile name when its credentials are complete.
    void setCurrent(const Account &account);
    // The profile in use has no usable account (its secret could not be read, the endpoint is unusable).
    void setCurrentUnusable(const QString &profile);
    std::optional<Account> current() const;
    // The profile in use, also while it has no usable account.
    QString currentProfile() const { return m_currentProfile; }
    // The current account when this is the profile in use (nullopt while it is unusable), else the one
    // remembered for it; nullopt when its credentials were not read in this session.
    std::optional<Account> account(const QString &profile) const;

signals:
    // The account in use changed: another profile, connection or credentials, or none.
    void currentChanged();

private:
    QString m_currentProfile;
    std::optional<Account> m_current;
    QHash<QString, Account> m_known; // by profile name
};
