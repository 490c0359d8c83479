#pragma once

#include "Result.h"
#include "TestEnvironment.h"
#include "store/IndexData.h"
#include "store/SessionIndex.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <functional>
#include <memory>

// Process-level helpers for the fault and security suites: the built wallet-sessions-cli and
// wallet-sessions-devserver run as separate processes, the keyring is inspected with secret-tool.
namespace ws::test {

struct CliResult {
    int exitCode = -1;
    bool finished = false; // false: timed out or crashed
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // The last JSON object line on stderr (the --json error line), or empty.
    QJsonObject errorJson() const;
    QString errorCode() const { return errorJson().value(QStringLiteral("code")).toString(); }
    QString describe() const;
};

// The wallet-sessions-devserver executable with --demo, started on a random loopback port.
class DevServerProcess {
public:
    ~DevServerProcess();
    Result<void> start(const QStringList& extraArguments = {});
    void kill();
    bool isRunning() const;
    QUrl url() const { return m_url; }
    QString organizationId() const { return m_info.value(QStringLiteral("organizationId")).toString(); }
    QString userId() const { return m_info.value(QStringLiteral("userId")).toString(); }
    QString notarizerPublicKey() const {
        return m_info.value(QStringLiteral("notarizerPublicKey")).toString();
    }
    QString apiPublicKey() const { return m_info.value(QStringLiteral("apiPublicKey")).toString(); }
    // The Auth Proxy it serves on the same port (one-time-code sign-in).
    QString authProxyUrl() const { return m_info.value(QStringLiteral("authProxyUrl")).toString(); }
    QString authProxyConfigId() const { return m_info.value(QStringLiteral("authProxyConfigId")).toString(); }
    // The devserver's OpenID provider ("Demo ID"): its issuer and the client id it knows.
    QString oidcIssuer() const { return m_info.value(QStringLiteral("oidcIssuer")).toString(); }
    QString oidcClientId() const { return m_info.value(QStringLiteral("oidcClientId")).toString(); }
    QString otpSignerPublicKey() const {
        return m_info.value(QStringLiteral("otpSignerPublicKey")).toString();
    }
    QString apiPrivateKey() const { return m_info.value(QStringLiteral("apiPrivateKey")).toString(); }
    // Writes apiPrivateKey() to a 0600 file of its own, for the suites that log in from a key file
    // (the others leave no key on disk: tst_secrets_at_rest scans for one). keyFile() is its path,
    // empty until then.
    Result<void> writeKeyFile();
    QString keyFile() const {
        return m_keyDir ? m_keyDir->filePath(QStringLiteral("api-key.hex")) : QString();
    }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    // POST /admin/faults; true when the server accepted them.
    bool setFaults(const QJsonObject& faults);
    // POST /admin/auth-proxy (otpLength, otpAlphanumeric, otpProviders, reset); true when accepted.
    bool configureAuthProxy(const QJsonObject& change);
    // GET /admin/state.
    QJsonObject state();
    // GET /admin/otp-codes: the codes its Auth Proxy "sent" ({otpId, contact, code, ...}), oldest first.
    QJsonArray otpCodes();
    // Public keys the server currently knows (any user).
    QStringList serverPublicKeys();

private:
    QByteArray request(const QByteArray& method, const QString& path, const QByteArray& body, int* status);

    std::unique_ptr<QProcess> m_process;
    QJsonObject m_info;
    QUrl m_url;
    std::unique_ptr<QTemporaryDir> m_keyDir;
};

// Runs the CLI against one data directory, keychain service and API URL (as --api-url when valid),
// with --json unless setJsonOutput(false).
class CliRunner {
public:
    CliRunner(QString dataDir, QString keychainService, QUrl apiUrl = {});

    static QString cliPath();
    QProcessEnvironment& environment() { return m_env; }
    QString dataDir() const { return m_dataDir; }
    QString indexPath() const;
    QString service() const { return m_service; }
    QUrl apiUrl() const { return m_apiUrl; }
    void setApiUrl(const QUrl& url) { m_apiUrl = url; }
    // Off: the CLI's human output unless a test passes --json itself.
    void setJsonOutput(bool on) { m_json = on; }
    // The server's URL and notarizer key in the environment, as a user's shell would set them.
    void setServer(const DevServerProcess& server);
    // On: login() names server.keyFile() instead of writing the key to standard input.
    void setLoginKeyFromFile(bool on) { m_loginKeyFromFile = on; }

    QStringList arguments(const QStringList& commandArguments) const;
    // run() and collect() wait timeoutMs times timeScale() (TestEnvironment.h) before calling the
    // process hung.
    CliResult run(const QStringList& commandArguments, const QByteArray& stdinData = {},
                  int timeoutMs = 60000) const;
    // Started, not awaited: for killing it at a chosen moment. The caller owns the process.
    std::unique_ptr<QProcess> start(const QStringList& commandArguments) const;
    // The same, with `inChild` run in the child after QProcess set up its channels (a pty as stdin).
    std::unique_ptr<QProcess> start(const QStringList& commandArguments, std::function<void()> inChild) const;
    static CliResult collect(QProcess& process, int timeoutMs);

    // login with the API private key on standard input, or from its file (never an argument).
    CliResult login(const DevServerProcess& server, const QString& sessionKey,
                    const QStringList& extra = {}) const;

private:
    QString m_dataDir;
    QString m_service;
    QUrl m_apiUrl;
    QProcessEnvironment m_env;
    bool m_json = true;
    bool m_loginKeyFromFile = false;
};

// The CLI as a person runs it (the cli suites): human output unless a test passes --json, the login
// key from the devserver's key file (DevServerProcess::writeKeyFile()).
CliRunner userCliRunner(QString dataDir, QString keychainService);

// A CLI runner on `dataDir` with the suite's keychain service, pointed at `server` by --api-url and
// by the server's notarizer key in its environment (the fault, security and race suites): the
// devserver signs with its own notarizer key, without which every JWT signature is unverified.
std::unique_ptr<CliRunner> serverCliRunner(const QString& dataDir, const QString& service,
                                           const DevServerProcess& server);

// What the suites driving the CLI as a process hold: a temporary directory, the devserver process, a
// keychain service of the suite's own and a CLI runner on <dir>/data pointed at the server.
struct CliSuite {
    QTemporaryDir dir;
    DevServerProcess server;
    QString service;
    std::unique_ptr<CliRunner> cli;

    // After WS_START_PROCESS_SUITE: the service, named after `suite`, and the runner.
    void open(const QString& suite);
    // Removes every keyring entry of the service (cleanupTestCase).
    void close() const;
};

// The opening every process suite's initTestCase shares: a valid temporary directory, a keyring
// secret-tool can reach (else the suite is skipped, or fails under WS_REQUIRE_KEYRING) and the
// devserver process started with `serverArguments`. A macro, since QSKIP and QVERIFY return from
// the test function itself.
#define WS_START_PROCESS_SUITE(dir, server, serverArguments)                                                 \
    do {                                                                                                     \
        QVERIFY((dir).isValid());                                                                            \
        WS_REQUIRE_KEYRING_OR_SKIP(ws::test::keyring::available(),                                           \
                                   QStringLiteral("secret-tool cannot reach a keyring"));                    \
        const ws::Result<void> wsStarted = (server).start(serverArguments);                                  \
        QVERIFY2(wsStarted, wsStarted ? "" : qPrintable(wsStarted.error().message));                         \
    } while (false)

// The keyring as an outsider sees it: available() with secret-tool (the Secret Service's own client,
// once per suite), the rest straight over D-Bus (SecretService.h). QtKeychain stores entries with
// attributes server=<service> and user=<entry name>.
namespace keyring {
bool available();
QStringList entries(const QString& service); // entry names ("session-key/<hex>")
// The bytes the app stored (QtKeychain's base64 wrapping removed).
Result<QByteArray> lookup(const QString& service, const QString& entry);
void removeAll(const QString& service);
} // namespace keyring

// The index (sessions.db) of `dataDir` as another process sees it, read by the app's own row mapper.
Result<IndexData> readIndex(const QString& dataDir);
// One change to the index of `dataDir` made the way another process of the app makes it.
Result<void> editIndex(const QString& dataDir, const SessionIndex::Mutation& mutate);

// Checks the crash-safety invariant between the index and the keyring: every keyring entry of the
// service is recorded in the index, every session's key record is Live and its entry exists and
// holds the private key of the session's public key. Returns a description of each violation.
QStringList consistencyProblems(const IndexData& index, const QString& service);

} // namespace ws::test
