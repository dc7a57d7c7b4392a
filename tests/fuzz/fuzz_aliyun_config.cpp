// libFuzzer target: the aliyun CLI config.json reader (auth/AliyunConfig.h), with the invariants its contract
// promises: an error carries no profile, an importable profile is complete and its secrets never stream.
#include "auth/AliyunConfig.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail()
{
    __builtin_trap();
}

bool isTrimmed(const QString &text)
{
    return text == text.trimmed();
}

// What parse() accepts as region_id: ^[a-z0-9-]{2,40}$
bool isRegionId(const QString &text)
{
    if (text.size() < 2 || text.size() > 40)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

QString streamed(const AliyunProfileEntry &entry)
{
    QString text;
    QDebug(&text) << entry;
    return text;
}

void checkEntry(const AliyunProfileEntry &entry, const AliyunConfigFile &file)
{
    // An empty or missing mode is AK.
    if (entry.mode.isEmpty() || !isTrimmed(entry.name))
        fail();
    if (entry.current && (entry.name.isEmpty() || entry.name != file.current))
        fail();
    const Credentials &credentials = entry.credentials;
    if (!entry.importable) {
        // Why not, and nothing taken from it.
        if (entry.reason.isEmpty() || !credentials.accessKeyId.isEmpty()
            || !credentials.accessKeySecret.isEmpty() || !credentials.securityToken.isEmpty()
            || entry.profile != Profile())
            fail();
        return;
    }
    // Only the modes that carry a secret OtaDash can use: those reasonNotImported() has no reason for
    // (AK, StsToken, and RamRoleArn since the RAM role work).
    if (!AliyunConfig::reasonNotImported(entry.mode).isEmpty())
        fail();
    const bool sts = entry.mode == u"StsToken";
    // StsToken imports with the note that tokens expire, the others without a note.
    if (entry.reason.isEmpty() == sts)
        fail();
    if (!credentials.isComplete() || credentials.securityToken.isEmpty() == sts
        || !isTrimmed(credentials.accessKeyId) || !isTrimmed(credentials.accessKeySecret)
        || !isTrimmed(credentials.securityToken))
        fail();
    const Profile &profile = entry.profile;
    if (!profile.id.isEmpty() || profile.name.isEmpty() || profile.accessKeyId != credentials.accessKeyId
        || profile.sts != sts || !isRegionId(profile.regionId) || !profile.endpoint.isEmpty())
        fail();
    // A RamRoleArn profile carries its role, valid as ProfileStore would save it; no other mode has one.
    if ((entry.mode == u"RamRoleArn") != profile.ramRole.has_value()
        || (profile.ramRole && profile.ramRole->problem()))
        fail();
    // "Streams everything but the secrets": other secrets (and tokens) stream the same text.
    AliyunProfileEntry other = entry;
    other.credentials.accessKeySecret += u'#';
    if (sts)
        other.credentials.securityToken += u'#';
    if (streamed(other) != streamed(entry))
        fail();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = u"/fuzz/.aliyun/config.json"_s;
    const AliyunConfigFile file = AliyunConfig::parse(json, path);
    if (file.path != path)
        fail();
    if (!file.ok()) {
        // No profile from an unreadable file, and an error that never quotes the content: its length does
        // not grow with the input (a Qt JSON error name and a byte offset at most).
        if (!file.current.isEmpty() || !file.entries.isEmpty() || file.error->isEmpty()
            || file.error->size() > 120)
            fail();
        return 0;
    }
    for (const AliyunProfileEntry &entry : file.entries)
        checkEntry(entry, file);
    return 0;
}
