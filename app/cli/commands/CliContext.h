#pragma once

#include "Clock.h"
#include "Output.h"
#include "Result.h"
#include "app/ConfigResolver.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace ws {
class AppServices;
class SessionIndex;
class SessionManager;
} // namespace ws

namespace ws::cli {

struct GlobalOptions {
    QString dataDir; // empty: SessionIndex::defaultDirectory()
    QString apiUrl;  // empty: environment, settings, default
    // The other settings given as global options (--notarizer-key, --auth-proxy-url,
    // --auth-proxy-config-id, --otp-signer-key): resolved like --api-url, option first.
    QHash<ConfigKey, QString> settings;
    bool json = false;
    bool verbose = false; // errors carry their technical chain (Output::setVerbose)
};

// What a command needs before it runs. Services are only created when needed so that, for example,
// `token decode` works without a keychain and `list` works with a broken API URL setting.
struct CommandNeeds {
    bool manager = false; // the index, the keychain store and the session manager
    bool api = false;     // a TurnkeyClient (online commands)
    bool recover = false; // finish interrupted operations first (mutating commands)
};

// The services and the output of one CLI run, and the single place a run ends: every command
// finishes through succeed(), fail() or usage() exactly once.
class CliContext : public QObject {
    Q_OBJECT
public:
    explicit CliContext(GlobalOptions options, QObject* parent = nullptr);
    ~CliContext() override;

    const GlobalOptions& options() const { return m_options; }
    Output& out() { return m_output; }
    const Clock& clock() const { return m_clock; }
    QDateTime now() const { return m_clock.now(); }

    // The configuration of this run (core/app/ConfigResolver: option > environment > settings > default),
    // with `commandOptions` a command's own options (`token verify --notarizer-key`).
    ResolvedConfig resolveConfig(const QHash<ConfigKey, QString>& commandOptions = {}) const;

    // Creates what `needs` asks for (through core/app/ServiceFactory); on failure it has already
    // finished the run and returns false.
    bool setUp(const CommandNeeds& needs);
    SessionIndex& index();
    SessionManager& manager();
    AppServices& services(); // after setUp(): the whole stack (the proxy needs the API client's transport)

    // Remembered and printed on stderr only if the command itself succeeds (a failing command's
    // error line stays the only line).
    void addDeferredWarning(const QString& warning) { m_deferredWarnings.append(warning); }

    void succeed();
    void fail(const Error& error); // exit code from the error code
    void fail(const Error& error, int exitCode);
    void usage(const QString& message); // exit code 2
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    GlobalOptions m_options;
    Output m_output;
    SystemClock m_clock;
    std::unique_ptr<AppServices> m_services;
    QStringList m_deferredWarnings;
    bool m_finished = false;
};

} // namespace ws::cli
