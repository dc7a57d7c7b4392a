#include "util/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Longer than any JobId or profile name, short enough that a request is never a burden.
constexpr qsizetype kMaxFieldLength = 256;
constexpr qsizetype kMaxErrorLength = 2000;

// The lock two launches at once take in turn: beside the socket (a pipe name on Windows has no folder).
QString lockPathOf(const QString &name)
{
    const QString base = QDir::isAbsolutePath(name) ? name : QDir(QDir::tempPath()).filePath(name);
    return base + u".lock"_s;
}
} // namespace

QByteArray SingleInstance::Request::toJson() const
{
    const QJsonObject object {{u"jobId"_s, jobId}, {u"profile"_s, profile}, {u"error"_s, error}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<SingleInstance::Request> SingleInstance::Request::fromJson(const QByteArray &json,
                                                                         QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = SingleInstance::tr("The request is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    Request request;
    const std::pair<QString, QString *> fields[] {
            {u"jobId"_s, &request.jobId}, {u"profile"_s, &request.profile}, {u"error"_s, &request.error}};
    for (const auto &[key, value] : fields) {
        const QJsonValue field = object.value(key);
        if (field.isUndefined() || field.isNull())
            continue;
        const qsizetype limit = key == u"error" ? kMaxErrorLength : kMaxFieldLength;
        if (!field.isString() || field.toString().size() > limit) {
            if (error)
                *error = SingleInstance::tr("The request's %1 is not a string of at most %2 characters.")
                                 .arg(key)
                                 .arg(limit);
            return std::nullopt;
        }
        *value = field.toString();
    }
    return request;
}

QString SingleInstance::serverName(bool demo)
{
    QString name = qEnvironmentVariable(kNameVariable);
    if (name.isEmpty()) {
        // The user and their settings folder: two users, or one with another XDG_CONFIG_HOME (another set of
        // settings and profiles), get a dashboard each.
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        const QByteArray who
                = (user + u'\n' + QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                          .toUtf8();
        name = u"otadash-"_s
                + QString::fromLatin1(
                        QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
            name = QDir(runtime).filePath(name);
#endif
    }
    return demo ? name + u"-demo"_s : name;
}

SingleInstance::HandOver SingleInstance::handOver(const QString &name, const Request &request, int timeoutMs,
                                                  QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    const auto left = [&deadline] {
        return int(std::max<qint64>(0, deadline.remainingTime()));
    };
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(left())) {
        if (error)
            *error = socket.errorString();
        // A pipe (Windows) that exists but does not take the connection in time belongs to a dashboard that
        // does not answer; otherwise nobody listens: no socket, or one a dashboard that died left behind.
        return socket.error() == QLocalSocket::SocketTimeoutError ? HandOver::NoAnswer : HandOver::NoInstance;
    }
    socket.write(request.toJson() + '\n');
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() <= kMaxLineBytes) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(left());
        const bool ready = socket.waitForReadyRead(left());
        answer += socket.readAll();
        if (!ready)
            break; // the time is up, or the dashboard closed the connection
    }
    const qsizetype end = answer.indexOf('\n');
    if (end < 0) {
        if (error)
            *error = tr("No answer within %1 ms.").arg(timeoutMs);
        return HandOver::NoAnswer;
    }
    const QJsonObject reply = QJsonDocument::fromJson(answer.left(end)).object();
    if (!reply.value(u"ok"_s).toBool()) {
        if (error)
            *error = reply.value(u"error"_s).toString();
        return HandOver::Refused;
    }
    return HandOver::Delivered;
}

SingleInstance::SingleInstance(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Role SingleInstance::start(const QString &name, const Request &request, int timeoutMs,
                                           QString *detail)
{
    // Two launches at once (a link clicked twice): they decide one after the other, so exactly one listens.
    // Without the lock (it could not be had in time) they decide as well as they can.
    QLockFile lock(lockPathOf(name));
    lock.tryLock(timeoutMs + 1000);
    switch (handOver(name, request, timeoutMs, detail)) {
    case HandOver::Delivered:
        return Role::HandedOver;
    case HandOver::NoAnswer:
        return Role::NoAnswer;
    case HandOver::Refused:
        return Role::Refused;
    case HandOver::NoInstance:
        break;
    }
    return listen(name, detail) ? Role::Primary : Role::Alone;
}

bool SingleInstance::listen(const QString &name, QString *error)
{
    m_server->close();
#ifdef Q_OS_WIN
    // A named pipe only this user may open. Not on Unix: there Qt makes such a socket elsewhere and renames
    // it over whatever file has the name, a live dashboard's socket included. Its folder (the user's runtime
    // folder) and its mode, set below, keep others out there.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
#endif
    bool listening = m_server->listen(name);
    if (!listening && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // A file by that name: a live dashboard's socket takes a connection, one left behind by a dashboard
        // that died refuses it and goes.
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(1000)) {
            probe.abort();
            if (error)
                *error = tr("Another OtaDash listens on %1.").arg(name);
            return false;
        }
        QLocalServer::removeServer(name);
        listening = m_server->listen(name);
    }
    if (!listening) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    QFile::setPermissions(m_server->fullServerName(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#endif
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

QString SingleInstance::fullServerName() const
{
    return m_server->fullServerName();
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        read(socket); // the request may be there already
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (socket->state() != QLocalSocket::ConnectedState)
        return; // answered already
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxLineBytes) {
            socket->abort();
            socket->deleteLater();
        }
        return;
    }
    const QByteArray line = socket->readLine(kMaxLineBytes);
    QString error;
    const std::optional<Request> request = Request::fromJson(line.trimmed(), &error);
    QJsonObject answer {{u"ok"_s, request.has_value()}};
    if (!request)
        answer.insert(u"error"_s, error);
    socket->write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
    socket->disconnectFromServer(); // once the answer is written
    if (request)
        emit requestReceived(*request);
}
