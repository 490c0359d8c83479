#pragma once

#include "IndexData.h"
#include "IndexDb.h"
#include "Result.h"
#include "SessionOrder.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ws {

// The index as sessions.db (IndexDb) plus the data as last read or written: the read-modify-write
// of the database's current content in one BEGIN IMMEDIATE transaction per commit, writing only the
// rows that changed; the import of an older sessions.json (IndexMigration); the move-aside of a
// damaged database. Not a QObject and not thread-safe: SessionIndex calls it under one mutex, from
// the thread that called update() or from its writer thread (IndexDb keeps a connection per thread).
class IndexStore {
public:
    using Mutation = std::function<Result<void>(IndexData&)>;

    static constexpr char kFileName[] = "sessions.db";

    explicit IndexStore(QString directory);

    // The index in `directory` as it is now, read through a connection of its own, without creating,
    // importing or repairing anything: for tools and tests that look at the index from outside. An
    // empty index when there is no database.
    static Result<IndexData> readSnapshot(const QString& directory);

    // The first `limit` sessions of the index in `directory` in `order`, with their key records and the
    // active session key, read like readSnapshot() (nothing created, imported or repaired): what a
    // window shows before the whole index has loaded. NOT_FOUND when this cannot stand in for the
    // index as open() would see it: no database yet, a sessions.json waiting to be imported or merged,
    // a schema this version does not write. The caller then open()s first.
    static Result<FirstSessions> readFirstSessions(const QString& directory, SessionOrder order, int limit);

    QString directory() const { return m_directory; }
    QString filePath() const;

    // See SessionIndex::open().
    Result<void> open();

    struct Commit {
        std::vector<Result<void>> outcomes; // one per mutation, in the order given
        bool dataChanged = false;           // data() is not what it was before the call
    };
    // One transaction on the database as it is now (another process may have written it): every
    // mutation runs in order on the result of the ones before it and is accepted or refused on its own
    // (a refused or invalid one leaves no trace), then the rows that differ are written once, with the
    // records of forgotten keys dropped. A failed commit refuses every mutation of the batch.
    Commit commit(const std::vector<Mutation>& batch);

    // Re-reads the database if another connection changed it (PRAGMA data_version, then the change
    // counter); true when data() changed. Cheap when nothing changed: no row is read.
    Result<bool> reload();

    // The keychain entry behind this Doomed record is deleted: drop the record from data() now and
    // from the database with the next commit. Safe to lose and to repeat.
    void forgetDeletedKey(const QString& publicKey);
    bool hasForgottenKeys() const { return !m_forgotten.isEmpty(); }

    const IndexData& data() const { return *m_data; }
    std::shared_ptr<const IndexData> sharedData() const { return m_data; }
    quint64 generation() const { return m_generation; }
    QString recoveryNotice() const { return m_recoveryNotice; }

    void setLockTimeout(std::chrono::milliseconds timeout) { m_db.setBusyTimeout(timeout); }
    std::chrono::milliseconds lockTimeout() const { return m_db.busyTimeout(); }

private:
    Result<void> openDatabase();
    Result<void> loadCurrent();
    Result<void> recover(const Error& why);
    Commit commitOnce(const std::vector<Mutation>& batch);
    void dropForgotten(IndexData& data) const;
    // A full replacement (read from the database): the recycled copy below no longer applies.
    void replaceData(IndexData data);
    // data() becomes `data`, which differs from it only in the rows named by `changed`.
    struct Changed {
        QSet<QString> sessions;
        QSet<QString> keys;
    };
    void replaceDataChanged(IndexData data, const Changed& changed);
    // A copy of data() to mutate: the previous snapshot brought up to date through the rows changed
    // since (O(changed)) once no one else holds it, else a full copy.
    IndexData workingCopy();
    void addNotice(const QString& notice);

    QString m_directory;
    IndexDb m_db;
    std::shared_ptr<const IndexData> m_data = std::make_shared<IndexData>();
    // The snapshot data() replaced (created non-const, so it may be reused once unshared) and the rows
    // that differ between it and data(). A commit at 100 000 sessions would otherwise copy and free
    // the whole index each time.
    std::shared_ptr<const IndexData> m_previous;
    Changed m_changedSincePrevious;
    qint64 m_counter = -1;                  // meta.change_counter that m_data reflects
    QHash<QThread*, qint64> m_dataVersions; // each connection's PRAGMA data_version at its last check
    QSet<QString> m_forgotten;
    quint64 m_generation = 0;
    QString m_recoveryNotice;
    // Set while the last open() failed (a sessions.json of a newer format, an unusable database):
    // nothing is written until an open() succeeds, so the index never forks from a file left alone.
    std::optional<Error> m_openError;
};

} // namespace ws
