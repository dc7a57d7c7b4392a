#include "JobDetailView.h"
#include "ui_JobDetailView.h"

#include "models/JobDetailModel.h"
#include "models/SourceVersionsModel.h"
#include "models/TagsModel.h"
#include "ota/JobField.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>

using namespace Qt::StringLiterals;

JobDetailView::JobDetailView(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::JobDetailView>())
{
    m_ui->setupUi(this);
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
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
    refresh();
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
    m_ui->scheduleBox->setTitle(jobSectionTitle(JobSection::Schedule));

    for (int row = 0; row < m_details->rowCount(); ++row) {
        const QModelIndex labelIndex = m_details->index(row, JobDetailModel::Label);
        const QModelIndex valueIndex = m_details->index(row, JobDetailModel::Value);
        const auto field = static_cast<JobField>(labelIndex.data(JobDetailModel::FieldRole).toInt());
        const bool present = valueIndex.data(JobDetailModel::PresentRole).toBool();
        if (field == JobField::Tags) {
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
        if (field == JobField::SrcVersions) {
            m_ui->srcVersionsList->setVisible(present && m_versions && m_versions->rowCount() > 0);
            value->setVisible(!m_ui->srcVersionsList->isVisible());
            if (present && m_versions && m_versions->rowCount() == 0)
                value->setText(tr("(none)"));
        }
    }
}

void JobDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}
