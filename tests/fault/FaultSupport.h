#pragma once

#include "CliHarness.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <vector>

// What the process-level fault suites (tst_crash_kill, tst_salvage_recovery) share beyond
// tests/support: extra devserver users, logins as any of them, the GUI as a process, and the
// invariant checks run after a kill.
namespace ws::test {

// A devserver user with an API key pair made by the test. The devserver allows ten expiring keys per
// user and evicts the oldest beyond that; stores with many sessions spread them over several users so
// that a live session's key is never evicted by the suite's own refreshes.
struct ApiUser {
    QString organizationId;
    QString userId;
    QString publicKey;
    QByteArray privateKey; // throwaway test key; only ever written to the CLI's standard input
};

// The demo user the devserver made at start.
ApiUser demoUser(const DevServerProcess& server);

// `count` users in one organization, and the seed file (public keys only) that registers them.
struct SeededUsers {
    std::vector<ApiUser> users;
    // Writes the seed file to `path`; the devserver's arguments to load it.
    Result<QStringList> writeSeed(const QString& path) const;
};
Result<SeededUsers> makeUsers(int count);

// login as `user` (private key on standard input) with extra arguments (e.g. --expiration-seconds).
CliResult loginAs(const CliRunner& cli, const ApiUser& user, const QString& label,
                  const QStringList& extra = {});

// One store: a data directory and its own keychain service, so that the index-versus-keyring check
// of one store is not confused by another's entries.
struct Store {
    Store(const QString& dataDir, const QString& service, const DevServerProcess& server);
    QString service;
    std::unique_ptr<CliRunner> cli;
};

// Logs in each label missing from the store, label i as users[i % users.size()], and makes the first
// label active when none is. Returns a description of what failed, or an empty string.
QString ensureSessions(const Store& store, const QStringList& labels, const std::vector<ApiUser>& users,
                       const QStringList& loginExtra = {});

// label -> public key of its session.
std::map<QString, QString> sessionPublicKeys(const IndexData& index);

// After a kill: `keys clean` as the recovery run, then the invariant from outside: the index parses,
// no session of `before` is lost unless listed in `mayBeGone`, no key is left doomed, index and
// keyring agree entry for entry (consistencyProblems: every session's entry holds its private key),
// and the sessions answer verify (one that does not is cleared, so one defect is not counted again in
// every later round). VerifyChanged asks the server only about sessions whose key changed since
// `before`: for large stores, whose unchanged sessions were verified in an earlier round and whose
// keys the server still knows. Each violation is prefixed with `where`. `after` receives the
// recovered index when it parses.
enum class Verify { All, Changed };
QStringList recoverAndCheck(const Store& store, const IndexData& before, const QString& where,
                            const QSet<QString>& mayBeGone = {}, std::optional<IndexData>* after = nullptr,
                            Verify verify = Verify::All);

// The desktop application (wallet-sessions) as a process on one store: offscreen, with its own
// settings, temporary directory (the single-instance socket lives there) and log file, so a test's
// instance never meets a user's or another suite's.
class GuiRunner {
public:
    GuiRunner(const Store& store, const QString& workDir);
    static QString guiPath();
    // Started, not awaited; the caller owns (and kills) the process.
    std::unique_ptr<QProcess> start(const QStringList& extraArguments = {}) const;
    // Runs with --quit-after `seconds` and waits for it to quit by itself.
    CliResult runFor(int seconds) const;
    // The tail of the log of the last start.
    QString logTail() const;

private:
    const Store& m_store;
    QString m_workDir;
    QProcessEnvironment m_env;
};

} // namespace ws::test
