#include "StoreTestData.h"
#include "store/IndexData.h"
#include "store/IndexJson.h"

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

// Three sessions (b active) plus a pending key, a doomed key and a remembered API key no session uses.
IndexData threeSessions() {
    IndexData data;
    addSession(data, QStringLiteral("a"), 1);
    addSession(data, QStringLiteral("b"), 2);
    addSession(data, QStringLiteral("c"), 3);
    data.sessions[QStringLiteral("b")].refreshedAt = QDateTime::fromMSecsSinceEpoch(1767229200789, Qt::UTC);
    data.sessions[QStringLiteral("b")].lastError = QStringLiteral("NETWORK: offline");
    data.sessions[QStringLiteral("b")].serverState = ServerState::Alive;
    data.sessions[QStringLiteral("b")].autoRefresh = false;
    data.keys[fakePublicKey(4)] = makeKey(fakePublicKey(4), KeyState::Pending);
    data.keys[fakePublicKey(5)] = makeKey(fakePublicKey(5), KeyState::Doomed);
    data.keys[fakePublicKey(6)] = makeKey(fakePublicKey(6), KeyState::Live, KeyKind::ApiKey);
    data.activeSessionKey = QStringLiteral("b");
    return data;
}

const QString kHeldReason = QStringLiteral("from a damaged index (moved to /x/sessions.json.corrupt-1)");

QStringList keyList(std::initializer_list<int> numbers) {
    QStringList keys;
    for (const int n : numbers)
        keys << fakePublicKey(n);
    return keys;
}

QString describe(const SalvageResult& r) {
    QString text = QStringLiteral("dropped %1 restored %2 held %3; sessions:")
                       .arg(r.droppedSessions)
                       .arg(r.restoredSessions)
                       .arg(r.heldKeys);
    for (const auto& [label, s] : r.data.sessions)
        text += QStringLiteral(" %1=%2").arg(label, s.token.claims.publicKey.left(10));
    text += QStringLiteral("; keys:");
    for (const auto& [pub, k] : r.data.keys)
        text += QStringLiteral(" %1/%2%3")
                    .arg(pub.left(10), keyStateName(k.state), k.held ? QStringLiteral("/held") : QString());
    return text;
}

// A session JWT that, unlike Turnkey's, carries an `iat` claim.
QByteArray jwtWithIssuedAt(const QString& publicKey, qint64 iat, qint64 exp) {
    const QJsonObject payload{{QStringLiteral("exp"), exp},
                              {QStringLiteral("iat"), iat},
                              {QStringLiteral("public_key"), publicKey},
                              {QStringLiteral("session_type"), QStringLiteral("SESSION_TYPE_READ_WRITE")},
                              {QStringLiteral("user_id"), QStringLiteral("user-1")},
                              {QStringLiteral("organization_id"), QStringLiteral("org-1")}};
    const QByteArray plain = makeJwt(publicKey);
    const auto encode = [](const QJsonObject& o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QList<QByteArray> parts = plain.split('.');
    return parts.at(0) + '.' + encode(payload) + '.' + parts.at(2);
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
        for (auto it = a.sessions.rows().rbegin(); it != a.sessions.rows().rend(); ++it)
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
            const SalvageResult salvaged = salvageIndex(bytes, QString());
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
        const SalvageResult salvaged = salvageIndex(bytes, kHeldReason);
        QCOMPARE(salvaged.droppedSessions, 1);
        QCOMPARE(salvaged.data.sessions.size(), size_t(1));
        QVERIFY(salvaged.data.findSession(QStringLiteral("home \u00e9t\u00e9")));
        QVERIFY(salvaged.data.activeSessionKey.isEmpty()); // "work" did not survive
        QCOMPARE(salvaged.data.keys.size(), sampleIndex().keys.size());
        // The unreadable key record is kept as pending (never silently dropped), the others as they were.
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(3)).state, KeyState::Pending);
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(4, '3')).state, KeyState::Doomed);
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(5)).kind, KeyKind::ApiKey);
        // Held: the unreadable record, the key of the dropped "work" and every other key no session
        // uses; an earlier hold keeps its own reason. The surviving session's key is live.
        QVERIFY(salvaged.data.keys.at(fakePublicKey(3)).held);
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(1)).heldReason, kHeldReason);
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(1)).state, KeyState::Live);
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(6)).heldReason, QStringLiteral("from a damaged index"));
        QVERIFY(!salvaged.data.keys.at(fakePublicKey(4, '3')).held);
        QVERIFY(!salvaged.data.keys.at(fakePublicKey(2)).held);
        QCOMPARE(salvaged.data.keys.at(fakePublicKey(2)).state, KeyState::Live);
        QCOMPARE(salvaged.heldKeys, 4); // 1, 3, 5 (the API key) and 6
    }

    // Every kind of damage: each session the input still holds is kept (or restored from the text),
    // and the key record of every session that did not survive is held, never left Pending or Live
    // for recovery to delete.
    void salvageKeepsWhatCanBeRead_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("keptKeys"); // public keys of the sessions that must survive
        QTest::addColumn<QStringList>("labels");   // labels that must be among them
        QTest::addColumn<QStringList>("heldKeys"); // exactly the held key records
        QTest::addColumn<int>("dropped");
        QTest::addColumn<int>("restored");
        const IndexData data = threeSessions();
        const QJsonObject base = QJsonDocument::fromJson(serializeIndex(data)).object();
        const QByteArray plain = serializeIndex(data);
        const QString b = QStringLiteral("b");
        const QString sessions = QStringLiteral("sessions");
        const QStringList all = keyList({1, 2, 3});
        const QStringList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QStringList unused = keyList({4, 6}); // the pending key and the API key; 5 stays doomed
        const auto field = [&](const char* name, const char* key, const QJsonValue& value) {
            QTest::newRow(name)
                << QJsonDocument(edited(base, {sessions, b, QLatin1String(key)}, value)).toJson() << all
                << abc << unused << 0 << 0;
        };
        field("lifetimeSeconds string (the audit's jq)", "lifetimeSeconds", QStringLiteral("900"));
        field("lifetimeSeconds negative", "lifetimeSeconds", -5);
        field("lifetimeSeconds missing", "lifetimeSeconds", QJsonValue::Undefined);
        field("createdAt number", "createdAt", 5);
        field("createdAt missing", "createdAt", QJsonValue::Undefined);
        field("refreshedAt words", "refreshedAt", QStringLiteral("later"));
        field("autoRefresh string", "autoRefresh", QStringLiteral("yes"));
        field("serverState number", "serverState", 2);
        field("serverState unknown word", "serverState", QStringLiteral("dead"));
        field("lastError object", "lastError", QJsonObject());
        field("lease string", "lease", QStringLiteral("pid 12"));
        field("lease pid string", "lease", QJsonObject{{QStringLiteral("pid"), QStringLiteral("12")}});

        QTest::newRow("token broken")
            << QJsonDocument(edited(base, {sessions, b, QStringLiteral("token")}, QStringLiteral("x.y")))
                   .toJson()
            << keyList({1, 3}) << QStringList{QStringLiteral("a"), QStringLiteral("c")} << keyList({2, 4, 6})
            << 1 << 0;

        QJsonArray asArray;
        for (const QString& label : abc)
            asArray.append(base[sessions][label]);
        QTest::newRow("sessions turned into an array")
            << QJsonDocument(edited(base, {sessions}, asArray)).toJson() << all
            << QStringList{QStringLiteral("restored-02000000"), QStringLiteral("restored-02000000-2"),
                           QStringLiteral("restored-02000000-3")}
            << unused << 0 << 3;

        // Keys sort before sessions: a cut in the keys loses every session, and every key before the
        // cut is held (the one cut through too, from the raw text).
        const qsizetype inKey3 =
            plain.indexOf("\"createdAt\"", plain.indexOf(fakePublicKey(3).toLatin1())) + 14;
        QTest::newRow("truncated inside keys")
            << plain.left(inKey3) << QStringList() << QStringList() << keyList({1, 2, 3}) << 0 << 0;

        const QByteArray tokenB = data.sessions.at(b).token.raw;
        const qsizetype afterTokenB = plain.indexOf(tokenB) + tokenB.size() + 1;
        QTest::newRow("truncated inside sessions, after b's token")
            << plain.left(afterTokenB) << keyList({1, 2})
            << QStringList{QStringLiteral("a"), QStringLiteral("b")} << keyList({3, 4, 6}) << 0 << 1;
        QTest::newRow("truncated inside sessions, inside b's token")
            << plain.left(plain.indexOf(tokenB) + 20) << keyList({1}) << QStringList{QStringLiteral("a")}
            << keyList({2, 3, 4, 6}) << 0 << 0;
    }

    void salvageKeepsWhatCanBeRead() {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, keptKeys);
        QFETCH(QStringList, labels);
        QFETCH(QStringList, heldKeys);
        QFETCH(int, dropped);
        QFETCH(int, restored);
        QVERIFY(!parseIndex(bytes).ok());
        const SalvageResult r = salvageIndex(bytes, kHeldReason);
        const QString what = describe(r);
        QVERIFY(validateIndex(r.data).ok());
        QVERIFY2(parseIndex(serializeIndex(r.data)).ok(), qPrintable(what));
        QVERIFY2(r.droppedSessions == dropped, qPrintable(what));
        QVERIFY2(r.restoredSessions == restored, qPrintable(what));
        QVERIFY2(r.data.sessions.size() == size_t(keptKeys.size()), qPrintable(what));
        for (const QString& pub : keptKeys) {
            QVERIFY2(r.data.sessionUsingKey(pub), qPrintable(pub + QStringLiteral(": ") + what));
            const KeyRecord& key = r.data.keys.at(pub);
            QCOMPARE(key.state, KeyState::Live);
            QVERIFY(!key.held);
        }
        for (const QString& label : labels)
            QVERIFY2(r.data.findSession(label), qPrintable(label + QStringLiteral(": ") + what));
        QStringList held;
        for (const auto& [pub, key] : r.data.keys) {
            if (!key.held)
                continue;
            held << pub;
            QCOMPARE(key.heldReason, kHeldReason);
            QVERIFY(key.state != KeyState::Doomed);
        }
        QVERIFY2(held == heldKeys, qPrintable(what));
        QCOMPARE(r.heldKeys, heldKeys.size());
        // Only a doomed record (its entry is being deleted anyway) or a used one is left for recovery.
        for (const auto& [pub, key] : r.data.keys)
            QVERIFY2(key.held || key.state == KeyState::Doomed || r.data.sessionUsingKey(pub),
                     qPrintable(what));
        if (const auto it = r.data.keys.find(fakePublicKey(5)); it != r.data.keys.end())
            QCOMPARE(it->second.state, KeyState::Doomed);
    }

    // A session kept despite a bad field keeps every other field as it was, and the bad one gets its
    // safe default.
    void salvageDefaultsOnlyTheUnreadableField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("lifetimeSeconds")
            << QStringLiteral("lifetimeSeconds") << QJsonValue(QStringLiteral("900"));
        QTest::newRow("createdAt") << QStringLiteral("createdAt") << QJsonValue(true);
        QTest::newRow("refreshedAt") << QStringLiteral("refreshedAt") << QJsonValue(7);
        QTest::newRow("autoRefresh") << QStringLiteral("autoRefresh") << QJsonValue(QStringLiteral("no"));
        QTest::newRow("serverState") << QStringLiteral("serverState") << QJsonValue(QJsonArray());
        QTest::newRow("lastError") << QStringLiteral("lastError") << QJsonValue(404);
        QTest::newRow("lease") << QStringLiteral("lease")
                               << QJsonValue(
                                      QJsonObject{{QStringLiteral("pid"), 12}, {QStringLiteral("host"), 3}});
    }

    void salvageDefaultsOnlyTheUnreadableField() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        IndexData data = threeSessions();
        SessionRecord& original = data.sessions[QStringLiteral("b")];
        original.lease =
            SessionLease{77, QStringLiteral("h"), QDateTime::fromMSecsSinceEpoch(1767229200000, Qt::UTC)};
        const QJsonObject base = QJsonDocument::fromJson(serializeIndex(data)).object();
        const QByteArray bytes =
            QJsonDocument(edited(base, {QStringLiteral("sessions"), QStringLiteral("b"), field}, value))
                .toJson();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const SalvageResult r = salvageIndex(bytes, kHeldReason);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        const SessionRecord* got = r.data.findSession(QStringLiteral("b"));
        QVERIFY2(got, qPrintable(describe(r)));
        SessionRecord expected = original;
        if (field == QLatin1String("lifetimeSeconds"))
            expected.lifetimeSeconds = 0; // no iat in the token to work it out from
        if (field == QLatin1String("createdAt")) {
            QVERIFY(got->createdAt >= before.addMSecs(-1) && got->createdAt <= after);
            expected.createdAt = got->createdAt; // no iat: the time of the salvage
        }
        if (field == QLatin1String("refreshedAt"))
            expected.refreshedAt = QDateTime();
        if (field == QLatin1String("autoRefresh"))
            expected.autoRefresh = true;
        if (field == QLatin1String("serverState"))
            expected.serverState = ServerState::Unknown;
        if (field == QLatin1String("lastError"))
            expected.lastError.clear();
        if (field == QLatin1String("lease"))
            expected.lease = SessionLease{};
        QCOMPARE(QJsonDocument(indexjson::sessionToJson(*got)).toJson(),
                 QJsonDocument(indexjson::sessionToJson(expected)).toJson());
        QCOMPARE(r.data.activeSessionKey, QStringLiteral("b"));
    }

    // With an iat claim the lost lifetime and creation time are worked out from the token.
    void salvageUsesTheTokensIssueTime() {
        IndexData data = threeSessions();
        const qint64 iat = 1767225000;
        auto token = decodeSessionToken(jwtWithIssuedAt(fakePublicKey(2), iat, iat + 900));
        QVERIFY(token.ok());
        data.sessions[QStringLiteral("b")].token = *token;
        QJsonObject json = QJsonDocument::fromJson(serializeIndex(data)).object();
        json =
            edited(json, {QStringLiteral("sessions"), QStringLiteral("b"), QStringLiteral("lifetimeSeconds")},
                   QStringLiteral("x"));
        json = edited(json, {QStringLiteral("sessions"), QStringLiteral("b"), QStringLiteral("createdAt")},
                      QJsonValue::Undefined);
        const SalvageResult r = salvageIndex(QJsonDocument(json).toJson(), kHeldReason);
        const SessionRecord* b = r.data.findSession(QStringLiteral("b"));
        QVERIFY(b);
        QCOMPARE(b->lifetimeSeconds, qint64(900));
        QCOMPARE(b->createdAt, QDateTime::fromSecsSinceEpoch(iat, Qt::UTC));
    }

    // A label that is taken, or unreadable, gives way to restored-<key prefix>.
    void restoredLabelsAreFreeAndUnique() {
        IndexData data = threeSessions();
        const QJsonObject base = QJsonDocument::fromJson(serializeIndex(data)).object();
        QJsonObject sessions = base[QStringLiteral("sessions")].toObject();
        QJsonObject other;
        // "a" again, in an object the structure does not reach, holding c's token: a is taken.
        other.insert(QStringLiteral("a"), sessions[QStringLiteral("c")]);
        sessions.remove(QStringLiteral("c"));
        sessions.remove(QStringLiteral("b"));
        QJsonObject root = base;
        root[QStringLiteral("sessions")] = sessions;
        root[QStringLiteral("elsewhere")] = QJsonArray{other};
        QByteArray bytes = QJsonDocument(root).toJson();
        bytes.chop(3); // damage it, so it is salvaged rather than parsed
        const SalvageResult r = salvageIndex(bytes, kHeldReason);
        QVERIFY2(r.data.findSession(QStringLiteral("a")), qPrintable(describe(r)));
        QCOMPARE(r.data.findSession(QStringLiteral("a"))->token.claims.publicKey, fakePublicKey(1));
        const SessionRecord* restored = r.data.sessionUsingKey(fakePublicKey(3));
        QVERIFY2(restored, qPrintable(describe(r)));
        QCOMPARE(restored->sessionKey, QStringLiteral("restored-02000000"));
        QCOMPARE(r.restoredSessions, 1);
        QVERIFY(r.data.keys.at(fakePublicKey(2)).held); // b is gone from the text
    }

    // A file that parses strictly is not damaged: salvage gives it back as it is.
    void salvageOfAHealthyFileChangesNothing() {
        const QByteArray bytes = serializeIndex(threeSessions());
        const SalvageResult r = salvageIndex(bytes, kHeldReason);
        QCOMPARE(serializeIndex(r.data), bytes);
        QCOMPARE(r.heldKeys, 0);
        QCOMPARE(r.restoredSessions, 0);
    }

    // The truncation repair is linear in time and memory on any input. Work is counted, not timed:
    // the quadratic version copied the open-bracket stack at every closing bracket (~2e10 bytes for
    // 400 KB of nesting), and tried 256 cuts of the whole file.
    void salvageWorkIsLinear_data() {
        QTest::addColumn<QByteArray>("bytes");
        const auto nested = [](qsizetype size, const char* open, const char* close, bool closed) {
            const qsizetype depth = size / (2 * qsizetype(qstrlen(open)));
            QByteArray bytes = QByteArray(open).repeated(depth);
            if (closed)
                bytes += QByteArray(close).repeated(depth);
            return bytes;
        };
        QTest::newRow("40 KB of nested arrays") << nested(40 * 1024, "[", "]", true);
        QTest::newRow("400 KB of nested arrays") << nested(400 * 1024, "[", "]", true);
        QTest::newRow("400 KB of nested objects")
            << QByteArray("{\"keys\":") + nested(400 * 1024, "{\"a\":", "}", true);
        QTest::newRow("400 KB of nested arrays, cut") << nested(400 * 1024, "[", "]", false);
        QByteArray shallow = QByteArray("{\"keys\":[") + QByteArray("[],").repeated(130 * 1024);
        QTest::newRow("400 KB of shallow cuts, truncated") << shallow;
        QTest::newRow("400 KB of shallow cuts, damaged early")
            << QByteArray("{\"x\":tru,\"keys\":[") + shallow;
        QTest::newRow("400 KB of arrays, not an object")
            << QByteArray("[") + QByteArray("[],").repeated(130 * 1024);
    }

    void salvageWorkIsLinear() {
        QFETCH(QByteArray, bytes);
        const SalvageResult r = salvageIndex(bytes, kHeldReason);
        QVERIFY2(r.repairWork <= salvageWorkLimit(bytes.size()),
                 qPrintable(QStringLiteral("%1 bytes of work for %2 bytes of input")
                                .arg(r.repairWork)
                                .arg(bytes.size())));
        QVERIFY(r.repairWork >= bytes.size()); // it did look at the input
        QVERIFY(r.data.sessions.empty());
        QVERIFY(validateIndex(r.data).ok());
    }

    void salvageTruncatedFile() {
        IndexData data = sampleIndex();
        for (int i = 10; i < 20; ++i)
            addSession(data, QStringLiteral("s%1").arg(i), i);
        const QByteArray bytes = serializeIndex(data);
        const QByteArray half = bytes.left(bytes.size() / 2);
        QVERIFY(!parseIndex(half).ok());
        const SalvageResult salvaged = salvageIndex(half, QString());
        // Keys sort before sessions, so every key record is in the first half and must survive.
        QCOMPARE(salvaged.data.keys.size(), data.keys.size());
        for (const auto& [pub, key] : salvaged.data.keys) {
            QCOMPARE(key.state, data.keys.at(pub).state);
            QCOMPARE(key.kind, data.keys.at(pub).kind);
        }
        QVERIFY(validateIndex(salvaged.data).ok());

        // Cut inside the key records: the complete ones survive, the cut one is found in the raw text.
        const qsizetype inKeys = bytes.indexOf(fakePublicKey(12).toLatin1()) + 120;
        const SalvageResult partial = salvageIndex(bytes.left(inKeys), QString());
        QVERIFY(partial.data.keys.count(fakePublicKey(12)));
        QVERIFY(partial.data.keys.count(fakePublicKey(1)));
        QVERIFY(partial.data.sessions.empty());
    }

    void salvageGarbage() {
        const SalvageResult salvaged = salvageIndex(QByteArray("\x00\xff\xfe garbage \x01", 14), QString());
        QVERIFY(salvaged.data.sessions.empty());
        QVERIFY(salvaged.data.keys.empty());
        QVERIFY(salvageIndex(QByteArray(), QString()).data.keys.empty());
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
