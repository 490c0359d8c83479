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
class SessionIndex : public QObject {
    Q_OBJECT
public:
    static constexpr char kFileName[] = "sessions.json";

    explicit SessionIndex(QString directory, QObject* parent = nullptr);
    ~SessionIndex() override;

    // QStandardPaths::AppDataLocation (the application name must be set first).
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString filePath() const;

    // Create the directory (0700) if needed and load the file. A missing file is an empty index.
    // A corrupt or truncated file is moved aside as sessions.json.corrupt-<UTC timestamp>, the
    // index starts with what could be recovered from it (nothing, if it did not parse), and
    // recoveryNotice() says so; open() itself still succeeds. Storage errors fail.
    Result<void> open();

    const IndexData& data() const { return m_data; }

    // Non-empty after open() had to move a corrupt file aside: what happened and where the file is.
    QString recoveryNotice() const { return m_recoveryNotice; }

    // Atomic read-modify-write under the lock: re-read the file if another process changed it,
    // run `mutate` on the current data, and if it returns ok write the result (QSaveFile, 0600).
    // If `mutate` fails nothing is written and its error is returned. Emits changed() on success.
    using Mutation = std::function<Result<void>(IndexData&)>;
    Result<void> update(const Mutation& mutate);

    // Re-read the file now (also done automatically when the watcher sees a change).
    Result<void> reload();

    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

Q_SIGNALS:
    void changed();

private:
    class Impl;
    std::unique_ptr<Impl> d;
    QString m_directory;
    IndexData m_data;
    QString m_recoveryNotice;
    std::chrono::milliseconds m_lockTimeout{std::chrono::seconds(10)};
};

} // namespace ws
