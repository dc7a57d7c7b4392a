#include "ProfileDialog.h"
#include "DesktopStyle.h"
#include "ui_ProfileDialog.h"

#include "api/RequestScheduler.h"
#include "auth/AliyunConfig.h"
#include "auth/AliyunImport.h"
#include "auth/ConnectionTest.h"
#include "auth/EnvironmentProfile.h"
#include "auth/ProfileStore.h"
#include "auth/SessionAwareCredentialStore.h"
#include "auth/StsSession.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
// Public-instance regions of IoT Platform (REFERENCE.md section 3, "Endpoint"), as in the main window.
const char *const kRegions[]
        = {"cn-shanghai", "ap-southeast-1", "ap-northeast-1", "us-west-1", "us-east-1", "eu-central-1"};
constexpr int kIdRole = Qt::UserRole;
const QString kOkStyle = u"color: #2e7d32;"_s;
} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, SessionAwareCredentialStore *credentials,
                             RequestScheduler *scheduler, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileDialog>()), m_profiles(profiles),
      m_credentials(credentials), m_scheduler(scheduler), m_aliyunPath(AliyunConfig::defaultPath())
{
    m_ui->setupUi(this);
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };
    for (const char *region : kRegions)
        m_ui->regionCombo->addItem(QString::fromLatin1(region), QString::fromLatin1(region));
    m_ui->regionCombo->addItem(QString(), QString()); // "Custom endpoint", text set in retranslate()
    m_ui->signatureCombo->addItem(QString(), int(SignatureVersion::V3));
    m_ui->signatureCombo->addItem(QString(), int(SignatureVersion::V1));
    m_ui->keychainPanel->hide();
    m_ui->importResult->hide();
    DesktopStyle::setProblemStyleSheet(m_ui->problemLabel);
    m_ui->problemLabel->hide();
    DesktopStyle::setProblemStyleSheet(
            m_ui->keychainPanel, u"#keychainPanel { background: palette(base); border: 1px solid %1; }"_s);
    // Secrets are never offered to other programs through the clipboard's selection or drag and drop.
    for (QLineEdit *edit : {m_ui->secretEdit, m_ui->tokenEdit}) {
        edit->setDragEnabled(false);
        edit->setContextMenuPolicy(Qt::NoContextMenu);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, &ProfileDialog::onSelectionChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfileDialog::startNew);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfileDialog::duplicateCurrent);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteCurrent);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfileDialog::importAliyun);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateFieldStates);
    // An STS token and a RAM role exclude each other: the role is assumed with a long-lived AccessKey.
    connect(m_ui->stsCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->ramRoleCheck->setChecked(false);
        updateFieldStates();
    });
    connect(m_ui->ramRoleCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->stsCheck->setChecked(false);
        updateFieldStates();
    });
    connect(m_ui->ramRoleCheck, &QCheckBox::clicked, this, [this](bool on) {
        if (on)
            m_ui->roleArnEdit->setFocus(); // the user asked for a role: its ARN comes first
    });
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        const auto mode = shown ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->secretEdit->setEchoMode(mode);
        m_ui->tokenEdit->setEchoMode(mode);
        retranslate();
    });
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, [this] {
        const std::function<void()> keep = std::move(m_keepForSession);
        hideKeychainPanel();
        if (keep)
            keep();
    });
    connect(m_ui->keychainCancelButton, &QPushButton::clicked, this, [this] {
        hideKeychainPanel();
        setStatus(tr("Nothing was saved."));
    });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->endpointEdit, m_ui->instanceEdit, m_ui->keyIdEdit,
                            m_ui->secretEdit, m_ui->tokenEdit, m_ui->roleArnEdit, m_ui->sessionNameEdit,
                            m_ui->externalIdEdit, m_ui->policyEdit, m_ui->stsEndpointEdit})
        connect(edit, &QLineEdit::textEdited, m_ui->problemLabel, &QWidget::hide);

    retranslate();
    reloadList(m_profiles->lastUsedId());
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    reloadList(m_currentId);
}

std::optional<Profile> ProfileDialog::environmentProfile() const
{
    return EnvironmentProfile::detect(m_environment);
}

void ProfileDialog::reloadList(const QString &selectId)
{
    m_loading = true;
    m_ui->profileList->clear();
    if (const std::optional<Profile> environment = environmentProfile()) {
        auto *item = new QListWidgetItem(tr("%1 (read-only)").arg(environment->name), m_ui->profileList);
        item->setData(kIdRole, environment->id);
        item->setToolTip(tr("From the ALIBABA_CLOUD_* environment variables."));
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
    }
    for (const Profile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_ui->profileList);
        item->setData(kIdRole, profile.id);
        if (m_credentials->isSessionOnly(profile.id))
            item->setToolTip(tr("Its secret is kept for this session only."));
    }
    m_loading = false;
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(kIdRole).toString() == selectId) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
    if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    else
        startNew();
}

void ProfileDialog::selectProfile(const QString &id)
{
    reloadList(id);
}

void ProfileDialog::focusInstanceId()
{
    m_ui->instanceEdit->setFocus(Qt::OtherFocusReason);
    m_ui->instanceEdit->selectAll();
}

void ProfileDialog::onSelectionChanged()
{
    if (m_loading)
        return;
    hideKeychainPanel();
    m_ui->problemLabel->hide();
    m_ui->testResult->clear();
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    if (!item) {
        m_currentId.clear();
        updateFieldStates();
        return;
    }
    const QString id = item->data(kIdRole).toString();
    if (id == QLatin1String(Profile::kEnvironmentId)) {
        if (const std::optional<Profile> environment = environmentProfile())
            showProfile(*environment);
        return;
    }
    if (const std::optional<Profile> profile = m_profiles->profile(id))
        showProfile(*profile);
}

void ProfileDialog::showProfile(const Profile &profile)
{
    m_currentId = profile.id;
    m_ui->nameEdit->setText(profile.name);
    m_endpointRegion.clear();
    if (!profile.endpoint.isEmpty()) {
        m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->count() - 1);
        m_ui->endpointEdit->setText(profile.endpoint.toString());
        m_endpointRegion = profile.regionId;
    } else {
        int index = m_ui->regionCombo->findData(profile.regionId);
        if (index < 0 && !profile.regionId.isEmpty()) {
            index = m_ui->regionCombo->count() - 1;
            m_ui->regionCombo->insertItem(index, profile.regionId, profile.regionId);
        }
        m_ui->regionCombo->setCurrentIndex(std::max(index, 0));
    }
    m_ui->instanceEdit->setText(profile.iotInstanceId);
    m_ui->keyIdEdit->setText(profile.accessKeyId);
    m_ui->secretEdit->clear();
    m_ui->tokenEdit->clear();
    m_ui->stsCheck->setChecked(profile.sts);
    const RamRole role = profile.ramRole.value_or(RamRole());
    m_ui->ramRoleCheck->setChecked(profile.ramRole.has_value());
    m_ui->roleArnEdit->setText(role.roleArn);
    m_ui->sessionNameEdit->setText(role.sessionName);
    m_ui->durationSpin->setValue(role.durationSecs);
    m_ui->externalIdEdit->setText(role.externalId);
    m_ui->policyEdit->setText(role.policy);
    m_ui->stsEndpointEdit->setText(role.stsEndpoint.toString());
    m_ui->signatureCombo->setCurrentIndex(profile.signature == SignatureVersion::V1 ? 1 : 0);
    m_ui->readOnlyCheck->setChecked(profile.readOnly);
    updateFieldStates();
}

void ProfileDialog::startNew()
{
    m_loading = true;
    m_ui->profileList->setCurrentItem(nullptr);
    m_ui->profileList->clearSelection();
    m_loading = false;
    Profile profile;
    profile.name = m_profiles->uniqueName(tr("New profile"));
    profile.regionId = QString::fromLatin1(kRegions[0]);
    showProfile(profile);
    m_currentId.clear();
    hideKeychainPanel();
    m_ui->problemLabel->hide();
    m_ui->testResult->clear();
    updateFieldStates();
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ProfileDialog::updateFieldStates()
{
    const bool environment = m_currentId == QLatin1String(Profile::kEnvironmentId);
    const bool isNew = m_currentId.isEmpty();
    const bool custom = m_ui->regionCombo->currentData().toString().isEmpty();
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->regionCombo),
          static_cast<QWidget *>(m_ui->instanceEdit), static_cast<QWidget *>(m_ui->keyIdEdit),
          static_cast<QWidget *>(m_ui->secretEdit), static_cast<QWidget *>(m_ui->stsCheck),
          static_cast<QWidget *>(m_ui->signatureCombo), static_cast<QWidget *>(m_ui->readOnlyCheck)})
        field->setEnabled(!environment && !m_busy);
    m_ui->endpointEdit->setEnabled(custom && !environment && !m_busy);
    if (!custom)
        m_ui->endpointEdit->setText(
                RpcConfig::regionEndpoint(m_ui->regionCombo->currentData().toString()).toString());
    m_ui->tokenEdit->setEnabled(m_ui->stsCheck->isChecked() && !environment && !m_busy);
    m_ui->tokenLabel->setEnabled(m_ui->stsCheck->isChecked());
    m_ui->ramRoleCheck->setEnabled(!environment && !m_busy);
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->roleArnEdit), static_cast<QWidget *>(m_ui->sessionNameEdit),
          static_cast<QWidget *>(m_ui->durationSpin), static_cast<QWidget *>(m_ui->externalIdEdit),
          static_cast<QWidget *>(m_ui->policyEdit), static_cast<QWidget *>(m_ui->stsEndpointEdit)}) {
        m_ui->form->setRowVisible(field, m_ui->ramRoleCheck->isChecked());
        field->setEnabled(!environment && !m_busy);
    }
    m_ui->stsEndpointEdit->setPlaceholderText(
            RamRole::defaultStsEndpoint(custom ? m_endpointRegion
                                               : m_ui->regionCombo->currentData().toString())
                    .toString());
    m_ui->saveButton->setEnabled(!environment && !m_busy);
    m_ui->deleteButton->setEnabled(!environment && !isNew && !m_busy);
    m_ui->duplicateButton->setEnabled(!isNew && !m_busy);
    m_ui->testButton->setEnabled(!m_busy);
    m_ui->addButton->setEnabled(!m_busy);
    m_ui->importButton->setEnabled(!m_busy);
    m_ui->profileList->setEnabled(!m_busy);
    m_ui->readOnlyNote->setVisible(environment);
    retranslate();
}

void ProfileDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateFieldStates();
    emit busyChanged(busy);
}

void ProfileDialog::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    DesktopStyle::setProblemStyleSheet(m_ui->statusLabel, error ? u"color: %1;"_s : QString());
}

void ProfileDialog::showProblem(const ProfileProblem &problem)
{
    m_ui->problemLabel->setText(problem.message);
    m_ui->problemLabel->show();
    switch (problem.field) {
    case ProfileProblem::Field::Name:
        m_ui->nameEdit->setFocus();
        break;
    case ProfileProblem::Field::Location:
        if (m_ui->endpointEdit->isEnabled())
            m_ui->endpointEdit->setFocus();
        else
            m_ui->regionCombo->setFocus();
        break;
    case ProfileProblem::Field::InstanceId:
        m_ui->instanceEdit->setFocus();
        break;
    case ProfileProblem::Field::AccessKeyId:
        m_ui->keyIdEdit->setFocus();
        break;
    case ProfileProblem::Field::RamRole:
        m_ui->roleArnEdit->setFocus();
        break;
    }
}

std::optional<Profile> ProfileDialog::profileFromForm(bool forTest)
{
    if (m_currentId == QLatin1String(Profile::kEnvironmentId))
        return environmentProfile();
    Profile profile;
    if (!m_currentId.isEmpty()) {
        if (const std::optional<Profile> stored = m_profiles->profile(m_currentId))
            profile = *stored; // keeps the fields the dialog does not show
    }
    profile.id = m_currentId;
    profile.name = m_ui->nameEdit->text().trimmed();
    const QString region = m_ui->regionCombo->currentData().toString();
    if (region.isEmpty()) {
        profile.endpoint = QUrl(m_ui->endpointEdit->text().trimmed(), QUrl::StrictMode);
        profile.regionId = m_endpointRegion;
    } else {
        profile.endpoint.clear();
        profile.regionId = region;
    }
    profile.iotInstanceId = m_ui->instanceEdit->text().trimmed();
    profile.accessKeyId = m_ui->keyIdEdit->text().trimmed();
    profile.sts = m_ui->stsCheck->isChecked();
    profile.ramRole.reset();
    if (m_ui->ramRoleCheck->isChecked()) {
        RamRole role;
        role.roleArn = m_ui->roleArnEdit->text().trimmed();
        role.sessionName = m_ui->sessionNameEdit->text().trimmed();
        role.durationSecs = m_ui->durationSpin->value();
        role.externalId = m_ui->externalIdEdit->text();
        role.policy = m_ui->policyEdit->text().trimmed();
        const QString stsEndpoint = m_ui->stsEndpointEdit->text().trimmed();
        if (!stsEndpoint.isEmpty())
            role.stsEndpoint = QUrl(stsEndpoint, QUrl::StrictMode);
        profile.ramRole = role;
    }
    profile.signature = SignatureVersion(m_ui->signatureCombo->currentData().toInt());
    profile.readOnly = m_ui->readOnlyCheck->isChecked();
    if (std::optional<ProfileProblem> problem = m_profiles->validate(profile)) {
        // A test needs a place and a key, not a unique name.
        if (!forTest || problem->field != ProfileProblem::Field::Name) {
            showProblem(*problem);
            return std::nullopt;
        }
    }
    return profile;
}

void ProfileDialog::save()
{
    if (m_busy)
        return;
    m_ui->problemLabel->hide();
    std::optional<Profile> profile = profileFromForm(false);
    if (!profile)
        return;
    const bool isNew = m_currentId.isEmpty();
    const QString secret = m_ui->secretEdit->text().trimmed();
    const QString token = m_ui->tokenEdit->text().trimmed();
    const std::optional<Profile> stored = isNew ? std::nullopt : m_profiles->profile(m_currentId);
    const bool stsTurnedOn = profile->sts && (!stored || !stored->sts);
    if (isNew && secret.isEmpty()) {
        showProblem({ProfileProblem::Field::AccessKeyId, tr("Enter the AccessKey secret.")});
        m_ui->secretEdit->setFocus();
        return;
    }
    if (profile->sts && token.isEmpty() && (!secret.isEmpty() || stsTurnedOn)) {
        showProblem(
                {ProfileProblem::Field::AccessKeyId, tr("Enter the SecurityToken of the STS credentials.")});
        m_ui->tokenEdit->setFocus();
        return;
    }
    if (isNew)
        profile->id = Profile::newId();
    if (secret.isEmpty() && !stsTurnedOn) {
        storeProfile(*profile, isNew); // the stored secret stays as it is
        return;
    }
    if (secret.isEmpty()) {
        // STS switched on with only a new token: keep the secret, add the token.
        setBusy(true);
        CredentialJob *job = m_credentials->write(profile->id, SecretKind::SecurityToken, token);
        connect(job, &CredentialJob::finished, this,
                [this, profile = *profile, isNew](const CredentialResult &result) {
                    setBusy(false);
                    if (!result.ok()) {
                        setStatus(result.error->message(), true);
                        return;
                    }
                    storeProfile(profile, isNew);
                });
        return;
    }
    writeSecretAndStore(*profile, isNew, {profile->accessKeyId, secret, profile->sts ? token : QString()});
}

void ProfileDialog::writeSecretAndStore(const Profile &profile, bool isNew, const Credentials &credentials)
{
    setBusy(true);
    setStatus(tr("Saving the secret in %1…").arg(m_credentials->description()));
    // The secret first: a profile is only saved once its secret has a place.
    CredentialJob *job = m_credentials->writeCredentials(profile, credentials);
    connect(job, &CredentialJob::finished, this,
            [this, profile, isNew, credentials](const CredentialResult &result) {
                setBusy(false);
                if (result.ok()) {
                    storeProfile(profile, isNew);
                    return;
                }
                setStatus(tr("The secret could not be saved."), true);
                offerSessionOnly(*result.error, [this, profile, isNew, credentials] {
                    m_credentials->setSessionOnly(profile.id);
                    writeSecretAndStore(profile, isNew, credentials);
                });
            });
}

void ProfileDialog::offerSessionOnly(const CredentialError &error, std::function<void()> keep)
{
    // Without a keep action (an import) there is only the explanation: imported secrets are never kept in
    // memory only.
    const bool offer = static_cast<bool>(keep);
    m_keepForSession = std::move(keep);
    m_ui->keychainTitle->setText(error.title());
    QString message = error.message();
    if (offer)
        message += u"\n\n"_s
                + tr("You can keep the secret for this session only: OtaDash holds it in memory and forgets "
                     "it "
                     "when it quits. Nothing is written to disk instead.");
    m_ui->keychainMessage->setText(message);
    m_ui->sessionOnlyButton->setVisible(offer);
    m_ui->keychainPanel->show();
    if (offer)
        m_ui->sessionOnlyButton->setFocus();
}

void ProfileDialog::hideKeychainPanel()
{
    m_keepForSession = nullptr;
    m_ui->keychainPanel->hide();
}

void ProfileDialog::storeProfile(const Profile &profile, bool isNew)
{
    const ProfileResult result = isNew ? m_profiles->add(profile) : m_profiles->update(profile);
    if (!result.ok()) {
        showProblem(*result.problem);
        if (isNew)
            m_credentials->removeCredentials(profile.id); // no secret without its profile
        return;
    }
    m_ui->secretEdit->clear();
    m_ui->tokenEdit->clear();
    reloadList(result.profile->id);
    setStatus(m_credentials->isSessionOnly(result.profile->id)
                      ? tr("Profile “%1” saved; its secret is kept for this session only.")
                                .arg(result.profile->name)
                      : tr("Profile “%1” saved.").arg(result.profile->name));
}

void ProfileDialog::deleteCurrent()
{
    const std::optional<Profile> profile = m_profiles->profile(m_currentId);
    if (!profile || m_busy)
        return;
    if (!m_confirm(tr("Delete profile"),
                   tr("Delete the profile “%1” and its secret in %2?")
                           .arg(profile->name, m_credentials->description())))
        return;
    setBusy(true);
    CredentialJob *job = m_credentials->removeCredentials(profile->id);
    connect(job, &CredentialJob::finished, this, [this, profile = *profile](const CredentialResult &result) {
        setBusy(false);
        if (!result.ok()
            && !m_confirm(tr("Delete profile"),
                          tr("The secret could not be removed from the keychain: %1\n\nDelete the profile "
                             "anyway? Its keychain entry stays.")
                                  .arg(result.error->message())))
            return;
        m_credentials->setSessionOnly(profile.id, false);
        m_profiles->remove(profile.id);
        reloadList(QString());
        setStatus(tr("Profile “%1” deleted.").arg(profile.name));
    });
}

void ProfileDialog::duplicateCurrent()
{
    if (m_busy || m_currentId.isEmpty())
        return;
    const bool environment = m_currentId == QLatin1String(Profile::kEnvironmentId);
    std::optional<Profile> source = environment ? environmentProfile() : m_profiles->profile(m_currentId);
    if (!source)
        return;
    Profile copy = *source;
    copy.id = Profile::newId();
    copy.environment = false;
    copy.name = m_profiles->uniqueName(tr("%1 (copy)").arg(source->name));
    if (copy.regionId.isEmpty() && copy.endpoint.isEmpty())
        copy.regionId = QString::fromLatin1(kRegions[0]);
    if (const std::optional<ProfileProblem> problem = m_profiles->validate(copy)) {
        showProblem(*problem);
        return;
    }
    const bool sessionOnly = !environment && m_credentials->isSessionOnly(source->id);
    auto finishCopy = [this, copy, sessionOnly](const Credentials &credentials) {
        if (sessionOnly)
            m_credentials->setSessionOnly(copy.id);
        writeSecretAndStore(copy, true, credentials);
    };
    if (environment) {
        finishCopy(EnvironmentProfile::credentials(m_environment));
        return;
    }
    setBusy(true);
    CredentialJob *job = m_credentials->readCredentials(*source);
    connect(job, &CredentialJob::finished, this, [this, copy, finishCopy](const CredentialResult &result) {
        setBusy(false);
        if (result.ok()) {
            finishCopy(result.credentials);
            return;
        }
        // The fields are copied all the same; the secret must be typed in.
        storeProfile(copy, true);
        setStatus(tr("The copy has no secret yet (%1): enter it and save.").arg(result.error->title()), true);
    });
}

void ProfileDialog::testConnection()
{
    if (m_busy)
        return;
    m_ui->problemLabel->hide();
    const std::optional<Profile> profile = profileFromForm(true);
    if (!profile)
        return;
    if (profile->environment) {
        runTest(*profile, EnvironmentProfile::credentials(m_environment));
        return;
    }
    const QString secret = m_ui->secretEdit->text().trimmed();
    if (!secret.isEmpty() || m_currentId.isEmpty()) {
        if (secret.isEmpty()) {
            showProblem({ProfileProblem::Field::AccessKeyId, tr("Enter the AccessKey secret.")});
            return;
        }
        runTest(*profile, {profile->accessKeyId, secret, m_ui->tokenEdit->text().trimmed()});
        return;
    }
    // The stored secret, read for this one call and then dropped.
    setBusy(true);
    m_ui->testResult->setText(tr("Reading the secret…"));
    CredentialJob *job = m_credentials->readCredentials(*profile);
    connect(job, &CredentialJob::finished, this, [this, profile = *profile](const CredentialResult &result) {
        setBusy(false);
        if (!result.ok()) {
            DesktopStyle::setProblemStyleSheet(m_ui->testResult);
            m_ui->testResult->setText(result.error->title() + u"\n"_s + result.error->message());
            return;
        }
        runTest(profile, result.credentials);
    });
}

void ProfileDialog::runTest(const Profile &profile, const Credentials &credentials)
{
    setBusy(true);
    DesktopStyle::setProblemStyleSheet(m_ui->testResult, QString());
    if (profile.ramRole && !credentials.source) {
        // The role first, then the test with its temporary credentials; they are dropped with the dialog.
        m_ui->testResult->setText(tr("Assuming role %1…").arg(profile.ramRole->roleArn));
        m_testSts = std::make_unique<StsSession>(m_scheduler, credentials, *profile.ramRole, profile.regionId,
                                                 profile.signature);
        connect(m_testSts.get(), &StsSession::ready, this,
                [this, profile] { runTest(profile, m_testSts->credentials()); });
        connect(m_testSts.get(), &StsSession::failed, this, [this](const ApiError &error) {
            setBusy(false);
            QString text = u"✘ "_s + error.title();
            if (!error.code.isEmpty())
                text += u"\n"_s + tr("Code: %1").arg(error.code);
            text += u"\n"_s + error.localizedMessage();
            if (!error.hint().isEmpty())
                text += u"\n"_s + error.hint();
            DesktopStyle::setProblemStyleSheet(m_ui->testResult);
            m_ui->testResult->setText(text);
        });
        m_testSts->start();
        return;
    }
    m_ui->testResult->setText(tr("Testing %1…").arg(profile.effectiveEndpoint().host()));
    ScheduledRequest *call
            = ConnectionTest::start(m_scheduler, profile.rpcConfig(credentials), profile.iotInstanceId);
    connect(call, &ScheduledRequest::finished, this, [this](const RpcResponse &response) {
        setBusy(false);
        const ConnectionTestResult result = ConnectionTest::interpret(response);
        QString text = (result.ok ? u"✔ "_s : u"✘ "_s) + result.summary;
        if (!result.ok && result.error) {
            if (!result.error->code.isEmpty())
                text += u"\n"_s + tr("Code: %1").arg(result.error->code);
            text += u"\n"_s + result.error->message;
            if (!result.error->hint().isEmpty())
                text += u"\n"_s + result.error->hint();
        }
        if (!result.requestId.isEmpty())
            text += u"\n"_s + tr("Request ID: %1").arg(result.requestId);
        text += u"\n"_s + tr("%1 ms").arg(result.latencyMs);
        DesktopStyle::setProblemStyleSheet(m_ui->testResult, result.ok ? kOkStyle : u"color: %1;"_s);
        m_ui->testResult->setText(text);
    });
}

void ProfileDialog::importAliyun()
{
    if (m_busy)
        return;
    QString path = m_aliyunPath;
    if (!QFileInfo::exists(path)) {
        path = QFileDialog::getOpenFileName(this, tr("Import from the aliyun CLI"),
                                            QFileInfo(path).absolutePath(),
                                            tr("aliyun CLI configuration (config.json);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    const AliyunConfigFile file = AliyunConfig::read(path);
    if (!file.ok()) {
        setStatus(*file.error, true);
        return;
    }
    setBusy(true);
    setStatus(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
    auto *import = new AliyunImport(m_profiles, m_credentials, this);
    connect(import, &AliyunImport::finished, this, [this, import] {
        setBusy(false);
        showImportResult(import->outcomes(), import->storeError());
        import->deleteLater();
    });
    import->start(file.entries);
}

void ProfileDialog::showImportResult(const QList<AliyunImportOutcome> &outcomes,
                                     const std::optional<CredentialError> &error)
{
    QStringList imported;
    QStringList skipped;
    QString firstImported;
    for (const AliyunImportOutcome &outcome : outcomes) {
        const QString source
                = u"<b>%1</b> (%2)"_s.arg(outcome.aliyunName.toHtmlEscaped(), outcome.mode.toHtmlEscaped());
        switch (outcome.status) {
        case AliyunImportOutcome::Status::Imported:
        case AliyunImportOutcome::Status::Updated:
            imported.append(outcome.status == AliyunImportOutcome::Status::Imported
                                    ? tr("%1 as “%2”").arg(source, outcome.profileName.toHtmlEscaped())
                                    : tr("%1 updated “%2”").arg(source, outcome.profileName.toHtmlEscaped()));
            if (firstImported.isEmpty())
                firstImported = outcome.profileName;
            break;
        case AliyunImportOutcome::Status::Skipped:
        case AliyunImportOutcome::Status::Failed:
            skipped.append(u"%1: %2"_s.arg(source, outcome.reason.toHtmlEscaped()));
            break;
        }
    }
    QString html;
    if (!imported.isEmpty())
        html += u"<p>"_s + tr("Imported:") + u"<br>"_s + imported.join(u"<br>"_s) + u"</p>"_s;
    if (!skipped.isEmpty())
        html += u"<p>"_s + tr("Not imported:") + u"<br>"_s + skipped.join(u"<br>"_s) + u"</p>"_s;
    m_ui->importResult->setHtml(html);
    m_ui->importResult->setVisible(!html.isEmpty());
    const std::optional<Profile> select = m_profiles->profileByName(firstImported);
    reloadList(select ? select->id : m_currentId);
    if (error) {
        setStatus(tr("The import stopped: %1").arg(error->title()), true);
        offerSessionOnly(*error, nullptr);
    } else {
        setStatus(tr("%n profile(s) imported.", "", int(imported.size())));
    }
}

void ProfileDialog::retranslate()
{
    m_ui->regionCombo->setItemText(m_ui->regionCombo->count() - 1, tr("Custom endpoint"));
    m_ui->signatureCombo->setItemText(0, tr("V3 (ACS3-HMAC-SHA256)"));
    m_ui->signatureCombo->setItemText(1, tr("V1 (HMAC-SHA1)"));
    m_ui->showSecretButton->setText(m_ui->showSecretButton->isChecked() ? tr("Hide") : tr("Show"));
    m_ui->showSecretButton->setToolTip(tr("Show or hide the secret and the token while you type them."));
    m_ui->readOnlyNote->setText(
            tr("These credentials come from the ALIBABA_CLOUD_* environment variables and "
               "cannot be edited here. Duplicate them to keep them as a profile."));
    const bool environment = m_currentId == QLatin1String(Profile::kEnvironmentId);
    const bool sessionOnly = !m_currentId.isEmpty() && m_credentials->isSessionOnly(m_currentId);
    if (environment) {
        m_ui->secretEdit->setPlaceholderText(tr("from ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
        m_ui->secretHint->setText(QString());
    } else if (m_currentId.isEmpty()) {
        m_ui->secretEdit->setPlaceholderText(tr("required"));
        m_ui->secretHint->setText(tr("The secret and the token are stored in %1, never in a file.")
                                          .arg(m_credentials->description()));
    } else {
        m_ui->secretEdit->setPlaceholderText(tr("stored; type a new one to replace it"));
        m_ui->secretHint->setText(sessionOnly
                                          ? tr("The secret is kept for this session only.")
                                          : tr("The secret and the token are stored in %1; leave the fields "
                                               "empty to keep them.")
                                                    .arg(m_credentials->description()));
    }
    m_ui->tokenEdit->setPlaceholderText(m_ui->stsCheck->isChecked() ? m_ui->secretEdit->placeholderText()
                                                                    : QString());
    m_ui->secretHint->setVisible(!m_ui->secretHint->text().isEmpty());
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
