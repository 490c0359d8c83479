// Benchmarks 3 (C++ side; the Node peer is started from here against the same devserver), 4, 5d, 5e
// and 6.
//
//   bench_refresh --js DIR [--node PATH] [--iterations N] [--keychain-iterations N] [--sessions N]
//                 [--commit-sessions N] [--only 3|4|5d|5e|6]
//
// The devserver runs in-process on its own thread (RefreshStack.h); the Node peer talks to it over
// the same loopback socket.
#include "BenchSupport.h"
#include "Clock.h"
#include "RefreshStack.h"
#include "StoreScaling.h"
#include "api/TurnkeyClient.h"
#include "crypto/P256KeyPair.h"
#include "keychain/KeychainStore.h"
#include "session/SessionManager.h"
#include "store/SessionIndex.h"
#include "token/SessionToken.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace ws;
using namespace ws::bench;

namespace {

// Benchmark 3, C++ side: new key, stamp_login stamped with the current session key, decode the JWT.
double cppRefreshMs(const ServerInfo& info, const Clock& clock, int iterations) {
    TurnkeyClient client(benchApiConfig(info.url), clock);
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

// One stamp_login round trip, alone: the key pair is made before the clock starts, the JWT is not
// decoded. Signed with the devserver's demo API key, as a login would be.
double stampLoginMs(TurnkeyClient& client, const TurnkeyClient::Signer& signer, const ServerInfo& info) {
    const P256KeyPair next = valueOrFail(P256KeyPair::generate(), "keygen");
    StampLoginParams params;
    params.publicKey = next.publicKeyHex();
    QElapsedTimer timer;
    timer.start();
    (void)valueOrFail(waitFor<QByteArray>([&](QObject* c, Callback<QByteArray> done) {
                          client.stampLogin(signer, info.organizationId, params, c, std::move(done));
                      }),
                      "stamp_login");
    return double(timer.nsecsElapsed()) / 1e6;
}

QString dummyEntry(const char* prefix, int i) {
    return sessionKeyEntryName(QString::fromLatin1(prefix) +
                               QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')));
}

// Benchmark 4: SessionManager::refreshSession on the real keyring vs the sum of its irreducible parts,
// each timed alone in the same store, interleaved with the refreshes in the same run: a keychain
// write + delete (the new key in, the old key out), a keychain read (the old key, to stamp with),
// one stamp_login round trip, and one durable index commit.
void keychainBench(const ServerInfo& info, const Clock& clock, int iterations) {
    LocalStack stack(info, clock, QStringLiteral("single"));
    stack.login(info, QStringLiteral("bench"));
    TurnkeyClient client(benchApiConfig(info.url), clock);
    const TurnkeyClient::Signer signer = std::make_shared<const P256KeyPair>(
        valueOrFail(P256KeyPair::fromPrivateKeyHex(info.apiPrivateKey, info.apiPublicKey), "demo key"));
    const auto liveEntry = [&]() {
        return sessionKeyEntryName(
            stack.index.data().findSession(QStringLiteral("bench"))->token.claims.publicKey);
    };
    for (int i = 0; i < 3; ++i) { // warm-up: the D-Bus connection, the collection, the HTTP connection
        stack.refresh(QStringLiteral("bench"));
        stack.writeThenDelete(dummyEntry("02", 1000000 + i));
        (void)stampLoginMs(client, signer, info);
    }
    qint64 fullNs = 0, writeDeleteNs = 0, readNs = 0, commitNs = 0;
    double stampMs = 0;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        stack.refresh(QStringLiteral("bench"));
        fullNs += timer.nsecsElapsed();
        timer.start();
        stack.writeThenDelete(dummyEntry("02", i));
        writeDeleteNs += timer.nsecsElapsed();
        const QString entry = liveEntry();
        timer.start();
        stack.read(entry);
        readNs += timer.nsecsElapsed();
        stampMs += stampLoginMs(client, signer, info);
        timer.start();
        stack.commit(QStringLiteral("bench"), i);
        commitNs += timer.nsecsElapsed();
    }
    const double n = iterations;
    const double writeDelete = double(writeDeleteNs) / 1e6 / n, read = double(readNs) / 1e6 / n,
                 stamp = stampMs / n, commit = double(commitNs) / 1e6 / n;
    report("keychain_refresh_ms", double(fullNs) / 1e6 / n);
    report("keychain_write_delete_ms", writeDelete);
    report("keychain_read_ms", read);
    report("stamp_login_ms", stamp);
    report("index_commit_ms", commit);
    report("refresh_parts_sum_ms", writeDelete + read + stamp + commit);
}

// Benchmark 6: refreshAllSessions over `count` sessions vs its keychain-bound floor: the same
// keychain operations (for each session a write, a read of its key, a delete) run back to back in
// the same store, so the keyring holds as many items as during the batch. Also, informative: one
// refresh at a time in that store and its keychain breakdown (gnome-keyring's cost per operation grows
// with the number of items it holds; compare with 4's one-session store).
// t2 (issue 19): a full refresh of a session whose key lives in the TPM (each refresh makes the new key
// inside it) against one whose key lives in the keychain, alternating in the same run and store. Needs
// TPM2OPENSSL_TCTI (scripts/bench starts a software TPM); without it there is nothing to report.
void tpmBench(const ServerInfo& info, const Clock& clock, int iterations) {
    if (qEnvironmentVariableIsEmpty("TPM2OPENSSL_TCTI")) {
        std::fprintf(stderr, "bench_refresh: t skipped, TPM2OPENSSL_TCTI is not set\n");
        return;
    }
    LocalStack stack(info, clock, QStringLiteral("tpm"));
    stack.login(info, QStringLiteral("in-keychain"));
    stack.login(info, QStringLiteral("in-tpm"), KeyStoreKind::Tpm);
    for (int i = 0; i < 3; ++i) { // warm-up
        stack.refresh(QStringLiteral("in-keychain"));
        stack.refresh(QStringLiteral("in-tpm"));
    }
    qint64 keychainNs = 0, tpmNs = 0;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        stack.refresh(QStringLiteral("in-keychain"));
        keychainNs += timer.nsecsElapsed();
        timer.start();
        stack.refresh(QStringLiteral("in-tpm"));
        tpmNs += timer.nsecsElapsed();
    }
    report("tpm_refresh_ms", double(tpmNs) / 1e6 / iterations);
    report("tpm_keychain_refresh_ms", double(keychainNs) / 1e6 / iterations);
}

void refreshAllBench(const ServerInfo& info, const Clock& clock, int count) {
    LocalStack stack(info, clock, QStringLiteral("all"));
    QElapsedTimer timer;
    timer.start();
    QStringList labels;
    for (int i = 0; i < count; ++i) {
        labels.append(QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0')));
        stack.login(info, labels.last());
    }
    report("setup_logins_s", double(timer.nsecsElapsed()) / 1e9);

    const int singles = std::min(count, 20);
    timer.start();
    for (int i = 0; i < singles; ++i)
        stack.refresh(labels.at(i));
    report("refresh_all_single_ms", double(timer.nsecsElapsed()) / 1e6 / singles);
    qint64 writeDeleteNs = 0, readNs = 0;
    const int samples = std::min(count, 10);
    for (int i = 0; i < samples; ++i) {
        const QString live =
            sessionKeyEntryName(stack.index.data().findSession(labels.at(i))->token.claims.publicKey);
        timer.start();
        stack.writeThenDelete(dummyEntry("03", i));
        writeDeleteNs += timer.nsecsElapsed();
        timer.start();
        stack.read(live);
        readNs += timer.nsecsElapsed();
    }
    report("refresh_all_keychain_write_delete_ms", double(writeDeleteNs) / 1e6 / samples);
    report("refresh_all_keychain_read_ms", double(readNs) / 1e6 / samples);

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

    // The floor, right after the batch in the same store: one write, one read, one delete per session.
    static const QByteArray secret(64, 'a');
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QString entry = dummyEntry("04", i);
        valueOrFail(waitFor<void>([&](QObject* c, Callback<void> done) {
                        stack.secrets.writeSecret(entry, secret, c, std::move(done));
                    }),
                    "keychain write");
        stack.read(sessionKeyEntryName(stack.index.data().findSession(labels.at(i))->token.claims.publicKey));
        valueOrFail(waitFor<void>([&](QObject* c, Callback<void> done) {
                        stack.secrets.deleteSecret(entry, c, std::move(done));
                    }),
                    "keychain delete");
    }
    report("refresh_all_keychain_floor_ms", double(timer.nsecsElapsed()) / 1e6);
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
                                                QStringLiteral("refreshes for 4 and 5e"), QStringLiteral("n"),
                                                QStringLiteral("30"));
    const QCommandLineOption sessions(QStringLiteral("sessions"), QStringLiteral("sessions for 6"),
                                      QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption commitSessions(QStringLiteral("commit-sessions"),
                                            QStringLiteral("sessions of the large store of 5d"),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption storeSessions(QStringLiteral("store-sessions"),
                                           QStringLiteral("sessions of the large store of 5e"),
                                           QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("run one part: 3, 4, 5d, 5e or 6"),
                                  QStringLiteral("part"));
    parser.addOptions(
        {js, node, iterations, keychainIterations, sessions, commitSessions, storeSessions, only});
    parser.addHelpOption();
    parser.process(app);

    SystemClock clock;
    ServerThread server;
    const ServerInfo info = server.start();
    const QString part = parser.value(only);
    const auto wanted = [&part](const char* name) {
        return part.isEmpty() || part == QLatin1String(name);
    };
    if (wanted("3")) {
        const int n = parser.value(iterations).toInt();
        report("refresh_cpp_ms", cppRefreshMs(info, clock, n));
        if (parser.isSet(js))
            report("refresh_node_ms", nodeRefreshMs(info, parser.value(node), parser.value(js), n));
    }
    if (wanted("4"))
        keychainBench(info, clock, parser.value(keychainIterations).toInt());
    if (wanted("5d"))
        commitScalingBench(parser.value(commitSessions).toInt(), clock);
    if (wanted("5e"))
        refreshScalingBench(info, clock, parser.value(storeSessions).toInt(),
                            parser.value(keychainIterations).toInt());
    if (wanted("6"))
        refreshAllBench(info, clock, parser.value(sessions).toInt());
    if (wanted("t"))
        tpmBench(info, clock, std::min(parser.value(keychainIterations).toInt(), 50));
    return 0;
}
