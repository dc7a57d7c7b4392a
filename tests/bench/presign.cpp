// The curl baseline of the headless query: signs COUNT QueryOTAJob requests exactly as `otadash-cli query`
// sends them (RpcClient::prepare: the same URL, POST body, headers and V3 signature, each with its own nonce
// and timestamp, so the simulated gateway accepts every one once) and writes each as a curl config file,
// DIR/1.curl ... DIR/COUNT.curl. Credentials from ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET.
// Usage: bench_presign ENDPOINT JOB_ID COUNT DIR
#include "api/QueryOtaJob.h"
#include "api/RpcClient.h"
#include "auth/EnvironmentProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
// A value for a curl config file: double-quoted, with the escapes curl reads there.
QByteArray quoted(QByteArray value)
{
    value.replace("\\", "\\\\").replace("\"", "\\\"");
    return '"' + value + '"';
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool countOk = false;
    const int count = args.value(3).toInt(&countOk);
    if (args.size() != 5 || !countOk || count < 1) {
        QTextStream(stderr) << "usage: bench_presign ENDPOINT JOB_ID COUNT DIR\n";
        return 1;
    }
    RpcConfig config;
    config.endpoint = QUrl(args.at(1), QUrl::StrictMode);
    config.credentials = EnvironmentProfile::credentials(QProcessEnvironment::systemEnvironment());
    if (!config.credentials.isComplete()) {
        QTextStream(stderr) << "bench_presign: set ALIBABA_CLOUD_ACCESS_KEY_ID and _SECRET\n";
        return 1;
    }
    QNetworkAccessManager network;
    const RpcClient client(&network);
    const QDir dir(args.at(4));
    for (int i = 1; i <= count; ++i) {
        const PreparedRequest prepared
                = client.prepare(config, QueryOtaJob::kAction, QueryOtaJob::params(args.at(2), QString()));
        QByteArray text = "url = " + quoted(prepared.request.url().toEncoded()) + '\n';
        text += "request = " + quoted(prepared.httpMethod) + '\n';
        const QList<QByteArray> headers = prepared.request.rawHeaderList();
        for (const QByteArray &name : headers)
            text += "header = " + quoted(name + ": " + prepared.request.rawHeader(name)) + '\n';
        if (!prepared.body.isEmpty())
            text += "data-binary = " + quoted(prepared.body) + '\n';
        QFile file(dir.filePath(u"%1.curl"_s.arg(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            QTextStream(stderr) << "bench_presign: cannot write " << file.fileName() << '\n';
            return 1;
        }
    }
    return 0;
}
