#include "services/AccountDirectory.h"

bool Account::sameConnection(const Account &other) const
{
    const RpcConfig &x = config;
    const RpcConfig &y = other.config;
    return x.endpoint == y.endpoint && x.regionId == y.regionId && x.credentials == y.credentials
            && x.signature == y.signature && x.format == y.format && x.httpMethod == y.httpMethod
            && x.timeoutMs == y.timeoutMs && iotInstanceId == other.iotInstanceId
            && readOnly == other.readOnly;
}

AccountDirectory::AccountDirectory(QObject *parent) : QObject(parent) { }

AccountDirectory::~AccountDirectory() = default;

void AccountDirectory::setCurrent(const Account &account)
{
    const bool same = m_current && m_currentProfile == account.profile && m_current->sameConnection(account);
    m_currentProfile = account.profile;
    m_current = account;
    if (account.config.credentials.isComplete())
        m_known.insert(account.profile, account); // still readable after a switch to another profile
    if (!same)
        emit currentChanged();
}

void AccountDirectory::setCurrentUnusable(const QString &profile)
{
    const bool same = !m_current && m_currentProfile == profile;
    m_currentProfile = profile;
    m_current.reset();
    if (!same)
        emit currentChanged();
}

std::optional<Account> AccountDirectory::current() const
{
    return m_current;
}

std::optional<Account> AccountDirectory::account(const QString &profile) const
{
    if (profile == m_currentProfile)
        return m_current;
    const auto found = m_known.constFind(profile);
    if (found == m_known.cend())
        return std::nullopt;
    return *found;
}
