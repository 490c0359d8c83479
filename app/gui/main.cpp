#include "DevServerDemoBackend.h"
#include "Logging.h"
#include "OffThread.h"
#include "ProcessHardening.h"
#include "app/AppContext.h"
#include "app/CommandLine.h"
#include "app/SingleInstance.h"
#include "app/Translations.h"
#include "oidc/HostedCallbackInbox.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

namespace {
// --help and --version must work without a display (a terminal over ssh, a packaging check): they
// are answered by a QCoreApplication, before QApplication would try to open the display.
bool onlyWantsText(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

void describeApplication() {
    // Data lands in ~/.local/share/wallet-sessions, the same place the CLI uses.
    QCoreApplication::setApplicationName(QStringLiteral("wallet-sessions"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(WS_VERSION));
}
} // namespace

int main(int argc, char* argv[]) {
    // Before anything can hold a key: a core dump must never carry one.
    ws::disableCoreDumps();
    if (onlyWantsText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        ws::installTranslations(app, ws::languageFromArguments(QCoreApplication::arguments()));
        const ws::ui::ParsedCommandLine parsed = ws::ui::parseCommandLine(QCoreApplication::arguments());
        QTextStream(parsed.exitCode && *parsed.exitCode != 0 ? stderr : stdout) << parsed.output;
        return parsed.exitCode.value_or(0);
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Wallet Sessions"));
    QApplication::setDesktopFileName(QStringLiteral("wallet-sessions"));
    ws::installTranslations(app, ws::languageFromArguments(QApplication::arguments()));

    const ws::ui::ParsedCommandLine parsed = ws::ui::parseCommandLine(QApplication::arguments());
    if (parsed.exitCode) {
        QTextStream(*parsed.exitCode == 0 ? stdout : stderr) << parsed.output;
        return *parsed.exitCode;
    }

    if (parsed.options.verbose)
        ws::enableVerboseLogging();

    // A second launch raises the running window and exits. Screenshot runs are one-shot tools and
    // must not be swallowed by a running instance.
    const QUrl& callbackUrl = parsed.options.callbackUrl;
    ws::SingleInstance instance(ws::ui::AppContext::instanceName(parsed.options));
    if (!callbackUrl.isEmpty() && parsed.options.screenshotPath.isEmpty()) {
        // The desktop runs `wallet-sessions URL` without knowing whose sign-in waits for it: each
        // instance that might (a CLI in a terminal, the window, the demo's) is asked in turn and says
        // whether one took it. Nobody: the window (this one, or the demo's when only it runs) says so.
        ws::ui::AppOptions demoOptions;
        demoOptions.demo = true;
        ws::SingleInstance demoInstance(ws::ui::AppContext::instanceName(demoOptions));
        using Offer = ws::SingleInstance::Offer;
        if (ws::SingleInstance(ws::oidc::HostedCallbackInbox::cliChannelName()).offer(callbackUrl) ==
            Offer::Taken)
            return 0;
        const Offer toWindow = instance.offer(callbackUrl);
        if (toWindow == Offer::Taken)
            return 0;
        if (!parsed.options.demo) {
            const Offer toDemo = demoInstance.offer(callbackUrl);
            if (toDemo == Offer::Taken)
                return 0;
            // Only the demo runs: its window says that nothing waited for the link.
            if (toWindow == Offer::NoInstance && toDemo == Offer::NotWaiting &&
                demoInstance.open(callbackUrl))
                return 0;
        }
    }
    if (parsed.options.screenshotPath.isEmpty() && !instance.claim(callbackUrl))
        return 0;

    ws::ui::AppContext context(parsed.options, &ws::demo::makeDevServerDemoBackend);
    QObject::connect(&instance, &ws::SingleInstance::activationRequested, &context,
                     &ws::ui::AppContext::raiseWindow);
    QObject::connect(&instance, &ws::SingleInstance::urlReceived, &context,
                     &ws::ui::AppContext::openCallbackUrl);
    instance.setOfferHandler([&context](const QUrl& url) { return context.offerCallbackUrl(url); });
    context.start();
    // No instance was running, so no sign-in can be waiting for it: the window says so.
    if (!callbackUrl.isEmpty())
        context.openCallbackUrl(callbackUrl);
    const int code = QApplication::exec();
    ws::joinWorkerThreads(); // before the window and the services go (OffThread.h says why)
    return code;
}
