#pragma once

#include "TestEnvironment.h"

#include <QGuiApplication>
#include <QProcess>
#include <QSystemTrayIcon>
#include <QTest>

namespace ws::test {

// The tray host ws_headless starts (trayer) may still be claiming the tray when the first GUI suites
// start on a loaded machine (CI's test phase runs beside the sanitizer build): wait for the tray,
// instead of reading a single instant. Qt notices a tray that appears later.
inline bool systemTrayAppears(int ms = 30000) {
    return QSystemTrayIcon::isSystemTrayAvailable() ||
           QTest::qWaitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, scaledMs(ms));
}

// What a "no system tray" failure needs to be understood from a CI log alone: Qt's platform, whether
// a tray host runs, and who owns the X tray selection.
inline QByteArray trayDiagnosis() {
    const auto output = [](const QString& program, const QStringList& arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(5000))
            return QByteArray("(no answer)");
        return process.readAll().trimmed();
    };
    const QByteArray trayers =
        output(QStringLiteral("pgrep"), {QStringLiteral("-a"), QStringLiteral("trayer")});
    const QByteArray panels =
        output(QStringLiteral("sh"),
               {QStringLiteral("-c"), QStringLiteral("xwininfo -root -tree | grep -c '\"panel\"'")});
    return "platform " + QGuiApplication::platformName().toUtf8() + ", DISPLAY " + qgetenv("DISPLAY") +
           ", trayer processes: [" + trayers + "], trayer panels on the display: " + panels;
}

} // namespace ws::test
