#pragma once

#include "IndexData.h"
#include "Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QLockFile;

namespace ws {

// sessions.json itself: the read-modify-write of its current content under the QLockFile, the
// move-aside of a damaged file, and the data as last read or written. Neither a QObject nor
// thread-safe: SessionIndex calls it under one mutex, from the thread that called update() or from
// its writer thread (updateAsync()).
class IndexFile {
public:
    using Mutation = std::function<Result<void>(IndexData&)>;

    // A larger file is moved aside unread. A session record is about 1 KiB, so this is some 60 000
    // sessions, six times the 10 000 the app is measured with (and Turnkey allows ten live session
    // keys per user). Salvaging a damaged file takes a few times its size in memory (the bytes, a
    // repaired copy, the parsed JSON, the text scans): ~0.3 GiB at this size, which any machine
    // running the app can spare, where an arbitrary file could exhaust it.
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

    explicit IndexFile(QString directory);

    QString directory() const { return m_directory; }
    QString filePath() const;

    // See SessionIndex::open().
    Result<void> open();

    struct Commit {
        std::vector<Result<void>> outcomes; // one per mutation, in the order given
        bool dataChanged = false;           // data() is not what it was before the call
    };
    // One locked read-modify-write of the file as it is now (another process may have written it):
    // every mutation runs in order on the result of the ones before it and is accepted or refused on
    // its own (a refused or invalid one leaves no trace), then the result is written once, with the
    // records of forgotten keys dropped. A failed write refuses every mutation of the batch.
    Commit commit(const std::vector<Mutation>& batch);

    // Re-reads the file if it is not what data() came from; true when data() changed.
    Result<bool> reload();

    // The keychain entry behind this Doomed record is deleted: drop the record from data() now and
    // from the file with the next commit. Safe to lose (recovery drops a Doomed record whose entry is
    // gone) and to repeat.
    void forgetDeletedKey(const QString& publicKey);
    bool hasForgottenKeys() const { return !m_forgotten.isEmpty(); }

    const IndexData& data() const { return *m_data; }
    // The same data, immutable and shared: what SessionIndex publishes, without copying it.
    std::shared_ptr<const IndexData> sharedData() const { return m_data; }
    // Counts the changes of data(): a copy taken at a higher generation is newer.
    quint64 generation() const { return m_generation; }
    QString recoveryNotice() const { return m_recoveryNotice; }

    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }
    std::chrono::milliseconds lockTimeout() const { return m_lockTimeout; }

private:
    struct FileRead {
        bool exists = false;
        bool oversized = false; // larger than kMaxFileBytes: `bytes` left empty, the file unread
        qint64 size = 0;        // set when oversized
        QByteArray bytes;
    };

    QString lockPath() const;
    Result<FileRead> readFile() const;
    Result<void> writeFile(const QByteArray& bytes) const;
    Result<IndexData> parseRead(const FileRead& read) const;
    Result<void> recover(const FileRead& read, const Error& why);
    Error lockError(const QLockFile& lock) const;
    void dropForgotten(IndexData& data) const;
    static QByteArray fingerprint(const FileRead& read);
    void adopt(IndexData data, const FileRead& read);
    void replaceData(IndexData data);

    QString m_directory;
    // Replaced, never changed in place: SessionIndex hands the same object to its own thread.
    std::shared_ptr<const IndexData> m_data = std::make_shared<const IndexData>();
    // SHA-256 of the file content m_data was last read from or written as (empty: no file). A digest
    // rather than the bytes: with ten thousand sessions the file is ~10 MB.
    QByteArray m_lastDigest;
    QSet<QString> m_forgotten;
    quint64 m_generation = 0;
    QString m_recoveryNotice;
    std::chrono::milliseconds m_lockTimeout{std::chrono::seconds(10)};
};

} // namespace ws
