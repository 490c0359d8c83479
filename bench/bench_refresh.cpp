// Benchmarks 3 (C++ side; the Node peer is started from here against the same devserver), 4 and 6.
//
//   bench_refresh --js DIR [--node PATH] [--iterations N] [--keychain-iterations N] [--sessions N]
//
// The devserver runs in-process on its own thread, so serving requests never competes with the
// client's event loop, just as a separate process would not; the Node peer talks to it over the
// same loopback socket. Its per-user limit of expiring keys is lifted for benchmark 6 (1 000
// sessions of one user), the only difference from `wallet-sessions-devserver --demo`.
#include "BenchSupport.h"
#include "Clock.h"
#include "DevServer.h"
#include "api/TurnkeyClient.h"
#include "app/ServiceFactory.h"
#include "crypto/P256KeyPair.h"
#include "keychain/KeychainStore.h"
#include "session/SessionManager.h"
#include "store/SessionIndex.h"
#include "token/SessionToken.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <memory>

using namespace ws;
using ws::bench::fail;
using ws::bench::report;
using ws::bench::valueOrFail;
using ws::bench::waitFor;

namespace {

struct ServerInfo {
    QUrl url;
    QString organizationId;
    QByteArray apiPublicKey;
    QByteArray apiPrivateKey; // the devserver's throwaway demo key, not a user secret
    QByteArray notarizer;
};

class ServerThread {
public:
    ServerInfo start() {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        ServerInfo info;
        QString error;
        QMetaObject::invokeMethod(
            &m_anchor,
            [&]() {
                devserver::DevServerConfig config;
                config.demo = true;
                config.maxExpiringKeysPerUser = 1000000;
                m_server = new devserver::DevServer(config, m_clock);
                if (auto listening = m_server->listen(); !listening.ok()) {
                    error = listening.error().toString();
                    return;
                }
                info.url = m_server->url();
                info.organizationId = m_server->organizationId();
                info.apiPublicKey = m_server->demoApiPublicKeyHex();
                info.apiPrivateKey = m_server->demoApiPrivateKeyHex().view().toByteArray();
                info.notarizer = m_server->notarizerPublicKeyHex();
            },
            Qt::BlockingQueuedConnection);
        if (!error.isEmpty())
            fail(QStringLiteral("devserver: ") + error);
        return info;
    }
    ~ServerThread() {
        QMetaObject::invokeMethod(
            &m_anchor, [this]() { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    SystemClock m_clock;
    QThread m_thread;
    QObject m_anchor;
    devserver::DevServer* m_server = nullptr;
};

ApiConfig apiConfig(const QUrl& url) {
    ApiConfig config;
    config.baseUrl = url;
    config.maxRetries = 0; // a benchmark must see failures, not hide them behind retries
    return config;
}

// Benchmark 3, C++ side: new key, stamp_login stamped with the current session key, decode the JWT.
double cppRefreshMs(const ServerInfo& info, const Clock& clock, int iterations) {
    TurnkeyClient client(apiConfig(info.url), clock);
    TurnkeyClient::Signer signer = std::make_shared<const P256KeyPair>(
        valueOrFail(P256KeyPair::fromPrivateKeyHex(info.apiPrivateKey, info.apiPublicKey), "demo key"));
    const auto refreshOnce = [&]() {
        auto next = std::make_shared<const P256KeyPair>(valueOrFail(P256KeyPair::generate(), "keygen"));
        StampLoginParams params;
        params.publicKey = next->publicKeyHex();
        const QByteArray jwt =
            valueOrFail(waitFor<QByteArray>([&](QObject* c, Callback<QByteArray> done) {
                            client.stampLogin(signer, info.organizationId, params, c, std::move(done));
                        }),
                        "stamp_login");
        const SessionToken token = valueOrFail(decodeSessionToken(jwt), "decode");
        if (token.claims.publicKey.toLatin1() != next->publicKeyHex())
            fail(QStringLiteral("the JWT is for another key"));
        signer = std::move(next);
    };
    for (int i = 0; i < 20; ++i) // warm-up: connection, TLS-free loopback, allocator
        refreshOnce();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i)
        refreshOnce();
    return double(timer.nsecsElapsed()) / 1e6 / iterations;
}

// Benchmark 3, peer: Turnkey's packages in Node, same devserver, same work (bench/js/refresh.mjs).
double nodeRefreshMs(const ServerInfo& info, const QString& node, const QString& jsDir, int iterations) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setWorkingDirectory(jsDir);
    process.start(node, {jsDir + QStringLiteral("/refresh.mjs"), info.url.toString(), info.organizationId,
                         QString::fromLatin1(info.apiPublicKey), QString::number(iterations)});
    if (!process.waitForStarted())
        fail(QStringLiteral("cannot start %1: %2").arg(node, process.errorString()));
    // Over stdin, never the command line.
    process.write(info.apiPrivateKey + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        fail(QStringLiteral("the Node peer failed (exit %1)").arg(process.exitCode()));
    const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
    if (!out.contains(QStringLiteral("perRefreshMs")))
        fail(QStringLiteral("the Node peer printed no perRefreshMs"));
    return out.value(QStringLiteral("perRefreshMs")).toDouble();
}

// The application's stack (ServiceFactory) on the real keyring (the headless session's), with its own
// index directory and keychain service, and an API client that does not retry.
std::unique_ptr<AppServices> makeServices(const ServerInfo& info, const Clock& clock, const QString& name,
                                          const QString& directory) {
    AppConfig config;
    config.apiUrl = info.url;
    config.dataDir = directory;
    config.keychainService =
        QStringLiteral("wallet-sessions-bench-%1-%2").arg(name).arg(QCoreApplication::applicationPid());
    config.notarizerKey = info.notarizer;
    ServiceFactory::Seams seams;
    seams.tuneApi = [](ApiConfig& api) {
        api = apiConfig(api.baseUrl);
    };
    return ServiceFactory(config, clock, std::move(seams)).create();
}

struct LocalStack {
    LocalStack(const ServerInfo& info, const Clock& clock, const QString& name)
        : services(makeServices(info, clock, name, dir.path()))
        , index(services->index())
        , secrets(services->keychain())
        , manager(&services->manager()) {
        valueOrFail(services->openIndex(), "open index");
    }
    void login(const ServerInfo& info, const QString& label) {
        valueOrFail(waitFor<QString>([&](QObject* c, Callback<QString> done) {
                        LoginRequest request;
                        request.organizationId = info.organizationId;
                        request.apiPublicKey = info.apiPublicKey;
                        request.apiPrivateKey = SecureBytes(info.apiPrivateKey);
                        request.sessionKey = label;
                        request.expirationSeconds = 3600;
                        request.makeActive = false;
                        manager->loginWithApiKey(std::move(request), c, std::move(done));
                    }),
                    "login");
    }
    void refresh(const QString& label) {
        valueOrFail(waitFor<SessionInfo>([&](QObject* c, Callback<SessionInfo> done) {
                        RefreshRequest request;
                        request.sessionKey = label;
                        manager->refreshSession(request, c, std::move(done));
                    }),
                    "refresh");
    }

    // The reference of benchmark 4: one keychain write and its delete, nothing else.
    void writeThenDelete(const QString& entry) {
        static const QByteArray secret(64, 'a');
        valueOrFail(waitFor<void>([&](QObject* c, Callback<void> done) {
                        secrets.writeSecret(entry, secret, c, std::move(done));
                    }),
                    "keychain write");
        valueOrFail(waitFor<void>([&](QObject* c, Callback<void> done) {
                        secrets.deleteSecret(entry, c, std::move(done));
                    }),
                    "keychain delete");
    }

    QTemporaryDir dir;
    std::unique_ptr<AppServices> services;
    SessionIndex& index;
    KeychainStore& secrets;
    SessionManager* manager;
};

// Where a refresh's time goes, each part timed alone in the same store: a keychain write + delete
// (the reference of 4), a keychain read (the old key, to stamp with), and one index commit (lock,
// read, fsynced write, rename) of the store's current size.
void reportBreakdown(LocalStack& stack, const QString& label, int iterations, const char* prefix) {
    const QString liveEntry =
        sessionKeyEntryName(stack.index.data().findSession(label)->token.claims.publicKey);
    qint64 writeDeleteNs = 0, readNs = 0, commitNs = 0;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        const QString entry = sessionKeyEntryName(QStringLiteral("03%1").arg(i, 64, 16, QLatin1Char('0')));
        timer.start();
        stack.writeThenDelete(entry);
        writeDeleteNs += timer.nsecsElapsed();
        timer.start();
        (void)valueOrFail(waitFor<SecureBytes>([&](QObject* c, Callback<SecureBytes> done) {
                              stack.secrets.readSecret(liveEntry, c, std::move(done));
                          }),
                          "keychain read");
        readNs += timer.nsecsElapsed();
        timer.start();
        valueOrFail(stack.index.update([i, label](IndexData& data) -> Result<void> {
            data.findSession(label)->lastError = QString::number(i);
            return {};
        }),
                    "index commit");
        commitNs += timer.nsecsElapsed();
    }
    const auto name = [prefix](const char* what) {
        return QByteArray(QByteArray(prefix) + what);
    };
    report(name("keychain_write_delete_alone_ms").constData(), double(writeDeleteNs) / 1e6 / iterations);
    report(name("keychain_read_ms").constData(), double(readNs) / 1e6 / iterations);
    report(name("index_commit_ms").constData(), double(commitNs) / 1e6 / iterations);
}

// Benchmark 4: SessionManager::refreshSession on the real keyring vs a keychain write + delete.
void keychainBench(const ServerInfo& info, const Clock& clock, int iterations) {
    LocalStack stack(info, clock, QStringLiteral("single"));
    stack.login(info, QStringLiteral("bench"));
    const auto writeDelete = [&](int i) {
        stack.writeThenDelete(sessionKeyEntryName(QStringLiteral("02%1").arg(i, 64, 16, QLatin1Char('0'))));
    };
    for (int i = 0; i < 3; ++i) { // warm-up: the D-Bus connection and the collection
        stack.refresh(QStringLiteral("bench"));
        writeDelete(-1 - i);
    }
    // Interleaved so both sides see the same keyring state and machine load.
    qint64 fullNs = 0, keychainNs = 0;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        stack.refresh(QStringLiteral("bench"));
        fullNs += timer.nsecsElapsed();
        timer.start();
        writeDelete(i);
        keychainNs += timer.nsecsElapsed();
    }
    report("keychain_refresh_ms", double(fullNs) / 1e6 / iterations);
    report("keychain_write_delete_ms", double(keychainNs) / 1e6 / iterations);

    reportBreakdown(stack, QStringLiteral("bench"), iterations, "");
}

// Benchmark 6: refreshAllSessions over `count` sessions vs `count` x one refresh in the same store.
void refreshAllBench(const ServerInfo& info, const Clock& clock, int count) {
    LocalStack stack(info, clock, QStringLiteral("all"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        stack.login(info, QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0')));
    report("setup_logins_s", double(timer.nsecsElapsed()) / 1e9);

    const int singles = std::min(count, 20);
    timer.start();
    for (int i = 0; i < singles; ++i)
        stack.refresh(QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0')));
    const double singleMs = double(timer.nsecsElapsed()) / 1e6 / singles;
    report("refresh_all_single_ms", singleMs);
    reportBreakdown(stack, QStringLiteral("s0000"), 10, "refresh_all_");

    timer.start();
    const BatchReport batch = valueOrFail(waitFor<BatchReport>(
                                              [&](QObject* c, Callback<BatchReport> done) {
                                                  stack.manager->refreshAllSessions(c, std::move(done));
                                              },
                                              900000),
                                          "refresh all");
    const double wallMs = double(timer.nsecsElapsed()) / 1e6;
    for (const SessionOutcome& outcome : batch.outcomes) {
        if (!outcome.result.ok()) {
            std::fprintf(stderr, "refresh-all: %s: %s\n", qUtf8Printable(outcome.sessionKey),
                         qUtf8Printable(outcome.result.error().toString()));
            break;
        }
    }
    report("refresh_all_sessions", double(batch.outcomes.size()));
    report("refresh_all_failures", double(batch.failureCount()));
    report("refresh_all_wall_ms", wallMs);
    report("refresh_all_serial_ms", singleMs * count);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    // Per-request debug lines would be timed too; the product runs with them off as well.
    QLoggingCategory::setFilterRules(QStringLiteral("ws.*.debug=false"));
    QCommandLineParser parser;
    const QCommandLineOption js(QStringLiteral("js"), QStringLiteral("bench/js directory"),
                                QStringLiteral("dir"));
    const QCommandLineOption node(QStringLiteral("node"), QStringLiteral("Node executable"),
                                  QStringLiteral("path"), QStringLiteral("node"));
    const QCommandLineOption iterations(QStringLiteral("iterations"), QStringLiteral("refreshes for 3"),
                                        QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption keychainIterations(QStringLiteral("keychain-iterations"),
                                                QStringLiteral("refreshes for 4"), QStringLiteral("n"),
                                                QStringLiteral("30"));
    const QCommandLineOption sessions(QStringLiteral("sessions"), QStringLiteral("sessions for 6"),
                                      QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("run one part: 3, 4 or 6"),
                                  QStringLiteral("part"));
    parser.addOptions({js, node, iterations, keychainIterations, sessions, only});
    parser.addHelpOption();
    parser.process(app);

    SystemClock clock;
    ServerThread server;
    const ServerInfo info = server.start();
    const QString part = parser.value(only);
    if (part.isEmpty() || part == QLatin1String("3")) {
        const int n = parser.value(iterations).toInt();
        report("refresh_cpp_ms", cppRefreshMs(info, clock, n));
        if (parser.isSet(js))
            report("refresh_node_ms", nodeRefreshMs(info, parser.value(node), parser.value(js), n));
    }
    if (part.isEmpty() || part == QLatin1String("4"))
        keychainBench(info, clock, parser.value(keychainIterations).toInt());
    if (part.isEmpty() || part == QLatin1String("6"))
        refreshAllBench(info, clock, parser.value(sessions).toInt());
    return 0;
}
