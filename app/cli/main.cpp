// wallet-sessions-cli: manage the sessions the desktop app stores (same index, same keychain entries).
#include "CliApplication.h"
#include "Logging.h"
#include "OffThread.h"
#include "ProcessHardening.h"
#include "app/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char* argv[]) {
    // Before anything can hold a key: a core dump must never carry one.
    ws::disableCoreDumps();
    QCoreApplication app(argc, argv);
    // Same names as the GUI so both use the same data directory and settings.
    QCoreApplication::setApplicationName(QStringLiteral("wallet-sessions"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(WS_VERSION));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the window; --json output and
    // the exit codes are the same in every language, so scripts do not depend on it.
    ws::installTranslations(app);

    // The CLI's stdout/stderr are its interface: library diagnostics only when asked for, with
    // --verbose or the standard QT_LOGGING_RULES.
    if (QCoreApplication::arguments().contains(QStringLiteral("--verbose")))
        ws::enableVerboseLogging(); // QT_LOGGING_RULES, when set, still has the last word
    else if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\nws.*.warning=false"));

    ws::cli::CliApplication cli;
    QObject::connect(&cli, &ws::cli::CliApplication::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    // exit() is ignored before exec() runs, so start from inside the event loop.
    QTimer::singleShot(0, &cli, [&cli] { cli.start(QCoreApplication::arguments()); });
    const int code = QCoreApplication::exec();
    ws::joinWorkerThreads(); // before the services go (OffThread.h says why)
    return code;
}
