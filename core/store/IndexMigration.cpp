#include "IndexMigration.h"

#include "IndexDb.h"
#include "IndexRows.h"
#include "Logging.h"
#include "Text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ws::indexmigration {

namespace {

// "3 sessions": one count in the migration notices, with the language's plural forms.
QString sessionCount(qsizetype count) {
    const auto n = static_cast<int>(count);
    return IndexText::tr("%n session(s)", nullptr, n);
}

QString asideName(const QString& path, const QString& kind) {
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString aside = path + QLatin1Char('.') + kind + QLatin1Char('-') + stamp;
    for (int n = 1; QFileInfo::exists(aside); ++n)
        aside =
            path + QLatin1Char('.') + kind + QLatin1Char('-') + stamp + QLatin1Char('-') + QString::number(n);
    return aside;
}

// The file renamed aside; a file that is already gone (another process renamed it) is fine.
void moveAside(const QString& path, const QString& aside) {
    if (!QFile::rename(path, aside) && QFileInfo::exists(path))
        qCWarning(lcStore) << "cannot move" << path << "to" << aside
                           << "; it stays, and the next start moves it (its content is in the database)";
}

QString digestKey(const QByteArray& bytes) {
    return QStringLiteral("legacy_json:") +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<bool> metaExists(IndexDb& db, const QString& key) {
    QSqlQuery query(*db.connection());
    query.setForwardOnly(true);
    if (auto run = db.exec(query, QStringLiteral("SELECT 1 FROM meta WHERE key = ?"), {key}); !run)
        return run.error();
    return query.next();
}

// Writes `next` over `current` plus the digest marker, commits.
Result<void> writeAndCommit(IndexDb& db, const indexrows::Loaded& current, const IndexData& next,
                            const QString& marker) {
    if (auto written = indexrows::writeDiff(db, current.data, next, current.counter + 1); !written)
        return written.error();
    QSqlQuery query(*db.connection());
    if (auto set = db.exec(query, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                           {marker, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        !set)
        return set;
    if (auto set = db.exec(query, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'change_counter'"),
                           {current.counter + 1});
        !set)
        return set;
    return db.commit();
}

// Key records of `from` the index lacks are added; those no session uses (and not Doomed, which
// recovery deletes anyway) are held, so that only the user may delete their keychain entries.
int addMissingKeys(IndexData& into, const IndexData& from, const QString& heldReason) {
    const QSet<QString> used = into.publicKeysInUse();
    int held = 0;
    for (const auto& [publicKey, key] : from.keys) {
        if (into.keys.count(publicKey))
            continue;
        KeyRecord record = key;
        if (record.state != KeyState::Doomed && !used.contains(publicKey) && !record.held) {
            record.held = true;
            record.heldReason = heldReason;
            ++held;
        }
        into.keys.emplace(publicKey, std::move(record));
    }
    return held;
}

} // namespace

Result<QString> importLegacyJson(IndexDb& db, const QString& directory) {
    const QString path = QDir(directory).filePath(QLatin1String(kLegacyFileName));
    QFile file(path);
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Storage,
                     IndexText::tr("Cannot read the old session index %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxJsonBytes) {
        file.close();
        const QString aside = asideName(path, QStringLiteral("corrupt"));
        if (!QFile::rename(path, aside))
            return Error(ErrorCode::Storage,
                         IndexText::tr("The old session index %1 is too large to read and could not be "
                                       "moved aside to %2. Move it by hand.")
                             .arg(path, aside));
        return IndexText::tr(
                   "The old session index %1 was not read (%2 MiB, more than the %3 MiB a session index can "
                   "plausibly be) and has been moved to %4; no keychain entry was deleted.")
            .arg(path)
            .arg(QFileInfo(aside).size() / (1024 * 1024))
            .arg(kMaxJsonBytes / (1024 * 1024))
            .arg(aside);
    }
    const QByteArray bytes = file.readAll();
    file.close();
    const QString marker = digestKey(bytes);

    if (auto begun = db.begin(true); !begun)
        return begun.error();
    const auto fail = [&db](const Error& error) -> Result<QString> {
        db.rollback();
        return error;
    };
    auto seen = metaExists(db, marker);
    if (!seen)
        return fail(seen.error());
    if (*seen) {
        // Imported or merged already; the process that did it died before the rename.
        db.rollback();
        moveAside(path, asideName(path, QStringLiteral("migrated")));
        return QString();
    }
    auto current = indexrows::loadAll(db);
    if (!current)
        return fail(current.error());
    const bool first = current->data.sessions.empty() && current->data.keys.empty();
    auto parsed = parseIndex(bytes);
    // A damaged file keeps the name the JSON index always gave one.
    const QString aside = asideName(path, !parsed ? QStringLiteral("corrupt")
                                          : first ? QStringLiteral("migrated")
                                                  : QStringLiteral("merged"));

    QString notice;
    IndexData legacy;
    if (parsed) {
        legacy = std::move(parsed).value();
    } else if (parsed.error().code == ErrorCode::CorruptIndex) {
        SalvageResult salvaged =
            salvageIndex(bytes, IndexText::tr("from a damaged index (moved to %1)").arg(aside));
        legacy = std::move(salvaged.data);
        notice =
            IndexText::tr("The old session index sessions.json was damaged (%1) and has been moved to %2. "
                          "Kept: %3 (restored from its text: %4). Dropped, as they could not be read: %5. "
                          "Keychain entries that no remaining session uses: %6; nothing deletes them until "
                          "you do (keys list shows them).")
                .arg(parsed.error().message, aside, sessionCount(legacy.sessions.size()))
                .arg(salvaged.restoredSessions)
                .arg(sessionCount(salvaged.droppedSessions))
                .arg(salvaged.heldKeys);
    } else {
        return fail(parsed.error().withContext(path)); // a newer format: left alone
    }

    IndexData next;
    if (first) {
        next = std::move(legacy);
    } else {
        next = current->data;
        int merged = 0;
        int kept = 0;
        for (const auto& [label, session] : legacy.sessions) {
            if (next.sessions.count(label)) {
                ++kept;
                continue;
            }
            next.sessions.emplace(label, session);
            ++merged;
        }
        if (next.activeSessionKey.isEmpty() && !legacy.activeSessionKey.isEmpty() &&
            next.findSession(legacy.activeSessionKey))
            next.activeSessionKey = legacy.activeSessionKey;
        const int held = addMissingKeys(
            next, legacy,
            IndexText::tr("from an old sessions.json merged into the index (moved to %1)").arg(aside));
        const QString mergeNotice =
            IndexText::tr(
                "An old session index %1 was found beside %2 (an older version of Wallet Sessions "
                "was run again). It was not imported over the database. Merged, as the database did "
                "not have them: %3. Kept as they are, as the database already had them: %4. Keychain "
                "entries that no session uses, held (keys list shows them): %5. The file has been "
                "moved to %6.")
                .arg(path, db.path(), sessionCount(merged), sessionCount(kept))
                .arg(held)
                .arg(aside);
        notice = notice.isEmpty() ? mergeNotice : notice + QLatin1Char(' ') + mergeNotice;
    }
    if (auto valid = validateIndex(next); !valid)
        return fail(valid.error().withContext(path));
    if (auto committed = writeAndCommit(db, *current, next, marker); !committed)
        return fail(committed.error().withContext(
            IndexText::tr("importing %1 (it was left as it is and will be imported at the next start)")
                .arg(path)));
    moveAside(path, aside);
    qCInfo(lcStore) << (first ? "imported" : "merged") << path << "into" << db.path() << "and moved it to"
                    << aside;
    if (!notice.isEmpty())
        qCWarning(lcStore).noquote() << notice;
    return notice;
}

} // namespace ws::indexmigration
