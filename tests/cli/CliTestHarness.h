#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace ws::clitest {

// A wallet-sessions-devserver --demo process: its start-up JSON line and a 0600 file holding the
// demo API private key (the CLI only takes keys from files or stdin).
class DevServerProcess {
public:
    ~DevServerProcess();
    bool start(QString* why);
    void kill();
    bool isRunning() const;

    QString url() const { return m_info.value(QStringLiteral("url")).toString(); }
    QString organizationId() const { return m_info.value(QStringLiteral("organizationId")).toString(); }
    QString userId() const { return m_info.value(QStringLiteral("userId")).toString(); }
    QString apiPublicKey() const { return m_info.value(QStringLiteral("apiPublicKey")).toString(); }
    QString notarizerKey() const { return m_info.value(QStringLiteral("notarizerPublicKey")).toString(); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("api-key.hex")); }
    QByteArray privateKeyHex() const {
        return m_info.value(QStringLiteral("apiPrivateKey")).toString().toLatin1();
    }

private:
    QProcess m_process;
    QJsonObject m_info;
    QTemporaryDir m_dir;
};

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject errorJson() const { return QJsonDocument::fromJson(err.trimmed()).object(); }
    QString describe() const; // for failure messages
};

// Runs wallet-sessions-cli with its own data directory and keychain service, against `server`.
class CliRunner {
public:
    CliRunner(QString dataDir, QString keychainService);
    void setServer(const DevServerProcess& server);
    QProcessEnvironment& environment() { return m_env; }
    QString dataDir() const { return m_dataDir; }

    // Waits timeoutMs times ws::test::timeScale() before calling the CLI hung.
    CliResult run(const QStringList& arguments, const QByteArray& stdinData = {},
                  int timeoutMs = 60000) const;
    // The login every test starts from: the devserver's demo key read from its file.
    CliResult login(const DevServerProcess& server, const QString& sessionKey,
                    const QStringList& extra = {}) const;

    static QString executable();

private:
    QString m_dataDir;
    QProcessEnvironment m_env;
};

} // namespace ws::clitest
