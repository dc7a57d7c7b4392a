#include "JobDetailView.h"
#include "ui_JobDetailView.h"
#include "util/DisplayZone.h"

#include "LintBadgeBar.h"
#include "models/FirmwareDetailModel.h"
#include "models/JobDetailModel.h"
#include "models/SourceVersionsModel.h"
#include "models/TagsModel.h"
#include "ota/JobField.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

JobDetailView::JobDetailView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::JobDetailView>()),
      m_firmwareModel(new FirmwareDetailModel(this))
{
    m_ui->setupUi(this);
    // The Firmware section, under the schedule: its facts as label and value, the files of a multi-file
    // package in a table.
    m_firmwareBox = new QGroupBox(m_ui->content);
    m_firmwareBox->setObjectName(u"firmwareBox"_s);
    auto *firmwareLayout = new QVBoxLayout(m_firmwareBox);
    m_firmwareState = new QLabel(m_firmwareBox);
    m_firmwareState->setObjectName(u"firmwareStateLabel"_s);
    m_firmwareState->setWordWrap(true);
    m_firmwareState->setEnabled(false);
    firmwareLayout->addWidget(m_firmwareState);
    m_firmwareForm = new QFormLayout;
    firmwareLayout->addLayout(m_firmwareForm);
    m_firmwareFiles = new QTableView(m_firmwareBox);
    m_firmwareFiles->setObjectName(u"firmwareFilesTable"_s);
    m_firmwareFiles->setModel(m_firmwareModel->filesModel());
    m_firmwareFiles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_firmwareFiles->setTabKeyNavigation(false);
    m_firmwareFiles->verticalHeader()->hide();
    m_firmwareFiles->horizontalHeader()->setStretchLastSection(true);
    m_firmwareFiles->setMaximumHeight(120);
    firmwareLayout->addWidget(m_firmwareFiles);
    m_ui->rightColumn->insertWidget(m_ui->rightColumn->indexOf(m_ui->scheduleBox) + 1, m_firmwareBox);
    connect(m_firmwareModel, &QAbstractItemModel::modelReset, this, &JobDetailView::refreshFirmware);
    connect(m_firmwareModel, &QAbstractItemModel::dataChanged, this, &JobDetailView::refreshFirmware);
    setFirmware(std::nullopt);
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
    m_lintBar = new LintBadgeBar(this);
    m_lintBar->setObjectName(u"lintBadgeBar"_s);
    m_ui->outerLayout->insertWidget(0, m_lintBar);
    // A pill leads to the first field it is about.
    connect(m_lintBar, &LintBadgeBar::findingActivated, this, [this](const LintFinding &finding) {
        for (const JobField field : finding.fields) {
            if (QLabel *caption = m_labels.value(int(field))) {
                m_ui->scrollArea->ensureWidgetVisible(caption);
                break;
            }
        }
    });
}

JobDetailView::~JobDetailView() = default;

void JobDetailView::setModels(JobDetailModel *details, TagsModel *tags, SourceVersionsModel *versions)
{
    m_details = details;
    m_tags = tags;
    m_versions = versions;
    m_ui->tagsTable->setModel(tags);
    m_ui->tagsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->srcVersionsList->setModel(versions);
    buildRows();
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {details, tags, versions}) {
        connect(model, &QAbstractItemModel::modelReset, this, &JobDetailView::refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &JobDetailView::refresh);
    }
    connect(details, &QAbstractItemModel::modelReset, this, &JobDetailView::onDetailsReset);
    refresh();
    onDetailsReset();
}

void JobDetailView::buildRows()
{
    // Rows come from the model; SrcVersions and Tags have their own views in their sections.
    for (int row = 0; row < m_details->rowCount(); ++row) {
        const QModelIndex index = m_details->index(row, JobDetailModel::Label);
        const auto field = static_cast<JobField>(index.data(JobDetailModel::FieldRole).toInt());
        if (field == JobField::Tags)
            continue;
        auto *caption = new QLabel(this);
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setObjectName(u"value_"_s + jobFieldKey(field));
        caption->setBuddy(value);
        m_labels.insert(int(field), caption);
        m_values.insert(int(field), value);
        switch (jobFieldInfo(field).section) {
        case JobSection::Identity:
            m_ui->identityForm->addRow(caption, value);
            break;
        case JobSection::RolloutPolicy:
            m_ui->policyForm->addRow(caption, value);
            break;
        case JobSection::Versions:
            if (field == JobField::SrcVersions) {
                // The list shows the versions; this label takes its place when there are none to list.
                m_ui->srcVersionsLayout->addWidget(value);
                delete caption;
                m_labels.insert(int(field), m_ui->srcVersionsLabel);
            } else {
                m_ui->versionsForm->addRow(caption, value);
            }
            break;
        case JobSection::Tags:
            break;
        case JobSection::Schedule:
            m_ui->scheduleForm->addRow(caption, value);
            break;
        }
    }
}

void JobDetailView::refresh()
{
    if (!m_details)
        return;
    m_ui->stack->setCurrentWidget(m_details->hasJob() ? static_cast<QWidget *>(m_ui->scrollArea)
                                                      : m_ui->emptyPage);
    m_ui->identityBox->setTitle(jobSectionTitle(JobSection::Identity));
    m_ui->policyBox->setTitle(jobSectionTitle(JobSection::RolloutPolicy));
    m_ui->versionsBox->setTitle(jobSectionTitle(JobSection::Versions));
    m_ui->tagsBox->setTitle(jobSectionTitle(JobSection::Tags));
    // Its times are in this zone: said once, in the title.
    m_ui->scheduleBox->setTitle(jobSectionTitle(JobSection::Schedule, DisplayZone::name()));

    for (int row = 0; row < m_details->rowCount(); ++row) {
        const QModelIndex labelIndex = m_details->index(row, JobDetailModel::Label);
        const QModelIndex valueIndex = m_details->index(row, JobDetailModel::Value);
        const auto field = static_cast<JobField>(labelIndex.data(JobDetailModel::FieldRole).toInt());
        const bool present = valueIndex.data(JobDetailModel::PresentRole).toBool();
        const bool changed = valueIndex.data(JobDetailModel::ChangedRole).toBool();
        if (field == JobField::Tags) {
            markChanged(m_ui->tagsBox, changed, valueIndex.data(Qt::ToolTipRole).toString());
            const bool hasTags = present && m_tags && m_tags->rowCount() > 0;
            m_ui->tagsTable->setVisible(hasTags);
            m_ui->tagsAbsentLabel->setVisible(!hasTags);
            m_ui->tagsAbsentLabel->setEnabled(false);
            m_ui->tagsAbsentLabel->setText(present ? tr("This batch has no tags.")
                                                   : JobDetailModel::notReturnedText(field));
            continue;
        }
        QLabel *caption = m_labels.value(int(field));
        QLabel *value = m_values.value(int(field));
        if (!caption || !value)
            continue;
        caption->setText(labelIndex.data(Qt::DisplayRole).toString());
        caption->setToolTip(labelIndex.data(JobDetailModel::HelpRole).toString());
        QFont font = value->font();
        if (!present) {
            // Missing is not empty: say so, greyed, with the rule that explains why.
            font.setItalic(true);
            value->setFont(font);
            value->setEnabled(false);
            value->setText(tr("Not returned"));
            value->setToolTip(JobDetailModel::notReturnedText(field));
        } else {
            font.setItalic(false);
            value->setFont(font);
            value->setEnabled(true);
            const QString text = valueIndex.data(Qt::DisplayRole).toString();
            value->setText(text.isEmpty() ? tr("(empty)") : text);
            value->setToolTip(valueIndex.data(Qt::ToolTipRole).toString());
        }
        font.setBold(changed);
        value->setFont(font);
        markChanged(value, changed, valueIndex.data(Qt::ToolTipRole).toString());
        if (field == JobField::SrcVersions) {
            markChanged(m_ui->srcVersionsList, changed, valueIndex.data(Qt::ToolTipRole).toString());
            m_ui->srcVersionsList->setVisible(present && m_versions && m_versions->rowCount() > 0);
            value->setVisible(!m_ui->srcVersionsList->isVisible());
            if (present && m_versions && m_versions->rowCount() == 0)
                value->setText(tr("(none)"));
        }
    }
    applyLintMarkers(); // the captions' tooltips were just set again
}

void JobDetailView::markChanged(QWidget *widget, bool changed, const QString &toolTip)
{
    // Changed since the user last looked: a soft amber ground (readable on light and dark palettes) and
    // "Was: ..." on hover.
    if (widget->property("changedSinceLastLook").toBool() != changed) {
        widget->setProperty("changedSinceLastLook", changed);
        const QString name = widget->objectName();
        widget->setStyleSheet(
                changed ? u"#%1 { background: rgba(230, 159, 0, 70); border-radius: 3px; }"_s.arg(name)
                        : QString());
    }
    if (changed)
        widget->setToolTip(toolTip);
    else if (qobject_cast<QGroupBox *>(widget) || widget == m_ui->srcVersionsList)
        widget->setToolTip(QString()); // the value labels get their own tooltip in refresh()
}

// --- Lint

void JobDetailView::setFirmware(const std::optional<FirmwareDetail> &firmware, const QString &state)
{
    m_firmwareModel->setFirmware(firmware);
    m_firmwareState->setText(state);
    m_firmwareState->setVisible(!state.isEmpty());
    if (m_lintInput) {
        m_lintInput->firmware = firmware;
        runLint();
    }
    refreshFirmware();
}

const std::optional<FirmwareDetail> &JobDetailView::firmware() const
{
    return m_firmwareModel->firmware();
}

void JobDetailView::refreshFirmware()
{
    m_firmwareBox->setTitle(tr("Firmware"));
    while (m_firmwareForm->rowCount() > 0)
        m_firmwareForm->removeRow(0);
    for (int row = 0; row < m_firmwareModel->rowCount(); ++row) {
        const QString text = m_firmwareModel->index(row, FirmwareDetailModel::Value).data().toString();
        auto *caption = new QLabel(m_firmwareModel->index(row, FirmwareDetailModel::Label).data().toString());
        auto *value = new QLabel(text.isEmpty() ? tr("Not returned") : text);
        value->setObjectName(u"firmwareValue%1"_s.arg(row));
        value->setEnabled(!text.isEmpty());
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setToolTip(
                m_firmwareModel->index(row, FirmwareDetailModel::Value).data(Qt::ToolTipRole).toString());
        if (row == FirmwareDetailModel::Signature || row == FirmwareDetailModel::DownloadUrl) {
            // Long and unbroken: shown elided to the form's width, whole in the tooltip and when selected.
            value->setText(value->fontMetrics().elidedText(text, Qt::ElideMiddle, 220));
        }
        m_firmwareForm->addRow(caption, value);
    }
    m_firmwareFiles->setVisible(m_firmwareModel->filesModel()->rowCount() > 0);
    m_firmwareFiles->resizeColumnsToContents();
}

void JobDetailView::onDetailsReset()
{
    if (m_details && m_details->hasJob()) {
        // The firmware read for this batch stays while the batch keeps its FirmwareId.
        const OtaJob &job = m_details->job();
        const std::optional<FirmwareDetail> &firmware = m_firmwareModel->firmware();
        const bool same = firmware && job.firmwareId && *job.firmwareId == firmware->info.firmwareId;
        setLintInput(LintInput {job, std::nullopt, std::nullopt, same ? firmware : std::nullopt});
    } else {
        m_lintInput.reset();
        runLint();
    }
}

void JobDetailView::setLintInput(const LintInput &input)
{
    m_lintInput = input;
    runLint();
}

void JobDetailView::setLintTaskFacts(const std::optional<TaskStatusCounts> &counts,
                                     const std::optional<QStringList> &failedTaskSrcVersions)
{
    if (!m_lintInput)
        return;
    m_lintInput->counts = counts;
    m_lintInput->failedTaskSrcVersions = failedTaskSrcVersions;
    runLint();
}

// Texts are translated by check(): run again whenever the language changes.
void JobDetailView::runLint()
{
    m_findings = m_lintInput ? BatchLint::check(*m_lintInput) : QList<LintFinding>();
    m_lintBar->setFindings(m_findings);
    applyLintMarkers();
}

// A coloured bar beside the caption of every field a finding concerns, the findings' titles on hover.
void JobDetailView::applyLintMarkers()
{
    QHash<int, QList<const LintFinding *>> byField;
    for (const LintFinding &finding : m_findings) {
        for (const JobField field : finding.fields)
            byField[int(field)].append(&finding);
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QLabel *caption = it.value();
        const QList<const LintFinding *> found = byField.value(it.key());
        if (found.isEmpty()) {
            if (caption->property("lintSeverity").isValid()) {
                caption->setProperty("lintSeverity", QVariant());
                caption->setStyleSheet(QString());
                caption->setToolTip(jobFieldHelp(JobField(it.key())));
            }
            continue;
        }
        const LintSeverity severity = found.first()->severity; // the most severe: findings are sorted
        caption->setProperty("lintSeverity", int(severity));
        // A one-sided border needs border-style and per-side widths: "border-left" alone draws nothing.
        caption->setStyleSheet(
                u"QLabel { border-style: solid; border-width: 0px 0px 0px 3px; border-color: %1; padding-left: 4px; }"_s
                        .arg(LintBadgeBar::severityColor(severity).name()));
        QStringList lines {jobFieldHelp(JobField(it.key()))};
        for (const LintFinding *finding : found)
            lines.append(LintBadgeBar::severitySymbol(finding->severity) + u' ' + finding->title);
        caption->setToolTip(lines.join(u'\n'));
    }
}

void JobDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        runLint();
        refresh();
        refreshFirmware();
    }
    QWidget::changeEvent(event);
}
