#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

class QLocalServer;
class QLocalSocket;

// One dashboard per user and mode: the first otadash listens on a local socket named after the user (and
// --demo: demo and real runs never talk to each other); a later launch hands its request (the batch to open)
// to it, waits for its acknowledgement and exits, so links open in the window already there. A socket left
// behind by a dashboard that died is removed by the next one that starts.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // What a launch asks of the running dashboard, sent as one line of JSON. Never a secret nor the link
    // itself: a JobId and a profile name, or what is wrong with the link the launch was given.
    struct Request
    {
        QString jobId; // empty: only bring the window to the front
        QString profile; // empty: the profile in use
        QString error; // the launch's link is not valid: why (the window says so)

        QByteArray toJson() const;
        // nullopt (with *error) for anything but an object of strings within the limits below.
        static std::optional<Request> fromJson(const QByteArray &json, QString *error = nullptr);
        friend bool operator==(const Request &a, const Request &b)
        {
            return a.jobId == b.jobId && a.profile == b.profile && a.error == b.error;
        }
    };

    enum class HandOver {
        Delivered, // the running dashboard acknowledged the request
        NoInstance, // nobody listens on the name (or only a socket left behind by a dashboard that died)
        NoAnswer, // connected, but no acknowledgement within the time given
        Refused, // the running dashboard answered that the request is malformed
    };
    // What start() made of this process.
    enum class Role {
        Primary, // it listens: later launches hand their requests to it
        HandedOver, // the running dashboard has the request: this launch is done
        NoAnswer, // a dashboard holds the name but did not answer in time (the request waits in its socket)
        Refused, // the running dashboard refused the request
        Alone, // nobody answers and it could not listen (the reason in *detail): it runs on its own
    };

    // Replaces the name derived from the user (tests, benchmarks): real runs use its value, demo runs the
    // value and "-demo".
    static constexpr char kNameVariable[] = "OTADASH_INSTANCE_NAME";
    static constexpr int kDefaultTimeoutMs = 5000;
    // The longest request or answer line read: a JobId and a profile name take a few hundred bytes.
    static constexpr int kMaxLineBytes = 16 * 1024;

    // "otadash-<hash of the user and their settings folder>", "-demo" appended for --demo; in the user's
    // private XDG_RUNTIME_DIR when there is one (no other user can take the name there). Or the variable's.
    static QString serverName(bool demo);

    // Sends request to the dashboard listening on name and waits for its acknowledgement, timeoutMs at most
    // in all. Blocking (no event loop): it runs before the launch has built anything. *error says why when
    // not Delivered.
    static HandOver handOver(const QString &name, const Request &request, int timeoutMs = kDefaultTimeoutMs,
                             QString *error = nullptr);

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands request over to the dashboard on name, else listens on name (a socket file nobody listens on is
    // removed first). Two launches at once decide one after the other (a lock file beside the socket), so
    // exactly one of them listens.
    Role start(const QString &name, const Request &request, int timeoutMs = kDefaultTimeoutMs,
               QString *detail = nullptr);
    // Listens on name; a socket file nobody listens on is removed first. False (with *error) when a live
    // dashboard holds the name or listening fails.
    bool listen(const QString &name, QString *error = nullptr);
    bool isListening() const;
    // The socket's path (Unix) or pipe name (Windows) once listening.
    QString fullServerName() const;

signals:
    // A later launch's request, acknowledged already.
    void requestReceived(const SingleInstance::Request &request);

private:
    void accept();
    void read(QLocalSocket *socket);

    QLocalServer *m_server;
};
Q_DECLARE_METATYPE(SingleInstance::Request)
