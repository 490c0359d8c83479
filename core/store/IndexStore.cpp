#include "IndexStore.h"

#include "AcceptedRows.h"
#include "IndexCollations.h"
#include "IndexJson.h"
#include "IndexMigration.h"
#include "IndexRows.h"
#include "KeyUsers.h"
#include "Logging.h"
#include "SessionIndex.h"
#include "Text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <algorithm>

namespace ws {

namespace {

constexpr auto kDirMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

IndexStore::IndexStore(QString directory)
    : m_directory(QDir::cleanPath(std::move(directory)))
    , m_db(m_directory + QLatin1Char('/') + QLatin1String(kFileName)) {}

QString IndexStore::filePath() const {
    return m_db.path();
}

Result<IndexData> IndexStore::readSnapshot(const QString& directory) {
    const QString path = QDir::cleanPath(directory) + QLatin1Char('/') + QLatin1String(kFileName);
    if (!QFileInfo::exists(path))
        return IndexData{};
    IndexDb db(path);
    if (auto begun = db.begin(false); !begun)
        return begun.error();
    {
        // A file its creator left before making the tables (killed at once) holds nothing yet.
        QSqlQuery query(*db.connection());
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next() ||
            query.value(0).toInt() == 0) {
            query.finish();
            db.rollback();
            return IndexData{};
        }
    }
    auto loaded = indexrows::loadAll(db);
    db.rollback();
    if (!loaded)
        return loaded.error();
    return std::move(loaded->data);
}

Result<FirstSessions> IndexStore::readFirstSessions(const QString& directory, SessionOrder order, int limit) {
    const QString clean = QDir::cleanPath(directory);
    const QString path = clean + QLatin1Char('/') + QLatin1String(kFileName);
    const Error notHere(ErrorCode::NotFound, QStringLiteral("no index to read ahead of opening it"));
    if (!QFileInfo::exists(path) ||
        QFileInfo::exists(clean + QLatin1Char('/') + QLatin1String(indexmigration::kLegacyFileName)))
        return notHere;
    IndexDb db(path);
    auto connection = db.connection();
    if (!connection)
        return connection.error();
    if (!installOrderCollations(*connection))
        return notHere;
    if (auto begun = db.begin(false); !begun)
        return begun.error();
    {
        QSqlQuery query(*connection);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next() ||
            query.value(0).toInt() != IndexDb::kSchemaVersion) {
            query.finish();
            db.rollback();
            return notHere;
        }
    }
    auto first = indexrows::loadFirst(db, order, limit);
    db.rollback();
    return first;
}

void IndexStore::replaceData(IndexData data) {
    data.sessions.forgetTouched(); // a snapshot names no rows: the next working copy starts clean
    data.keys.forgetTouched();
    data.keyUsers = KeyUsers::build(data.sessions);
    data.sessions.markIndexed();
    m_previous.reset();
    m_changedSincePrevious = {};
    // Not make_shared<const IndexData>: workingCopy() may reuse the object once it is unshared.
    m_data = std::make_shared<IndexData>(std::move(data));
    ++m_generation;
}

void IndexStore::replaceDataChanged(IndexData data, const Changed& changed) {
    data.sessions.forgetTouched();
    data.keys.forgetTouched();
    // `data` is data() with exactly the `changed` rows different, so data()'s index needs only those.
    if (!m_data->keyUsers)
        data.keyUsers = KeyUsers::build(data.sessions);
    else if (!changed.sessions.isEmpty())
        data.keyUsers = m_data->keyUsers->updated(data.sessions, changed.sessions);
    else
        data.keyUsers = m_data->keyUsers;
    data.sessions.markIndexed();
    if (!m_previous) {
        m_previous = m_data;
        m_changedSincePrevious = changed;
    } else {
        m_changedSincePrevious.sessions.unite(changed.sessions);
        m_changedSincePrevious.keys.unite(changed.keys);
    }
    m_data = std::make_shared<IndexData>(std::move(data));
    ++m_generation;
}

IndexData IndexStore::workingCopy() {
    if (!m_previous || m_previous.use_count() != 1)
        return *m_data;
    // Nobody else holds it (readers only ever get m_data), and it was made non-const.
    IndexData& reused = const_cast<IndexData&>(*m_previous);
    for (const QString& label : std::as_const(m_changedSincePrevious.sessions)) {
        if (const auto it = m_data->sessions.find(label); it != m_data->sessions.end())
            reused.sessions.insert_or_assign(label, it->second);
        else
            reused.sessions.erase(label);
    }
    for (const QString& pub : std::as_const(m_changedSincePrevious.keys)) {
        if (const auto it = m_data->keys.find(pub); it != m_data->keys.end())
            reused.keys.insert_or_assign(pub, it->second);
        else
            reused.keys.erase(pub);
    }
    reused.activeSessionKey = m_data->activeSessionKey;
    reused.version = m_data->version;
    IndexData copy = std::move(reused);
    copy.sessions.forgetTouched(); // brought up to date above; it now equals data() and names nothing
    copy.keys.forgetTouched();
    copy.keyUsers = m_data->keyUsers;
    copy.sessions.markIndexed();
    m_previous.reset();
    m_changedSincePrevious = {};
    return copy;
}

void IndexStore::addNotice(const QString& notice) {
    if (notice.isEmpty())
        return;
    m_recoveryNotice = m_recoveryNotice.isEmpty() ? notice : m_recoveryNotice + QLatin1Char(' ') + notice;
}

void IndexStore::dropForgotten(IndexData& data) const {
    for (const QString& pub : std::as_const(m_forgotten)) {
        // Only a Doomed record is ours to drop; a Doomed record never turns back into a used one.
        if (const auto it = data.keys.find(pub);
            it != data.keys.end() && it->second.state == KeyState::Doomed)
            data.keys.erase(it);
    }
}

// Reads everything in one read transaction.
Result<void> IndexStore::loadCurrent() {
    if (auto begun = m_db.begin(false); !begun)
        return begun;
    auto loaded = indexrows::loadAll(m_db);
    m_db.rollback(); // a read: nothing to commit
    m_db.releaseCache();
    if (!loaded)
        return loaded.error();
    if (auto version = m_db.dataVersion(); version)
        m_dataVersions.insert(QThread::currentThread(), *version);
    m_counter = loaded->counter;
    IndexData data = std::move(loaded->data);
    dropForgotten(data);
    replaceData(std::move(data));
    return {};
}

Result<void> IndexStore::openDatabase() {
    if (auto opened = m_db.open(); !opened)
        return opened;
    auto notice = indexmigration::importLegacyJson(m_db, m_directory);
    if (!notice)
        return notice.error();
    addNotice(*notice);
    return loadCurrent();
}

// A database SQLite calls damaged is moved aside (with its -wal, so that the pair still opens for
// a look by hand), never silently replaced, and the rows that can still be read are kept in a new one.
Result<void> IndexStore::recover(const Error& why) {
    IndexData salvaged;
    {
        auto connection = m_db.connection();
        if (connection && m_db.begin(false)) {
            salvaged = indexrows::salvageAll(m_db);
            m_db.rollback();
        }
    }
    m_db.closeAll();
    m_dataVersions.clear();
    const QString path = m_db.path();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString aside = path + QLatin1String(".corrupt-") + stamp;
    for (int n = 1; QFileInfo::exists(aside); ++n)
        aside = path + QLatin1String(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside))
        return Error(ErrorCode::Storage,
                     IndexText::tr("The session index %1 is damaged (%2) and could not be moved aside to "
                                   "%3. Move or repair it by hand.")
                         .arg(path, why.message, aside));
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !QFile::rename(companion, aside + QLatin1String(suffix)))
            qCWarning(lcStore) << "cannot move" << companion << "beside" << aside;
    }

    // Keys no surviving session uses may belong to sessions lost with the damage: held, as the JSON
    // salvage does, so that only the user deletes their keychain entries.
    const QSet<QString> used = salvaged.publicKeysInUse();
    int held = 0;
    for (auto& [publicKey, key] : salvaged.keys) {
        if (key.state != KeyState::Doomed && !used.contains(publicKey) && !key.held) {
            key.held = true;
            key.heldReason = IndexText::tr("from a damaged index (moved to %1)").arg(aside);
            ++held;
        }
    }
    if (!salvaged.activeSessionKey.isEmpty() && !salvaged.findSession(salvaged.activeSessionKey))
        salvaged.activeSessionKey.clear();

    if (auto opened = m_db.open(); !opened)
        return opened;
    if (auto begun = m_db.begin(true); !begun)
        return begun;
    auto written = indexrows::writeDiff(m_db, IndexData{}, salvaged, 1);
    if (!written) {
        m_db.rollback();
        return written.error();
    }
    if (auto committed = m_db.commit(); !committed)
        return committed;
    qCWarning(lcStore) << "damaged index moved to" << aside << ":" << salvaged.sessions.size()
                       << "session(s) kept," << held << "key(s) held";
    const auto keptSessions = static_cast<int>(salvaged.sessions.size());
    const auto keptKeys = static_cast<int>(salvaged.keys.size());
    addNotice(
        IndexText::tr("The session index was damaged (%1) and has been moved to %2. Kept what could still be "
                      "read: %3 and %4. Keychain entries that no remaining session uses: %5; nothing deletes "
                      "them until you do (keys list shows them).")
            .arg(why.message, aside, IndexText::tr("%n session(s)", nullptr, keptSessions),
                 IndexText::tr("%n key record(s)", nullptr, keptKeys))
            .arg(held));
    return loadCurrent();
}

Result<void> IndexStore::open() {
    m_recoveryNotice.clear();
    // Only a directory we create, or our own default one, is tightened: a directory the user
    // pointed us at (a shared --data-dir) keeps its permissions; the files themselves are always 0600.
    const bool created = !QDir(m_directory).exists();
    if (created && !QDir().mkpath(m_directory))
        return Error(ErrorCode::Storage,
                     IndexText::tr("Cannot create the data directory %1.").arg(m_directory));
    if ((created || m_directory == QDir::cleanPath(SessionIndex::defaultDirectory())) &&
        !QFile::setPermissions(m_directory, kDirMode))
        return Error(ErrorCode::Storage,
                     IndexText::tr("Cannot restrict the permissions of %1 to its owner.").arg(m_directory));

    Result<void> opened = openDatabase();
    if (!opened && opened.error().code == ErrorCode::CorruptIndex) {
        if (auto recovered = recover(opened.error()); !recovered)
            opened = recovered;
        else // the old JSON, if any, is looked at again on the new database
            opened = openDatabase();
    }
    if (opened)
        m_openError.reset();
    else
        m_openError = opened.error();
    return opened;
}

IndexStore::Commit IndexStore::commit(const std::vector<Mutation>& batch) {
    if (m_openError) {
        Commit refused;
        refused.outcomes.assign(batch.size(), Result<void>(*m_openError));
        return refused;
    }
    Commit out = commitOnce(batch);
    const bool corrupt = std::any_of(out.outcomes.begin(), out.outcomes.end(), [](const Result<void>& r) {
        return !r && r.error().code == ErrorCode::CorruptIndex;
    });
    if (corrupt) {
        // Damaged since we last looked: the same move-aside-and-salvage as open(), then the batch again.
        if (auto recovered = recover(out.outcomes.front().error()); !recovered) {
            out.outcomes.assign(batch.size(), Result<void>(recovered.error()));
            return out;
        }
        Commit again = commitOnce(batch);
        again.dataChanged = true;
        return again;
    }
    return out;
}

IndexStore::Commit IndexStore::commitOnce(const std::vector<Mutation>& batch) {
    Commit out;
    const auto refuseAll = [&](const Error& error) {
        out.outcomes.assign(batch.size(), Result<void>(error));
        return out;
    };
    if (auto begun = m_db.begin(true); !begun)
        return refuseAll(begun.error());

    // Always start from the database as it is now: another process may have written it since.
    auto counter = indexrows::readCounter(m_db);
    if (!counter) {
        m_db.rollback();
        return refuseAll(counter.error());
    }
    if (*counter != m_counter) {
        auto loaded = indexrows::loadAll(m_db);
        if (!loaded) {
            m_db.rollback();
            return refuseAll(loaded.error());
        }
        m_counter = loaded->counter;
        IndexData data = std::move(loaded->data);
        dropForgotten(data);
        replaceData(std::move(data));
        out.dataChanged = true;
    }

    // Every mutation runs on one working copy and is checked through the rows it named; a refused one
    // is undone row by row (AcceptedRows), so that it cannot leave half of its change behind for the
    // others, and nothing costs the size of the index unless a mutation could not name its rows.
    const auto refusal = [](const Error& why) {
        return Error(ErrorCode::Internal,
                     IndexText::tr("A change to the session index was refused because it would break it: %1")
                         .arg(why.message));
    };
    IndexData next = workingCopy();
    AcceptedRows acceptedRows(*m_data);
    bool accepted = false;
    out.outcomes.reserve(batch.size());
    for (const Mutation& mutate : batch) {
        Result<void> outcome = mutate(next);
        if (outcome) {
            // data() is valid, so only what changed can make the result invalid.
            if (auto valid = validateNamedRows(next); !valid)
                outcome = refusal(valid.error());
        }
        if (outcome) {
            acceptedRows.accept(next);
            accepted = true;
        } else {
            acceptedRows.rollBack(next);
        }
        next.sessions.forgetTouched();
        next.keys.forgetTouched();
        out.outcomes.push_back(std::move(outcome));
    }
    if (!accepted && m_forgotten.isEmpty()) {
        m_db.rollback();
        return out;
    }
    acceptedRows.nameChanged(next);
    dropForgotten(next);
    indexrows::RowDiff diff = indexrows::diffNamedRows(*m_data, next);
    // The forgotten keys' records are gone from data() already; their rows go with this commit (a
    // delete of a row that is not there is harmless).
    for (const QString& pub : std::as_const(m_forgotten))
        if (!next.keys.count(pub) && !diff.keyDeletes.contains(pub))
            diff.keyDeletes << pub;
    if (diff.empty()) {
        m_db.rollback();
        m_forgotten.clear();
        return out;
    }
    if (auto written = indexrows::writeRows(m_db, diff, next, m_counter + 1); !written) {
        m_db.rollback();
        for (Result<void>& outcome : out.outcomes)
            if (outcome || outcome.error().code == ErrorCode::CorruptIndex)
                outcome = written.error();
        return out;
    }
    if (auto committed = m_db.commit(); !committed) {
        for (Result<void>& outcome : out.outcomes)
            if (outcome)
                outcome = committed.error();
        return out;
    }
    ++m_counter;
    Changed changed;
    for (const auto* entry : diff.sessionUpserts)
        changed.sessions.insert(entry->first);
    for (const QString& label : std::as_const(diff.sessionDeletes))
        changed.sessions.insert(label);
    for (const auto* entry : diff.keyUpserts)
        changed.keys.insert(entry->first);
    for (const QString& pub : std::as_const(diff.keyDeletes))
        changed.keys.insert(pub);
    replaceDataChanged(std::move(next), changed);
    out.dataChanged = true;
    m_forgotten.clear();
    qCDebug(lcStore) << "committed" << batch.size() << "change(s)," << m_data->sessions.size()
                     << "session(s)," << m_data->keys.size() << "key record(s)";
    return out;
}

Result<bool> IndexStore::reload() {
    auto version = m_db.dataVersion();
    if (!version)
        return version.error();
    QThread* const thread = QThread::currentThread();
    if (const auto it = m_dataVersions.constFind(thread); it != m_dataVersions.constEnd() && *it == *version)
        return false;
    m_dataVersions.insert(thread, *version);
    auto counter = indexrows::readCounter(m_db);
    if (!counter)
        return counter.error();
    if (*counter == m_counter)
        return false; // our own commit, seen through another of our connections
    if (auto loaded = loadCurrent(); !loaded)
        return loaded.error();
    return true;
}

void IndexStore::forgetDeletedKey(const QString& publicKey) {
    m_forgotten.insert(publicKey);
    if (const auto it = m_data->keys.find(publicKey);
        it != m_data->keys.end() && it->second.state == KeyState::Doomed) {
        IndexData next = workingCopy();
        next.keys.erase(publicKey);
        replaceDataChanged(std::move(next), Changed{{}, {publicKey}});
    }
}

} // namespace ws
