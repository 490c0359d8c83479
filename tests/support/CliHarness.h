#pragma once

#include "Result.h"
#include "store/IndexData.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>
#include <memory>

// Process-level helpers for the fault and security suites: the built wallet-sessions-cli and
// wallet-sessions-devserver run as separate processes, the keyring is inspected with secret-tool.
namespace ws::test {

struct CliResult {
    int exitCode = -1;
    bool finished = false; // false: timed out or crashed
    QByteArray out;
    QByteArray err;
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
    QUrl url() const { return m_url; }
    QString organizationId() const { return m_info.value(QStringLiteral("organizationId")).toString(); }
    QString userId() const { return m_info.value(QStringLiteral("userId")).toString(); }
    QString notarizerPublicKey() const {
        return m_info.value(QStringLiteral("notarizerPublicKey")).toString();
    }
    QString apiPublicKey() const { return m_info.value(QStringLiteral("apiPublicKey")).toString(); }
    QString apiPrivateKey() const { return m_info.value(QStringLiteral("apiPrivateKey")).toString(); }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    // POST /admin/faults; true when the server accepted them.
    bool setFaults(const QJsonObject& faults);
    // GET /admin/state.
    QJsonObject state();
    // Public keys the server currently knows (any user).
    QStringList serverPublicKeys();

private:
    QByteArray request(const QByteArray& method, const QString& path, const QByteArray& body, int* status);

    std::unique_ptr<QProcess> m_process;
    QJsonObject m_info;
    QUrl m_url;
};

// Runs the CLI against one data directory, keychain service and API URL, always with --json.
class CliRunner {
public:
    CliRunner(QString dataDir, QString keychainService, QUrl apiUrl);

    static QString cliPath();
    QProcessEnvironment& environment() { return m_env; }
    QString dataDir() const { return m_dataDir; }
    QString indexPath() const;
    QString service() const { return m_service; }
    QUrl apiUrl() const { return m_apiUrl; }
    void setApiUrl(const QUrl& url) { m_apiUrl = url; }

    QStringList arguments(const QStringList& commandArguments) const;
    // run() and collect() wait timeoutMs times timeScale() (TestEnvironment.h) before calling the
    // process hung.
    CliResult run(const QStringList& commandArguments, const QByteArray& stdinData = {},
                  int timeoutMs = 60000) const;
    // Started, not awaited: for killing it at a chosen moment. The caller owns the process.
    std::unique_ptr<QProcess> start(const QStringList& commandArguments) const;
    static CliResult collect(QProcess& process, int timeoutMs);

    // login with the API private key on standard input (never a file or an argument).
    CliResult login(const DevServerProcess& server, const QString& sessionKey,
                    const QStringList& extra = {}) const;

private:
    QString m_dataDir;
    QString m_service;
    QUrl m_apiUrl;
    QProcessEnvironment m_env;
};

// The keyring as an outsider sees it (secret-tool, the Secret Service's own client). QtKeychain
// stores entries with attributes server=<service> and user=<entry name>.
namespace keyring {
bool available();
QStringList entries(const QString& service); // entry names ("session-key/<hex>")
// The bytes the app stored (QtKeychain's base64 wrapping removed).
Result<QByteArray> lookup(const QString& service, const QString& entry);
void removeAll(const QString& service);
} // namespace keyring

// sessions.json of `dataDir`, parsed strictly by the app's own parser.
Result<IndexData> readIndex(const QString& dataDir);

// Checks the crash-safety invariant between the index and the keyring: every keyring entry of the
// service is recorded in the index, every session's key record is Live and its entry exists and
// holds the private key of the session's public key. Returns a description of each violation.
QStringList consistencyProblems(const IndexData& index, const QString& service);

} // namespace ws::test
