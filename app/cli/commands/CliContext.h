#pragma once

#include "Clock.h"
#include "Output.h"
#include "Result.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace ws {
class KeychainStore;
class SessionIndex;
class SessionManager;
class TurnkeyClient;
} // namespace ws

namespace ws::cli {

struct GlobalOptions {
    QString dataDir; // empty: SessionIndex::defaultDirectory()
    QString apiUrl;  // empty: environment, settings, default
    bool json = false;
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

    // Creates what `needs` asks for; on failure it has already finished the run and returns false.
    bool setUp(const CommandNeeds& needs);
    SessionIndex& index() { return *m_index; }
    SessionManager& manager() { return *m_manager; }

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
    std::unique_ptr<SessionIndex> m_index;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<TurnkeyClient> m_api;
    std::unique_ptr<SessionManager> m_manager;
    QStringList m_deferredWarnings;
    bool m_finished = false;
};

} // namespace ws::cli
