#include "TestEnvironment.h"
#include "keychain/KeychainErrors.h"
#include "keychain/KeychainStore.h"

#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

using namespace ws;

namespace {

constexpr int kWait = 30000;

// Runs one asynchronous store call and waits for its callback. Fails the test if the callback
// arrives synchronously from inside the call.
template <typename T, typename Call>
std::optional<Result<T>> runCall(Call call) {
    bool returned = false;
    bool synchronous = false;
    std::optional<Result<T>> result;
    QObject context;
    call(&context, [&](Result<T> r) {
        synchronous = !returned;
        result.emplace(std::move(r));
    });
    returned = true;
    if (!QTest::qWaitFor([&]() { return result.has_value(); }, kWait))
        qWarning("no callback within %d ms", kWait);
    if (synchronous) {
        qWarning("callback was called synchronously");
        return std::nullopt;
    }
    return result;
}

QString errorText(const Error& e) {
    return e.toString();
}

QString secretToolSearch(const QString& service) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!p.waitForFinished(kWait))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(p.readAll());
}

} // namespace

class TestKeychainStore : public QObject {
    Q_OBJECT
    QString m_service;
    std::unique_ptr<KeychainStore> m_store;

    Result<void> write(KeychainStore& store, const QString& entry, QByteArrayView secret) {
        auto r = runCall<void>(
            [&](QObject* ctx, Callback<void> cb) { store.writeSecret(entry, secret, ctx, cb); });
        return r ? std::move(*r) : Result<void>(Error(ErrorCode::Internal, QStringLiteral("bad callback")));
    }
    Result<SecureBytes> read(KeychainStore& store, const QString& entry) {
        auto r = runCall<SecureBytes>(
            [&](QObject* ctx, Callback<SecureBytes> cb) { store.readSecret(entry, ctx, cb); });
        return r ? std::move(*r)
                 : Result<SecureBytes>(Error(ErrorCode::Internal, QStringLiteral("bad callback")));
    }
    Result<void> remove(KeychainStore& store, const QString& entry) {
        auto r = runCall<void>([&](QObject* ctx, Callback<void> cb) { store.deleteSecret(entry, ctx, cb); });
        return r ? std::move(*r) : Result<void>(Error(ErrorCode::Internal, QStringLiteral("bad callback")));
    }
    Result<void> probe(KeychainStore& store) {
        auto r = runCall<void>([&](QObject* ctx, Callback<void> cb) { store.probe(ctx, cb); });
        return r ? std::move(*r) : Result<void>(Error(ErrorCode::Internal, QStringLiteral("bad callback")));
    }

private Q_SLOTS:
    // Pure mapping of QtKeychain's answers; needs no keyring.
    void errorMapping_data() {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<QString>("mentions");
        using keychain::Operation;
        const int read = int(Operation::Read), del = int(Operation::Delete), write = int(Operation::Write),
                  probe = int(Operation::Probe);
        const int unavailable = int(ErrorCode::KeychainUnavailable), denied = int(ErrorCode::KeychainDenied);
        QTest::newRow("ok") << write << int(QKeychain::NoError) << QString() << true << 0 << true
                            << QString();
        QTest::newRow("read missing")
            << read << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found") << false
            << int(ErrorCode::NotFound) << true << QStringLiteral("e1");
        QTest::newRow("delete missing")
            << del << int(QKeychain::EntryNotFound) << QString() << true << 0 << true << QString();
        QTest::newRow("probe missing")
            << probe << int(QKeychain::EntryNotFound) << QString() << true << 0 << true << QString();
        QTest::newRow("no backend") << write << int(QKeychain::NoBackendAvailable)
                                    << QStringLiteral("No keychain service available") << false << unavailable
                                    << false << QStringLiteral("gnome-keyring");
        QTest::newRow("no bus") << read << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << false
                                << unavailable << false << QStringLiteral("KWallet");
        QTest::newRow("dead bus") << probe << int(QKeychain::OtherError)
                                  << QStringLiteral("Could not connect: No such file or directory") << false
                                  << unavailable << false << QStringLiteral("gnome-keyring");
        QTest::newRow("no libsecret") << read << int(QKeychain::OtherError) << QStringLiteral("Unknown error")
                                      << false << unavailable << false << QStringLiteral("KWallet");
        QTest::newRow("no collection")
            << write << int(QKeychain::OtherError)
            << QStringLiteral(
                   "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
            << false << unavailable << false << QStringLiteral("gnome-keyring");
        QTest::newRow("cancelled") << read << int(QKeychain::AccessDeniedByUser)
                                   << QStringLiteral("cancelled") << false << denied << true
                                   << QStringLiteral("cancelled");
        QTest::newRow("denied") << read << int(QKeychain::AccessDenied) << QStringLiteral("nope") << false
                                << denied << true << QStringLiteral("nope");
        QTest::newRow("other") << del << int(QKeychain::CouldNotDeleteEntry)
                               << QStringLiteral("weird failure") << false << unavailable << true
                               << QStringLiteral("weird failure");
    }
    void errorMapping() {
        QFETCH(int, op);
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, expected);
        QFETCH(bool, answered);
        QFETCH(QString, mentions);
        const auto out = keychain::interpretJobResult(keychain::Operation(op), QStringLiteral("e1"),
                                                      QKeychain::Error(code), text);
        QCOMPARE(out.ok, ok);
        QCOMPARE(out.backendAnswered, answered);
        if (!ok) {
            QCOMPARE(int(out.error.code), expected);
            QVERIFY2(out.error.message.contains(mentions), qPrintable(out.error.message));
        }
    }

    void entryNames() {
        QCOMPARE(sessionKeyEntryName(QStringLiteral("02ab")), QStringLiteral("session-key/02ab"));
        QCOMPARE(apiKeyEntryName(QStringLiteral("03cd")), QStringLiteral("api-key/03cd"));
    }

    // The environment without a bus must fail fast with KEYCHAIN_UNAVAILABLE, never hang, never
    // be reported by the watchdog (which would mean it hung). Needs no keyring.
    void unavailableWithoutBusFailsFast() {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(ws::test::binDir() + QStringLiteral("/keychain_child"),
                    {ws::test::uniqueTestService(QStringLiteral("nobus")), QStringLiteral("60000")});
        const bool finished = child.waitForFinished(kWait * 2);
        if (!finished)
            child.kill();
        const QString out = QString::fromUtf8(child.readAll());
        QVERIFY2(finished, qPrintable(QStringLiteral("the child hung; output so far:\n") + out));
        QCOMPARE(child.exitCode(), 0);
        for (const char* op : {"probe", "write", "read", "delete"}) {
            QVERIFY2(out.contains(QLatin1String(op) + QStringLiteral(" KEYCHAIN_UNAVAILABLE answered ")),
                     qPrintable(out));
        }
        QVERIFY2(!out.contains(QStringLiteral("watchdog")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("gnome-keyring")), qPrintable(out)); // guidance for the user
        QVERIFY2(out.contains(QStringLiteral("health Unavailable")), qPrintable(out));
        qInfo("%s", qPrintable(out));
    }

    // ---- the real keyring from here on ----
    void initTestCase_keyring() {
        m_service = ws::test::uniqueTestService(QStringLiteral("keychain"));
        m_store = std::make_unique<KeychainStore>(m_service, std::chrono::seconds(20));
        QCOMPARE(m_store->health(), SecretStore::Health::Unknown);
        QSignalSpy spy(m_store.get(), &SecretStore::healthChanged);
        const auto probed = probe(*m_store);
        WS_REQUIRE_KEYRING_OR_SKIP(probed.ok(), probed.ok() ? QString() : errorText(probed.error()));
        QCOMPARE(m_store->health(), SecretStore::Health::Healthy);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<SecretStore::Health>(), SecretStore::Health::Healthy);
        QVERIFY(m_store->describe().contains(m_service));
        QVERIFY(m_store->describe().contains(QStringLiteral("available")));
    }

    void writeReadDeleteRoundTrip() {
        if (!m_store || m_store->health() != SecretStore::Health::Healthy)
            QSKIP("keyring not available (initTestCase_keyring failed or skipped)");
        const QString entry = sessionKeyEntryName(QStringLiteral("02") + QString(64, QLatin1Char('a')));
        const QByteArray secret("\x00\x01secret\xff\xfe bytes", 16);

        const auto written = write(*m_store, entry, secret);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : errorText(written.error())));

        const QString found = secretToolSearch(m_service);
        QVERIFY2(found.contains(QStringLiteral("attribute.user = ") + entry), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("attribute.server = ") + m_service), qPrintable(found));

        auto readBack = read(*m_store, entry);
        QVERIFY2(readBack.ok(), qPrintable(readBack.ok() ? QString() : errorText(readBack.error())));
        QCOMPARE(QByteArray(readBack->constData(), readBack->size()), secret);

        // Overwrite keeps one entry with the new value.
        QVERIFY(write(*m_store, entry, "second").ok());
        readBack = read(*m_store, entry);
        QVERIFY(readBack.ok());
        QCOMPARE(QByteArray(readBack->constData(), readBack->size()), QByteArray("second"));

        const auto removed = remove(*m_store, entry);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : errorText(removed.error())));
        const auto missing = read(*m_store, entry);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(entry));
        QVERIFY2(!secretToolSearch(m_service).contains(entry), qPrintable(secretToolSearch(m_service)));
    }

    void deleteMissingSucceeds() {
        if (!m_store || m_store->health() != SecretStore::Health::Healthy)
            QSKIP("keyring not available");
        const auto removed = remove(*m_store, QStringLiteral("never-written"));
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : errorText(removed.error())));
        QCOMPARE(m_store->health(), SecretStore::Health::Healthy);
    }

    void deadContextDropsCallback() {
        if (!m_store || m_store->health() != SecretStore::Health::Healthy)
            QSKIP("keyring not available");
        bool called = false;
        auto* context = new QObject;
        m_store->readSecret(QStringLiteral("never-written"), context,
                            [&](Result<SecureBytes>) { called = true; });
        m_store->writeSecret(QStringLiteral("ctx-entry"), "x", context, [&](Result<void>) { called = true; });
        delete context;
        // Jobs run one after another, so once this later call has answered, the earlier ones have too.
        QVERIFY(remove(*m_store, QStringLiteral("ctx-entry")).ok());
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void watchdogMarksUnavailableUntilProbe() {
        if (!m_store || m_store->health() != SecretStore::Health::Healthy)
            QSKIP("keyring not available");
        KeychainStore store(m_service, std::chrono::milliseconds(1));
        QSignalSpy spy(&store, &SecretStore::healthChanged);
        const QString entry = apiKeyEntryName(QStringLiteral("03") + QString(64, QLatin1Char('b')));

        // The real job cannot answer within 1 ms: the watchdog answers for it.
        const auto written = write(store, entry, "late");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY2(written.error().message.contains(QStringLiteral("did not answer within")),
                 qPrintable(written.error().message));
        QCOMPARE(store.health(), SecretStore::Health::Unavailable);
        QCOMPARE(spy.count(), 1);

        // New calls fail fast (still asynchronously) instead of queueing behind a possibly hung job.
        store.setWatchdog(std::chrono::seconds(20));
        const auto fast = read(store, entry);
        QVERIFY(!fast.ok());
        QCOMPARE(fast.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(!fast.error().message.contains(QStringLiteral("did not answer within")));
        QVERIFY(!remove(store, entry).ok());
        QVERIFY(store.describe().contains(QStringLiteral("not available")));

        // The late job finishes on its own; its result must be ignored without crashing.
        QTest::qWait(1500);
        QCOMPARE(store.health(), SecretStore::Health::Unavailable);

        const auto probed = probe(store);
        QVERIFY2(probed.ok(), qPrintable(probed.ok() ? QString() : errorText(probed.error())));
        QCOMPARE(store.health(), SecretStore::Health::Healthy);
        QCOMPARE(spy.count(), 2);
        QVERIFY(remove(store, entry).ok());
        QVERIFY(!secretToolSearch(m_service).contains(entry));
    }

    void storeDestroyedWithJobInFlight() {
        if (!m_store || m_store->health() != SecretStore::Health::Healthy)
            QSKIP("keyring not available");
        bool called = false;
        {
            KeychainStore store(m_service, std::chrono::seconds(20));
            store.readSecret(QStringLiteral("never-written"), nullptr,
                             [&](Result<SecureBytes>) { called = true; });
        }
        // The orphaned job finishes and deletes itself; nothing may call into the dead store.
        QVERIFY(remove(*m_store, QStringLiteral("never-written")).ok());
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
