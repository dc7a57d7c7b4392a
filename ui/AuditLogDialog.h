#pragma once

#include <QDialog>

#include <functional>

class AuditLogFilter;
class AuditLogModel;
class HistoryStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// View ▸ Audit Log: every call of a write action sent from this computer (batch cancel, upgrade again,
// confirm, cancel device tasks), newest first, with a filter by text (batch, device, TaskId, RequestId,
// profile, …) and by outcome, the targets of the selected call, and Export CSV of the rows shown (the columns
// of `otadash-cli audit --output csv`). Read from the history file; nothing here writes to it.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    using FileChooser
            = std::function<QString(const QString &title, const QString &path, const QString &filter)>;

    // history: not owned; nullptr when the history is off or cannot be opened (the dialog says so).
    explicit AuditLogDialog(const HistoryStore *history, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    void setHistory(const HistoryStore *history);
    void setFilterText(const QString &text);
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    AuditLogFilter *filter() const { return m_filter; }

public slots:
    void reload();
    // Asks where, then writes the rows shown as CSV, whole or not at all; false when nothing was written.
    bool exportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateShown();

    const HistoryStore *m_history;
    AuditLogModel *m_model;
    AuditLogFilter *m_filter;
    QLabel *m_filterLabel;
    QLineEdit *m_filterEdit;
    QComboBox *m_outcome;
    QTableView *m_table;
    QLabel *m_shown;
    QLabel *m_targetsLabel;
    QPlainTextEdit *m_targets;
    QPushButton *m_export;
    QPushButton *m_reload;
    FileChooser m_chooser;
};
