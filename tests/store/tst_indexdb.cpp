// sessions.db itself: the pragmas every connection runs with, the schema version, writes of only the
// rows that changed, another connection's commits seen through PRAGMA data_version, the import of
// every shipped sessions.json format (tests/data/index-json), the merge of a sessions.json that shows
// up after the import, and a crash in the middle of the import.
#include "StoreTestData.h"
#include "TestEnvironment.h"
#include "store/IndexDb.h"
#include "store/IndexStore.h"
#include "store/SessionIndex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <memory>
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

QString fixture(const QString& name) {
    return qEnvironmentVariable("WS_SHARED_FIXTURES") +
           QStringLiteral("/index-json/sessions-%1.json").arg(name);
}

QStringList filesLike(const QString& dir, const QString& pattern) {
    return QDir(dir).entryList({pattern}, QDir::Files | QDir::Hidden);
}

QString writerPath() {
    return binDir() + QStringLiteral("/index_writer");
}

// One statement on a connection of its own (as another program would have).
QVariant pragma(const QString& path, const QString& statement) {
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

IndexData manySessions(int count) {
    IndexData data;
    for (int i = 0; i < count; ++i)
        addSession(data, QStringLiteral("s%1").arg(i, 6, 10, QLatin1Char('0')), i + 1);
    data.activeSessionKey = data.sessions.begin()->first;
    return data;
}

// WAL frames one commit that changes one session's last error appends, in a store of `count`.
int framesForOneChange(int count) {
    QTemporaryDir tmp;
    SessionIndex index(tmp.path());
    if (!index.open())
        return -1;
    const IndexData data = manySessions(count);
    if (!index.update([&](IndexData& d) -> Result<void> {
            d = data;
            return {};
        }))
        return -1;
    const QString wal = index.filePath() + QStringLiteral("-wal");
    if (pragma(index.filePath(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt() != 0)
        return -1; // busy: column 0 is 1
    if (QFileInfo(wal).size() != 0)
        return -1;
    const QString label = QStringLiteral("s%1").arg(count / 2, 6, 10, QLatin1Char('0'));
    if (!index.update([&](IndexData& d) -> Result<void> {
            d.sessions.at(label).lastError = QStringLiteral("changed");
            return {};
        }))
        return -1;
    constexpr qint64 kHeader = 32;
    const qint64 frame = 24 + pragma(index.filePath(), QStringLiteral("PRAGMA page_size")).toLongLong();
    return int((QFileInfo(wal).size() - kHeader) / frame);
}

} // namespace

class TestIndexDb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectionRunsInWalWithFullSyncAndABusyTimeout() {
        QTemporaryDir tmp;
        IndexDb db(tmp.filePath(QStringLiteral("sessions.db")));
        db.setBusyTimeout(std::chrono::milliseconds(5000));
        QVERIFY(db.open().ok());
        auto connection = db.connection();
        QVERIFY(connection.ok());
        QSqlQuery q(*connection);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5000);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), IndexDb::kSchemaVersion);
        // A change of the timeout reaches the connection that is already open.
        db.setBusyTimeout(std::chrono::milliseconds(1234));
        connection = db.connection();
        QSqlQuery again(*connection);
        QVERIFY(again.exec(QStringLiteral("PRAGMA busy_timeout")) && again.next());
        QCOMPARE(again.value(0).toInt(), 1234);
        // journal_mode is stored in the file: another program opening it gets WAL too.
        QCOMPARE(pragma(db.path(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    // Another program holds the file exclusively while a new connection is set up: its first pragma is
    // answered BUSY after the timeout, and that is the error, in one sentence naming the wait. (Turning
    // that answer into the error re-took the lock connection() holds: the process waited on itself for
    // ever, as a CI run's tst_sessionindex did under load.)
    void aBusyAnswerWhileConnectingIsAnErrorNotAHang() {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("sessions.db"));
        {
            IndexDb first(path);
            QVERIFY(first.open().ok());
        }
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("PRAGMA user_version=%1").arg(IndexDb::kSchemaVersion)));

        auto* db = new IndexDb(path); // left behind if it hangs: its destructor would wait on the same lock
        db->setBusyTimeout(std::chrono::milliseconds(300));
        auto outcome = std::make_shared<std::atomic<int>>(0); // 0 running, 1 error BUSY, 2 anything else
        std::thread([db, outcome] {
            const Result<QSqlDatabase> connection = db->connection();
            *outcome = (!connection.ok() && connection.error().code == ErrorCode::Busy) ? 1 : 2;
        }).detach();
        QTRY_VERIFY_WITH_TIMEOUT(*outcome != 0, 20000);
        QCOMPARE(int(*outcome), 1);
        lock.exec(QStringLiteral("ROLLBACK"));
        lock.finish();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        delete db;
    }

    // The writer thread has a connection of its own (a QSqlDatabase belongs to its thread).
    void eachThreadHasItsOwnConnection() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        bool answered = false;
        index.updateAsync(
            [](IndexData& d) -> Result<void> {
                addSession(d, QStringLiteral("async"), 1);
                return {};
            },
            this, [&](Result<void> r) { answered = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY(index
                    .update([](IndexData& d) -> Result<void> {
                        addSession(d, QStringLiteral("sync"), 2);
                        return {};
                    })
                    .ok());
        QCOMPARE(IndexStore::readSnapshot(tmp.path())->sessions.size(), size_t(2));
        QVERIFY(QSqlDatabase::connectionNames().size() >= 2);
    }

    // Schema 1 (before sessions kept how they were created) is upgraded in place when opened: its rows
    // are kept, with an unknown sign-in method, and the new column is written and read from then on.
    void schemaOneIsUpgradedInPlace() {
        QTemporaryDir tmp;
        {
            SessionIndex index(tmp.path());
            QVERIFY(index.open().ok());
            QVERIFY(index
                        .update([](IndexData& d) -> Result<void> {
                            addSession(d, QStringLiteral("old"), 1);
                            return {};
                        })
                        .ok());
        }
        // Back to exactly schema 1: the column it did not have, and its version.
        const QString path = tmp.filePath(QStringLiteral("sessions.db"));
        pragma(path, QStringLiteral("ALTER TABLE sessions DROP COLUMN sign_in_method"));
        pragma(path, QStringLiteral("PRAGMA user_version=1"));
        QCOMPARE(pragma(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);

        SessionIndex index(tmp.path());
        const auto opened = index.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        QCOMPARE(pragma(path, QStringLiteral("PRAGMA user_version")).toInt(), IndexDb::kSchemaVersion);
        const SessionRecord* old = index.data().findSession(QStringLiteral("old"));
        QVERIFY(old);
        QCOMPARE(old->signInMethod, QString());
        QVERIFY(index
                    .update([](IndexData& d) -> Result<void> {
                        d.findSession(QStringLiteral("old"))->signInMethod =
                            QStringLiteral("email:ann@example.com");
                        return {};
                    })
                    .ok());
        const auto reread = IndexStore::readSnapshot(tmp.path());
        QVERIFY(reread.ok());
        QCOMPARE(reread->findSession(QStringLiteral("old"))->signInMethod,
                 QStringLiteral("email:ann@example.com"));
    }

    void newerSchemaIsLeftAlone() {
        QTemporaryDir tmp;
        {
            SessionIndex index(tmp.path());
            QVERIFY(index.open().ok());
        }
        const QString path = tmp.filePath(QStringLiteral("sessions.db"));
        pragma(path, QStringLiteral("PRAGMA user_version=%1").arg(IndexDb::kSchemaVersion + 1));
        const QByteArray before = readAll(path);
        SessionIndex index(tmp.path());
        const auto opened = index.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Storage);
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(opened.error().message));
        const auto updated = index.update([](IndexData& d) -> Result<void> {
            addSession(d, QStringLiteral("x"), 1);
            return {};
        });
        QVERIFY(!updated.ok());
        QCOMPARE(readAll(path), before);
        QVERIFY(filesLike(tmp.path(), QStringLiteral("sessions.db.corrupt-*")).isEmpty());
    }

    // A commit writes the rows that changed, not the table: as many pages for one change in 5 000
    // sessions as in 10.
    void oneChangeWritesOnlyItsRows() {
        const int small = framesForOneChange(10);
        const int large = framesForOneChange(5000);
        QVERIFY2(small > 0 && large > 0, qPrintable(QStringLiteral("%1 %2").arg(small).arg(large)));
        // The leaf page of the row, its parents up to the root, the meta row: a handful of pages.
        QVERIFY2(large <= small + 3,
                 qPrintable(QStringLiteral("10: %1 pages, 5000: %2 pages").arg(small).arg(large)));
        QVERIFY2(large <= 8, qPrintable(QString::number(large)));
    }

    // Claims live in columns: a session loads without its token being decoded again, and what
    // loads equals what was stored, field by field.
    void rowsRoundTripEveryField() {
        QTemporaryDir tmp;
        IndexData data;
        addSession(data, QStringLiteral("full"), 1);
        SessionRecord& s = data.sessions.at(QStringLiteral("full"));
        s.refreshedAt = QDateTime::fromMSecsSinceEpoch(1767225601999, Qt::UTC);
        s.autoRefresh = false;
        s.serverState = ServerState::Revoking;
        s.lastError = QStringLiteral("NETWORK: refused");
        s.lease = SessionLease{77, QStringLiteral("host-a"),
                               QDateTime::fromMSecsSinceEpoch(1767225602000, Qt::UTC)};
        s.username = QStringLiteral("alice");
        s.organizationName = QStringLiteral("Org A");
        s.token.claims.sessionProfileId = QStringLiteral("profile");
        s.token.claims.scope = QStringLiteral("scope");
        KeyRecord& k = data.keys.at(fakePublicKey(1));
        k.kind = KeyKind::ApiKey;
        k.held = true;
        k.heldReason = QStringLiteral("why");
        k.store = KeyStoreKind::Tpm;
        data.keys[fakePublicKey(2)] = makeKey(fakePublicKey(2), KeyState::Doomed);
        data.activeSessionKey = QStringLiteral("full");
        {
            SessionIndex index(tmp.path());
            QVERIFY(index.open().ok());
            QVERIFY(index
                        .update([&](IndexData& d) -> Result<void> {
                            d = data;
                            return {};
                        })
                        .ok());
        }
        const auto loaded = IndexStore::readSnapshot(tmp.path());
        QVERIFY(loaded.ok());
        QCOMPARE(serializeIndex(*loaded), serializeIndex(data));
        const SessionRecord& back = loaded->sessions.at(QStringLiteral("full"));
        QCOMPARE(back.token.raw, s.token.raw);
        QVERIFY(back.token.claims == s.token.claims);
        QCOMPARE(back.lease.pid, qint64(77));
        QCOMPARE(back.refreshedAt, s.refreshedAt);
    }

    // Another connection's commit is seen within a second, by the poll alone, and announced once.
    void anotherConnectionsCommitIsSeenWithinASecond() {
        QTemporaryDir tmp;
        SessionIndex a(tmp.path());
        QVERIFY(a.open().ok());
        SessionIndex b(tmp.path());
        QVERIFY(b.open().ok());
        QSignalSpy spy(&a, &SessionIndex::changed);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(b.update([](IndexData& d) -> Result<void> {
                     addSession(d, QStringLiteral("from-b"), 1);
                     return {};
                 }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(a.data().findSession(QStringLiteral("from-b")), 5000);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(spy.count(), 1);
        // Nothing more happens while nothing changes.
        QTest::qWait(int(SessionIndex::kPollInterval.count()) * 3);
        QCOMPARE(spy.count(), 1);
        QVERIFY(a.reload().ok());
        QCOMPARE(spy.count(), 1);
    }

    void everyShippedFormatIsImported_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("sessions");
        QTest::addColumn<int>("keys");
        QTest::addColumn<QString>("active");
        QTest::newRow("1a initial (2026-11-23)")
            << QStringLiteral("v1a-initial") << 2 << 5 << QStringLiteral("work");
        QTest::newRow("1b leases, held keys") << QStringLiteral("v1b-leases-held") << 2 << 3 << QString();
        QTest::newRow("1c display names") << QStringLiteral("v1c-names") << 2 << 2 << QStringLiteral("work");
        QTest::newRow("1d key store") << QStringLiteral("v1d-keystore") << 2 << 2 << QStringLiteral("tpm");
    }

    void everyShippedFormatIsImported() {
        QFETCH(QString, name);
        QFETCH(int, sessions);
        QFETCH(int, keys);
        QFETCH(QString, active);
        const QByteArray json = readAll(fixture(name));
        QVERIFY2(!json.isEmpty(), qPrintable(fixture(name)));
        const auto expected = parseIndex(json);
        QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().toString()));
        QTemporaryDir tmp;
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), json);

        SessionIndex index(tmp.path());
        const auto opened = index.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QVERIFY2(index.recoveryNotice().isEmpty(), qPrintable(index.recoveryNotice()));
        QCOMPARE(int(index.data().sessions.size()), sessions);
        QCOMPARE(int(index.data().keys.size()), keys);
        QCOMPARE(index.data().activeSessionKey, active);
        QCOMPARE(serializeIndex(index.data()), serializeIndex(*expected));
        // Renamed aside, never deleted, byte for byte.
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("sessions.json"))));
        const QStringList aside = filesLike(tmp.path(), QStringLiteral("sessions.json.migrated-*"));
        QCOMPARE(aside.size(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("^sessions\\.json\\.migrated-\\d{8}T\\d{6}Z$"))
                    .match(aside.first())
                    .hasMatch());
        QCOMPARE(readAll(tmp.filePath(aside.first())), json);
        // Another program sees the same; a second start imports nothing.
        QCOMPARE(serializeIndex(*IndexStore::readSnapshot(tmp.path())), serializeIndex(*expected));
        SessionIndex again(tmp.path());
        QVERIFY(again.open().ok());
        QVERIFY(again.recoveryNotice().isEmpty());
        QCOMPARE(serializeIndex(again.data()), serializeIndex(*expected));
    }

    // An older version run again after the import writes a new sessions.json: never imported over
    // the database; the sessions it lacks are merged by session key, the rest kept as they are, keys
    // no session uses are held, the file is renamed aside and the user is told.
    void lateJsonIsMergedBySessionKey() {
        QTemporaryDir tmp;
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY(index
                    .update([](IndexData& d) -> Result<void> {
                        addSession(d, QStringLiteral("work"), 1);
                        d.sessions.at(QStringLiteral("work")).lastError = QStringLiteral("the database's");
                        d.activeSessionKey = QStringLiteral("work");
                        return {};
                    })
                    .ok());
        IndexData old;
        addSession(old, QStringLiteral("work"), 11); // same label, another key: the database's wins
        addSession(old, QStringLiteral("legacy"), 12);
        old.keys[fakePublicKey(13)] = makeKey(fakePublicKey(13), KeyState::Pending);
        old.activeSessionKey = QStringLiteral("legacy");
        const QByteArray json = serializeIndex(old);
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), json);

        SessionIndex next(tmp.path());
        QVERIFY(next.open().ok());
        const QStringList aside = filesLike(tmp.path(), QStringLiteral("sessions.json.merged-*"));
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(tmp.filePath(aside.first())), json);
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("sessions.json"))));
        const IndexData& d = next.data();
        QCOMPARE(d.sessions.size(), size_t(2));
        QCOMPARE(d.sessions.at(QStringLiteral("work")).lastError, QStringLiteral("the database's"));
        QCOMPARE(d.sessions.at(QStringLiteral("work")).token.claims.publicKey, fakePublicKey(1));
        QVERIFY(d.findSession(QStringLiteral("legacy")));
        QCOMPARE(d.activeSessionKey, QStringLiteral("work")); // the database's choice stays
        // The old "work" key and the pending one: no session uses them, so they are held.
        QVERIFY(d.keys.at(fakePublicKey(11)).held);
        QVERIFY(d.keys.at(fakePublicKey(13)).held);
        QVERIFY(d.keys.at(fakePublicKey(11)).heldReason.contains(aside.first()));
        QVERIFY(!d.keys.at(fakePublicKey(12)).held);
        QVERIFY(!d.keys.at(fakePublicKey(1)).held);
        const QString notice = next.recoveryNotice();
        QVERIFY2(notice.contains(QStringLiteral("did not have them: 1 session(s).")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("already had them: 1 session(s).")), qPrintable(notice));
        QVERIFY2(notice.contains(aside.first()), qPrintable(notice));
        // The running index sees the merge like any other process's commit.
        QTRY_VERIFY_WITH_TIMEOUT(index.data().findSession(QStringLiteral("legacy")), 5000);
        SessionIndex third(tmp.path());
        QVERIFY(third.open().ok());
        QVERIFY(third.recoveryNotice().isEmpty());
    }

    // A crash after the import's commit but before the rename: the next start sees the file's digest
    // in the database and only renames it.
    void importedFileLeftInPlaceIsOnlyRenamed() {
        QTemporaryDir tmp;
        const QByteArray json = readAll(fixture(QStringLiteral("v1c-names")));
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), json);
        {
            SessionIndex index(tmp.path());
            QVERIFY(index.open().ok());
        }
        const QStringList first = filesLike(tmp.path(), QStringLiteral("sessions.json.migrated-*"));
        QCOMPARE(first.size(), 1);
        QVERIFY(QFile::copy(tmp.filePath(first.first()), tmp.filePath(QStringLiteral("sessions.json"))));
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QVERIFY2(index.recoveryNotice().isEmpty(), qPrintable(index.recoveryNotice()));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("sessions.json"))));
        QVERIFY(filesLike(tmp.path(), QStringLiteral("sessions.json.merged-*")).isEmpty());
        QCOMPARE(index.data().sessions.size(), size_t(2));
    }

    // SIGKILL a program in the middle of importing a large sessions.json, many times: each time the
    // import happened entirely or not at all (the file is still there and the database holds nothing),
    // and the next start finishes it.
    void crashDuringImportLeavesTheJsonAuthoritative() {
        const int count = 4000;
        const IndexData data = manySessions(count);
        const QByteArray json = serializeIndex(data);
        QTemporaryDir tmp;
        QElapsedTimer timer;
        // How long an uninterrupted start takes: the kills are spread over it.
        {
            const QString dir = tmp.filePath(QStringLiteral("timing"));
            QVERIFY(QDir().mkpath(dir));
            writeAll(dir + QStringLiteral("/sessions.json"), json);
            QProcess start;
            timer.start();
            start.start(writerPath(),
                        {dir, QStringLiteral("none"), QStringLiteral("0"), QStringLiteral("1")});
            QVERIFY(start.waitForFinished(120000));
            QCOMPARE(start.exitCode(), 0);
        }
        const qint64 full = std::max<qint64>(timer.elapsed(), 20);
        int interrupted = 0;
        for (int trial = 0; trial < 12; ++trial) {
            const QString dir = tmp.filePath(QStringLiteral("trial%1").arg(trial));
            QVERIFY(QDir().mkpath(dir));
            writeAll(dir + QStringLiteral("/sessions.json"), json);
            QProcess start;
            start.start(writerPath(),
                        {dir, QStringLiteral("none"), QStringLiteral("0"), QStringLiteral("1")});
            QVERIFY(start.waitForStarted(30000));
            QTest::qSleep(int(full * (trial + 1) / 14));
            start.kill();
            QVERIFY(start.waitForFinished(30000));
            const bool jsonThere = QFile::exists(dir + QStringLiteral("/sessions.json"));
            const auto now = IndexStore::readSnapshot(dir);
            QVERIFY2(now.ok(), qPrintable(now.ok() ? QString() : now.error().toString()));
            if (jsonThere) {
                // Not imported yet, or imported but not yet renamed: all or nothing in the database.
                QVERIFY2(now->sessions.empty() || int(now->sessions.size()) == count,
                         qPrintable(QString::number(now->sessions.size())));
                if (now->sessions.empty())
                    ++interrupted;
            } else {
                QCOMPARE(int(now->sessions.size()), count);
            }
            SessionIndex index(dir);
            QVERIFY(index.open().ok());
            QCOMPARE(int(index.data().sessions.size()), count);
            QCOMPARE(serializeIndex(index.data()), json);
            QVERIFY(!QFile::exists(dir + QStringLiteral("/sessions.json")));
            QCOMPARE(filesLike(dir, QStringLiteral("sessions.json.migrated-*")).size(), 1);
            QVERIFY(filesLike(dir, QStringLiteral("sessions.json.merged-*")).isEmpty());
        }
        QVERIFY2(interrupted > 0, "no kill landed before the import's commit");
    }

    // A full disk during the import: nothing is imported, the file stays, the next start succeeds.
    void fullDiskDuringImportLeavesTheJson() {
        QTemporaryDir tmp;
        const QByteArray json = serializeIndex(manySessions(300));
        writeAll(tmp.filePath(QStringLiteral("sessions.json")), json);
        QProcess writer;
        writer.start(writerPath(),
                     {tmp.path(), QStringLiteral("--open-disk-full"), QString::number(64 * 1024)});
        QVERIFY(writer.waitForFinished(60000));
        const QString out = QString::fromUtf8(writer.readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("STORAGE")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("imported at the next start")), qPrintable(out));
        QCOMPARE(readAll(tmp.filePath(QStringLiteral("sessions.json"))), json);
        QVERIFY(IndexStore::readSnapshot(tmp.path())->sessions.empty());
        SessionIndex index(tmp.path());
        QVERIFY(index.open().ok());
        QCOMPARE(index.data().sessions.size(), size_t(300));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("sessions.json"))));
    }
};

QTEST_GUILESS_MAIN(TestIndexDb)
#include "tst_indexdb.moc"
