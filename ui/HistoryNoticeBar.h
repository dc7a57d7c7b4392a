#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

// Notes from the local history under the error panel: the "Stale since ..." badge while the form shows the
// last recorded state of a batch whose query failed, and how many fields changed since the user last
// looked. Hidden while it has nothing to say; its texts follow the language.
class HistoryNoticeBar : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryNoticeBar(QWidget *parent = nullptr);

    // The form shows what was fetched at fetchedAtUtc, not the batch as it is now.
    void setStale(const QDateTime &fetchedAtUtc);
    void clearStale();
    bool isStale() const { return m_staleSinceUtc.isValid(); }
    QDateTime staleSinceUtc() const { return m_staleSinceUtc; }

    // changedFields fields differ from what the user saw at lookedAtUtc; 0 says nothing.
    void setChanges(int changedFields, const QDateTime &lookedAtUtc);
    void clearChanges() { setChanges(0, {}); }
    int changedFields() const { return m_changedFields; }

    QLabel *staleBadge() const { return m_staleBadge; }
    QLabel *changesNote() const { return m_changesNote; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QLabel *m_staleBadge;
    QLabel *m_changesNote;
    QDateTime m_staleSinceUtc;
    int m_changedFields = 0;
    QDateTime m_lookedAtUtc;
};
