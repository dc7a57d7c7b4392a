#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// An otadash://batch/<JobId>?profile=<name> link: which batch, read with which profile. It names a profile,
// never an account's key: composing takes a JobId and a profile name only, and parsing refuses a link with
// any other part (a query item besides profile, user info, a port, a fragment), a credential-looking item
// (AccessKeyId, AccessKeySecret, SecurityToken, secret, …) above all, rather than ignore it. Such a link was
// made or edited by hand, and whoever shared it should hear that it carried a secret.
struct BatchLink
{
    Q_DECLARE_TR_FUNCTIONS(BatchLink)

public:
    static constexpr char kScheme[] = "otadash";
    static constexpr char kBatchHost[] = "batch";
    static constexpr char kProfileItem[] = "profile";
    // A batch ID (JobId) is letters and digits, at most this many.
    static constexpr int kMaxJobIdLength = 64;
    // As ProfileStore::kMaxNameLength.
    static constexpr int kMaxProfileLength = 64;

    QString jobId;
    QString profile; // empty: the profile in use where the link is opened

    // Letters and digits (ASCII) only, 1 to kMaxJobIdLength of them. The seed document's masked sample
    // (HvKuBpuk3rdk6E92CP****0200) is not one.
    static bool isBatchId(const QString &jobId);
    // True for what looks like an AccessKeyId: "LTAI" and letters and digits, or an STS key ("STS.…").
    static bool looksLikeAccessKeyId(const QString &text);

    // The link, fully percent-encoded (a profile's spaces and non-ASCII letters too); nullopt with *error
    // (a sentence for the user) when jobId is not a batch ID or profile cannot be a profile name.
    static std::optional<QString> compose(const QString &jobId, const QString &profile,
                                          QString *error = nullptr);
    std::optional<QString> toString(QString *error = nullptr) const { return compose(jobId, profile, error); }
    // The batch and profile of a link; nullopt with *error (a sentence that names what is wrong and never
    // repeats a credential's value) when text is not a valid otadash:// batch link.
    static std::optional<BatchLink> parse(const QString &text, QString *error = nullptr);

    friend bool operator==(const BatchLink &a, const BatchLink &b)
    {
        return a.jobId == b.jobId && a.profile == b.profile;
    }
    friend bool operator!=(const BatchLink &a, const BatchLink &b) { return !(a == b); }
};
