#include "SessionIndex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace ws {

namespace {

constexpr char kLockSuffix[] = ".lock";
constexpr auto kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kDirMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// QLockFile takes over a lock file whose writer is dead by the PID written in it. A process killed
// between creating the file and writing its PID (or a power loss before the write reached the disk)
// leaves a file that names no one, and QLockFile treats that as held until it is staleLockTime old:
// 30 s by default, longer than update() waits, so every run in the next 30 s failed BUSY. Our holds
// are one small read-modify-write, and a live holder never loses its lock to this: Qt keeps flock()
// on the file while it holds it and removes a stale-looking one only if it can flock() it itself.
// Shorter than the default lock timeout, so a waiter gets past such a file.
constexpr std::chrono::milliseconds kStaleLockTime{5000};

struct FileRead {
    bool exists = false;
    QByteArray bytes;
};

} // namespace

class SessionIndex::Impl {
public:
    explicit Impl(SessionIndex* q)
        : q(q) {}

    SessionIndex* q;
    QFileSystemWatcher watcher;
    QTimer reloadTimer;   // coalesces the bursts of notifications one atomic replace produces
    QByteArray lastBytes; // the file content m_data was last read from or written as
    bool opened = false;

    QString lockPath() const { return q->filePath() + QLatin1String(kLockSuffix); }

    Result<FileRead> readFile() const {
        FileRead read;
        QFile file(q->filePath());
        if (!file.exists())
            return read;
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Storage, SessionIndex::tr("Cannot read the session index %1: %2")
                                                 .arg(q->filePath(), file.errorString()));
        read.exists = true;
        read.bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return Error(ErrorCode::Storage, SessionIndex::tr("Cannot read the session index %1: %2")
                                                 .arg(q->filePath(), file.errorString()));
        return read;
    }

    Result<void> writeFile(const QByteArray& bytes) const {
        QSaveFile file(q->filePath());
        const auto fail = [&](const QString& reason) {
            return Error(ErrorCode::Storage,
                         SessionIndex::tr("Cannot save the session index %1: %2. Nothing was changed.")
                             .arg(q->filePath(), reason));
        };
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
        // Before any content lands in the temporary file, so the secrets' metadata is never readable by
        // others.
        if (!file.setPermissions(kFileMode)) {
            file.cancelWriting();
            return fail(file.errorString());
        }
        if (file.write(bytes) != bytes.size()) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return fail(reason);
        }
        if (!file.commit())
            return fail(file.errorString());
        return {};
    }

    // A damaged file is moved aside (never silently replaced) and what it still holds is kept.
    Result<void> recover(const QByteArray& bytes, const Error& why) {
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QString aside = q->filePath() + QLatin1String(".corrupt-") + stamp;
        for (int n = 1; QFileInfo::exists(aside); ++n)
            aside =
                q->filePath() + QLatin1String(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
        if (!QFile::rename(q->filePath(), aside))
            return Error(
                ErrorCode::Storage,
                SessionIndex::tr("The session index %1 is damaged (%2) and could not be moved aside to %3. "
                                 "Move or repair it by hand.")
                    .arg(q->filePath(), why.message, aside));
        SalvageResult salvaged = salvageIndex(bytes);
        const QByteArray out = serializeIndex(salvaged.data);
        if (auto written = writeFile(out); !written)
            return written;
        q->m_data = std::move(salvaged.data);
        lastBytes = out;
        q->m_recoveryNotice =
            SessionIndex::tr(
                "The session index was damaged (%1) and has been moved to %2. Recovered %3 session(s) "
                "and %4 keychain entr(y/ies) from it; %5 damaged session(s) could not be recovered.")
                .arg(why.message, aside)
                .arg(q->m_data.sessions.size())
                .arg(q->m_data.keys.size())
                .arg(salvaged.droppedSessions);
        return {};
    }

    void watch() {
        if (!watcher.directories().contains(q->m_directory))
            watcher.addPath(q->m_directory);
        // QSaveFile replaces the file by rename, which drops the watch on the old inode.
        if (QFileInfo::exists(q->filePath()) && !watcher.files().contains(q->filePath()))
            watcher.addPath(q->filePath());
    }
};

SessionIndex::SessionIndex(QString directory, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this))
    , m_directory(QDir::cleanPath(std::move(directory))) {
    d->reloadTimer.setSingleShot(true);
    d->reloadTimer.setInterval(20);
    connect(&d->reloadTimer, &QTimer::timeout, this, [this]() {
        // A failure here (a half-written foreign file) keeps the last good data; the next change retries.
        (void)reload();
        d->watch();
    });
    connect(&d->watcher, &QFileSystemWatcher::fileChanged, this, [this]() { d->reloadTimer.start(); });
    connect(&d->watcher, &QFileSystemWatcher::directoryChanged, this, [this]() { d->reloadTimer.start(); });
}

SessionIndex::~SessionIndex() = default;

QString SessionIndex::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString SessionIndex::filePath() const {
    return m_directory + QLatin1Char('/') + QLatin1String(kFileName);
}

Result<void> SessionIndex::open() {
    m_recoveryNotice.clear();
    // Only a directory we create, or our own default one, is tightened: a directory the user
    // pointed us at (a shared --data-dir) keeps its permissions; the file itself is always 0600.
    const bool created = !QDir(m_directory).exists();
    if (created && !QDir().mkpath(m_directory))
        return Error(ErrorCode::Storage, tr("Cannot create the data directory %1.").arg(m_directory));
    if ((created || m_directory == QDir::cleanPath(defaultDirectory())) &&
        !QFile::setPermissions(m_directory, kDirMode))
        return Error(ErrorCode::Storage,
                     tr("Cannot restrict the permissions of %1 to its owner.").arg(m_directory));

    auto read = d->readFile();
    if (!read)
        return read.error();
    auto parsed = read->exists ? parseIndex(read->bytes) : Result<IndexData>(IndexData{});
    if (!parsed && parsed.error().code == ErrorCode::CorruptIndex) {
        // Recovery renames and rewrites, so it runs under the lock and on the file as it is now.
        QLockFile lock(d->lockPath());
        lock.setStaleLockTime(kStaleLockTime);
        if (!lock.tryLock(static_cast<int>(m_lockTimeout.count())))
            return Error(ErrorCode::Busy,
                         tr("The session index %1 is damaged and another Wallet Sessions process "
                            "holds its lock; close it and try again.")
                             .arg(filePath()));
        read = d->readFile();
        if (!read)
            return read.error();
        parsed = read->exists ? parseIndex(read->bytes) : Result<IndexData>(IndexData{});
        if (!parsed && parsed.error().code == ErrorCode::CorruptIndex) {
            if (auto recovered = d->recover(read->bytes, parsed.error()); !recovered)
                return recovered;
            d->opened = true;
            d->watch();
            return {};
        }
    }
    if (!parsed)
        return parsed.error().withContext(filePath());
    m_data = std::move(parsed).value();
    d->lastBytes = read->bytes;
    d->opened = true;
    d->watch();
    return {};
}

Result<void> SessionIndex::update(const Mutation& mutate) {
    bool dataChanged = false;
    Result<void> outcome;
    {
        QLockFile lock(d->lockPath());
        lock.setStaleLockTime(kStaleLockTime);
        if (!lock.tryLock(static_cast<int>(m_lockTimeout.count()))) {
            if (lock.error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, app;
                lock.getLockInfo(&pid, &host, &app);
                return Error(
                    ErrorCode::Busy,
                    tr("Another Wallet Sessions process (%1, PID %2) kept the session index locked for more "
                       "than %3 s. Close it or wait for it to finish, then try again.")
                        .arg(app.isEmpty() ? tr("unknown") : app)
                        .arg(pid)
                        .arg(static_cast<double>(m_lockTimeout.count()) / 1000.0));
            }
            return Error(ErrorCode::Storage, tr("Cannot create the lock file %1 (check that %2 is writable).")
                                                 .arg(d->lockPath(), m_directory));
        }

        // Always start from the file as it is now: another process may have written it since.
        auto read = d->readFile();
        if (!read)
            return read.error();
        IndexData current = m_data;
        if (read->bytes != d->lastBytes) {
            auto parsed = read->exists ? parseIndex(read->bytes) : Result<IndexData>(IndexData{});
            if (!parsed && parsed.error().code == ErrorCode::CorruptIndex) {
                // Damaged since we last looked: the same move-aside-and-salvage as open(), under this
                // lock. recover() sets m_data and the bytes it wrote.
                if (auto recovered = d->recover(read->bytes, parsed.error()); !recovered)
                    return recovered;
                read->bytes = d->lastBytes;
                read->exists = true;
                parsed = m_data;
            }
            if (!parsed)
                return parsed.error().withContext(tr("the session index %1 changed on disk").arg(filePath()));
            current = std::move(parsed).value();
            m_data = current;
            d->lastBytes = read->bytes;
            dataChanged = true;
        }

        IndexData next = current;
        outcome = mutate(next);
        if (outcome) {
            if (auto valid = validateIndex(next); !valid) {
                outcome = Error(ErrorCode::Internal,
                                tr("A change to the session index was refused because it would break it: %1")
                                    .arg(valid.error().message));
            }
        }
        if (outcome) {
            const QByteArray bytes = serializeIndex(next);
            if (bytes != read->bytes || !read->exists) {
                outcome = d->writeFile(bytes);
                if (outcome) {
                    m_data = std::move(next);
                    d->lastBytes = bytes;
                    dataChanged = true;
                }
            }
        }
    }
    if (d->opened)
        d->watch();
    if (dataChanged)
        Q_EMIT changed();
    return outcome;
}

Result<void> SessionIndex::reload() {
    auto read = d->readFile();
    if (!read)
        return read.error();
    if (read->bytes == d->lastBytes)
        return {};
    auto parsed = read->exists ? parseIndex(read->bytes) : Result<IndexData>(IndexData{});
    if (!parsed)
        return parsed.error().withContext(filePath());
    m_data = std::move(parsed).value();
    d->lastBytes = read->bytes;
    Q_EMIT changed();
    return {};
}

} // namespace ws
