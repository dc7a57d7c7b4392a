#pragma once

#include "lint/BatchLint.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class FirmwareDetailModel;
class JobDetailModel;
class LintBadgeBar;
class QFormLayout;
class QGroupBox;
class QLabel;
class QTableView;
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
    // The caption beside a field's value; it carries the lint marker ("lintSeverity" property).
    QLabel *captionLabel(int field) const { return m_labels.value(field); }

    // Risky settings: the job comes from the details model (each new job starts without task facts); the
    // counts and the failed tasks' source versions come from whoever has them (the Devices tab).
    void setLintInput(const LintInput &input);
    void setLintTaskFacts(const std::optional<TaskStatusCounts> &counts,
                          const std::optional<QStringList> &failedTaskSrcVersions);
    const QList<LintFinding> &lintFindings() const { return m_findings; }
    const std::optional<LintInput> &lintInput() const { return m_lintInput; }
    LintBadgeBar *lintBar() const { return m_lintBar; }

    // The Firmware section (QueryOTAFirmware of the batch's FirmwareId) and the lint rules about it. state:
    // when it was read, or what to say instead of the facts ("Reading…", why it could not be read).
    void setFirmware(const std::optional<FirmwareDetail> &firmware, const QString &state = {});
    FirmwareDetailModel *firmwareModel() const { return m_firmwareModel; }
    const std::optional<FirmwareDetail> &firmware() const;
    QGroupBox *firmwareBox() const { return m_firmwareBox; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildRows();
    void refresh();
    void markChanged(QWidget *widget, bool changed, const QString &toolTip);
    void onDetailsReset();
    void runLint();
    void applyLintMarkers();
    void refreshFirmware();

    std::unique_ptr<Ui::JobDetailView> m_ui;
    JobDetailModel *m_details = nullptr;
    TagsModel *m_tags = nullptr;
    SourceVersionsModel *m_versions = nullptr;
    QHash<int, QLabel *> m_labels; // field -> caption
    QHash<int, QLabel *> m_values; // field -> value
    LintBadgeBar *m_lintBar;
    std::optional<LintInput> m_lintInput;
    QList<LintFinding> m_findings; // of m_lintInput, in the language of the moment
    FirmwareDetailModel *m_firmwareModel;
    QGroupBox *m_firmwareBox;
    QFormLayout *m_firmwareForm;
    QLabel *m_firmwareState;
    QTableView *m_firmwareFiles;
};
