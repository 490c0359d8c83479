// Issue 17: the stamping proxy's cost. The devserver and `wallet-sessions-cli serve` run as their own
// processes, as a user runs them; the clients here keep one connection each and send whoami back to
// back. "direct" clients stamp each request themselves (the same ECDSA work the proxy does) and talk
// to the devserver; "proxy" clients send the proxy's token to `serve`. Reported: the time per request
// through the proxy over the direct time, at 1 and at 32 concurrent clients (target <= 1.2), and the
// requests per second through the proxy.
//   bench_proxy --cli PATH --devserver PATH [--relay PATH] [--requests N] [--latency MS]
// --latency delays each of the devserver's replies (a stand-in for the network between the user and
// Turnkey's API), where the proxy's concurrency, not its CPU cost, decides.
// With --relay (bench_relay), the same direct requests also go through a process that relays bytes
// unchanged: the least any proxy process adds here, the floor under the ratio (informative rows pf1/pf32).
// Informative figures beside them: the CPU time per request of each process (this client, `serve`, the
// devserver) in each mode, so a ratio can be told apart into the proxy's own work and what it makes the
// others do.
#include "BenchSupport.h"
#include "crypto/P256KeyPair.h"
#include "crypto/Stamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <vector>

using namespace ws;
using namespace ws::bench;

namespace {

// fail() exits at once: the devserver and `serve` must not outlive the benchmark (an orphaned devserver
// also holds the caller's output pipe open).
void endWithUs(QProcess& process) {
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

QJsonObject firstJsonLine(QProcess& p, const char* what) {
    QElapsedTimer t;
    t.start();
    while (!p.canReadLine() && t.elapsed() < 20000)
        p.waitForReadyRead(200);
    const QJsonObject o = QJsonDocument::fromJson(p.readLine()).object();
    if (o.isEmpty())
        fail(QStringLiteral("%1 did not start: %2")
                 .arg(QLatin1String(what), QString::fromLocal8Bit(p.readAllStandardError())));
    return o;
}

// Nanoseconds on a CPU of every thread of a process, from the scheduler's own accounting.
qint64 cpuNs(qint64 pid) {
    qint64 total = 0;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString& task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks + QLatin1Char('/') + task + QStringLiteral("/schedstat"));
        if (stat.open(QIODevice::ReadOnly))
            total += stat.readAll().split(' ').value(0).toLongLong();
    }
    return total;
}

struct CpuSample {
    qint64 client = 0;
    qint64 serve = 0;
    qint64 devserver = 0;
};

CpuSample sampleCpu(qint64 serve, qint64 devserver) {
    return CpuSample{cpuNs(QCoreApplication::applicationPid()), cpuNs(serve), cpuNs(devserver)};
}

// One keep-alive connection sending requests back to back until the shared budget is spent.
class Client : public QObject {
public:
    Client(const QUrl& url, std::function<QByteArray()> makeRequest, int* budget, int* answered, int* failed,
           std::function<void()> onAnswer)
        : m_make(std::move(makeRequest))
        , m_onAnswer(std::move(onAnswer))
        , m_budget(budget)
        , m_answered(answered)
        , m_failed(failed) {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { next(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onRead(); });
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(url.host(), quint16(url.port()));
    }

private:
    void next() {
        if (*m_budget <= 0)
            return;
        --*m_budget;
        m_socket.write(m_make());
    }
    void onRead() {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            if (at < 0)
                fail(QStringLiteral("a response without Content-Length"));
            const qsizetype eol = head.indexOf("\r\n", at);
            const qsizetype length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            if (m_buffer.mid(9, 3) != "200")
                ++*m_failed;
            m_buffer.remove(0, end + 4 + length);
            ++*m_answered;
            m_onAnswer();
            next();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    std::function<QByteArray()> m_make;
    std::function<void()> m_onAnswer;
    int* m_budget;
    int* m_answered;
    int* m_failed;
};

// Seconds for `total` requests over `clients` connections.
double run(const QUrl& url, int clients, int total, const std::function<QByteArray()>& makeRequest) {
    int budget = total;
    int answered = 0;
    int failed = 0;
    // The loop sleeps in poll() between answers. (QCoreApplication::processEvents(flags, ms) drops
    // WaitForMoreEvents and returns at once when nothing is pending: looping on it spun this process
    // on a core for the whole run, CPU the proxy and the devserver then had to share.)
    QEventLoop loop;
    QTimer::singleShot(std::chrono::minutes(5), &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    std::vector<std::unique_ptr<Client>> pool;
    const auto onAnswer = [&] {
        if (answered >= total)
            loop.quit();
    };
    for (int i = 0; i < clients; ++i)
        pool.push_back(std::make_unique<Client>(url, makeRequest, &budget, &answered, &failed, onAnswer));
    loop.exec();
    if (answered < total || failed > 0)
        fail(QStringLiteral("%1 of %2 requests answered, %3 not 200").arg(answered).arg(total).arg(failed));
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QString cli;
    QString devserver;
    QString relayPath;
    int requests = 2000;
    int latencyMs = 0; // the devserver's added delay per reply: a stand-in for the network to Turnkey
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--cli"))
            cli = args[i + 1];
        else if (args[i] == QLatin1String("--devserver"))
            devserver = args[i + 1];
        else if (args[i] == QLatin1String("--requests"))
            requests = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--relay"))
            relayPath = args[i + 1];
        else if (args[i] == QLatin1String("--latency"))
            latencyMs = args[i + 1].toInt();
    }
    if (cli.isEmpty() || devserver.isEmpty() || requests <= 0)
        fail(QStringLiteral("usage: bench_proxy --cli PATH --devserver PATH [--requests N] [--latency MS]"));

    QTemporaryDir dir;
    QProcess server;
    endWithUs(server);
    server.start(devserver,
                 {QStringLiteral("--demo"), QStringLiteral("--latency"), QString::number(latencyMs)});
    const QJsonObject info = firstJsonLine(server, "the devserver");
    const QUrl apiUrl(info.value(QStringLiteral("url")).toString());
    const QString org = info.value(QStringLiteral("organizationId")).toString();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WALLET_SESSIONS_KEYCHAIN_SERVICE"),
               QStringLiteral("wallet-sessions-bench-proxy-%1").arg(QCoreApplication::applicationPid()));
    env.insert(QStringLiteral("WALLET_SESSIONS_NOTARIZER_KEY"),
               info.value(QStringLiteral("notarizerPublicKey")).toString());
    const QStringList common{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--api-url"),
                             apiUrl.toString()};
    QProcess login;
    login.setProcessEnvironment(env);
    login.start(cli, common + QStringList{QStringLiteral("login"), QStringLiteral("--organization-id"), org,
                                          QStringLiteral("--api-public-key"),
                                          info.value(QStringLiteral("apiPublicKey")).toString(),
                                          QStringLiteral("--api-private-key-file"), QStringLiteral("-"),
                                          QStringLiteral("--session-key"), QStringLiteral("bench")});
    login.write(info.value(QStringLiteral("apiPrivateKey")).toString().toLatin1() + '\n');
    login.closeWriteChannel();
    if (!login.waitForFinished(60000) || login.exitCode() != 0)
        fail(QStringLiteral("login failed: %1").arg(QString::fromLocal8Bit(login.readAllStandardError())));

    QProcess serve;
    endWithUs(serve);
    serve.setProcessEnvironment(env);
    serve.start(cli, common + QStringList{QStringLiteral("--json"), QStringLiteral("serve"),
                                          QStringLiteral("--session"), QStringLiteral("bench")});
    const QJsonObject started = firstJsonLine(serve, "serve");
    const QUrl proxyUrl(started.value(QStringLiteral("url")).toString());
    const QByteArray token = started.value(QStringLiteral("token")).toString().toLatin1();

    const P256KeyPair key = valueOrFail(
        P256KeyPair::fromPrivateKeyHex(info.value(QStringLiteral("apiPrivateKey")).toString().toLatin1()),
        "demo key");
    const QByteArray body = "{\"organizationId\":\"" + org.toUtf8() + "\"}";
    const QByteArray tail =
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
        body;
    // The return type is spelled out: with QT_USE_QSTRINGBUILDER a deduced one is the builder expression,
    // which refers to the stamp's temporary after the lambda has returned.
    const auto direct = [&]() -> QByteArray {
        return "POST /public/v1/query/whoami HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Stamp: " +
               valueOrFail(stamp::make(key, body), "stamp") + "\r\n" + tail;
    };
    const QByteArray viaProxy =
        "POST /public/v1/query/whoami HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
        "\r\n" + tail;
    const auto proxied = [&]() -> QByteArray {
        return viaProxy;
    };

    QProcess relay;
    QUrl relayUrl;
    if (!relayPath.isEmpty()) {
        endWithUs(relay);
        relay.start(relayPath, {QStringLiteral("--upstream"), apiUrl.toString()});
        relayUrl = QUrl(firstJsonLine(relay, "the relay").value(QStringLiteral("url")).toString());
    }

    run(apiUrl, 4, 200, direct); // warm-up: connections, caches
    run(proxyUrl, 4, 200, proxied);
    if (relayUrl.isValid())
        run(relayUrl, 4, 200, direct);
    const auto cpuMsPerRequest = [&](const char* name, const QByteArray& suffix, qint64 ns, int total) {
        report(QByteArray(QByteArray(name) + "_cpu_ms_per_request_" + suffix).constData(), ns / 1e6 / total);
    };
    for (int clients : {1, 32}) {
        const int total = clients == 1 ? requests / 4 : requests;
        const QByteArray suffix = QByteArray::number(clients);
        const CpuSample before = sampleCpu(serve.processId(), server.processId());
        const double d = run(apiUrl, clients, total, direct);
        const CpuSample between = sampleCpu(serve.processId(), server.processId());
        const double p = run(proxyUrl, clients, total, proxied);
        const CpuSample after = sampleCpu(serve.processId(), server.processId());
        cpuMsPerRequest("direct_client", suffix, between.client - before.client, total);
        cpuMsPerRequest("direct_devserver", suffix, between.devserver - before.devserver, total);
        cpuMsPerRequest("proxy_client", suffix, after.client - between.client, total);
        cpuMsPerRequest("proxy_serve", suffix, after.serve - between.serve, total);
        cpuMsPerRequest("proxy_devserver", suffix, after.devserver - between.devserver, total);
        report(QByteArray("proxy_direct_ms_per_request_" + suffix).constData(), d * 1000.0 * clients / total);
        report(QByteArray("proxy_ms_per_request_" + suffix).constData(), p * 1000.0 * clients / total);
        report(QByteArray("proxy_overhead_ratio_" + suffix).constData(), p / d);
        report(QByteArray("proxy_requests_per_second_" + suffix).constData(), total / p);
        report(QByteArray("proxy_direct_requests_per_second_" + suffix).constData(), total / d);
        if (relayUrl.isValid()) {
            const double r = run(relayUrl, clients, total, direct);
            report(QByteArray("relay_ms_per_request_" + suffix).constData(), r * 1000.0 * clients / total);
            report(QByteArray("relay_direct_ms_per_request_" + suffix).constData(),
                   d * 1000.0 * clients / total);
            report(QByteArray("relay_overhead_ratio_" + suffix).constData(), r / d);
        }
    }

    relay.terminate();
    relay.waitForFinished(5000);
    serve.terminate();
    serve.waitForFinished(5000);
    QProcess clear;
    clear.setProcessEnvironment(env);
    clear.start(cli, common + QStringList{QStringLiteral("clear-all"), QStringLiteral("--yes")});
    clear.waitForFinished(60000);
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
