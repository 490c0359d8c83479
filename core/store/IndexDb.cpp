#include "IndexDb.h"

#include "Logging.h"
#include "Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ws {

namespace {

// SQLite's primary result codes the index tells apart (sqlite3.h).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADb = 26;

// Between two tries to switch a new index to write-ahead logging while another process does the same.
constexpr unsigned long kJournalModeRetryMs = 5;

} // namespace

IndexDb::IndexDb(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("ws-index-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

IndexDb::~IndexDb() {
    closeAll();
}

void IndexDb::closeAll() {
    std::lock_guard lock(m_mutex);
    // Not QSqlDatabase::database(): it refuses a connection of another thread (the writer thread's,
    // which is done with it by now). Removing it closes it once its last handle is gone.
    for (const Connection& connection : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(connection.name);
    m_connections.clear();
}

void IndexDb::setBusyTimeout(std::chrono::milliseconds timeout) {
    std::lock_guard lock(m_mutex);
    m_busyTimeout = timeout;
    m_busyTimeoutMsForMessages = timeout.count();
}

std::chrono::milliseconds IndexDb::busyTimeout() const {
    std::lock_guard lock(m_mutex);
    return m_busyTimeout;
}

int IndexDb::sqliteCode(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

bool IndexDb::isBusy(const QSqlError& error) {
    const int code = sqliteCode(error);
    return code == kSqliteBusy || code == kSqliteLocked;
}

Error IndexDb::mapError(const QSqlError& error, const QString& what) const {
    const int code = sqliteCode(error);
    const QString detail = error.driverText().isEmpty() ? error.text() : error.databaseText();
    if (isBusy(error))
        return Error(
            ErrorCode::Busy,
            IndexText::tr("Another Wallet Sessions process kept the session index %1 busy for more than %2 s "
                          "(%3). Close it or wait for it to finish, then try again.")
                .arg(m_path)
                .arg(static_cast<double>(m_busyTimeoutMsForMessages.load()) / 1000.0)
                .arg(what));
    if (code == kSqliteCorrupt || code == kSqliteNotADb)
        return Error(ErrorCode::CorruptIndex,
                     IndexText::tr("the session index %1 is damaged (%2: %3)").arg(m_path, what, detail));
    if (code == kSqliteFull)
        return Error(
            ErrorCode::Storage,
            IndexText::tr("Cannot save the session index %1: the disk is full (%2). Nothing was changed.")
                .arg(m_path, what));
    return Error(
        ErrorCode::Storage,
        IndexText::tr(
            "Cannot use the session index %1 (%2: %3): check that %4 is writable and has free space. "
            "Nothing was changed.")
            .arg(m_path, what, detail, QFileInfo(m_path).absolutePath()));
}

Result<void> IndexDb::exec(QSqlQuery& query, const QString& sql, const QVariantList& values) {
    if (!query.prepare(sql))
        return mapError(query.lastError(), sql.section(QLatin1Char(' '), 0, 1));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return mapError(query.lastError(), sql.section(QLatin1Char(' '), 0, 1));
    return {};
}

Result<void> IndexDb::applyPragmas(QSqlDatabase& db) {
    QSqlQuery query(db);
    // journal_mode is stored in the file; asking again costs nothing. WAL needs shared memory, which
    // network file systems do not give: there SQLite keeps its rollback journal, and we say so.
    // To switch a new file to WAL, SQLite reads its header and then asks for the write lock while it
    // holds the read lock; waiting there could deadlock, so it does not call its busy handler and
    // answers BUSY at once whenever another process holds a shared lock on the file at that moment
    // (another process opening the new index too: seen in CI, one of four writers started together
    // failed in its first milliseconds). The busy timeout does not cover this one statement, so it is
    // retried here for as long as the timeout would have waited.
    QElapsedTimer waited;
    waited.start();
    while (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        if (!isBusy(query.lastError()) || waited.elapsed() >= m_busyTimeout.count())
            return mapError(query.lastError(), QStringLiteral("journal_mode"));
        query.finish();
        QThread::msleep(kJournalModeRetryMs);
    }
    if (query.next() && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "the session index" << m_path << "cannot use write-ahead logging (journal mode"
                           << query.value(0).toString() << "); a network file system?";
    query.finish();
    // FULL: every commit syncs the WAL, so a commit that returned survives a power cut (NORMAL may
    // lose the last ones, and keychain work follows each commit).
    if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return mapError(query.lastError(), QStringLiteral("synchronous"));
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys=OFF")))
        return mapError(query.lastError(), QStringLiteral("foreign_keys"));
    return {};
}

Result<QSqlDatabase> IndexDb::connection() {
    QThread* const thread = QThread::currentThread();
    std::unique_lock lock(m_mutex);
    auto it = m_connections.find(thread);
    if (it == m_connections.end()) {
        const QString name = m_prefix + QLatin1Char('-') +
                             QString::number(reinterpret_cast<quintptr>(thread), 16) + QLatin1Char('-') +
                             QString::number(m_connections.size());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(name);
            return Error(
                ErrorCode::Storage,
                IndexText::tr(
                    "Qt's SQLite driver (QSQLITE) is not installed: cannot open the session index."));
        }
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count()));
        if (!db.open()) {
            const Error error = mapError(db.lastError(), IndexText::tr("open"));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return error;
        }
        if (auto pragmas = applyPragmas(db); !pragmas) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return pragmas.error();
        }
        it = m_connections.insert(thread, Connection{name, m_busyTimeout.count()});
    }
    QSqlDatabase db = QSqlDatabase::database(it->name, false);
    if (it->appliedTimeoutMs != m_busyTimeout.count()) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(m_busyTimeout.count())))
            return mapError(query.lastError(), QStringLiteral("busy_timeout"));
        it->appliedTimeoutMs = m_busyTimeout.count();
    }
    return db;
}

Result<void> IndexDb::begin(bool write) {
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (!query.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return mapError(query.lastError(),
                        write ? IndexText::tr("taking the write lock") : IndexText::tr("reading"));
    return {};
}

Result<void> IndexDb::commit() {
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = mapError(query.lastError(), IndexText::tr("commit"));
        rollback();
        return error;
    }
    return {};
}

void IndexDb::rollback() {
    auto db = connection();
    if (!db)
        return;
    QSqlQuery query(*db);
    (void)query.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when SQLite already rolled back
}

void IndexDb::releaseCache() {
    auto db = connection();
    if (!db)
        return;
    QSqlQuery query(*db);
    (void)query.exec(QStringLiteral("PRAGMA shrink_memory"));
}

Result<qint64> IndexDb::dataVersion() {
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return mapError(query.lastError(), QStringLiteral("data_version"));
    return query.value(0).toLongLong();
}

Result<void> IndexDb::open() {
    // Created here with 0600 before SQLite sees it: SQLite creates its -wal and -shm files with the
    // database file's permissions, so none of them is ever readable by others.
    if (!QFileInfo::exists(m_path)) {
#ifdef Q_OS_UNIX
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return Error(ErrorCode::Storage,
                         IndexText::tr("Cannot create the session index %1: check that %2 is writable.")
                             .arg(m_path, QFileInfo(m_path).absolutePath()));
        ::close(fd);
#else
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error(ErrorCode::Storage,
                         IndexText::tr("Cannot create the session index %1.").arg(m_path));
#endif
    }
    return ensureSchema();
}

Result<void> IndexDb::ensureSchema() {
    auto db = connection();
    if (!db)
        return db.error();
    {
        // Read first: an up-to-date file needs no write lock (a read-only data directory can still be
        // read, and refusing a change is the caller's business).
        QSqlQuery query(*db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return mapError(query.lastError(), IndexText::tr("reading the schema version"));
        const int version = query.value(0).toInt();
        if (version == kSchemaVersion)
            return {};
        if (version > kSchemaVersion)
            return Error(ErrorCode::Storage,
                         IndexText::tr(
                             "The session index %1 was written by a newer version of Wallet Sessions (schema "
                             "version %2; this version reads %3). Update Wallet Sessions; the file was left "
                             "untouched.")
                             .arg(m_path)
                             .arg(version)
                             .arg(kSchemaVersion));
    }
    if (auto begun = begin(true); !begun)
        return begun;
    QSqlQuery query(*db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const Error error = mapError(query.lastError(), IndexText::tr("reading the schema version"));
        rollback();
        return error;
    }
    const int found = query.value(0).toInt();
    if (found == kSchemaVersion) { // another process created or upgraded it meanwhile
        query.finish();
        rollback();
        return {};
    }
    query.finish();
    static const char* const schema[] = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value ANY) STRICT",
        "CREATE TABLE sessions ("
        " session_key TEXT PRIMARY KEY NOT NULL,"
        " token TEXT NOT NULL,"
        " exp INTEGER NOT NULL,"
        " public_key TEXT NOT NULL,"
        " session_type TEXT NOT NULL,"
        " user_id TEXT NOT NULL,"
        " organization_id TEXT NOT NULL,"
        " session_profile_id TEXT NOT NULL,"
        " scope TEXT NOT NULL,"
        " lifetime_seconds INTEGER NOT NULL,"
        " created_at INTEGER,"
        " refreshed_at INTEGER,"
        " auto_refresh INTEGER NOT NULL,"
        " server_state TEXT NOT NULL,"
        " last_error TEXT NOT NULL,"
        " lease_pid INTEGER NOT NULL,"
        " lease_host TEXT NOT NULL,"
        " lease_since INTEGER,"
        " username TEXT NOT NULL,"
        " organization_name TEXT NOT NULL,"
        " sign_in_method TEXT NOT NULL) STRICT",
        "CREATE TABLE key_records ("
        " public_key TEXT PRIMARY KEY NOT NULL,"
        " state TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " created_at INTEGER,"
        " organization_id TEXT NOT NULL,"
        " held INTEGER NOT NULL,"
        " held_reason TEXT NOT NULL,"
        " key_store TEXT NOT NULL) STRICT",
        "INSERT INTO meta (key, value) VALUES ('change_counter', 0)",
    };
    // Version 1 -> 2: how each session was created (Sign in again, issue 18); unknown for the old rows.
    static const char* const upgradeFrom1[] = {
        "ALTER TABLE sessions ADD COLUMN sign_in_method TEXT NOT NULL DEFAULT ''",
    };
    const auto run = [&](const auto& statements, const QString& what) -> Result<void> {
        for (const char* statement : statements) {
            if (!query.exec(QLatin1String(statement))) {
                const Error error = mapError(query.lastError(), what);
                rollback();
                return error;
            }
        }
        return {};
    };
    if (found == 0) {
        if (auto created = run(schema, IndexText::tr("creating the tables")); !created)
            return created;
    } else if (found == 1) {
        if (auto upgraded = run(upgradeFrom1, IndexText::tr("upgrading the tables")); !upgraded)
            return upgraded;
    } else {
        rollback();
        return Error(
            ErrorCode::Storage,
            IndexText::tr("The session index %1 has an unknown schema version %2.").arg(m_path).arg(found));
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion))) {
        const Error error = mapError(query.lastError(), IndexText::tr("setting the schema version"));
        rollback();
        return error;
    }
    return commit();
}

} // namespace ws
