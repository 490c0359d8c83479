// A commit writes only the rows its mutations named (RecordMap, AcceptedRows, diffNamedRows): every
// way to change a record must name its row, the named diff must equal the whole-map diff, a refused
// mutation in a batch must be undone exactly, and after any sequence of commits the database must hold
// exactly what data() shows. A row a commit forgot to write would be a session lost at the next start.
#include "StoreTestData.h"
#include "store/AcceptedRows.h"
#include "store/IndexRows.h"
#include "store/IndexStore.h"
#include "store/KeyUsers.h"
#include "store/SessionIndex.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <utility>

using namespace ws;
using namespace ws::test;

namespace {

IndexData sample(int sessions) {
    IndexData data;
    for (int i = 0; i < sessions; ++i)
        addSession(data, QStringLiteral("s%1").arg(i), i);
    if (sessions > 0)
        data.activeSessionKey = QStringLiteral("s0");
    data.sessions.forgetTouched();
    data.keys.forgetTouched();
    return data;
}

// The rows a diff writes, as comparable text.
QStringList describe(const indexrows::RowDiff& diff) {
    QStringList out;
    for (const auto* entry : diff.sessionUpserts)
        out << QStringLiteral("session+ ") + entry->first + QLatin1Char(' ') + entry->second.lastError;
    for (const QString& key : diff.sessionDeletes)
        out << QStringLiteral("session- ") + key;
    for (const auto* entry : diff.keyUpserts)
        out << QStringLiteral("key+ ") + entry->first + QLatin1Char(' ') + keyStateName(entry->second.state);
    for (const QString& key : diff.keyDeletes)
        out << QStringLiteral("key- ") + key;
    if (diff.activeChanged)
        out << QStringLiteral("active");
    out.sort();
    return out;
}

// One random change through the map's own operations, as the flows make them.
void randomChange(IndexData& data, QRandomGenerator& random, int& nextNumber) {
    const int n = int(random.bounded(40));
    const QString label = QStringLiteral("s%1").arg(n);
    switch (random.bounded(9)) {
    case 0:
        if (SessionRecord* s = data.findSession(label))
            s->lastError = QString::number(random.generate());
        break;
    case 1:
        data.sessions.erase(label);
        if (data.activeSessionKey == label)
            data.activeSessionKey.clear();
        break;
    case 2: {
        const int number = nextNumber++;
        data.sessions.insert_or_assign(label, makeSession(label, fakePublicKey(number)));
        data.keys.emplace(fakePublicKey(number), makeKey(fakePublicKey(number)));
        break;
    }
    case 3:
        if (auto it = data.keys.find(fakePublicKey(n)); it != data.keys.end())
            it->second.state = KeyState::Doomed;
        break;
    case 4:
        if (auto it = data.keys.find(fakePublicKey(n)); it != data.keys.end())
            data.keys.erase(it);
        break;
    case 5:
        data.keys[fakePublicKey(1000 + n)] = makeKey(fakePublicKey(1000 + n), KeyState::Pending);
        break;
    case 6:
        if (data.findSession(label))
            data.activeSessionKey = label;
        break;
    case 7: // a loop that may change any record: names every row
        for (auto& [key, record] : data.keys)
            if (record.state == KeyState::Pending && random.bounded(2) == 0)
                record.held = true;
        break;
    default:
        if (data.sessions.contains(label))
            data.sessions.at(label).autoRefresh = !data.sessions.at(label).autoRefresh;
        break;
    }
}

// The session a pass over every session finds for `publicKey`: what sessionUsingKey must answer.
const SessionRecord* firstUserByPass(const IndexData& data, const QString& publicKey) {
    for (const auto& [label, session] : data.sessions)
        if (session.token.claims.publicKey == publicKey)
            return &session;
    return nullptr;
}

// Where sessionUsingKey (through the key index) and a pass disagree, for every key some session uses
// and a few that none may.
QStringList keyUserMismatches(const IndexData& data, int highestNumber, QRandomGenerator& random) {
    QStringList keys;
    for (const auto& [label, session] : data.sessions)
        keys << session.token.claims.publicKey;
    for (int i = 0; i < 8; ++i)
        keys << fakePublicKey(int(random.bounded(highestNumber + 1)));
    QStringList out;
    for (const QString& key : std::as_const(keys)) {
        const SessionRecord* expected = firstUserByPass(data, key);
        const SessionRecord* found = data.sessionUsingKey(key);
        if (found != expected)
            out << key.left(12) + QStringLiteral(": ") +
                       (found ? found->sessionKey : QStringLiteral("none")) + QStringLiteral(" instead of ") +
                       (expected ? expected->sessionKey : QStringLiteral("none"));
    }
    return out;
}

// A change that moves public keys between sessions: a new key, another session's key (two sessions
// sharing one), or a session renamed (erased and stored again under another label).
void randomKeyMove(IndexData& data, QRandomGenerator& random, int& nextNumber) {
    const QString label = QStringLiteral("s%1").arg(random.bounded(40));
    const QString other = QStringLiteral("s%1").arg(random.bounded(40));
    switch (random.bounded(3)) {
    case 0:
        if (SessionRecord* s = data.findSession(label))
            s->token.claims.publicKey = fakePublicKey(nextNumber++);
        break;
    case 1:
        if (const SessionRecord* from = data.findSession(other))
            if (SessionRecord* to = data.findSession(label))
                to->token.claims.publicKey = from->token.claims.publicKey;
        break;
    default:
        if (const auto it = data.sessions.find(label);
            it != data.sessions.end() && !data.findSession(other)) {
            SessionRecord moved = it->second;
            data.sessions.erase(it);
            moved.sessionKey = other;
            data.sessions.emplace(other, std::move(moved));
            if (data.activeSessionKey == label)
                data.activeSessionKey = other;
        }
        break;
    }
}

} // namespace

class TestRecordMap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyChangeNamesItsRow() {
        RecordMap<KeyRecord> keys;
        keys.emplace(QStringLiteral("a"), makeKey(fakePublicKey(1)));
        keys.insert_or_assign(QStringLiteral("b"), makeKey(fakePublicKey(2)));
        keys[QStringLiteral("c")].held = true;
        keys.insert({QStringLiteral("d"), makeKey(fakePublicKey(4))});
        keys.forgetTouched();
        QVERIFY(keys.touched().isEmpty());

        // Reads through a const map name nothing.
        const auto& reader = std::as_const(keys);
        QVERIFY(reader.find(QStringLiteral("a")) != reader.end());
        QCOMPARE(int(reader.count(QStringLiteral("b"))), 1);
        for (const auto& entry : reader)
            Q_UNUSED(entry);
        QVERIFY(keys.touched().isEmpty());
        QVERIFY(!keys.allTouched());

        keys.find(QStringLiteral("a"))->second.held = true;
        keys.at(QStringLiteral("b")).held = true;
        keys.erase(keys.find(QStringLiteral("c")));
        keys.erase(QStringLiteral("d"));
        keys.emplace_hint(keys.end(), QStringLiteral("e"), makeKey(fakePublicKey(5)));
        QCOMPARE(keys.touched(), (QSet<QString>{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                QStringLiteral("d"), QStringLiteral("e")}));
        QVERIFY(!keys.allTouched());

        // A mutable loop can change any record: every row counts as named.
        for (auto& entry : keys)
            Q_UNUSED(entry);
        QVERIFY(keys.allTouched());
        keys.forgetTouched();
        keys.clear();
        QVERIFY(keys.allTouched());
    }

    void tooManyNamedRowsNameThemAll() {
        RecordMap<KeyRecord> keys;
        for (int i = 0; i < RecordMap<KeyRecord>::kMaxNamedRows + 1; ++i)
            keys.emplace(fakePublicKey(i), makeKey(fakePublicKey(i)));
        QVERIFY(keys.allTouched());
        QVERIFY(keys.touched().isEmpty()); // not a set as large as the map
    }

    // The named diff is the whole diff, for any sequence of changes made through the map's operations.
    void namedDiffEqualsTheWholeDiff() {
        QRandomGenerator random(20261205);
        int nextNumber = 100;
        for (int round = 0; round < 400; ++round) {
            const IndexData before = sample(30);
            IndexData after = before;
            const int changes = 1 + int(random.bounded(6));
            for (int i = 0; i < changes; ++i)
                randomChange(after, random, nextNumber);
            QCOMPARE(describe(indexrows::diffNamedRows(before, after)),
                     describe(indexrows::diffRows(before, after)));
        }
    }

    // A refused mutation in the middle of a batch leaves exactly what the accepted ones made.
    void refusedMutationsAreUndoneExactly() {
        QRandomGenerator random(42);
        int nextNumber = 100;
        for (int round = 0; round < 300; ++round) {
            const IndexData base = sample(30);
            IndexData next = base;
            IndexData expected = base; // the same accepted changes, applied to a copy of its own
            AcceptedRows accepted(base);
            for (int step = 0; step < 5; ++step) {
                const bool refuse = random.bounded(2) == 0;
                const quint32 seed = random.generate();
                QRandomGenerator changeRandom(seed);
                int numbers = nextNumber;
                const int changes = 1 + int(changeRandom.bounded(4));
                for (int i = 0; i < changes; ++i)
                    randomChange(next, changeRandom, numbers);
                if (refuse) {
                    accepted.rollBack(next);
                } else {
                    accepted.accept(next);
                    QRandomGenerator replay(seed);
                    int replayNumbers = nextNumber;
                    const int replayChanges = 1 + int(replay.bounded(4));
                    for (int i = 0; i < replayChanges; ++i)
                        randomChange(expected, replay, replayNumbers);
                }
                nextNumber = numbers;
                next.sessions.forgetTouched();
                next.keys.forgetTouched();
                QCOMPARE(describe(indexrows::diffRows(expected, next)), QStringList());
                QCOMPARE(next.activeSessionKey, expected.activeSessionKey);
            }
            // And what the batch hands to the commit names every row it changed.
            accepted.nameChanged(next);
            QCOMPARE(describe(indexrows::diffNamedRows(base, next)),
                     describe(indexrows::diffRows(base, next)));
        }
    }

    // sessionUsingKey answers through the key index (KeyUsers) what a pass over the sessions answers:
    // inside mutations (the rows named since the index was made are read as they are), after every
    // commit, across the rebuilds of the index's overlay, with keys moved between sessions, shared by
    // two, and refused batches undone. A wrong "no session uses this key" would let a refresh delete
    // a key a session still needs.
    void sessionUsingKeyAnswersWhatAPassAnswers() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        IndexStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY(store
                    .commit({[](IndexData& data) -> Result<void> {
                        data = sample(30);
                        return {};
                    }})
                    .dataChanged);
        QVERIFY(store.data().keyUsers);
        QRandomGenerator random(11);
        QRandomGenerator checkRandom(12);
        int nextNumber = 100;
        QStringList mismatches;
        int sessionRowsChanged = 0;
        for (int round = 0; round < 1800 && mismatches.isEmpty(); ++round) {
            std::vector<IndexStore::Mutation> batch;
            const int mutations = 1 + int(random.bounded(3));
            for (int m = 0; m < mutations; ++m) {
                const quint32 seed = random.generate();
                const bool refuse = random.bounded(5) == 0;
                const int first = nextNumber;
                nextNumber += 10;
                batch.push_back([&, seed, first, refuse](IndexData& data) -> Result<void> {
                    QRandomGenerator changeRandom(seed);
                    int numbers = first;
                    for (int i = 0; i < 3; ++i) {
                        if (changeRandom.bounded(2) == 0)
                            randomKeyMove(data, changeRandom, numbers);
                        else
                            randomChange(data, changeRandom, numbers);
                        mismatches << keyUserMismatches(data, numbers, checkRandom);
                    }
                    if (refuse)
                        return Error(ErrorCode::Internal, QStringLiteral("refused on purpose"));
                    return {};
                });
            }
            const IndexData before = store.data();
            store.commit(batch);
            sessionRowsChanged += int(indexrows::diffRows(before, store.data()).sessionUpserts.size());
            mismatches << keyUserMismatches(store.data(), nextNumber, checkRandom);
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 10).join(u'\n')));
        // Enough changed rows that the overlay was rebuilt into a new base more than once.
        QVERIFY2(sessionRowsChanged > 2 * KeyUsers::kMaxOverlayRows,
                 qPrintable(QString::number(sessionRowsChanged)));
    }

    // Through the real database: after any sequence of commits, lone and batched, some refused, what
    // another reader finds in sessions.db is exactly data().
    void theDatabaseHoldsExactlyWhatDataShows() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SessionIndex index(dir.path());
        QVERIFY(index.open().ok());
        QVERIFY(index
                    .update([](IndexData& data) -> Result<void> {
                        data = sample(30);
                        return {};
                    })
                    .ok());
        QRandomGenerator random(7);
        int nextNumber = 100;
        int answered = 0, expectedAnswers = 0;
        for (int round = 0; round < 60; ++round) {
            const bool refuse = random.bounded(4) == 0;
            const quint32 seed = random.generate();
            const int first = nextNumber;
            nextNumber += 10;
            auto mutation = [seed, first, refuse](IndexData& data) -> Result<void> {
                QRandomGenerator changeRandom(seed);
                int numbers = first;
                for (int i = 0; i < 3; ++i)
                    randomChange(data, changeRandom, numbers);
                if (refuse)
                    return Error(ErrorCode::Internal, QStringLiteral("refused on purpose"));
                return {};
            };
            if (round % 3 == 0) {
                QCOMPARE(index.update(mutation).ok(), !refuse);
            } else { // queued: several land in one commit
                ++expectedAnswers;
                index.updateAsync(mutation, this, [&answered](Result<void>) { ++answered; });
            }
            if (round % 10 == 9) {
                QTRY_COMPARE(answered, expectedAnswers);
                auto onDisk = IndexStore::readSnapshot(dir.path());
                QVERIFY(onDisk.ok());
                QCOMPARE(describe(indexrows::diffRows(index.data(), *onDisk)), QStringList());
                QCOMPARE(onDisk->activeSessionKey, index.data().activeSessionKey);
                QCOMPARE(int(onDisk->sessions.size()), int(index.data().sessions.size()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordMap)
#include "tst_recordmap.moc"
