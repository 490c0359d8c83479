#include "app/StartupProbe.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>
#include <chrono>

using namespace ws::ui;

namespace {
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (context.category && QByteArrayView(context.category) == "ws.startup")
        g_lines << message;
    else if (g_previous)
        g_previous(type, context, message);
}

qint64 monotonicNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 valueAfter(const QString& line, const char* prefix) {
    const qsizetype at = line.indexOf(QLatin1String(prefix));
    return at < 0 ? -1 : line.mid(at + qsizetype(qstrlen(prefix))).trimmed().toLongLong();
}
} // namespace

// The ws.startup probe scripts/bench reads for benchmark 5: silent unless enabled, and when
// enabled one first-paint line with a CLOCK_MONOTONIC instant and one resident-memory line.
class TestStartupProbe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        g_lines.clear();
        g_previous = qInstallMessageHandler(capture);
    }
    void cleanup() {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void offByDefault() {
        QVERIFY(!lcStartup().isInfoEnabled());
        QVERIFY(lcStartup().isWarningEnabled());
    }

    void logsFirstPaintThenResidentMemory() {
        QLoggingCategory::setFilterRules(QStringLiteral("ws.startup.info=true"));
        QVERIFY(lcStartup().isInfoEnabled());
        QWidget window;
        window.resize(200, 100);
        auto* probe = new StartupProbe(&window, 50);
        QSignalSpy painted(probe, &StartupProbe::firstPaintLogged);
        QSignalSpy resident(probe, &StartupProbe::residentLogged);
        const qint64 before = monotonicNs();
        window.show();
        QVERIFY(painted.wait(10000));
        const qint64 after = monotonicNs();
        QCOMPARE(g_lines.size(), 1);
        const qint64 at = valueAfter(g_lines.first(), StartupProbe::kFirstPaintPrefix);
        QVERIFY2(at >= before && at <= after, qPrintable(g_lines.first()));

        if (StartupProbe::residentKiB() < 0)
            QSKIP("no /proc/self/status here: the probe logs no resident-memory line");
        QVERIFY(resident.wait(10000));
        QCOMPARE(g_lines.size(), 2);
        const qint64 kib = valueAfter(g_lines.last(), StartupProbe::kResidentPrefix);
        // A Qt widgets process is megabytes; the logged figure is this process's, measured just now.
        QVERIFY2(kib > 1000 && qAbs(kib - StartupProbe::residentKiB()) < 16 * 1024,
                 qPrintable(g_lines.last()));

        // Later paints log nothing more.
        window.update();
        window.repaint();
        QTest::qWait(100);
        QCOMPARE(g_lines.size(), 2);
        QCOMPARE(painted.size(), 1);
    }
};

QTEST_MAIN(TestStartupProbe)
#include "tst_startupprobe.moc"
