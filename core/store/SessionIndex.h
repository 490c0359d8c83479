#pragma once

#include "IndexData.h"
#include "Result.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace ws {

// sessions.db on disk (SQLite, see IndexStore and IndexDb): the sessions' JWTs, decoded claims and
// metadata, the active session, and every keychain entry the app owns. Mode 0600 in a 0700 directory;
// every change is one BEGIN IMMEDIATE transaction, a read-modify-write of the database's current
// content that writes only the rows that changed, so the GUI, the CLI and `serve` can run at once
// without losing each other's changes. A change made by another process is noticed by polling
// PRAGMA data_version (every kPollInterval, and when a watched file changes) and announced with
// changed(). An older sessions.json is imported at open() (IndexMigration).
//
// Writes are synchronous (update()) or run on the index's own writer thread (updateAsync()), so that
// the caller's event loop keeps serving keychain replies and network traffic while the database is
// locked, written and synced. Both go through the same serialised read-modify-write; mutations
// queued while a write is in flight are committed together in the next one (a group commit).
class SessionIndex : public QObject {
    Q_OBJECT
public:
    static constexpr char kFileName[] = "sessions.db";
    // The index before sessions.db: imported at the first open, merged if it shows up again.
    static constexpr char kLegacyFileName[] = "sessions.json";
    // How often another process's commits are looked for (a cheap PRAGMA data_version, no I/O).
    static constexpr std::chrono::milliseconds kPollInterval{250};
    // How long a forgotten key's record may stay in the file when nothing else writes it.
    static constexpr std::chrono::milliseconds kWriteBehindDelay{2000};

    explicit SessionIndex(QString directory, QObject* parent = nullptr);
    // Waits for a write in flight, drops queued ones unanswered, writes forgotten keys' drops.
    ~SessionIndex() override;

    // QStandardPaths::AppDataLocation (the application name must be set first).
    static QString defaultDirectory();

    QString directory() const;
    QString filePath() const;

    // Create the directory (0700) if needed, open or create the database and load it. An existing
    // sessions.json is imported (first start) or merged (it appeared again), then renamed aside; a
    // damaged one is salvaged. A database SQLite reports damaged is moved aside as
    // sessions.db.corrupt-<UTC timestamp>, the index starts with the rows that could still be read,
    // and recoveryNotice() says so; open() itself still succeeds. Storage errors fail.
    Result<void> open();

    const IndexData& data() const { return *m_data; }

    // Non-empty after a file had to be moved aside (a damaged database or JSON, an old sessions.json
    // merged): what happened and where the file is.
    QString recoveryNotice() const { return m_recoveryNotice; }

    // Atomic read-modify-write in one write transaction: re-read the rows if another process changed
    // them, run `mutate` on the current data, and if it returns ok write the rows that differ.
    // If `mutate` fails nothing is written and its error is returned. Emits changed() on success.
    using Mutation = std::function<Result<void>(IndexData&)>;
    Result<void> update(const Mutation& mutate);

    // The same read-modify-write on the writer thread. `mutate` runs there, so it may use only what
    // it captured by value. `done` runs on this object's thread once data() shows the outcome, never
    // from inside this call, and not at all if `context` was destroyed first. The change is on disk
    // (synced) when `done` reports success.
    void updateAsync(Mutation mutate, QObject* context, Callback<void> done);

    // The keychain entry behind this Doomed key record has been deleted: data() drops the record
    // now, the file with the next write (update, updateAsync, or at the latest kWriteBehindDelay
    // later or when the index is destroyed). A crash before then leaves a Doomed record whose entry
    // is gone, which recovery drops; so the drop that ends every refresh and clear costs no write of
    // its own.
    void forgetDeletedKey(const QString& publicKey);

    // Re-read the database now if another process changed it (also done by the poll): cheap when
    // nothing changed, so callers may ask before every use.
    Result<void> reload();

    // How long a write waits for another process's transaction (SQLite's busy timeout) before BUSY.
    void setLockTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void changed();

private:
    class Impl;
    struct Snapshot;
    void publish(const Snapshot& snapshot);
    bool dropForgotten();

    std::unique_ptr<Impl> d;
    // Immutable and shared with the writer thread's copy; replaced, never changed in place.
    std::shared_ptr<const IndexData> m_data;
    QString m_recoveryNotice;
};

} // namespace ws
