#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class JobDetailModel;
class QLabel;
class SourceVersionsModel;
class TagsModel;

namespace Ui {
class JobDetailView;
}

// The batch detail form: a read-only view over JobDetailModel, grouped by section, with the tags table
// and the source-version list beside it. Fields the API did not return are said to be missing, not blank.
class JobDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetailView(QWidget *parent = nullptr);
    ~JobDetailView() override;

    void setModels(JobDetailModel *details, TagsModel *tags, SourceVersionsModel *versions);

    // The label showing a field's value (tests assert what the user sees through it).
    QLabel *valueLabel(int field) const { return m_values.value(field); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildRows();
    void refresh();

    std::unique_ptr<Ui::JobDetailView> m_ui;
    JobDetailModel *m_details = nullptr;
    TagsModel *m_tags = nullptr;
    SourceVersionsModel *m_versions = nullptr;
    QHash<int, QLabel *> m_labels; // field -> caption
    QHash<int, QLabel *> m_values; // field -> value
};
