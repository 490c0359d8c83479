#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ws::ui {

ParsedCommandLine parseCommandLine(const QStringList& arguments) {
    auto tr = [](const char* text) {
        return QCoreApplication::translate("ws", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage Turnkey wallet sessions: live expiry countdowns, refresh, clear, "
           "with every private key kept in the system keychain."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Start a local demo server and three short demo sessions. Uses a temporary "
           "data directory and a separate keychain service; real sessions are untouched."));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"), tr("Start hidden in the system tray (ignored when there is no tray)."));
    const QCommandLineOption show(QStringLiteral("show"),
                                  tr("Show the window even if 'start minimized' is set."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("Keep the session index in DIR."),
                                     tr("DIR"));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"),
                                    tr("Use this Turnkey API base URL for this run."), tr("URL"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       tr("Quit after SECONDS (for smoke tests)."), tr("SECONDS"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Save a PNG of the window to FILE once the sessions are loaded, then quit."), tr("FILE"));
    const QCommandLineOption service(QStringLiteral("keychain-service"),
                                     tr("Keychain service name (default: wallet-sessions)."), tr("NAME"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        tr("Print diagnostic messages (keychain, index, sessions, network; never keys) on stderr."));
    parser.addOptions({demo, minimized, show, dataDir, apiUrl, quitAfter, screenshot, service, verbose});

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
    if (!parser.positionalArguments().isEmpty()) {
        result.exitCode = 2;
        result.output = tr("Unexpected argument: %1\n").arg(parser.positionalArguments().first());
        return result;
    }
    AppOptions& o = result.options;
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
            result.output = tr("--quit-after needs a positive number of seconds\n");
        }
    }
    if (o.demo && !o.apiUrl.isEmpty()) {
        result.exitCode = 2;
        result.output = tr("--demo runs its own server; it cannot be combined with --api-url\n");
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
