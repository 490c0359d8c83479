#include "CliTestHarness.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

namespace ws::clitest {

using ws::test::scaledMs;

DevServerProcess::~DevServerProcess() {
    kill();
}

bool DevServerProcess::start(QString* why) {
    QString exe = qEnvironmentVariable("WS_DEVSERVER_EXE");
    if (exe.isEmpty())
        exe = QDir(ws::test::binDir()).filePath(QStringLiteral("wallet-sessions-devserver"));
    m_process.setProgram(exe);
    m_process.setArguments({QStringLiteral("--demo")});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    // Every wait for the devserver or the CLI is scaled: both are instrumented in the sanitizer build.
    if (!m_process.waitForStarted(scaledMs(10000))) {
        *why = QStringLiteral("devserver did not start: ") + m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(scaledMs(20000));
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    const QByteArray line = m_process.readLine();
    m_info = QJsonDocument::fromJson(line).object();
    if (url().isEmpty() || apiPublicKey().isEmpty()) {
        *why = QStringLiteral("devserver printed no usable start-up line: ") + QString::fromUtf8(line) +
               QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    QFile key(keyFile());
    if (!key.open(QIODevice::WriteOnly) ||
        !key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *why = QStringLiteral("cannot write the key file");
        return false;
    }
    key.write(privateKeyHex() + '\n');
    return true;
}

void DevServerProcess::kill() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool DevServerProcess::isRunning() const {
    return m_process.state() == QProcess::Running;
}

QString CliResult::describe() const {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

CliRunner::CliRunner(QString dataDir, QString keychainService)
    : m_dataDir(std::move(dataDir))
    , m_env(QProcessEnvironment::systemEnvironment()) {
    m_env.insert(QStringLiteral("WALLET_SESSIONS_KEYCHAIN_SERVICE"), keychainService);
    m_env.remove(QStringLiteral("WALLET_SESSIONS_API_URL"));
    m_env.remove(QStringLiteral("WALLET_SESSIONS_NOTARIZER_KEY"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

void CliRunner::setServer(const DevServerProcess& server) {
    m_env.insert(QStringLiteral("WALLET_SESSIONS_API_URL"), server.url());
    m_env.insert(QStringLiteral("WALLET_SESSIONS_NOTARIZER_KEY"), server.notarizerKey());
}

QString CliRunner::executable() {
    const QString exe = qEnvironmentVariable("WS_CLI_EXE");
    return exe.isEmpty() ? QDir(ws::test::binDir()).filePath(QStringLiteral("wallet-sessions-cli")) : exe;
}

CliResult CliRunner::run(const QStringList& arguments, const QByteArray& stdinData, int timeoutMs) const {
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setProgram(executable());
    process.setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments);
    process.start();
    CliResult result;
    if (!process.waitForStarted(scaledMs(10000))) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    // stdin is a pipe, never a terminal: what scripts see.
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs > 0 ? scaledMs(timeoutMs) : timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out: " + process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliRunner::login(const DevServerProcess& server, const QString& sessionKey,
                           const QStringList& extra) const {
    return run(QStringList{QStringLiteral("login"), QStringLiteral("--organization-id"),
                           server.organizationId(), QStringLiteral("--api-public-key"), server.apiPublicKey(),
                           QStringLiteral("--api-private-key-file"), server.keyFile(),
                           QStringLiteral("--session-key"), sessionKey} +
               extra);
}

} // namespace ws::clitest
