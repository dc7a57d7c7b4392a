#include "util/BatchLink.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
// Longer than any link OtaDash composes by far: a command line or a clipboard can hold anything.
constexpr int kMaxLinkLength = 2048;

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// A name the user typed (a query item's key, a host), shortened for a message.
QString shown(const QString &text)
{
    constexpr int kShownLength = 40;
    return text.size() > kShownLength ? text.left(kShownLength) + u'…' : text;
}

// Query item keys that name a credential: the link carries one, whatever its value.
bool namesCredential(const QString &key)
{
    static const QRegularExpression credential(u"secret|access.?key|token|passw(or)?d|signature|credential"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    return credential.match(key).hasMatch();
}

QString credentialCarried(const QString &what)
{
    return BatchLink::tr(
                   "The link carries a credential (%1), which OtaDash links never do. Do not pass it on, "
                   "and replace that key if it is a real one.")
            .arg(what);
}

bool checkJobId(const QString &jobId, QString *error)
{
    if (jobId.isEmpty())
        return fail(error,
                    BatchLink::tr("The link names no batch: the JobId is missing after otadash://batch/."));
    if (jobId.size() > BatchLink::kMaxJobIdLength)
        return fail(error,
                    BatchLink::tr("The JobId has %1 characters; a batch ID has at most %2.")
                            .arg(jobId.size())
                            .arg(BatchLink::kMaxJobIdLength));
    if (!BatchLink::isBatchId(jobId))
        return fail(error,
                    BatchLink::tr("'%1' is not a batch ID: a JobId has letters and digits only.").arg(jobId));
    if (BatchLink::looksLikeAccessKeyId(jobId))
        return fail(error, credentialCarried(BatchLink::tr("an AccessKeyId in place of the JobId")));
    return true;
}

bool checkProfile(const QString &profile, QString *error)
{
    if (profile.size() > BatchLink::kMaxProfileLength)
        return fail(error,
                    BatchLink::tr("The profile name has %1 characters; a profile name has at most %2.")
                            .arg(profile.size())
                            .arg(BatchLink::kMaxProfileLength));
    static const QRegularExpression control(u"[\\x00-\\x1f\\x7f]"_s);
    if (profile.contains(control))
        return fail(error, BatchLink::tr("The profile name contains control characters."));
    if (BatchLink::looksLikeAccessKeyId(profile))
        return fail(error, credentialCarried(BatchLink::tr("an AccessKeyId in place of the profile name")));
    return true;
}
} // namespace

bool BatchLink::isBatchId(const QString &jobId)
{
    if (jobId.isEmpty() || jobId.size() > kMaxJobIdLength)
        return false;
    for (const QChar c : jobId) {
        if (!(c >= u'a' && c <= u'z') && !(c >= u'A' && c <= u'Z') && !(c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

bool BatchLink::looksLikeAccessKeyId(const QString &text)
{
    // Alibaba Cloud AccessKeyIds: "LTAI" and 12 or more letters and digits; STS keys start with "STS.".
    static const QRegularExpression key(u"^(LTAI[A-Za-z0-9]{12,}|STS\\.\\S+)$"_s);
    return key.match(text.trimmed()).hasMatch();
}

std::optional<QString> BatchLink::compose(const QString &jobId, const QString &profile, QString *error)
{
    const QString name = profile.trimmed();
    if (!checkJobId(jobId, error) || !checkProfile(name, error))
        return std::nullopt;
    // Built by hand rather than through QUrl, so that every byte of the name is encoded the same way
    // everywhere ('+' as %2B, a space as %20, UTF-8 as %XX): a JobId needs no encoding.
    QString link = QLatin1String(kScheme) + u"://"_s + QLatin1String(kBatchHost) + u'/' + jobId;
    if (!name.isEmpty())
        link += u'?' + QLatin1String(kProfileItem) + u'='
                + QString::fromLatin1(QUrl::toPercentEncoding(name));
    return link;
}

std::optional<BatchLink> BatchLink::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        fail(error, tr("The link is empty."));
        return std::nullopt;
    }
    if (trimmed.size() > kMaxLinkLength) {
        fail(error, tr("The link is too long (%1 characters) to be an OtaDash link.").arg(trimmed.size()));
        return std::nullopt;
    }
    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid()) {
        fail(error, tr("The link is not a valid URL."));
        return std::nullopt;
    }
    if (url.scheme() != QLatin1String(kScheme) || url.host().isEmpty()) {
        fail(error, tr("Not an OtaDash link: it must start with otadash://batch/."));
        return std::nullopt;
    }
    // Checked before anything else of the link: whatever else is wrong, a credential is the news.
    if (!url.userInfo().isEmpty()) {
        fail(error, credentialCarried(tr("a user name or password before the host")));
        return std::nullopt;
    }
    QList<std::pair<QString, QString>> items;
    if (url.hasQuery()) {
        items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : std::as_const(items)) {
            if (namesCredential(key) || looksLikeAccessKeyId(value)) {
                fail(error, credentialCarried(shown(key)));
                return std::nullopt;
            }
        }
    }
    if (url.host() != QLatin1String(kBatchHost)) {
        fail(error,
             tr("Unknown kind of link '%1': OtaDash links are otadash://batch/<JobId>.")
                     .arg(shown(url.host())));
        return std::nullopt;
    }
    if (url.port() != -1) {
        fail(error, tr("The link has a port (:%1); OtaDash links have none.").arg(url.port()));
        return std::nullopt;
    }
    if (url.hasFragment()) {
        fail(error, tr("The link has a part after '#'; OtaDash links have none."));
        return std::nullopt;
    }

    // "/<JobId>", one trailing slash forgiven (some programs add it to what they pass on).
    QString path = url.path(QUrl::FullyDecoded);
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QString jobId = path.startsWith(u'/') ? path.mid(1) : path;
    if (jobId.contains(u'/')) {
        fail(error,
             jobId.startsWith(u'/')
                     ? tr("The link names no batch: the JobId is missing after otadash://batch/.")
                     : tr("The link has more after the JobId; an OtaDash link ends with it."));
        return std::nullopt;
    }
    if (!checkJobId(jobId, error))
        return std::nullopt;

    BatchLink link {jobId, QString()};
    bool profileSeen = false;
    for (const auto &[key, value] : std::as_const(items)) {
        if (key.isEmpty() && value.isEmpty())
            continue; // "?&profile=x": an empty item says nothing
        if (key != QLatin1String(kProfileItem)) {
            fail(error,
                 tr("The link has an unknown part '%1'; besides the JobId an OtaDash link has only "
                    "profile.")
                         .arg(shown(key)));
            return std::nullopt;
        }
        if (std::exchange(profileSeen, true)) {
            fail(error, tr("The link names the profile more than once."));
            return std::nullopt;
        }
        link.profile = value.trimmed();
    }
    if (!checkProfile(link.profile, error))
        return std::nullopt;
    return link;
}
