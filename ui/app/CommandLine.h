#pragma once

#include "app/ConfigResolver.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace ws::ui {

// wallet-sessions' command line. Never carries a private key.
struct AppOptions {
    bool demo = false;
    bool minimized = false;
    bool show = false;
    QString dataDir;         // empty: QStandardPaths::AppDataLocation
    QString apiUrl;          // empty: from the settings
    int quitAfterSecs = 0;   // 0: run until quit (smoke tests use it)
    QString screenshotPath;  // grab the window to this PNG once sessions are loaded, then quit
    QString keychainService; // empty: "wallet-sessions" ("wallet-sessions-demo" in demo mode)
    bool verbose = false;    // every ws.* logging category on
    // wallet-sessions://?id_token=… from Turnkey's hosted sign-in page: handed to the running
    // instance (whose sign-in waits for it), or reported by this one when none runs.
    QUrl callbackUrl;
};

struct ParsedCommandLine {
    AppOptions options;
    std::optional<int> exitCode; // --help / --version / a usage error: exit with this code
    QString output;              // what to print before exiting
};

// Parses the application's arguments (QCoreApplication must exist for tr()).
ParsedCommandLine parseCommandLine(const QStringList& arguments);

// The window's configuration resolver: these options over the environment over `settings` (the same
// rule and environment variables as the CLI). `settings` must outlive the resolver.
ConfigResolver configResolver(const AppOptions& options, const QSettings* settings,
                              QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

} // namespace ws::ui
