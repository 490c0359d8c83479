#include "StoreTestData.h"
#include "TestEnvironment.h"
#include "store/IndexMigration.h"
#include "store/IndexStore.h"
#include "store/SessionIndex.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <future>
#include <sys/stat.h>
#include <thread>

using namespace ws;
using namespace ws::test;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// The database in `dir` as another reader sees it.
Result<IndexData> stored(const QString& dir) {
    return IndexStore::readSnapshot(dir);
}

QString jsonPath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("sessions.json"));
}

// Overwrites the b-tree page of `table` in the database file with garbage (every connection closed).
bool damageTable(const QString& dir, const QString& table) {
    const QString path = QDir(dir).filePath(QStringLiteral("sessions.db"));
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return false;
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
            return false;
        pageSize = q.value(0).toLongLong();
        q.finish();
        q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            return false;
        page = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((page - 1) * pageSize))
        return false;
    return f.write(QByteArray(int(pageSize), '\x5a')) == pageSize;
}

unsigned modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xffff;
    return st.st_mode & 07777;
}

QStringList corruptFiles(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("sessions.json.corrupt-*")}, QDir::Files);
}

QStringList corruptDatabases(const QString& dir) {
    return QDir(dir)
        .entryList({QStringLiteral("sessions.db.corrupt-*")}, QDir::Files)
        .filter(QRegularExpression(QStringLiteral("Z(-\\d+)?$")));
}

IndexData twoSessions() {
    IndexData data;
    addSession(data, QStringLiteral("alpha"), 1);
    addSession(data, QStringLiteral("beta"), 2);
    data.keys[fakePublicKey(7)] = makeKey(fakePublicKey(7), KeyState::Doomed);
    data.activeSessionKey = QStringLiteral("beta");
    return data;
}

// Writes twoSessions() through `index` (already open).
bool fillWithTwoSessions(SessionIndex& index) {
    return index
        .update([](IndexData& d) -> Result<void> {
            d = twoSessions();
            return {};
        })
        .ok();
}

// Any write at all through `index`: it carries whatever the index has queued along with it.
bool touchFirstSession(SessionIndex& index) {
    return index
        .update([](IndexData& d) -> Result<void> {
            d.sessions.begin()->second.lastError = QStringLiteral("touched");
            return {};
        })
        .ok();
}

QString writerPath() {
    return binDir() + QStringLiteral("/index_writer");
}

// The audit's store: three sessions, b active.
IndexData threeSessions() {
    IndexData data;
    addSession(data, QStringLiteral("a"), 1);
    addSession(data, QStringLiteral("b"), 2);
    addSession(data, QStringLiteral("c"), 3);
    data.activeSessionKey = QStringLiteral("b");
    return data;
}

// serializeIndex(threeSessions()) with `edit` applied to its JSON.
QByteArray damagedThreeSessions(const std::function<void(QJsonObject&)>& edit) {
    QJsonObject json = QJsonDocument::fromJson(serializeIndex(threeSessions())).object();
    edit(json);
    return QJsonDocument(json).toJson();
}

} // namespace

class TestSessionIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void openCreatesPrivateDirectoryAndFile() {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/a/b/wallet-sessions");
        SessionIndex index(dir);
        QCOMPARE(index.filePath(), dir + QStringLiteral("/sessions.db"));
        const auto opened = index.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QVERIFY(index.data().sessions.empty());
        QVERIFY(index.recoveryNotice().isEmpty());
        QCOMPARE(modeOf(dir), 0700u);
        // The database exists from the start, private like everything else here.
        QCOMPARE(modeOf(index.filePath()), 0600u);
        QVERIFY(stored(dir)->sessions.empty());

        QSignalSpy spy(&index, &SessionIndex::changed);
        const auto updated = index.update([](IndexData& data) -> Result<void> {
            addSession(data, QStringLiteral("work"), 1);
            data.activeSessionKey = QStringLiteral("work");
            return {};
        });
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().toString()));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(modeOf(index.filePath()), 0600u);
        QCOMPARE(modeOf(dir), 0700u);
        QCOMPARE(index.data().activeSessionKey, QStringLiteral("work"));
        QCOMPARE(serializeIndex(*stored(dir)), serializeIndex(index.data()));
        QCOMPARE(modeOf(index.filePath() + QStringLiteral("-wal")), 0600u);

        // Our own write must not come back as a change from "another process".
        QTest::qWait(500);
        QCOMPARE(spy.count(), 1);
    }

    void secondInstanceSeesData() {
        QTemporaryDir tmp;
        SessionIndex a(tmp.path());
        QVERIFY(a.open().ok());
        QVERIFY(a.update([](IndexData& d) -> Result<void> {
                     d = twoSessions();
                     return {};
                 }).ok());
        SessionIndex b(tmp.path());
        QVERIFY(b.open().ok());
        QCOMPARE(serializeIndex(b.data()), serializeIndex(twoSessions()));
    }

    // Issue 14, idle memory: a text that many rows repeat is held once after a load (the sessions'
    // organization and type, a session's public key and its key record's), and what is shared still
    // reads back equal.
    void loadedRowsShareRepeatedTexts() {
        QTemporaryDir tmp;
        {
            SessionIndex writer(tmp.path());
            QVERIFY(writer.open().ok());
            QVERIFY(fillWithTwoSessions(writer));
        }
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QCOMPARE(serializeIndex(index.data()), serializeIndex(twoSessions()));
        const SessionRecord& alpha = index.data().sessions.at(QStringLiteral("alpha"));
        const SessionRecord& beta = index.data().sessions.at(QStringLiteral("beta"));
        QVERIFY(!alpha.token.claims.organizationId.isEmpty());
        QVERIFY(alpha.token.claims.organizationId.isSharedWith(beta.token.claims.organizationId));
        QVERIFY(alpha.token.claims.sessionType.isSharedWith(beta.token.claims.sessionType));
        const KeyRecord& alphaKey = index.data().keys.at(alpha.token.claims.publicKey);
        QVERIFY(alphaKey.publicKey.isSharedWith(alpha.token.claims.publicKey));
        QVERIFY(!alpha.token.claims.publicKey.isSharedWith(beta.token.claims.publicKey));
    }

    void failingMutationWritesNothing() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(fillWithTwoSessions(index));
        const QByteArray before = serializeIndex(*stored(tmp.path()));
        const QByteArray walBefore = readAll(index.filePath() + QStringLiteral("-wal"));
        QSignalSpy spy(&index, &SessionIndex::changed);

        const auto result = index.update([](IndexData& d) -> Result<void> {
            d.sessions.clear(); // a half-done change that must not land
            return Error(ErrorCode::NotFound, QStringLiteral("no such session"));
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        QCOMPARE(result.error().message, QStringLiteral("no such session"));
        QCOMPARE(serializeIndex(*stored(tmp.path())), before);
        QCOMPARE(readAll(index.filePath() + QStringLiteral("-wal")), walBefore); // not a byte written
        QCOMPARE(index.data().sessions.size(), size_t(2));
        QCOMPARE(spy.count(), 0);

        // A change that would break the index (active session pointing nowhere) is refused too.
        const auto broken = index.update([](IndexData& d) -> Result<void> {
            d.sessions.erase(QStringLiteral("beta"));
            return {};
        });
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, ErrorCode::Internal);
        QVERIFY2(broken.error().message.contains(QStringLiteral("activeSessionKey")),
                 qPrintable(broken.error().message));
        QCOMPARE(serializeIndex(*stored(tmp.path())), before);
        QCOMPARE(readAll(index.filePath() + QStringLiteral("-wal")), walBefore);
        QCOMPARE(index.data().sessions.size(), size_t(2));
    }

    void failingMutationOnEmptyIndexWritesNothing() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        const QByteArray walBefore = readAll(index.filePath() + QStringLiteral("-wal"));
        QVERIFY(!index
                     .update([](IndexData&) -> Result<void> {
                         return Error(ErrorCode::InvalidInput, QStringLiteral("bad"));
                     })
                     .ok());
        QCOMPARE(readAll(index.filePath() + QStringLiteral("-wal")), walBefore);
        QVERIFY(stored(tmp.path())->sessions.empty());
    }

    // An old sessions.json, damaged, at the first start: imported through the JSON salvage.
    void corruptFileIsMovedAsideAndSalvaged() {
        QTemporaryDir tmp;
        QJsonObject json = QJsonDocument::fromJson(serializeIndex(twoSessions())).object();
        QJsonObject sessions = json[QStringLiteral("sessions")].toObject();
        QJsonObject alpha = sessions[QStringLiteral("alpha")].toObject();
        alpha[QStringLiteral("token")] = QStringLiteral("this.is-not.a-token");
        sessions[QStringLiteral("alpha")] = alpha;
        json[QStringLiteral("sessions")] = sessions;
        const QByteArray damaged = QJsonDocument(json).toJson();
        writeAll(jsonPath(tmp.path()), damaged);

        SessionIndex index(tmp.path());
        const auto opened = index.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        const QStringList aside = corruptFiles(tmp.path());
        QCOMPARE(aside.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^sessions\\.json\\.corrupt-\\d{8}T\\d{6}Z$"))
                     .match(aside.first())
                     .hasMatch(),
                 qPrintable(aside.first()));
        QCOMPARE(readAll(tmp.filePath(aside.first())), damaged);
        QVERIFY2(index.recoveryNotice().contains(aside.first()), qPrintable(index.recoveryNotice()));
        QVERIFY(index.recoveryNotice().contains(QStringLiteral("sessions[\"alpha\"].token")));

        QCOMPARE(index.data().sessions.size(), size_t(1));
        QVERIFY(index.data().findSession(QStringLiteral("beta")));
        QCOMPARE(index.data().activeSessionKey, QStringLiteral("beta"));
        QCOMPARE(index.data().keys.size(), twoSessions().keys.size()); // alpha's key is not forgotten
        auto reread = stored(tmp.path());
        QVERIFY(reread.ok());
        QCOMPARE(reread->sessions.size(), size_t(1));
        QCOMPARE(modeOf(index.filePath()), 0600u);
        QVERIFY(!QFile::exists(jsonPath(tmp.path())));

        // Opening again finds a healthy file: no second move, no notice.
        SessionIndex again(tmp.path());
        QVERIFY(again.open().ok());
        QVERIFY(again.recoveryNotice().isEmpty());
        QCOMPARE(corruptFiles(tmp.path()).size(), 1);
    }

    // The database damaged under a running index (its sessions table): the next update moves it aside,
    // keeps every row that can still be read (the key records, held: their sessions are lost), and
    // lands.
    void corruptionAfterOpenIsRecoveredByUpdate() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(fillWithTwoSessions(index));
        QVERIFY(damageTable(tmp.path(), QStringLiteral("sessions")));
        const auto result = index.update([](IndexData& d) -> Result<void> {
            addSession(d, QStringLiteral("gamma"), 3);
            return {};
        });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(corruptDatabases(tmp.path()).size(), 1);
        QVERIFY2(index.recoveryNotice().contains(corruptDatabases(tmp.path()).first()),
                 qPrintable(index.recoveryNotice()));
        QVERIFY(index.data().findSession(QStringLiteral("gamma")));
        QCOMPARE(index.data().keys.size(), twoSessions().keys.size() + 1); // no key record forgotten
        QVERIFY(index.data().keys.at(fakePublicKey(1)).held);
        auto reread = stored(tmp.path());
        QVERIFY(reread.ok());
        QVERIFY(reread->findSession(QStringLiteral("gamma")));
        QCOMPARE(modeOf(index.filePath()), 0600u);
    }

    // The same damage found at start-up.
    void corruptDatabaseIsMovedAsideAtOpen() {
        QTemporaryDir tmp;
        {
            SessionIndex index(tmp.path());
            QVERIFY(index.open().ok());
            QVERIFY(fillWithTwoSessions(index));
        }
        QVERIFY(damageTable(tmp.path(), QStringLiteral("key_records")));
        SessionIndex index(tmp.path());
        const auto opened = index.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        const QStringList aside = corruptDatabases(tmp.path());
        QCOMPARE(aside.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^sessions\\.db\\.corrupt-\\d{8}T\\d{6}Z$"))
                     .match(aside.first())
                     .hasMatch(),
                 qPrintable(aside.first()));
        QVERIFY2(index.recoveryNotice().contains(aside.first()), qPrintable(index.recoveryNotice()));
        // The sessions could be read: kept, with the active one.
        QCOMPARE(index.data().sessions.size(), size_t(2));
        QCOMPARE(index.data().activeSessionKey, QStringLiteral("beta"));
        QCOMPARE(stored(tmp.path())->sessions.size(), size_t(2));
    }

    void garbageDatabaseStartsEmpty() {
        QTemporaryDir tmp;
        const QByteArray garbage = QByteArray("this is not an SQLite database, not at all ").repeated(200);
        writeAll(tmp.filePath(QStringLiteral("sessions.db")), garbage);
        SessionIndex index(tmp.path());
        const auto opened = index.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        const QStringList aside = corruptDatabases(tmp.path());
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(tmp.filePath(aside.first())), garbage);
        QVERIFY(index.recoveryNotice().contains(aside.first()));
        QVERIFY(index.data().sessions.empty());
        QVERIFY(fillWithTwoSessions(index));
        QCOMPARE(stored(tmp.path())->sessions.size(), size_t(2));
    }

    void truncatedFileKeepsKeys() {
        QTemporaryDir tmp;
        IndexData data;
        for (int i = 0; i < 6; ++i)
            addSession(data, QStringLiteral("s%1").arg(i), 100 + i);
        const QByteArray full = serializeIndex(data);
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), full.left(full.size() / 2));

        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(!index.recoveryNotice().isEmpty());
        QCOMPARE(corruptFiles(tmp.path()).size(), 1);
        QCOMPARE(index.data().keys.size(), data.keys.size());
    }

    // The audit's reproduction: `jq '.sessions.b.lifetimeSeconds="900"'`. Every session is kept (b with
    // lifetime 0, refresh works it out again), nothing is held, and the notice says so.
    void wrongTypeInOneFieldKeepsTheSession() {
        QTemporaryDir tmp;
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), damagedThreeSessions([](QJsonObject& json) {
                     QJsonObject sessions = json[QStringLiteral("sessions")].toObject();
                     QJsonObject b = sessions[QStringLiteral("b")].toObject();
                     b[QStringLiteral("lifetimeSeconds")] = QStringLiteral("900");
                     sessions[QStringLiteral("b")] = b;
                     json[QStringLiteral("sessions")] = sessions;
                 }));
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QCOMPARE(corruptFiles(tmp.path()).size(), 1);
        QCOMPARE(index.data().sessions.size(), size_t(3));
        QCOMPARE(index.data().findSession(QStringLiteral("b"))->lifetimeSeconds, qint64(0));
        QCOMPARE(index.data().activeSessionKey, QStringLiteral("b"));
        for (const auto& [pub, key] : index.data().keys) {
            QCOMPARE(key.state, KeyState::Live);
            QVERIFY(!key.held);
        }
        const QString notice = index.recoveryNotice();
        QVERIFY2(notice.contains(corruptFiles(tmp.path()).first()), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("Kept: 3 session(s)")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("(restored from its text: 0)")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("could not be read: 0 session(s)")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("no remaining session uses: 0;")), qPrintable(notice));
    }

    // `sessions` turned into an array: the three sessions are restored from the text, under new
    // labels, and their keys stay live.
    void sessionsTurnedIntoAnArrayAreRestored() {
        QTemporaryDir tmp;
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), damagedThreeSessions([](QJsonObject& json) {
                     QJsonArray list;
                     for (const QJsonValue& v : json[QStringLiteral("sessions")].toObject())
                         list.append(v);
                     json[QStringLiteral("sessions")] = list;
                 }));
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QCOMPARE(index.data().sessions.size(), size_t(3));
        for (int n = 1; n <= 3; ++n) {
            QVERIFY(index.data().sessionUsingKey(fakePublicKey(n)));
            QCOMPARE(index.data().keys.at(fakePublicKey(n)).state, KeyState::Live);
            QVERIFY(!index.data().keys.at(fakePublicKey(n)).held);
        }
        QVERIFY(index.data().findSession(QStringLiteral("restored-02000000")));
        const QString notice = index.recoveryNotice();
        QVERIFY2(notice.contains(QStringLiteral("(restored from its text: 3)")), qPrintable(notice));
        auto onDisk = stored(index.directory());
        QVERIFY(onDisk.ok());
        QCOMPARE(onDisk->sessions.size(), size_t(3));
    }

    // A session whose token is unreadable is dropped, and its key is held, naming where the damaged
    // file went, in memory and on disk.
    void droppedSessionsKeyIsHeldNamingTheAsideFile() {
        QTemporaryDir tmp;
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), damagedThreeSessions([](QJsonObject& json) {
                     QJsonObject sessions = json[QStringLiteral("sessions")].toObject();
                     QJsonObject b = sessions[QStringLiteral("b")].toObject();
                     b[QStringLiteral("token")] = QStringLiteral("not.a.jwt");
                     sessions[QStringLiteral("b")] = b;
                     json[QStringLiteral("sessions")] = sessions;
                 }));
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        const QString aside = tmp.filePath(corruptFiles(tmp.path()).first());
        QCOMPARE(index.data().sessions.size(), size_t(2));
        const KeyRecord& held = index.data().keys.at(fakePublicKey(2));
        QVERIFY(held.held);
        QVERIFY2(held.heldReason.contains(aside), qPrintable(held.heldReason));
        QVERIFY(!index.data().keys.at(fakePublicKey(1)).held);
        auto onDisk = stored(index.directory());
        QVERIFY(onDisk.ok());
        QVERIFY(onDisk->keys.at(fakePublicKey(2)).held);
        QCOMPARE(onDisk->keys.at(fakePublicKey(2)).heldReason, held.heldReason);
        const QString notice = index.recoveryNotice();
        QVERIFY2(notice.contains(QStringLiteral("could not be read: 1 session(s)")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("no remaining session uses: 1;")), qPrintable(notice));
    }

    // A file past the size cap is moved aside without being read (a sparse file: no disk space used).
    void oversizedFileIsMovedAsideUnread() {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("sessions.json"));
        const auto writeOversized = [&](qint64 size) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("{\"version\":1,\"sessions\":{") > 0);
            QVERIFY(f.resize(size));
        };
        writeOversized(indexmigration::kMaxJsonBytes + 1);
        SessionIndex index(tmp.path());
        const auto opened = index.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        const QStringList aside = corruptFiles(tmp.path());
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(tmp.filePath(aside.first())).size(), indexmigration::kMaxJsonBytes + 1);
        QVERIFY(index.data().sessions.empty());
        QVERIFY(index.data().keys.empty());
        const QString notice = index.recoveryNotice();
        QVERIFY2(notice.contains(aside.first()), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("not read")), qPrintable(notice));
        QVERIFY(!QFile::exists(file));
        QVERIFY(stored(tmp.path()).ok());

        // The same when one shows up beside a database in use: moved aside unread at the next start,
        // the database untouched.
        QVERIFY(index
                    .update([](IndexData& d) -> Result<void> {
                        addSession(d, QStringLiteral("new"), 9);
                        return {};
                    })
                    .ok());
        writeOversized(indexmigration::kMaxJsonBytes + 10);
        SessionIndex next(tmp.path());
        QVERIFY(next.open().ok());
        QCOMPARE(corruptFiles(tmp.path()).size(), 2);
        QVERIFY(next.data().findSession(QStringLiteral("new")));
        QVERIFY(stored(tmp.path())->findSession(QStringLiteral("new")));
    }

    // Issue 12, item 4: a refused lone mutation leaves nothing behind even when the write it causes
    // (a forgotten key's drop) goes ahead.
    void refusedMutationIsNotWrittenWithAForgottenKeysDrop_data() {
        QTest::addColumn<bool>("refusedByValidation");
        QTest::newRow("the mutation fails") << false;
        QTest::newRow("the result is invalid") << true;
    }

    void refusedMutationIsNotWrittenWithAForgottenKeysDrop() {
        QFETCH(bool, refusedByValidation);
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(fillWithTwoSessions(index));
        const QString doomed = fakePublicKey(7);
        index.forgetDeletedKey(doomed);
        IndexData expected = twoSessions();
        expected.keys.erase(doomed);

        const auto result = index.update([&](IndexData& d) -> Result<void> {
            d.sessions.erase(QStringLiteral("beta")); // beta is active: invalid without an error too
            addSession(d, QStringLiteral("half"), 9);
            if (refusedByValidation)
                return {};
            return Error(ErrorCode::NotFound, QStringLiteral("refused"));
        });
        QVERIFY(!result.ok());
        QCOMPARE(serializeIndex(index.data()), serializeIndex(expected));
        QCOMPARE(serializeIndex(*stored(tmp.path())), serializeIndex(expected));
        SessionIndex fresh(tmp.path());
        QVERIFY(fresh.open().ok());
        QVERIFY2(fresh.recoveryNotice().isEmpty(), qPrintable(fresh.recoveryNotice()));
        QVERIFY(corruptFiles(tmp.path()).isEmpty());
    }

    // Issue 12, item 5, for the database: synchronous=FULL syncs the write-ahead log at every commit, so
    // a commit that returned survives a power cut (NORMAL would not sync it). Watched with strace in a
    // separate process.
    void walIsSyncedAtEveryCommit() {
        const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        if (strace.isEmpty()) {
            // scripts/test installs strace (WS_TEST_PACKAGES) and sets WS_REQUIRE_KEYRING: fail there.
            if (keyringRequired())
                QFAIL("strace is not installed, and scripts/test requires it (WS_TEST_PACKAGES)");
            QSKIP("strace is not installed (scripts/test installs it)");
        }
        QTemporaryDir tmp;
        const QString dir = QFileInfo(tmp.path()).canonicalFilePath();
        const QString log = tmp.filePath(QStringLiteral("strace.log"));
        const QString data = dir + QStringLiteral("/data");
        {
            SessionIndex index(data);
            QVERIFY(index.open().ok()); // the schema exists: the traced run commits sessions only
        }
        QProcess traced;
        traced.start(strace,
                     {QStringLiteral("-f"), QStringLiteral("-y"), QStringLiteral("-e"),
                      QStringLiteral("trace=fsync,fdatasync"), QStringLiteral("-o"), log, writerPath(), data,
                      QStringLiteral("s"), QStringLiteral("3"), QStringLiteral("1")});
        QVERIFY2(traced.waitForFinished(60000), qPrintable(traced.errorString()));
        QVERIFY2(traced.exitCode() == 0, traced.readAllStandardError().constData());
        const QString trace = QString::fromUtf8(readAll(log));
        // Three commits, each with a sync of the log (the checkpoint at close syncs the database too).
        const QRegularExpression walSync(
            QStringLiteral("f(data)?sync\\(\\d+<%1/sessions\\.db-wal>\\)\\s+=\\s+0")
                .arg(QRegularExpression::escape(data)));
        int syncs = 0;
        for (auto it = walSync.globalMatch(trace); it.hasNext(); it.next())
            ++syncs;
        QVERIFY2(syncs >= 3, qPrintable(trace));
        QCOMPARE(stored(data)->sessions.size(), size_t(3));
    }

    void garbageFileStartsEmpty() {
        QTemporaryDir tmp;
        const QByteArray garbage = QByteArrayLiteral("\x7f\x45\x4c\x46 not json at all \x00\x01");
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), garbage);
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(index.data().sessions.empty());
        QVERIFY(index.data().keys.empty());
        const QStringList aside = corruptFiles(tmp.path());
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(tmp.filePath(aside.first())), garbage);
        QVERIFY(index.recoveryNotice().contains(aside.first()));
        QVERIFY(stored(index.directory()).ok());
    }

    void newerVersionIsLeftAlone() {
        QTemporaryDir tmp;
        QJsonObject json = QJsonDocument::fromJson(serializeIndex(twoSessions())).object();
        json[QStringLiteral("version")] = 2;
        json[QStringLiteral("somethingNew")] = QStringLiteral("from the future");
        const QByteArray bytes = QJsonDocument(json).toJson();
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), bytes);

        SessionIndex index(tmp.path());
        const auto opened = index.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Storage);
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(opened.error().message));
        QCOMPARE(readAll(tmp.filePath(QStringLiteral("sessions.json"))), bytes);
        QVERIFY(corruptFiles(tmp.path()).isEmpty());

        // An update must not write a database beside it either.
        const auto updated = index.update([](IndexData& d) -> Result<void> {
            d = IndexData{};
            return {};
        });
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code, ErrorCode::Storage);
        QCOMPARE(readAll(tmp.filePath(QStringLiteral("sessions.json"))), bytes);
    }

    // Another connection holds the write lock (BEGIN IMMEDIATE) past the busy timeout: BUSY, nothing
    // written; once it lets go the update lands.
    void lockHeldElsewhereIsBusy() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        {
            QSqlDatabase holder =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(index.filePath());
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            index.setLockTimeout(std::chrono::milliseconds(300));
            QElapsedTimer timer;
            timer.start();
            const auto result = index.update([](IndexData& d) -> Result<void> {
                addSession(d, QStringLiteral("x"), 1);
                return {};
            });
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::Busy);
            QVERIFY(timer.elapsed() >= 250); // it waited for the timeout
            QVERIFY2(result.error().message.contains(QStringLiteral("Another Wallet Sessions process")),
                     qPrintable(result.error().message));
            QVERIFY(index.data().sessions.empty());
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY(stored(tmp.path())->sessions.empty());
        QVERIFY(index
                    .update([](IndexData& d) -> Result<void> {
                        addSession(d, QStringLiteral("x"), 1);
                        return {};
                    })
                    .ok());
    }

    // Another process holds the write lock for a while: within the busy timeout, the update waits for
    // it instead of failing (GUI, CLI and `serve` at once).
    void busyTimeoutWaitsForAnotherProcess() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QProcess holder;
        holder.start(writerPath(), {tmp.path(), QStringLiteral("--hold"), QStringLiteral("1500")});
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        index.setLockTimeout(std::chrono::seconds(10));
        QElapsedTimer timer;
        timer.start();
        const auto result = index.update([](IndexData& d) -> Result<void> {
            addSession(d, QStringLiteral("waited"), 1);
            return {};
        });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY2(timer.elapsed() >= 800, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(stored(tmp.path())->findSession(QStringLiteral("waited")));
    }

    // To switch a new file to write-ahead logging SQLite asks for the write lock while it holds the
    // read lock, and there it answers BUSY at once instead of calling its busy handler. Opening a new
    // index that another process holds a lock on (it is opening the same new index) waits within the
    // lock timeout instead of failing: one of four writers started together met this in CI.
    void walSwitchWaitsForALockHeldElsewhere() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        std::promise<bool> locked;
        // Another connection, in a thread of its own (a Qt SQL connection stays in its thread), creates
        // the file in rollback mode, holds its write lock for half a second, then lets go.
        std::thread holder([path = index.filePath(), &locked] {
            const QString name = QStringLiteral("wal-switch-holder");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QSqlQuery q(db);
                const bool holding = db.open() && q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) &&
                                     q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                locked.set_value(holding);
                QThread::msleep(500);
                q.exec(QStringLiteral("ROLLBACK"));
            }
            QSqlDatabase::removeDatabase(name);
        });
        const bool holding = locked.get_future().get();
        index.setLockTimeout(std::chrono::seconds(10));
        QElapsedTimer timer;
        timer.start();
        const auto opened = index.open();
        const qint64 waited = timer.elapsed();
        holder.join();
        QVERIFY(holding);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QVERIFY2(waited >= 300, qPrintable(QString::number(waited)));
        QVERIFY(index
                    .update([](IndexData& d) -> Result<void> {
                        addSession(d, QStringLiteral("after"), 1);
                        return {};
                    })
                    .ok());
        QVERIFY(stored(tmp.path())->findSession(QStringLiteral("after")));
    }

    // A writer SIGKILLed inside its transaction leaves no lock behind (the lock dies with the process)
    // and none of its change: the next update goes ahead at once.
    void writerKilledInsideItsTransactionLeavesNoLock() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(fillWithTwoSessions(index));
        QProcess holder;
        holder.start(writerPath(), {tmp.path(), QStringLiteral("--hold"), QStringLiteral("60000")});
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        holder.kill();
        QVERIFY(holder.waitForFinished(30000));
        index.setLockTimeout(std::chrono::milliseconds(500));
        const auto result = index.update([](IndexData& d) -> Result<void> {
            addSession(d, QStringLiteral("x"), 1);
            return {};
        });
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(stored(tmp.path())->sessions.size(), size_t(3));
    }

    void diskFullKeepsPreviousFile_data() {
        QTest::addColumn<bool>("async");
        QTest::newRow("update") << false;
        QTest::newRow("updateAsync") << true;
    }

    void diskFullKeepsPreviousFile() {
        QFETCH(bool, async);
        QTemporaryDir tmp;
        {
            SessionIndex index(tmp.path());
            QVERIFY(index.open().ok());
            QVERIFY(fillWithTwoSessions(index));
        }
        const QString file = tmp.filePath(QStringLiteral("sessions.db"));
        const QByteArray before = readAll(file);
        QVERIFY(!before.isEmpty());
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal"))); // checkpointed at close
        // Room for the database and its shared-memory index (32 KiB), not for the 64 KiB change.
        const qint64 limit = std::max<qint64>(before.size(), 32 * 1024) + 16 * 1024;

        QProcess writer;
        QStringList args{tmp.path(), QStringLiteral("--disk-full"), QString::number(limit)};
        if (async)
            args << QStringLiteral("--async");
        writer.start(writerPath(), args);
        QVERIFY2(writer.waitForFinished(60000), qPrintable(writer.errorString()));
        const QString out = QString::fromUtf8(writer.readAllStandardOutput());
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY2(out.startsWith(QStringLiteral("STORAGE\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Nothing was changed")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("sessions-in-memory 2 before 2")), qPrintable(out));
        QCOMPARE(readAll(file), before);
        QVERIFY(QDir(tmp.path())
                    .entryList({QStringLiteral("sessions.db.*")}, QDir::Files | QDir::Hidden)
                    .filter(QStringLiteral("corrupt"))
                    .isEmpty());
    }

    void concurrentWritersLoseNothing() {
        QTemporaryDir tmp;
        constexpr int kProcesses = 4;
        constexpr int kEach = 25;
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int p = 0; p < kProcesses; ++p) {
            auto proc = std::make_unique<QProcess>();
            proc->setProcessChannelMode(QProcess::MergedChannels);
            // Half of them queue everything at once through the writer thread's group commits.
            QStringList args{tmp.path(), QStringLiteral("w%1-").arg(p), QString::number(kEach),
                             QString::number(1000 * (p + 1))};
            if (p % 2 == 1)
                args << QStringLiteral("--async");
            proc->start(writerPath(), args);
            writers.push_back(std::move(proc));
        }
        for (auto& proc : writers) {
            QVERIFY2(proc->waitForFinished(180000), qPrintable(proc->errorString()));
            QCOMPARE(proc->exitStatus(), QProcess::NormalExit);
            QVERIFY2(proc->exitCode() == 0, proc->readAll().constData());
        }
        auto parsed = stored(tmp.path());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->sessions.size(), size_t(kProcesses * kEach));
        QCOMPARE(parsed->keys.size(), size_t(kProcesses * kEach));
        for (int p = 0; p < kProcesses; ++p) {
            for (int i = 0; i < kEach; ++i)
                QVERIFY(parsed->findSession(QStringLiteral("w%1-%2").arg(p).arg(i)));
        }
    }

    void asyncUpdatesLandInOrderAndAnswerOnceDataShowsThem() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QSignalSpy changed(&index, &SessionIndex::changed);
        constexpr int kCount = 40;
        std::vector<int> answers;
        bool inCall = true;
        for (int i = 0; i < kCount; ++i) {
            index.updateAsync(
                [i](IndexData& data) -> Result<void> {
                    addSession(data, QStringLiteral("s%1").arg(i), 100 + i);
                    return {};
                },
                this,
                [&, i](Result<void> r) {
                    QVERIFY(!inCall); // never from inside updateAsync()
                    QVERIFY(r.ok());
                    // The change is visible, and on disk, by the time the caller hears of it.
                    QVERIFY(index.data().findSession(QStringLiteral("s%1").arg(i)));
                    auto onDisk = stored(index.directory());
                    QVERIFY(onDisk.ok() && onDisk->findSession(QStringLiteral("s%1").arg(i)));
                    answers.push_back(i);
                });
        }
        inCall = false;
        QTRY_COMPARE_WITH_TIMEOUT(int(answers.size()), kCount, 30000);
        for (int i = 0; i < kCount; ++i)
            QCOMPARE(answers[i], i);
        QVERIFY(changed.count() >= 1);
        SessionIndex other(tmp.path());
        QVERIFY(other.open().ok());
        QCOMPARE(other.data().sessions.size(), size_t(kCount));
    }

    void asyncBatchRefusesOnlyTheFailingMutations() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        std::vector<Result<void>> outcomes;
        const auto collect = [&](Result<void> r) {
            outcomes.push_back(r);
        };
        index.updateAsync(
            [](IndexData& data) -> Result<void> {
                addSession(data, QStringLiteral("first"), 1);
                return {};
            },
            this, collect);
        index.updateAsync(
            [](IndexData& data) -> Result<void> {
                addSession(data, QStringLiteral("refused"), 2);
                return Error(ErrorCode::NotFound, QStringLiteral("changed my mind"));
            },
            this, collect);
        index.updateAsync(
            [](IndexData& data) -> Result<void> {
                data.activeSessionKey = QStringLiteral("nobody"); // breaks the index: refused by validation
                return {};
            },
            this, collect);
        index.updateAsync(
            [](IndexData& data) -> Result<void> {
                addSession(data, QStringLiteral("last"), 3);
                data.activeSessionKey = QStringLiteral("first");
                return {};
            },
            this, collect);
        QTRY_COMPARE_WITH_TIMEOUT(int(outcomes.size()), 4, 30000);
        QVERIFY(outcomes[0].ok());
        QCOMPARE(outcomes[1].error().code, ErrorCode::NotFound);
        QCOMPARE(outcomes[2].error().code, ErrorCode::Internal);
        QVERIFY(outcomes[3].ok());
        auto onDisk = stored(index.directory());
        QVERIFY(onDisk.ok());
        QCOMPARE(onDisk->sessions.size(), size_t(2));
        QVERIFY(onDisk->findSession(QStringLiteral("first")) && onDisk->findSession(QStringLiteral("last")));
        QCOMPARE(onDisk->activeSessionKey, QStringLiteral("first"));
        QCOMPARE(index.data().sessions.size(), size_t(2));
    }

    void asyncAndSyncUpdatesBothLand() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        bool answered = false;
        index.updateAsync(
            [](IndexData& data) -> Result<void> {
                addSession(data, QStringLiteral("async"), 1);
                return {};
            },
            this, [&](Result<void> r) { answered = r.ok(); });
        QVERIFY(index
                    .update([](IndexData& data) -> Result<void> {
                        addSession(data, QStringLiteral("sync"), 2);
                        return {};
                    })
                    .ok());
        QVERIFY(index.data().findSession(QStringLiteral("sync")));
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY(index.data().findSession(QStringLiteral("async")));
        QVERIFY(index.data().findSession(QStringLiteral("sync")));
        auto onDisk = stored(index.directory());
        QVERIFY(onDisk.ok());
        QCOMPARE(onDisk->sessions.size(), size_t(2));
    }

    void asyncAnswerIsDroppedWhenTheContextDies() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        auto context = std::make_unique<QObject>();
        bool called = false;
        index.updateAsync(
            [](IndexData& data) -> Result<void> {
                addSession(data, QStringLiteral("orphan"), 1);
                return {};
            },
            context.get(), [&](Result<void>) { called = true; });
        context.reset();
        // The write itself still happens; only the answer has nobody to go to.
        QTRY_VERIFY_WITH_TIMEOUT(index.data().findSession(QStringLiteral("orphan")), 30000);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void forgottenKeyLeavesDataAtOnceAndTheFileWithTheNextWrite() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(fillWithTwoSessions(index));
        const QString doomed = fakePublicKey(7);
        const QString live = fakePublicKey(1);
        QSignalSpy changed(&index, &SessionIndex::changed);
        index.forgetDeletedKey(doomed);
        index.forgetDeletedKey(live); // not Doomed: a record some session uses is never dropped
        QCOMPARE(changed.count(), 1);
        QVERIFY(index.data().keys.find(doomed) == index.data().keys.end());
        QVERIFY(index.data().keys.find(live) != index.data().keys.end());
        // Not written yet: the drop waits for the next write.
        QVERIFY(stored(index.directory())->keys.count(doomed) == 1);
        QVERIFY(touchFirstSession(index));
        const auto onDisk = stored(index.directory());
        QVERIFY(onDisk.ok());
        QCOMPARE(onDisk->keys.count(doomed), size_t(0));
        QCOMPARE(onDisk->keys.count(live), size_t(1));
        QVERIFY(index.data().keys.find(doomed) == index.data().keys.end());
    }

    void forgottenKeyIsWrittenBehind() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(fillWithTwoSessions(index));
        const QString doomed = fakePublicKey(7);
        index.forgetDeletedKey(doomed);
        QVERIFY(stored(index.directory())->keys.count(doomed) == 1);
        // Nothing else writes: the drop reaches the file on its own, within the write-behind delay.
        QTRY_VERIFY_WITH_TIMEOUT(stored(index.directory())->keys.count(doomed) == 0,
                                 int(SessionIndex::kWriteBehindDelay.count()) + 10000);
        QCOMPARE(stored(index.directory())->sessions.size(), size_t(2));
    }

    void forgottenKeyIsWrittenWhenTheIndexCloses() {
        QTemporaryDir tmp;
        const QString doomed = fakePublicKey(7);
        {
            SessionIndex index(tmp.path());
            QVERIFY(index.open().ok());
            QVERIFY(fillWithTwoSessions(index));
            index.forgetDeletedKey(doomed);
            QVERIFY(stored(index.directory())->keys.count(doomed) == 1);
        }
        const auto onDisk = stored(tmp.path());
        QVERIFY(onDisk.ok());
        QCOMPARE(onDisk->keys.count(doomed), size_t(0));
        QCOMPARE(onDisk->sessions.size(), size_t(2));
    }

    void forgottenKeyStaysDroppedWhenAnotherProcessWrites() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(fillWithTwoSessions(index));
        const QString doomed = fakePublicKey(7);
        index.forgetDeletedKey(doomed);
        // Another process writes the file, still holding the Doomed record it read.
        QProcess writer;
        writer.start(writerPath(),
                     {tmp.path(), QStringLiteral("other-"), QStringLiteral("1"), QStringLiteral("500")});
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(index.reload().ok());
        QCOMPARE(index.data().sessions.size(), size_t(3));
        QVERIFY(index.data().keys.find(doomed) == index.data().keys.end());
        QVERIFY(touchFirstSession(index));
        const auto onDisk = stored(index.directory());
        QVERIFY(onDisk.ok());
        QCOMPARE(onDisk->keys.count(doomed), size_t(0));
        QCOMPARE(onDisk->sessions.size(), size_t(3));
    }

    void watcherSeesAnotherInstance() {
        QTemporaryDir tmp;
        SessionIndex a(tmp.path());
        QVERIFY(a.open().ok());
        QSignalSpy spy(&a, &SessionIndex::changed);
        SessionIndex b(tmp.path());
        QVERIFY(b.open().ok());
        // Seen by the data_version poll, within a second.
        QVERIFY(b.update([](IndexData& d) -> Result<void> {
                     addSession(d, QStringLiteral("from-b"), 1);
                     return {};
                 }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(a.data().findSession(QStringLiteral("from-b")), 10000);
        QVERIFY(spy.count() >= 1);
        // And every later commit too.
        for (int i = 2; i < 5; ++i) {
            const QString label = QStringLiteral("from-b-%1").arg(i);
            QVERIFY(b.update([&](IndexData& d) -> Result<void> {
                         addSession(d, label, i);
                         return {};
                     }).ok());
            QTRY_VERIFY_WITH_TIMEOUT(a.data().findSession(label), 10000);
        }
        // And a's own update starts from what b wrote.
        QVERIFY(a.update([](IndexData& d) -> Result<void> {
                     addSession(d, QStringLiteral("from-a"), 9);
                     return {};
                 }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(b.data().findSession(QStringLiteral("from-a")), 10000);
        QCOMPARE(b.data().sessions.size(), size_t(5));
    }

    void watcherSeesAnotherProcess() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(index
                    .update([](IndexData& d) -> Result<void> {
                        addSession(d, QStringLiteral("mine"), 1);
                        return {};
                    })
                    .ok());
        QSignalSpy spy(&index, &SessionIndex::changed);
        QProcess writer;
        writer.start(writerPath(),
                     {tmp.path(), QStringLiteral("theirs-"), QStringLiteral("3"), QStringLiteral("50")});
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(index.data().sessions.size(), size_t(4), 10000);
        QVERIFY(spy.count() >= 1);
        QVERIFY(index.data().findSession(QStringLiteral("theirs-2")));
    }

    void reloadIsExplicitToo() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QSignalSpy spy(&index, &SessionIndex::changed);
        QVERIFY(index.reload().ok());
        QCOMPARE(spy.count(), 0);       // nothing changed
        SessionIndex other(tmp.path()); // another connection, as another process has
        QVERIFY(other.open().ok());
        QVERIFY(fillWithTwoSessions(other));
        QVERIFY(index.reload().ok());
        QVERIFY(spy.count() >= 1);
        QCOMPARE(index.data().sessions.size(), size_t(2));
    }

    void defaultDirectoryUsesAppData() {
        QCOMPARE(SessionIndex::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QVERIFY(!SessionIndex::defaultDirectory().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionIndex)
#include "tst_sessionindex.moc"
