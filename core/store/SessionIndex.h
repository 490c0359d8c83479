#pragma once

#include "IndexData.h"
#include "Result.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace ws {

// sessions.json on disk: the sessions' JWTs and metadata, the active session, and every keychain
// entry the app owns. Mode 0600 in a 0700 directory, written with QSaveFile, every change made under
// a QLockFile as read-modify-write of the file's current content, so the GUI and the CLI can run at
// once without losing each other's changes. A change made by another process is picked up by a file
// watcher and announced with changed().
//
// Writes are synchronous (update()) or run on the index's own writer thread (updateAsync()), so that
// the caller's event loop keeps serving keychain replies and network traffic while the file is
// locked, written and synced. Both go through the same serialised read-modify-write; mutations
// queued while a write is in flight are committed together in the next one (a group commit).
class SessionIndex : public QObject {
    Q_OBJECT
public:
    static constexpr char kFileName[] = "sessions.json";
    // How long a forgotten key's record may stay in the file when nothing else writes it.
    static constexpr std::chrono::milliseconds kWriteBehindDelay{2000};

    explicit SessionIndex(QString directory, QObject* parent = nullptr);
    // Waits for a write in flight, drops queued ones unanswered, writes forgotten keys' drops.
    ~SessionIndex() override;

    // QStandardPaths::AppDataLocation (the application name must be set first).
    static QString defaultDirectory();

    QString directory() const;
    QString filePath() const;

    // Create the directory (0700) if needed and load the file. A missing file is an empty index.
    // A corrupt or truncated file is moved aside as sessions.json.corrupt-<UTC timestamp>, the
    // index starts with what could be recovered from it (nothing, if it did not parse), and
    // recoveryNotice() says so; open() itself still succeeds. Storage errors fail.
    Result<void> open();

    const IndexData& data() const { return *m_data; }

    // Non-empty after the file had to be moved aside: what happened and where the file is.
    QString recoveryNotice() const { return m_recoveryNotice; }

    // Atomic read-modify-write under the lock: re-read the file if another process changed it,
    // run `mutate` on the current data, and if it returns ok write the result (QSaveFile, 0600).
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

    // Re-read the file now (also done automatically when the watcher sees a change).
    Result<void> reload();

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
