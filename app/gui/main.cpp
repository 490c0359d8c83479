#include "DevServerDemoBackend.h"
#include "Logging.h"
#include "ProcessHardening.h"
#include "app/AppContext.h"
#include "app/CommandLine.h"
#include "tray/SingleInstance.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    // Before anything can hold a key: a core dump must never carry one.
    ws::disableCoreDumps();
    QApplication app(argc, argv);
    // Data lands in ~/.local/share/wallet-sessions, the same place the CLI uses.
    QApplication::setApplicationName(QStringLiteral("wallet-sessions"));
    QApplication::setOrganizationName(QString());
    QApplication::setApplicationDisplayName(QStringLiteral("Wallet Sessions"));
    QApplication::setApplicationVersion(QStringLiteral(WS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("wallet-sessions"));

    const ws::ui::ParsedCommandLine parsed = ws::ui::parseCommandLine(QApplication::arguments());
    if (parsed.exitCode) {
        QTextStream(*parsed.exitCode == 0 ? stdout : stderr) << parsed.output;
        return *parsed.exitCode;
    }

    if (parsed.options.verbose)
        ws::enableVerboseLogging();

    // A second launch raises the running window and exits. Screenshot runs are one-shot tools and
    // must not be swallowed by a running instance.
    ws::SingleInstance instance(ws::ui::AppContext::instanceName(parsed.options));
    if (parsed.options.screenshotPath.isEmpty() && !instance.claim())
        return 0;

    ws::ui::AppContext context(parsed.options, &ws::demo::makeDevServerDemoBackend);
    QObject::connect(&instance, &ws::SingleInstance::activationRequested, &context,
                     &ws::ui::AppContext::raiseWindow);
    context.start();
    return QApplication::exec();
}
