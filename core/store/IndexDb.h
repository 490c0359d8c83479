#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <chrono>
#include <mutex>

class QSqlError;
class QSqlQuery;
class QThread;

namespace ws {

// The SQLite file behind the session index (sessions.db): its connections, its pragmas, its schema
// and its transactions. One job: everything that talks to SQLite as a database, not about sessions
// (IndexRows maps the rows).
//
// A QSqlDatabase may only be used from the thread that opened it, and the index is written from the
// caller's thread (update()) and from its writer thread (updateAsync()): each thread gets its own
// connection, named after this object and the thread, opened on first use. Every connection runs
// in WAL mode with synchronous=FULL (a committed change survives a power cut, which the crash-safety
// invariant relies on: keychain work follows index commits) and a busy timeout, so GUI, CLI and
// `serve` wait for each other instead of failing.
class IndexDb {
public:
    // Bumped with every change of the tables below; a newer file is refused, never rewritten.
    static constexpr int kSchemaVersion = 2;

    explicit IndexDb(QString path);
    // Removes every connection this object opened (the threads that used them must be done with them).
    ~IndexDb();
    IndexDb(const IndexDb&) = delete;
    IndexDb& operator=(const IndexDb&) = delete;

    QString path() const { return m_path; }

    // Creates the file 0600 if it is missing, opens this thread's connection and creates or checks the
    // schema. STORAGE for a file of a newer schema or one that cannot be opened or written;
    // CORRUPT_INDEX when SQLite reports the file damaged or not a database.
    Result<void> open();
    // Closes and removes every connection (before the file is moved aside).
    void closeAll();

    // This thread's connection (opened with the pragmas on first use).
    Result<QSqlDatabase> connection();

    // BEGIN IMMEDIATE (a write: takes the write lock now, waiting up to the busy timeout) or BEGIN
    // (a consistent read).
    Result<void> begin(bool write);
    Result<void> commit();
    void rollback();

    // PRAGMA data_version of this thread's connection: changes when another connection committed.
    Result<qint64> dataVersion();

    // Frees this thread's connection's page cache (PRAGMA shrink_memory): after a whole-index read it
    // holds up to 2 MiB of pages nothing needs any more (a commit reads back the few it changes).
    // Best effort: a failure only means the memory stays cached.
    void releaseCache();

    // Runs `sql` with `values` bound in order; the query is left on its result set.
    Result<void> exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

    void setBusyTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds busyTimeout() const;

    // SQLite's error as the project's: SQLITE_BUSY/LOCKED -> BUSY, SQLITE_CORRUPT/NOTADB ->
    // CORRUPT_INDEX, everything else (full disk, read-only, I/O) -> STORAGE. `what` says what failed.
    Error mapError(const QSqlError& error, const QString& what) const;
    // The primary SQLite result code of `error` (0 when there is none).
    static int sqliteCode(const QSqlError& error);
    // SQLITE_BUSY or SQLITE_LOCKED: another connection holds what this one needs.
    static bool isBusy(const QSqlError& error);

private:
    struct Connection {
        QString name;
        qint64 appliedTimeoutMs = -1;
    };
    Result<void> applyPragmas(QSqlDatabase& db);
    Result<void> ensureSchema();

    QString m_path;
    QString m_prefix; // unique per object
    mutable std::mutex m_mutex;
    QHash<QThread*, Connection> m_connections;
    std::chrono::milliseconds m_busyTimeout{std::chrono::seconds(10)};
    // The same timeout for error messages, readable without m_mutex: mapError() runs while connection()
    // holds it (a BUSY answer to the first pragmas of a new connection), and re-locking it deadlocked
    // (a process waiting on itself forever while another one held the index).
    std::atomic<qint64> m_busyTimeoutMsForMessages{10000};
};

} // namespace ws
