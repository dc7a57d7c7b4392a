#include "JobIdField.h"

#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
bool allowed(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u'-' || c == u'*';
}

// A character as the user would recognise it in a sentence: spaces and tabs by name.
QString shown(QChar c)
{
    if (c == u' ')
        return JobIdValidator::tr("a space");
    if (c == u'\t')
        return JobIdValidator::tr("a tab");
    if (c == u'\n' || c == u'\r')
        return JobIdValidator::tr("a line break");
    return u'“' + QString(c) + u'”';
}
} // namespace

QValidator::State JobIdValidator::validate(QString &input, int &) const
{
    m_refusedChars.clear();
    m_tooLong = false;
    for (const QChar c : std::as_const(input)) {
        if (!allowed(c) && !m_refusedChars.contains(c))
            m_refusedChars += c;
    }
    if (!m_refusedChars.isEmpty())
        return Invalid;
    if (input.size() > kMaxLength) {
        m_tooLong = true;
        return Invalid;
    }
    return Acceptable;
}

QString JobIdValidator::refusal() const
{
    if (m_tooLong)
        return tr("A batch ID has at most %1 characters: the input was refused.")
                .arg(QLocale().toString(kMaxLength));
    if (m_refusedChars.isEmpty())
        return {};
    QStringList chars;
    for (const QChar c : m_refusedChars)
        chars << shown(c);
    return tr("A batch ID has only letters, digits, “_”, “-” and “*”: %1 cannot be part of it, so the input "
              "was refused.")
            .arg(QLocale().createSeparatedList(chars));
}

bool JobIdValidator::isValid(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxLength)
        return false;
    return std::all_of(text.cbegin(), text.cend(), allowed);
}

JobIdField::JobIdField(QLineEdit *edit, std::function<void(const QString &)> showReason)
    : QObject(edit), m_edit(edit), m_validator(new JobIdValidator(this)), m_showReason(std::move(showReason))
{
    setObjectName(u"jobIdField"_s);
    // No maxLength: a longer paste would be cut silently; the validator refuses it and says why.
    edit->setValidator(m_validator);
    connect(edit, &QLineEdit::inputRejected, this, [this] {
        m_lastRefusal = m_validator->refusal();
        if (m_lastRefusal.isEmpty())
            return;
        if (m_showReason)
            m_showReason(m_lastRefusal);
        else
            QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())), m_lastRefusal, m_edit);
    });
}

JobIdField *JobIdField::of(const QLineEdit *edit)
{
    return edit ? edit->findChild<JobIdField *>(u"jobIdField"_s, Qt::FindDirectChildrenOnly) : nullptr;
}

void JobIdField::setCompletions(QAbstractItemModel *model)
{
    auto *completer = new QCompleter(model, m_edit);
    completer->setCompletionRole(JobIdRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    delete m_edit->completer();
    m_edit->setCompleter(completer);
}
