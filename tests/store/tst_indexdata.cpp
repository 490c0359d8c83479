#include "StoreTestData.h"
#include "store/IndexData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace ws;
using namespace ws::test;

namespace {

IndexData sampleIndex() {
    IndexData data;
    addSession(data, QStringLiteral("work"), 1);
    addSession(data, QStringLiteral("home \u00e9t\u00e9"), 2);
    SessionRecord& home = data.sessions[QStringLiteral("home \u00e9t\u00e9")];
    home.refreshedAt = QDateTime::fromMSecsSinceEpoch(1767229200789, Qt::UTC);
    home.autoRefresh = false;
    home.serverState = ServerState::Revoked;
    home.lastError = QStringLiteral("SESSION_EXPIRED: the server no longer knows this key");
    home.lifetimeSeconds = 3600;
    data.keys[fakePublicKey(3)] = makeKey(fakePublicKey(3), KeyState::Pending);
    data.keys[fakePublicKey(4, '3')] = makeKey(fakePublicKey(4, '3'), KeyState::Doomed);
    data.keys[fakePublicKey(5)] = makeKey(fakePublicKey(5), KeyState::Live, KeyKind::ApiKey);
    data.keys[fakePublicKey(5)].organizationId = QStringLiteral("org-api");
    data.keys[fakePublicKey(6)] = makeKey(fakePublicKey(6), KeyState::Live);
    data.keys[fakePublicKey(6)].held = true;
    data.keys[fakePublicKey(6)].heldReason = QStringLiteral("from a damaged index");
    SessionRecord& work = data.sessions[QStringLiteral("work")];
    work.serverState = ServerState::Revoking;
    work.lease =
        SessionLease{4242, QStringLiteral("host-a"), QDateTime::fromMSecsSinceEpoch(1767229200000, Qt::UTC)};
    data.activeSessionKey = QStringLiteral("work");
    return data;
}

QJsonObject sampleJson() {
    return QJsonDocument::fromJson(serializeIndex(sampleIndex())).object();
}

void compareIndex(const IndexData& a, const IndexData& b) {
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.activeSessionKey, b.activeSessionKey);
    QCOMPARE(a.sessions.size(), b.sessions.size());
    for (const auto& [label, s] : a.sessions) {
        const SessionRecord* t = b.findSession(label);
        QVERIFY2(t, qPrintable(label));
        QCOMPARE(t->sessionKey, label);
        QCOMPARE(t->token.raw, s.token.raw);
        QVERIFY(t->token.claims == s.token.claims);
        QCOMPARE(t->lifetimeSeconds, s.lifetimeSeconds);
        QCOMPARE(t->createdAt, s.createdAt);
        QCOMPARE(t->refreshedAt, s.refreshedAt);
        QCOMPARE(t->autoRefresh, s.autoRefresh);
        QCOMPARE(t->serverState, s.serverState);
        QCOMPARE(t->lastError, s.lastError);
        QCOMPARE(t->lease.pid, s.lease.pid);
        QCOMPARE(t->lease.host, s.lease.host);
        QCOMPARE(t->lease.since, s.lease.since);
    }
    QCOMPARE(a.keys.size(), b.keys.size());
    for (const auto& [pub, k] : a.keys) {
        const auto it = b.keys.find(pub);
        QVERIFY2(it != b.keys.end(), qPrintable(pub));
        QCOMPARE(it->second.publicKey, pub);
        QCOMPARE(it->second.state, k.state);
        QCOMPARE(it->second.kind, k.kind);
        QCOMPARE(it->second.createdAt, k.createdAt);
        QCOMPARE(it->second.organizationId, k.organizationId);
        QCOMPARE(it->second.held, k.held);
        QCOMPARE(it->second.heldReason, k.heldReason);
    }
}

// Sets obj[path...] = value (or removes it when value is undefined), creating nothing new above.
QJsonObject edited(QJsonObject root, const QStringList& path, const QJsonValue& value) {
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), value);
        return root;
    }
    root.insert(path.first(), edited(root.value(path.first()).toObject(), path.mid(1), value));
    return root;
}

} // namespace

class TestIndexData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip() {
        const IndexData data = sampleIndex();
        const QByteArray bytes = serializeIndex(data);
        auto parsed = parseIndex(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        compareIndex(data, *parsed);
        QCOMPARE(serializeIndex(*parsed), bytes);
        QVERIFY(parsed->findSession(QStringLiteral("work")));
        QCOMPARE(parsed->sessionUsingKey(fakePublicKey(2))->sessionKey, QStringLiteral("home \u00e9t\u00e9"));
        QVERIFY(!parsed->sessionUsingKey(fakePublicKey(3)));
    }

    void serializationIsDeterministicAndReadable() {
        IndexData a = sampleIndex();
        // The same content built in another order must give the same bytes.
        IndexData b;
        b.keys = a.keys;
        for (auto it = a.sessions.rbegin(); it != a.sessions.rend(); ++it)
            b.sessions.insert(*it);
        b.activeSessionKey = a.activeSessionKey;
        QCOMPARE(serializeIndex(a), serializeIndex(b));
        const QByteArray bytes = serializeIndex(a);
        QVERIFY(bytes.contains("\n    \"keys\""));
        QVERIFY(bytes.indexOf("\"activeSessionKey\"") < bytes.indexOf("\"keys\""));
        QVERIFY(bytes.indexOf("\"keys\"") < bytes.indexOf("\"sessions\""));
        QVERIFY(bytes.contains("\"createdAt\": \"2026-01-01T00:00:00.123Z\""));
        QVERIFY(bytes.contains("\"version\": 1"));
    }

    void emptyIndex() {
        const QByteArray bytes = serializeIndex(IndexData{});
        QVERIFY(bytes.contains("\"activeSessionKey\": null"));
        auto parsed = parseIndex(bytes);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->sessions.empty());
        QVERIFY(parsed->keys.empty());
        QVERIFY(parsed->activeSessionKey.isEmpty());
        // An absent active session is accepted too.
        auto absent = parseIndex(R"({"version":1,"sessions":{},"keys":{}})");
        QVERIFY(absent.ok());
    }

    void malformed_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        const QJsonObject base = sampleJson();
        const QString work = QStringLiteral("work");
        const QString key = fakePublicKey(3);
        const int corrupt = static_cast<int>(ErrorCode::CorruptIndex);
        const auto row = [&](const char* name, const QStringList& path, const QJsonValue& value,
                             const QString& field) {
            QTest::newRow(name) << QJsonDocument(edited(base, path, value)).toJson() << corrupt << field;
        };
        QTest::newRow("not json") << QByteArray("{\"version\":1,") << corrupt
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << corrupt << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << corrupt << QStringLiteral("top level");
        row("no version", {QStringLiteral("version")}, QJsonValue::Undefined, QStringLiteral("'version'"));
        row("version string", {QStringLiteral("version")}, QStringLiteral("1"), QStringLiteral("'version'"));
        row("version zero", {QStringLiteral("version")}, 0, QStringLiteral("'version'"));
        row("version fraction", {QStringLiteral("version")}, 1.5, QStringLiteral("'version'"));
        QTest::newRow("newer version")
            << QJsonDocument(edited(base, {QStringLiteral("version")}, 2)).toJson()
            << static_cast<int>(ErrorCode::Storage) << QStringLiteral("newer version");
        row("active number", {QStringLiteral("activeSessionKey")}, 5, QStringLiteral("'activeSessionKey'"));
        row("active dangling", {QStringLiteral("activeSessionKey")}, QStringLiteral("nope"),
            QStringLiteral("'activeSessionKey'"));
        row("sessions array", {QStringLiteral("sessions")}, QJsonArray(), QStringLiteral("'sessions'"));
        row("sessions missing", {QStringLiteral("sessions")}, QJsonValue::Undefined,
            QStringLiteral("'sessions'"));
        row("keys missing", {QStringLiteral("keys")}, QJsonValue::Undefined, QStringLiteral("'keys'"));
        row("keys string", {QStringLiteral("keys")}, QStringLiteral("x"), QStringLiteral("'keys'"));
        row("session not object", {QStringLiteral("sessions"), work}, 3,
            QStringLiteral("sessions[\"work\"]"));
        row("empty label", {QStringLiteral("sessions"), QString()}, base[QStringLiteral("sessions")][work],
            QStringLiteral("invalid session key"));
        row("token missing", {QStringLiteral("sessions"), work, QStringLiteral("token")},
            QJsonValue::Undefined, QStringLiteral("sessions[\"work\"].token' is missing"));
        row("token garbage", {QStringLiteral("sessions"), work, QStringLiteral("token")},
            QStringLiteral("a.b"), QStringLiteral("sessions[\"work\"].token' is not a valid session token"));
        row("token number", {QStringLiteral("sessions"), work, QStringLiteral("token")}, 7,
            QStringLiteral("sessions[\"work\"].token"));
        row("lifetime string", {QStringLiteral("sessions"), work, QStringLiteral("lifetimeSeconds")},
            QStringLiteral("900"), QStringLiteral("sessions[\"work\"].lifetimeSeconds"));
        row("lifetime negative", {QStringLiteral("sessions"), work, QStringLiteral("lifetimeSeconds")}, -1,
            QStringLiteral("sessions[\"work\"].lifetimeSeconds"));
        row("lifetime fraction", {QStringLiteral("sessions"), work, QStringLiteral("lifetimeSeconds")}, 1.5,
            QStringLiteral("sessions[\"work\"].lifetimeSeconds"));
        row("createdAt missing", {QStringLiteral("sessions"), work, QStringLiteral("createdAt")},
            QJsonValue::Undefined, QStringLiteral("sessions[\"work\"].createdAt"));
        row("createdAt words", {QStringLiteral("sessions"), work, QStringLiteral("createdAt")},
            QStringLiteral("yesterday"), QStringLiteral("sessions[\"work\"].createdAt"));
        row("refreshedAt number", {QStringLiteral("sessions"), work, QStringLiteral("refreshedAt")}, 5,
            QStringLiteral("sessions[\"work\"].refreshedAt"));
        row("autoRefresh string", {QStringLiteral("sessions"), work, QStringLiteral("autoRefresh")},
            QStringLiteral("yes"), QStringLiteral("sessions[\"work\"].autoRefresh"));
        row("serverState unknown word", {QStringLiteral("sessions"), work, QStringLiteral("serverState")},
            QStringLiteral("dead"), QStringLiteral("sessions[\"work\"].serverState"));
        row("lastError number", {QStringLiteral("sessions"), work, QStringLiteral("lastError")}, 3,
            QStringLiteral("sessions[\"work\"].lastError"));
        row("key not object", {QStringLiteral("keys"), key}, true,
            QStringLiteral("keys[\"") + key + QStringLiteral("\"]"));
        row("key state", {QStringLiteral("keys"), key, QStringLiteral("state")}, QStringLiteral("gone"),
            QStringLiteral("keys[\"") + key + QStringLiteral("\"].state"));
        row("key kind missing", {QStringLiteral("keys"), key, QStringLiteral("kind")}, QJsonValue::Undefined,
            QStringLiteral("keys[\"") + key + QStringLiteral("\"].kind"));
        row("key createdAt", {QStringLiteral("keys"), key, QStringLiteral("createdAt")},
            QStringLiteral("2026-13-45"), QStringLiteral("keys[\"") + key + QStringLiteral("\"].createdAt"));
        row("key organizationId", {QStringLiteral("keys"), key, QStringLiteral("organizationId")}, 12,
            QStringLiteral("keys[\"") + key + QStringLiteral("\"].organizationId"));
        row("key not hex", {QStringLiteral("keys"), QStringLiteral("zz-top")},
            base[QStringLiteral("keys")][key], QStringLiteral("zz-top"));
    }

    void malformed() {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, field);
        auto parsed = parseIndex(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(static_cast<int>(parsed.error().code), code);
        QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
    }

    void randomMutationsNeverCrash() {
        const QByteArray original = serializeIndex(sampleIndex());
        QRandomGenerator rng(20260101);
        int parsedOk = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = original;
            const int edits = 1 + rng.bounded(8);
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const int pos = rng.bounded(static_cast<int>(bytes.size()));
                switch (rng.bounded(5)) {
                case 0:
                    bytes[pos] = static_cast<char>(rng.bounded(256));
                    break;
                case 1:
                    bytes.remove(pos, 1 + rng.bounded(16));
                    break;
                case 2:
                    bytes.insert(pos, "{[\"\\,:}]"[rng.bounded(8)]);
                    break;
                case 3:
                    bytes.truncate(pos);
                    break;
                default:
                    bytes.insert(pos, bytes.mid(rng.bounded(static_cast<int>(bytes.size())), 32));
                    break;
                }
            }
            auto parsed = parseIndex(bytes);
            if (parsed.ok()) {
                ++parsedOk;
                // Whatever parses must serialize to something that parses back.
                auto again = parseIndex(serializeIndex(*parsed));
                QVERIFY(again.ok());
            } else {
                QVERIFY(!parsed.error().message.isEmpty());
            }
            const SalvageResult salvaged = salvageIndex(bytes);
            QVERIFY(validateIndex(salvaged.data).ok());
            QVERIFY(parseIndex(serializeIndex(salvaged.data)).ok());
        }
        qInfo("%d of 3000 mutated files still parsed", parsedOk);
    }

    void salvageKeepsGoodSessionsAndAllKeys() {
        QJsonObject json = sampleJson();
        json = edited(json, {QStringLiteral("sessions"), QStringLiteral("work"), QStringLiteral("token")},
                      QStringLiteral("broken"));
        json = edited(json, {QStringLiteral("keys"), fakePublicKey(3), QStringLiteral("state")},
                      QStringLiteral("???"));
        const QByteArray bytes = QJsonDocument(json).toJson();
        QVERIFY(!parseIndex(bytes).ok());
        const SalvageResult salvaged = salvageIndex(bytes);
        QCOMPARE(salvaged.droppedSessions, 1);
        QCOMPARE(salvaged.data.sessions.size(), size_t(1));
        QVERIFY(salvaged.data.findSession(QStringLiteral("home \u00e9t\u00e9")));
        QVERIFY(salvaged.data.activeSessionKey.isEmpty()); // "work" did not survive
        QCOMPARE(salvaged.data.keys.size(), sampleIndex().keys.size());
        // The unreadable key record is kept as pending (never silently dropped), the others as they were.
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(3)).state, KeyState::Pending);
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(4, '3')).state, KeyState::Doomed);
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(5)).kind, KeyKind::ApiKey);
    }

    void salvageTruncatedFile() {
        IndexData data = sampleIndex();
        for (int i = 10; i < 20; ++i)
            addSession(data, QStringLiteral("s%1").arg(i), i);
        const QByteArray bytes = serializeIndex(data);
        const QByteArray half = bytes.left(bytes.size() / 2);
        QVERIFY(!parseIndex(half).ok());
        const SalvageResult salvaged = salvageIndex(half);
        // Keys sort before sessions, so every key record is in the first half and must survive.
        QCOMPARE(salvaged.data.keys.size(), data.keys.size());
        for (const auto& [pub, key] : salvaged.data.keys) {
            QCOMPARE(key.state, data.keys.at(pub).state);
            QCOMPARE(key.kind, data.keys.at(pub).kind);
        }
        QVERIFY(validateIndex(salvaged.data).ok());

        // Cut inside the key records: the complete ones survive, the cut one is found in the raw text.
        const qsizetype inKeys = bytes.indexOf(fakePublicKey(12).toLatin1()) + 120;
        const SalvageResult partial = salvageIndex(bytes.left(inKeys));
        QVERIFY(partial.data.keys.count(fakePublicKey(12)));
        QVERIFY(partial.data.keys.count(fakePublicKey(1)));
        QVERIFY(partial.data.sessions.empty());
    }

    void salvageGarbage() {
        const SalvageResult salvaged = salvageIndex(QByteArray("\x00\xff\xfe garbage \x01", 14));
        QVERIFY(salvaged.data.sessions.empty());
        QVERIFY(salvaged.data.keys.empty());
        QVERIFY(salvageIndex(QByteArray()).data.keys.empty());
    }

    void stateNames() {
        QCOMPARE(keyStateName(KeyState::Pending), QStringLiteral("pending"));
        QCOMPARE(keyStateName(KeyState::Live), QStringLiteral("live"));
        QCOMPARE(keyStateName(KeyState::Doomed), QStringLiteral("doomed"));
        QCOMPARE(serverStateName(ServerState::Unknown), QStringLiteral("unknown"));
        QCOMPARE(serverStateName(ServerState::Alive), QStringLiteral("alive"));
        QCOMPARE(serverStateName(ServerState::Revoked), QStringLiteral("revoked"));
    }
};

QTEST_GUILESS_MAIN(TestIndexData)
#include "tst_indexdata.moc"
