// Core dumps must never carry a private key (an audit found one in OpenSSL's internal form in the core
// of a CLI killed with SIGSEGV). disableCoreDumps() in-process, then the built CLI and GUI as a user
// runs them: both must have started with a core limit of 0.
#include "CliHarness.h"
#include "ProcessHardening.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace ws;
using namespace ws::test;

namespace {

// "Max core file size  0  0  bytes" of /proc/PID/limits: the soft and hard limits as text.
QString coreLimitOf(qint64 pid) {
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    const QString text = QString::fromLatin1(limits.readAll());
    static const QRegularExpression line(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(text);
    return match.hasMatch() ? match.captured(1) + QLatin1Char('/') + match.captured(2)
                            : QStringLiteral("absent");
}

// Waits until the process has run its main() far enough to be reading input or showing a window.
void waitUntilStarted(QProcess& process) {
    QVERIFY2(process.waitForStarted(scaledMs(10000)), qPrintable(process.errorString()));
    QTest::qWait(scaledMs(1500));
    QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
}

// The children inherit this process's limit: it must not be 0 already, or a child's 0 proves nothing.
// (inProcess() runs last for the same reason.)
void allowCoreDumpsHere() {
    rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
    (void)::setrlimit(RLIMIT_CORE, &unlimited); // root may raise the hard limit; others keep theirs
    rlimit now{};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &now), 0);
    if (now.rlim_max > 0 && now.rlim_cur < now.rlim_max) {
        now.rlim_cur = now.rlim_max;
        QCOMPARE(::setrlimit(RLIMIT_CORE, &now), 0);
    }
    QVERIFY2(now.rlim_cur > 0, "the core limit of the test process is 0 and cannot be raised, so it cannot "
                               "tell whether the programs lower it");
}

} // namespace

class TestCoreDumps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The CLI waiting for an API private key on standard input: it has parsed its options and is
    // about to handle a key.
    void cliStartsWithoutCoreDumps() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        allowCoreDumpsHere();
        if (QTest::currentTestFailed())
            return;
        CliRunner cli(dir.filePath(QStringLiteral("data")), uniqueTestService(QStringLiteral("coredumps")),
                      QUrl(QStringLiteral("http://127.0.0.1:9")));
        auto process = cli.start({QStringLiteral("login"), QStringLiteral("--organization-id"),
                                  QStringLiteral("org"), QStringLiteral("--api-public-key"),
                                  QStringLiteral("02") + QString(64, QLatin1Char('a')),
                                  QStringLiteral("--api-private-key-file"), QStringLiteral("-")});
        waitUntilStarted(*process);
        QCOMPARE(coreLimitOf(process->processId()), QStringLiteral("0/0"));
        process->kill();
        process->waitForFinished(scaledMs(5000));
    }

    void guiStartsWithoutCoreDumps() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        allowCoreDumpsHere();
        if (QTest::currentTestFailed())
            return;
        QProcess gui;
        gui.start(binDir() + QStringLiteral("/wallet-sessions"),
                  {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                   QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:9"),
                   QStringLiteral("--keychain-service"), uniqueTestService(QStringLiteral("coredumps-gui"))});
        waitUntilStarted(gui);
        QCOMPARE(coreLimitOf(gui.processId()), QStringLiteral("0/0"));
        gui.kill();
        gui.waitForFinished(scaledMs(5000));
    }
    void inProcess() {
        rlimit before{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &before), 0);
        const CoreDumpProtection protection = disableCoreDumps();
        QVERIFY2(protection.problem.isEmpty(), qPrintable(protection.problem));
        QVERIFY(protection.coreLimitZero);
        QVERIFY(protection.notDumpable);
        rlimit after{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &after), 0);
        QCOMPARE(after.rlim_cur, rlim_t(0));
        QCOMPARE(after.rlim_max, rlim_t(0));
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestCoreDumps)
#include "tst_core_dumps.moc"
