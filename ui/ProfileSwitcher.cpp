#include "ProfileSwitcher.h"

#include "auth/CredentialStore.h"
#include "auth/EnvironmentProfile.h"
#include "auth/ProfileStore.h"
#include "auth/StsSession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

ProfileSwitcher::ProfileSwitcher(ProfileStore *profiles, CredentialStore *credentials,
                                 RequestScheduler *scheduler, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_credentials(credentials), m_scheduler(scheduler),
      m_label(new QLabel(this)), m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("profileSwitcher"));
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    m_label->setText(tr("&Profile:"));
    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::activate);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfileSwitcher::reload);
    reload();
}

ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    reload();
}

QString ProfileSwitcher::currentId() const
{
    return m_combo->currentData().toString();
}

std::optional<Profile> ProfileSwitcher::profileAt(int index) const
{
    const QString id = m_combo->itemData(index).toString();
    if (id == QLatin1String(Profile::kEnvironmentId))
        return EnvironmentProfile::detect(m_environment);
    if (m_builtIn && id == m_builtIn->first.id)
        return m_builtIn->first;
    return m_profiles->profile(id);
}

void ProfileSwitcher::reload()
{
    const QSignalBlocker blocker(m_combo);
    const QString selected = m_activeId;
    m_combo->clear();
    if (m_builtIn) {
        m_combo->addItem(m_builtIn->first.name, m_builtIn->first.id);
        QString tip = tr("Built in: the embedded demo endpoint and its credentials, not stored in the "
                         "keychain and not editable.");
        if (m_builtIn->first.readOnly)
            tip += u' '
                    + tr("Read-only: it may only query until File > Allow Write Actions in the Demo is on.");
        m_combo->setItemData(0, tip, Qt::ToolTipRole);
    }
    if (const std::optional<Profile> environment = EnvironmentProfile::detect(m_environment))
        m_combo->addItem(tr("Environment"), environment->id);
    for (const Profile &profile : m_profiles->profiles())
        m_combo->addItem(profile.name, profile.id);
    const int index = m_combo->findData(selected);
    if (index >= 0) {
        m_combo->setCurrentIndex(index);
        return;
    }
    // The active profile is gone (deleted): show that none is active rather than pretend another one is.
    m_combo->setCurrentIndex(-1);
    m_combo->setPlaceholderText(tr("No profile"));
    m_activeId.clear();
}

void ProfileSwitcher::setBuiltIn(const Profile &profile, const Credentials &credentials)
{
    m_builtIn = std::pair {profile, credentials};
    reload();
}

void ProfileSwitcher::selectInitialProfile()
{
    if (selectProfile(m_profiles->lastUsedId()))
        return;
    selectProfile(QString::fromLatin1(Profile::kEnvironmentId));
}

bool ProfileSwitcher::selectProfile(const QString &id)
{
    const int index = id.isEmpty() ? -1 : m_combo->findData(id);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    activate(index);
    return true;
}

void ProfileSwitcher::activate(int index)
{
    const std::optional<Profile> profile = profileAt(index);
    if (!profile)
        return;
    m_activeId = profile->id;
    const bool builtIn = m_builtIn && profile->id == m_builtIn->first.id;
    if (!builtIn) // the next start without the demo does not begin with it
        m_profiles->setLastUsedId(profile->id);
    const quint64 generation = ++m_generation;
    m_sts.reset(); // the previous profile's role, if it had one
    if (builtIn) {
        setReading(false);
        emit profileActivated(*profile, m_builtIn->second);
        return;
    }
    if (profile->environment) {
        setReading(false);
        emit profileActivated(*profile, EnvironmentProfile::credentials(m_environment));
        return;
    }
    setReading(true);
    CredentialJob *job = m_credentials->readCredentials(*profile);
    connect(job, &CredentialJob::finished, this,
            [this, generation, profile = *profile](const CredentialResult &result) {
                if (generation != m_generation)
                    return; // the user has switched again meanwhile
                if (result.ok() && profile.ramRole) {
                    assumeRole(profile, result.credentials, generation);
                    return;
                }
                setReading(false);
                if (result.ok())
                    emit profileActivated(profile, result.credentials);
                else
                    emit profileFailed(profile, *result.error);
            });
}

void ProfileSwitcher::assumeRole(const Profile &profile, const Credentials &source, quint64 generation)
{
    if (!m_scheduler) {
        setReading(false);
        emit roleFailed(profile, ApiError::transportError(ApiError::Transport::MissingCredentials, [] {
                            return tr("RAM roles cannot be assumed here.");
                        }));
        return;
    }
    m_sts = std::make_unique<StsSession>(m_scheduler, source, *profile.ramRole, profile.regionId,
                                         profile.signature);
    connect(m_sts.get(), &StsSession::ready, this, [this, profile, generation] {
        if (generation != m_generation)
            return;
        setReading(false);
        emit profileActivated(profile, m_sts->credentials());
    });
    connect(m_sts.get(), &StsSession::failed, this, [this, profile, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (m_sts->isReady()) {
            emit roleRenewalFailed(profile, error);
            return;
        }
        setReading(false);
        emit roleFailed(profile, error);
    });
    connect(m_sts.get(), &StsSession::refreshed, this, [this, profile, generation] {
        if (generation == m_generation)
            emit roleRenewed(profile);
    });
    m_sts->start();
}

void ProfileSwitcher::setReading(bool reading)
{
    if (m_reading == reading)
        return;
    m_reading = reading;
    emit readingChanged(reading);
}

void ProfileSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_label->setText(tr("&Profile:"));
        reload();
    }
    QWidget::changeEvent(event);
}
