#include "SwtpmFixture.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace ws::test {

namespace {

// A port the kernel just handed out and that is free again (swtpm binds it a moment later; a clash
// makes start() try again).
quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

SwtpmFixture::~SwtpmFixture() {
    stop();
}

Result<void> SwtpmFixture::start() {
    const QString swtpm = QStandardPaths::findExecutable(QStringLiteral("swtpm"));
    if (swtpm.isEmpty())
        return Error(ErrorCode::NotFound,
                     QStringLiteral("swtpm is not installed (scripts/test installs it)"));
    QString lastError;
    for (int attempt = 0; attempt < 5; ++attempt) {
        stop();
        m_state = std::make_unique<QTemporaryDir>();
        // The swtpm TCTI finds the control channel on the next port up.
        const quint16 server = freePort();
        const quint16 control = quint16(server + 1);
        QTcpServer probe;
        if (server == 0 || control == 0 || !probe.listen(QHostAddress::LocalHost, control))
            continue;
        probe.close();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(swtpm,
                         {QStringLiteral("socket"), QStringLiteral("--tpm2"), QStringLiteral("--tpmstate"),
                          QStringLiteral("dir=%1").arg(m_state->path()), QStringLiteral("--server"),
                          QStringLiteral("type=tcp,port=%1,bindaddr=127.0.0.1").arg(server),
                          QStringLiteral("--ctrl"),
                          QStringLiteral("type=tcp,port=%1,bindaddr=127.0.0.1").arg(control),
                          QStringLiteral("--flags"), QStringLiteral("not-need-init,startup-clear")});
        if (!m_process->waitForStarted(scaledMs(5000))) {
            lastError = m_process->errorString();
            continue;
        }
        // Ready once the control port accepts a connection (the TPM port serves one client at a
        // time, so it is left alone).
        const QDeadlineTimer deadline(scaledMs(5000));
        bool ready = false;
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, control);
            if (socket.waitForConnected(200)) {
                ready = true;
                break;
            }
            QThread::msleep(20);
        }
        if (ready) {
            m_port = server;
            return {};
        }
        lastError = QString::fromLocal8Bit(m_process->readAll()).trimmed();
    }
    stop();
    return Error(ErrorCode::Internal, QStringLiteral("swtpm did not start: %1").arg(lastError));
}

QString SwtpmFixture::tcti() const {
    return QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(m_port);
}

void SwtpmFixture::use() const {
    qputenv("TPM2OPENSSL_TCTI", tcti().toLatin1());
}

void SwtpmFixture::stop() {
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(scaledMs(3000))) {
            m_process->kill();
            m_process->waitForFinished(scaledMs(3000));
        }
        m_process.reset();
    }
    m_state.reset();
    m_port = 0;
}

QString unreachableTpmTcti() {
    return QStringLiteral("device:/nonexistent/wallet-sessions-test/tpm0");
}

} // namespace ws::test
