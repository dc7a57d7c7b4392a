#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPointer>

#include <optional>

class TaskTableModel;

// Why the tasks failed: the FAILED rows of a TaskTableModel (all loaded rows, whatever its filter) grouped
// by TaskDesc, most frequent first, the reasons beyond maximumRows() summed in an "Other reasons" row.
class FailureReasonsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reason, Devices, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        CountRole = Qt::UserRole, // qint64: the number of devices
        ReasonRole, // QString: the TaskDesc as received (empty: none given); invalid on the "Other reasons"
                    // row
        IsOtherRole, // bool: the row that sums the rest
    };
    Q_ENUM(Role)

    explicit FailureReasonsModel(QObject *parent = nullptr);
    ~FailureReasonsModel() override;

    // Follows source's rows from now on; nullptr: no rows. Not owned.
    void setSource(TaskTableModel *source);
    TaskTableModel *source() const { return m_source; }
    // How many reasons get a row of their own (default 10; 0 or less: all); more add an "Other reasons" row.
    void setMaximumRows(int rows);
    int maximumRows() const { return m_maximumRows; }
    // FAILED tasks counted, over all reasons.
    qint64 failedTasks() const { return m_failedTasks; }

    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale.value_or(QLocale()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        QString reason;
        qint64 count = 0;
        bool other = false;

        friend bool operator==(const Group &a, const Group &b)
        {
            return a.reason == b.reason && a.count == b.count && a.other == b.other;
        }
    };

    void recount();
    void addFrom(qint64 firstLoadedRow);
    QList<Group> grouped() const;
    void publish();
    void retranslate();

    QPointer<TaskTableModel> m_source;
    QHash<QString, qint64> m_counts; // every reason of the FAILED tasks seen
    qint64 m_failedTasks = 0;
    QList<Group> m_rows; // what is shown
    int m_maximumRows = 10;
    std::optional<QLocale> m_locale;
};
