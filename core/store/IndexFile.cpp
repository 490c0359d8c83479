#include "IndexFile.h"

#include "Logging.h"
#include "SessionIndex.h"
#include "crypto/Ecdsa.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

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

// The user-visible texts keep SessionIndex's translation context.
QString tr(const char* text) {
    return QCoreApplication::translate("ws::SessionIndex", text);
}

// QSaveFile syncs the new content before it renames it over the old file, but the rename is a change
// to the directory, which has to be synced too, or a power cut can bring the old index back after the
// keychain write or delete that followed the new one. On Unix (Linux, macOS) the directory is opened
// and fsync()ed. Elsewhere (Windows) there is no directory handle to sync: QSaveFile's MoveFileEx
// is as durable as the file system makes it, and nothing more is done.
void syncDirectory(const QString& directory) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        qCWarning(lcStore, "cannot open %s to sync it: %s", qPrintable(directory), std::strerror(errno));
        return;
    }
    // A failure is reported, not returned: the new file is already in place and in use, so the write
    // did happen; only its survival of a power cut is in doubt.
    if (::fsync(fd) != 0)
        qCWarning(lcStore, "cannot sync %s: %s", qPrintable(directory), std::strerror(errno));
    ::close(fd);
#else
    Q_UNUSED(directory);
#endif
}

} // namespace

IndexFile::IndexFile(QString directory)
    : m_directory(QDir::cleanPath(std::move(directory))) {}

QString IndexFile::filePath() const {
    return m_directory + QLatin1Char('/') + QLatin1String(SessionIndex::kFileName);
}

QString IndexFile::lockPath() const {
    return filePath() + QLatin1String(kLockSuffix);
}

Result<IndexFile::FileRead> IndexFile::readFile() const {
    FileRead read;
    QFile file(filePath());
    if (!file.exists())
        return read;
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Storage,
                     tr("Cannot read the session index %1: %2").arg(filePath(), file.errorString()));
    read.exists = true;
    if (file.size() > kMaxFileBytes) {
        read.oversized = true;
        read.size = file.size();
        return read;
    }
    // Sized once: readAll() grows its buffer by doubling, up to twice the file's size at its peak.
    const qint64 size = file.size();
    read.bytes.resize(size);
    const qint64 got = size > 0 ? file.read(read.bytes.data(), size) : 0;
    if (got >= 0) {
        read.bytes.resize(got);
        read.bytes += file.readAll(); // whatever was appended since size() was asked
    }
    if (got < 0 || file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Storage,
                     tr("Cannot read the session index %1: %2").arg(filePath(), file.errorString()));
    return read;
}

Result<void> IndexFile::writeFile(const QByteArray& bytes) const {
    QSaveFile file(filePath());
    const auto fail = [&](const QString& reason) {
        return Error(
            ErrorCode::Storage,
            tr("Cannot save the session index %1: %2. Nothing was changed.").arg(filePath(), reason));
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
    syncDirectory(m_directory);
    return {};
}

void IndexFile::dropForgotten(IndexData& data) const {
    for (const QString& pub : std::as_const(m_forgotten)) {
        // Only a Doomed record is ours to drop; a Doomed record never turns back into a used one.
        if (const auto it = data.keys.find(pub);
            it != data.keys.end() && it->second.state == KeyState::Doomed)
            data.keys.erase(it);
    }
}

QByteArray IndexFile::fingerprint(const FileRead& read) {
    if (read.oversized)
        return QByteArrayLiteral("oversized"); // never a digest: an oversized file is always looked at
    return read.exists ? ecdsa::sha256(read.bytes) : QByteArray();
}

Result<IndexData> IndexFile::parseRead(const FileRead& read) const {
    if (!read.exists)
        return IndexData{};
    if (read.oversized)
        return Error(ErrorCode::CorruptIndex,
                     tr("sessions.json is %1 MiB, more than the %2 MiB a session index can plausibly be")
                         .arg(read.size / (1024 * 1024))
                         .arg(kMaxFileBytes / (1024 * 1024)));
    return parseIndex(read.bytes);
}

void IndexFile::replaceData(IndexData data) {
    m_data = std::make_shared<const IndexData>(std::move(data));
    ++m_generation;
}

void IndexFile::adopt(IndexData data, const FileRead& read) {
    dropForgotten(data);
    replaceData(std::move(data));
    m_lastDigest = fingerprint(read);
}

// A damaged file is moved aside (never silently replaced) and what it still holds is kept; an
// oversized one is moved aside unread.
Result<void> IndexFile::recover(const FileRead& read, const Error& why) {
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString aside = filePath() + QLatin1String(".corrupt-") + stamp;
    for (int n = 1; QFileInfo::exists(aside); ++n)
        aside = filePath() + QLatin1String(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(filePath(), aside))
        return Error(ErrorCode::Storage,
                     tr("The session index %1 is damaged (%2) and could not be moved aside to %3. "
                        "Move or repair it by hand.")
                         .arg(filePath(), why.message, aside));
    SalvageResult salvaged;
    if (!read.oversized)
        salvaged = salvageIndex(read.bytes, tr("from a damaged index (moved to %1)").arg(aside));
    const QByteArray out = serializeIndex(salvaged.data);
    if (auto written = writeFile(out); !written)
        return written;
    adopt(std::move(salvaged.data), FileRead{true, false, 0, out});
    if (read.oversized) {
        m_recoveryNotice = tr("The session index was not read (%1) and has been moved to %2. Wallet Sessions "
                              "starts with an empty index; no keychain entry was deleted.")
                               .arg(why.message, aside);
        return {};
    }
    qCWarning(lcStore) << "damaged index moved to" << aside << ":" << m_data->sessions.size() << "kept,"
                       << salvaged.restoredSessions << "restored," << salvaged.droppedSessions << "dropped,"
                       << salvaged.heldKeys << "key(s) held";
    m_recoveryNotice =
        tr("The session index was damaged (%1) and has been moved to %2. %3 session(s) were kept, %4 of them "
           "restored from its text; %5 session(s) could not be read and were dropped; %6 keychain "
           "entr(y/ies) "
           "that no remaining session uses are held: nothing deletes them until you do (keys list shows "
           "them).")
            .arg(why.message, aside)
            .arg(m_data->sessions.size())
            .arg(salvaged.restoredSessions)
            .arg(salvaged.droppedSessions)
            .arg(salvaged.heldKeys);
    return {};
}

Error IndexFile::lockError(const QLockFile& lock) const {
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return Error(ErrorCode::Busy,
                     tr("Another Wallet Sessions process (%1, PID %2) kept the session index locked for more "
                        "than %3 s. Close it or wait for it to finish, then try again.")
                         .arg(app.isEmpty() ? tr("unknown") : app)
                         .arg(pid)
                         .arg(static_cast<double>(m_lockTimeout.count()) / 1000.0));
    }
    return Error(
        ErrorCode::Storage,
        tr("Cannot create the lock file %1 (check that %2 is writable).").arg(lockPath(), m_directory));
}

Result<void> IndexFile::open() {
    m_recoveryNotice.clear();
    // Only a directory we create, or our own default one, is tightened: a directory the user
    // pointed us at (a shared --data-dir) keeps its permissions; the file itself is always 0600.
    const bool created = !QDir(m_directory).exists();
    if (created && !QDir().mkpath(m_directory))
        return Error(ErrorCode::Storage, tr("Cannot create the data directory %1.").arg(m_directory));
    if ((created || m_directory == QDir::cleanPath(SessionIndex::defaultDirectory())) &&
        !QFile::setPermissions(m_directory, kDirMode))
        return Error(ErrorCode::Storage,
                     tr("Cannot restrict the permissions of %1 to its owner.").arg(m_directory));

    auto read = readFile();
    if (!read)
        return read.error();
    auto parsed = parseRead(*read);
    if (!parsed && parsed.error().code == ErrorCode::CorruptIndex) {
        // Recovery renames and rewrites, so it runs under the lock and on the file as it is now.
        QLockFile lock(lockPath());
        lock.setStaleLockTime(kStaleLockTime);
        if (!lock.tryLock(static_cast<int>(m_lockTimeout.count())))
            return Error(ErrorCode::Busy,
                         tr("The session index %1 is damaged and another Wallet Sessions process "
                            "holds its lock; close it and try again.")
                             .arg(filePath()));
        read = readFile();
        if (!read)
            return read.error();
        parsed = parseRead(*read);
        if (!parsed && parsed.error().code == ErrorCode::CorruptIndex)
            return recover(*read, parsed.error());
    }
    if (!parsed)
        return parsed.error().withContext(filePath());
    adopt(std::move(parsed).value(), *read);
    return {};
}

IndexFile::Commit IndexFile::commit(const std::vector<Mutation>& batch) {
    Commit out;
    const auto refuseAll = [&](const Error& error) {
        out.outcomes.assign(batch.size(), Result<void>(error));
        return out;
    };
    QLockFile lock(lockPath());
    lock.setStaleLockTime(kStaleLockTime);
    if (!lock.tryLock(static_cast<int>(m_lockTimeout.count())))
        return refuseAll(lockError(lock));

    // Always start from the file as it is now: another process may have written it since.
    auto read = readFile();
    if (!read)
        return refuseAll(read.error());
    if (fingerprint(*read) != m_lastDigest) {
        auto parsed = parseRead(*read);
        if (!parsed && parsed.error().code == ErrorCode::CorruptIndex) {
            // Damaged since we last looked: the same move-aside-and-salvage as open(), under this lock.
            if (auto recovered = recover(*read, parsed.error()); !recovered)
                return refuseAll(recovered.error());
            out.dataChanged = true;
            read = FileRead{true, false, 0, serializeIndex(*m_data)};
        } else if (!parsed) {
            return refuseAll(
                parsed.error().withContext(tr("the session index %1 changed on disk").arg(filePath())));
        } else {
            adopt(std::move(parsed).value(), *read);
            out.dataChanged = true;
        }
    }

    IndexData next = *m_data; // forgotten keys are already dropped from it
    bool accepted = false;
    out.outcomes.reserve(batch.size());
    // A lone mutation works on `next` itself (saving a copy of the whole index in the common case);
    // in a batch each one gets a copy, so that a refused one cannot leave half of its change behind
    // for the others.
    const bool alone = batch.size() == 1;
    for (const Mutation& mutate : batch) {
        IndexData trial = alone ? IndexData{} : next;
        IndexData& target = alone ? next : trial;
        Result<void> outcome = mutate(target);
        if (outcome) {
            if (auto valid = validateIndex(target); !valid)
                outcome = Error(ErrorCode::Internal,
                                tr("A change to the session index was refused because it would break it: %1")
                                    .arg(valid.error().message));
        }
        if (outcome) {
            if (!alone)
                next = std::move(trial);
            accepted = true;
        }
        out.outcomes.push_back(std::move(outcome));
    }
    if (!accepted) {
        if (m_forgotten.isEmpty())
            return out;
        // Only the forgotten keys' drop is written: not what a refused lone mutation left in `next`.
        if (alone)
            next = *m_data;
    }
    const QByteArray bytes = serializeIndex(next);
    if (bytes != read->bytes || !read->exists) {
        if (auto written = writeFile(bytes); !written) {
            for (Result<void>& outcome : out.outcomes)
                if (outcome)
                    outcome = written.error();
            return out;
        }
        replaceData(std::move(next));
        m_lastDigest = fingerprint(FileRead{true, false, 0, bytes});
        out.dataChanged = true;
        qCDebug(lcStore) << "committed" << batch.size() << "change(s)," << bytes.size() << "bytes,"
                         << m_data->sessions.size() << "session(s)," << m_data->keys.size()
                         << "key record(s)";
    }
    m_forgotten.clear(); // on disk now: what was written, or what was already there, holds no such record
    return out;
}

Result<bool> IndexFile::reload() {
    auto read = readFile();
    if (!read)
        return read.error();
    if (fingerprint(*read) == m_lastDigest)
        return false;
    auto parsed = parseRead(*read);
    if (!parsed)
        return parsed.error().withContext(filePath());
    adopt(std::move(parsed).value(), *read);
    return true;
}

void IndexFile::forgetDeletedKey(const QString& publicKey) {
    m_forgotten.insert(publicKey);
    if (const auto it = m_data->keys.find(publicKey);
        it != m_data->keys.end() && it->second.state == KeyState::Doomed) {
        IndexData next = *m_data;
        next.keys.erase(publicKey);
        replaceData(std::move(next));
    }
}

} // namespace ws
