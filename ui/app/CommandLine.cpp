#include "CommandLine.h"

#include "oidc/HostedCallbackInbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ws::ui {

ParsedCommandLine parseCommandLine(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ws", "Manage Turnkey wallet sessions: live expiry countdowns, refresh, clear, "
              "with every private key kept in the system keychain."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "ws", "Start a local demo server and three short demo sessions. Uses a temporary "
                  "data directory and a separate keychain service; real sessions are untouched."));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QCoreApplication::translate("ws",
                                    "Start hidden in the system tray (ignored when there is no tray)."));
    const QCommandLineOption show(
        QStringLiteral("show"),
        QCoreApplication::translate("ws", "Show the window even if 'start minimized' is set."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("ws", "Keep the session index in DIR."),
                                     QCoreApplication::translate("ws", "DIR"));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        QCoreApplication::translate("ws", "Use this Turnkey API base URL for this run."),
        QCoreApplication::translate("ws", "URL"));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("ws", "Quit after SECONDS (for smoke tests)."),
        QCoreApplication::translate("ws", "SECONDS"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "ws", "Save a PNG of the window to FILE once the sessions are loaded, then quit."),
        QCoreApplication::translate("ws", "FILE"));
    const QCommandLineOption service(
        QStringLiteral("keychain-service"),
        QCoreApplication::translate("ws", "Keychain service name (default: wallet-sessions)."),
        QCoreApplication::translate("ws", "NAME"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate(
            "ws", "Print diagnostic messages (keychain, index, sessions, network; never keys) on stderr."));
    // Read before parsing (installTranslations); accepted here so the parser knows it.
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("ws", "Use LANGUAGE (de, fr, en) instead of the system's language."),
        QCoreApplication::translate("ws", "LANGUAGE"));
    parser.addOptions(
        {demo, minimized, show, dataDir, apiUrl, quitAfter, screenshot, service, verbose, lang});
    // What the desktop passes when Turnkey's hosted sign-in page opens our URL scheme (.desktop %u).
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QCoreApplication::translate("ws",
                                    "A wallet-sessions:// address that finishes a sign-in in the browser "
                                    "(the desktop passes it; it goes to the running window)."),
        QStringLiteral("[url]"));

    ParsedCommandLine result;
    if (!parser.parse(arguments)) {
        result.exitCode = 2;
        result.output = parser.errorText() + QLatin1Char('\n');
        return result;
    }
    if (parser.isSet(help)) {
        result.exitCode = 0;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.exitCode = 0;
        result.output = QCoreApplication::applicationName() + QLatin1Char(' ') +
                        QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    const bool oneCallbackUrl =
        positional.size() == 1 && oidc::HostedCallbackInbox::isCallbackUrl(positional.first());
    if (!positional.isEmpty() && !oneCallbackUrl) {
        result.exitCode = 2;
        result.output = QCoreApplication::translate("ws", "Unexpected argument: %1\n")
                            .arg(positional.constLast().left(200));
        return result;
    }
    AppOptions& o = result.options;
    if (oneCallbackUrl)
        o.callbackUrl = QUrl(positional.first(), QUrl::StrictMode);
    o.demo = parser.isSet(demo);
    o.minimized = parser.isSet(minimized);
    o.show = parser.isSet(show);
    o.dataDir = parser.value(dataDir);
    o.apiUrl = parser.value(apiUrl);
    o.screenshotPath = parser.value(screenshot);
    o.keychainService = parser.value(service);
    o.verbose = parser.isSet(verbose);
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        o.quitAfterSecs = parser.value(quitAfter).toInt(&ok);
        if (!ok || o.quitAfterSecs <= 0) {
            result.exitCode = 2;
            result.output =
                QCoreApplication::translate("ws", "--quit-after needs a positive number of seconds\n");
        }
    }
    if (o.demo && !o.apiUrl.isEmpty()) {
        result.exitCode = 2;
        result.output = QCoreApplication::translate(
            "ws", "--demo runs its own server; it cannot be combined with --api-url\n");
    }
    return result;
}

ConfigResolver configResolver(const AppOptions& options, const QSettings* settings,
                              QProcessEnvironment environment) {
    ConfigResolver resolver(settings, std::move(environment));
    resolver.setOption(ConfigKey::ApiUrl, options.apiUrl);
    resolver.setOption(ConfigKey::DataDir, options.dataDir);
    resolver.setOption(ConfigKey::KeychainService, options.keychainService);
    return resolver;
}

} // namespace ws::ui
