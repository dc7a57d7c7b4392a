#pragma once

#include <QObject>
#include <QValidator>

#include <functional>

class QAbstractItemModel;
class QLineEdit;

// What a batch ID field holds: letters, digits, '_', '-' and '*' (the reference masks characters of its
// samples with it), at most 64 of them. Input with anything else is refused whole; refusal() says what.
class JobIdValidator : public QValidator
{
    Q_OBJECT
public:
    static constexpr int kMaxLength = 64;

    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override;
    // Why the last input was refused, in a sentence (composed in the current language when asked).
    QString refusal() const;
    // Whether text could be a batch ID (empty is not).
    static bool isValid(const QString &text);

private:
    mutable QString m_refusedChars; // the characters the field cannot hold, each once
    mutable bool m_tooLong = false;
};

// Makes a line edit a batch ID field: it refuses input it cannot hold (typed or pasted) and says why through
// showReason, never altering what was typed; it completes from the batches quick open knows (completions),
// by JobId or name.
class JobIdField : public QObject
{
    Q_OBJECT
public:
    // The model's rows complete the field: JobIdRole (Qt::UserRole + 1) holds the JobId, DisplayRole what the
    // popup shows.
    static constexpr int JobIdRole = Qt::UserRole + 1;

    JobIdField(QLineEdit *edit, std::function<void(const QString &reason)> showReason);
    static JobIdField *of(const QLineEdit *edit);

    void setCompletions(QAbstractItemModel *model);
    // The reason of the last refusal (empty until one).
    QString lastRefusal() const { return m_lastRefusal; }

private:
    QLineEdit *m_edit;
    JobIdValidator *m_validator;
    std::function<void(const QString &)> m_showReason;
    QString m_lastRefusal;
};
