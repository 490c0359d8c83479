// A damaged sessions.json (the index before sessions.db) met at the first start of this version, then
// the first command that opens it, end to end: the CLI (list, keys clean, refresh --all) or the
// application's start-up, against the devserver and the real keyring. The store is made by this
// version, then its index written out as the old JSON file, damaged, and the database removed: the
// import runs the JSON salvage.
// The rule under test (issue 12): nothing automatic ever deletes a keychain entry whose session might
// still exist. After every kind of damage each of the three sessions' keys must still be in the
// keyring and hold its private key (or, after refresh --all, the session must be in the index with a
// new key that is), the damaged file must have been moved aside as sessions.json.corrupt-*, and a
// following `keys clean` must delete nothing.
#include "CliHarness.h"
#include "FaultSupport.h"
#include "TestEnvironment.h"
#include "crypto/P256KeyPair.h"
#include "keychain/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <sys/resource.h>

using namespace ws;
using namespace ws::test;

namespace {

const QStringList kLabels{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};

// 200 KB of nested brackets: the input that made salvage quadratic in time and memory.
constexpr int kNestedDepth = 100 * 1024;
// What a CLI may take to read any index. The quadratic salvage needed ~5 GB for this input; a linear
// one, or one that moves an oversized file aside unread, needs a few tens of MB (a few hundred under
// the sanitizers).
constexpr long kMaxResidentKiB = 512L * 1024;

const QString kNested = QStringLiteral("nested brackets");

using Damage = std::function<QByteArray(const QByteArray&)>;

QJsonObject rootOf(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray withSessionField(const QByteArray& bytes, const QString& label, const QString& field,
                            const QJsonValue& value) {
    QJsonObject root = rootOf(bytes);
    QJsonObject sessions = root.value(QStringLiteral("sessions")).toObject();
    QJsonObject session = sessions.value(label).toObject();
    session.insert(field, value);
    sessions.insert(label, session);
    root.insert(QStringLiteral("sessions"), sessions);
    return QJsonDocument(root).toJson();
}

// Cut half-way between the start of `section` and the start of the next top-level member (or the end).
QByteArray truncatedInside(const QByteArray& bytes, const QByteArray& section) {
    const qsizetype start = bytes.indexOf(QByteArray("\"" + section + "\""));
    if (start < 0)
        return bytes;
    qsizetype end = bytes.size();
    for (const QByteArray& next : {QByteArray("\"sessions\""), QByteArray("\"version\"")}) {
        const qsizetype at = bytes.indexOf(next, start + 1);
        if (at > start && at < end)
            end = at;
    }
    return bytes.left(start + (end - start) / 2);
}

const std::map<QString, Damage>& damages() {
    static const std::map<QString, Damage> all{
        {QStringLiteral("lifetimeSeconds string"),
         [](const QByteArray& b) -> QByteArray {
             return withSessionField(b, QStringLiteral("b"), QStringLiteral("lifetimeSeconds"),
                                     QStringLiteral("900"));
         }},
        {QStringLiteral("sessions an array"),
         [](const QByteArray& b) -> QByteArray {
             QJsonObject root = rootOf(b);
             QJsonArray values;
             const QJsonObject sessions = root.value(QStringLiteral("sessions")).toObject();
             for (auto it = sessions.begin(); it != sessions.end(); ++it)
                 values.append(it.value());
             root.insert(QStringLiteral("sessions"), values);
             return QJsonDocument(root).toJson();
         }},
        {QStringLiteral("truncated in keys"),
         [](const QByteArray& b) -> QByteArray {
             return truncatedInside(b, "keys");
         }},
        {QStringLiteral("truncated in sessions"),
         [](const QByteArray& b) -> QByteArray {
             return truncatedInside(b, "sessions");
         }},
        {QStringLiteral("autoRefresh string"),
         [](const QByteArray& b) -> QByteArray {
             return withSessionField(b, QStringLiteral("a"), QStringLiteral("autoRefresh"),
                                     QStringLiteral("true"));
         }},
        {QStringLiteral("createdAt number"),
         [](const QByteArray& b) -> QByteArray {
             return withSessionField(b, QStringLiteral("c"), QStringLiteral("createdAt"), 1700000000.0);
         }},
        {QStringLiteral("serverState unknown value"),
         [](const QByteArray& b) -> QByteArray {
             return withSessionField(b, QStringLiteral("b"), QStringLiteral("serverState"),
                                     QStringLiteral("sleeping"));
         }},
        {QStringLiteral("garbage appended"),
         [](const QByteArray& b) -> QByteArray {
             return b + "\n}garbage{[\"x\"\n";
         }},
        {kNested,
         [](const QByteArray&) -> QByteArray {
             return QByteArray("{\"sessions\":") + QByteArray(kNestedDepth, '[') +
                    QByteArray(kNestedDepth, ']') + "}";
         }},
    };
    return all;
}

const QStringList& commands() {
    static const QStringList all{QStringLiteral("list"), QStringLiteral("keys clean"),
                                 QStringLiteral("refresh --all"), QStringLiteral("application start-up")};
    return all;
}

} // namespace

class TestSalvageRecovery : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DevServerProcess m_server;
    QString m_service;
    int m_round = 0;

    // A fresh store of a, b and c logged in, with nothing else in its keychain service.
    std::unique_ptr<Store> freshStore() {
        keyring::removeAll(m_service);
        auto store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("data%1").arg(++m_round)),
                                             m_service, m_server);
        const QString problem = ensureSessions(*store, kLabels, {demoUser(m_server)});
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return nullptr;
        }
        return store;
    }

    static void damageIndex(const Store& store, const Damage& damage) {
        const Result<IndexData> index = readIndex(store.cli->dataDir());
        QVERIFY(index.ok());
        const QByteArray damaged = damage(serializeIndex(*index));
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString path = store.cli->indexPath() + QLatin1String(suffix);
            QVERIFY(!QFile::exists(path) || QFile::remove(path));
        }
        QFile file(QDir(store.cli->dataDir()).filePath(QStringLiteral("sessions.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(damaged), damaged.size());
    }

    static QStringList corruptFiles(const Store& store) {
        return QDir(store.cli->dataDir())
            .entryList({QStringLiteral("sessions.json.corrupt-*")}, QDir::Files | QDir::Hidden);
    }

    // Each of `original`'s sessions still has a usable key: its original entry is in the keyring and
    // holds the private key, or (allowRefreshed) the index now gives the session a new key that is.
    QStringList lostKeys(const Store& store, const std::map<QString, QString>& original,
                         bool allowRefreshed) {
        QStringList lost;
        Result<IndexData> now = readIndex(store.cli->dataDir());
        for (const auto& [label, pub] : original) {
            QString key = pub;
            if (allowRefreshed && now) {
                // A session whose label the damage lost comes back as restored-<first 8 hex of its
                // key> (the salvage rule in docs/architecture.md), then refreshed under that label.
                const SessionRecord* s = now->findSession(label);
                for (auto it = now->sessions.begin(); !s && it != now->sessions.end(); ++it)
                    if (it->first.startsWith(QStringLiteral("restored-") + pub.left(8)))
                        s = &it->second;
                if (s)
                    key = s->token.claims.publicKey;
            }
            Result<QByteArray> secret = keyring::lookup(store.service, sessionKeyEntryName(key));
            if (!secret) {
                lost.append(
                    QStringLiteral("session %1: its key %2 is gone from the keyring").arg(label, key));
                continue;
            }
            if (!P256KeyPair::fromPrivateKeyHex(secret->trimmed(), key.toLatin1()))
                lost.append(
                    QStringLiteral("session %1: the keyring entry of %2 no longer holds its private key")
                        .arg(label, key));
        }
        return lost;
    }

    CliResult runCommand(const Store& store, const QString& command) {
        if (command == QLatin1String("application start-up")) {
#ifdef WS_TEST_HAVE_GUI
            const GuiRunner gui(store, m_dir.filePath(QStringLiteral("gui%1").arg(m_round)));
            return gui.runFor(3 * timeScale());
#else
            QTest::qFail("the application is not built (WS_BUILD_GUI=OFF)", __FILE__, __LINE__);
            return {};
#endif
        }
        return store.cli->run(command.split(QLatin1Char(' ')));
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_dir, m_server, {});
        m_service = uniqueTestService(QStringLiteral("salvage"));
    }

    void cleanupTestCase() {
        if (!m_service.isEmpty())
            keyring::removeAll(m_service);
    }

    // First, while every child so far was small: RUSAGE_CHILDREN's peak is then this list's.
    void nestedBracketsAreReadInBoundedTimeAndMemory() {
        std::unique_ptr<Store> store = freshStore();
        QVERIFY(store);
        Result<IndexData> intact = readIndex(store->cli->dataDir());
        QVERIFY(intact);
        const std::map<QString, QString> original = sessionPublicKeys(*intact);
        damageIndex(*store, damages().at(kNested));
        const CliResult listed = store->cli->run({QStringLiteral("list")});
        QVERIFY2(listed.finished,
                 qPrintable(QStringLiteral("list did not finish in time: ") + listed.describe()));
        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        QVERIFY2(
            usage.ru_maxrss < kMaxResidentKiB * timeScale(),
            qPrintable(QStringLiteral("reading a 200 KB index took %1 MiB").arg(usage.ru_maxrss / 1024)));
        QVERIFY2(!corruptFiles(*store).isEmpty(), "the nested-bracket file was not moved aside");
        const QStringList lost = lostKeys(*store, original, false);
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
    }

    void damagedIndexKeepsEveryKey_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("command");
        for (const auto& [damage, apply] : damages()) {
            // Read in bounded time only once fixed (issue 12, item 3): its own case below, so that the
            // matrix does not spend the whole time budget (and ~5 GB a run) on it until then.
            if (damage == kNested)
                continue;
            for (const QString& command : commands())
                QTest::newRow(qPrintable(damage + QStringLiteral(" / ") + command)) << damage << command;
        }
    }

    void damagedIndexKeepsEveryKey() {
        QFETCH(QString, damage);
        QFETCH(QString, command);
        std::unique_ptr<Store> store = freshStore();
        QVERIFY(store);
        Result<IndexData> intact = readIndex(store->cli->dataDir());
        QVERIFY(intact);
        const std::map<QString, QString> original = sessionPublicKeys(*intact);
        QCOMPARE(int(original.size()), int(kLabels.size()));
        damageIndex(*store, damages().at(damage));

        const CliResult first = runCommand(*store, command);
        QVERIFY2(first.finished,
                 qPrintable(command + QStringLiteral(" did not finish: ") + first.describe()));
        QVERIFY2(!corruptFiles(*store).isEmpty(),
                 qPrintable(QStringLiteral("no sessions.json.corrupt-* beside the index after ") + command));
        const bool refreshes = command == QLatin1String("refresh --all");
        QStringList lost = lostKeys(*store, original, refreshes);
        QVERIFY2(lost.isEmpty(),
                 qPrintable(command + QStringLiteral(" deleted keys:\n") + lost.join(QLatin1Char('\n'))));

        // The user's own clean-up afterwards (the audit's reproduction: list, then keys clean).
        const CliResult cleaned = store->cli->run({QStringLiteral("keys"), QStringLiteral("clean")});
        QVERIFY2(cleaned.finished, qPrintable(cleaned.describe()));
        const QJsonObject report = QJsonDocument::fromJson(cleaned.out).object();
        QVERIFY2(report.contains(QStringLiteral("deletedKeys")), qPrintable(cleaned.describe()));
        lost = lostKeys(*store, original, refreshes);
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("keys clean after %1 deleted keys (report %2):\n")
                                                .arg(command, QString::fromUtf8(QJsonDocument(report).toJson(
                                                                  QJsonDocument::Compact))) +
                                            lost.join(QLatin1Char('\n'))));
        QCOMPARE(report.value(QStringLiteral("deletedKeys")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSalvageRecovery)
#include "tst_salvage_recovery.moc"
