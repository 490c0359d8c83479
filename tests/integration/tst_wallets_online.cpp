// What a session opens: SessionManager::getWallets() against the in-process devserver over loopback
// HTTP and the real keyring — the listing, who stamps it, the cache and its error cases.
#include "OnlineHarness.h"
#include "TestEnvironment.h"
#include "WalletCatalog.h"

#include <QTest>

using namespace ws;
using namespace ws::test;

class TestWalletsOnline : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    SessionManager& m() { return h->manager(); }

    Result<QList<WalletInfo>> wallets(const QString& label, bool reload = false) {
        return waitFor<QList<WalletInfo>>(
            [&](QObject* c, Callback<QList<WalletInfo>> cb) { m().getWallets(label, reload, c, cb); });
    }
    // The keys that stamped the public API requests since entry `from` of the server's stamp log.
    QSet<QByteArray> stampersSince(qsizetype from) {
        QSet<QByteArray> keys;
        const auto& entries = h->server().stampLog().entries();
        for (qsizetype i = from; i < entries.size(); ++i)
            keys.insert(entries.at(i).publicKey);
        return keys;
    }
    qsizetype logSize() { return h->server().stampLog().entries().size(); }

private Q_SLOTS:
    void init() {
        h = std::make_unique<OnlineHarness>();
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
    }
    void cleanup() { h.reset(); }

    void listsTheOrganizationsWalletsStampedWithTheSessionsKey() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const QString pub = h->publicKeyOf(QStringLiteral("work"));
        const qsizetype from = logSize();
        const auto listed = wallets(QStringLiteral("work"));
        WS_VERIFY_OK(listed);
        const QList<devserver::Wallet> expected =
            devserver::wallets::forOrganization(h->fixture().organizationId());
        QCOMPARE(listed.value().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const WalletInfo& got = listed.value().at(i);
            QCOMPARE(got.walletId, expected.at(i).walletId);
            QCOMPARE(got.walletName, expected.at(i).walletName);
            QCOMPARE(got.accounts.size(), expected.at(i).accounts.size());
            for (qsizetype j = 0; j < got.accounts.size(); ++j) {
                QCOMPARE(got.accounts.at(j).address, expected.at(i).accounts.at(j).address);
                QCOMPARE(got.accounts.at(j).curve, expected.at(i).accounts.at(j).curve);
                QCOMPARE(got.accounts.at(j).path, expected.at(i).accounts.at(j).path);
                QCOMPARE(got.accounts.at(j).addressFormat, expected.at(i).accounts.at(j).addressFormat);
            }
        }
        QCOMPARE(listed.value().at(0).accounts.at(0).curve, QStringLiteral("CURVE_SECP256K1"));
        QVERIFY(listed.value().at(0).accounts.at(0).address.startsWith(QStringLiteral("0x")));
        QCOMPARE(listed.value().at(1).accounts.at(0).addressFormat, QStringLiteral("ADDRESS_FORMAT_SOLANA"));
        // One list_wallets and one list_wallet_accounts per wallet, every one stamped by the session's key.
        QCOMPARE(logSize() - from, qsizetype(1 + expected.size()));
        QCOMPARE(stampersSince(from), QSet<QByteArray>{pub.toLatin1()});
    }

    void cachedForTheSessionsLifetimeAndReloadedWithItsRefresh() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const auto first = wallets(QStringLiteral("work"));
        WS_VERIFY_OK(first);
        int requests = h->server().requestCount();
        // Cached: no request at all, the same answer.
        const auto cached = wallets(QStringLiteral("work"));
        WS_VERIFY_OK(cached);
        QCOMPARE(h->server().requestCount(), requests);
        QCOMPARE(cached.value().size(), first.value().size());
        QCOMPARE(cached.value().at(0).accounts.at(1).address, first.value().at(0).accounts.at(1).address);
        // Reload asks again.
        WS_VERIFY_OK(wallets(QStringLiteral("work"), true));
        QVERIFY(h->server().requestCount() > requests);
        // A refresh gives the session a new key: the next request loads again, stamped with that key.
        const auto refreshed = h->refresh(QStringLiteral("work"));
        WS_VERIFY_OK(refreshed);
        requests = h->server().requestCount();
        const qsizetype from = logSize();
        WS_VERIFY_OK(wallets(QStringLiteral("work")));
        QCOMPARE(h->server().requestCount(), requests + 1 + int(first.value().size()));
        QCOMPARE(stampersSince(from), QSet<QByteArray>{refreshed.value().token.claims.publicKey.toLatin1()});
    }

    void concurrentRequestsShareOneLoad() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const int before = h->server().requestCount();
        std::optional<Result<QList<WalletInfo>>> a;
        std::optional<Result<QList<WalletInfo>>> b;
        QObject context;
        m().getWallets(QStringLiteral("work"), false, &context, [&](Result<QList<WalletInfo>> r) { a = r; });
        m().getWallets(QStringLiteral("work"), false, &context, [&](Result<QList<WalletInfo>> r) { b = r; });
        QVERIFY(QTest::qWaitFor([&] { return a && b; }, 20000));
        WS_VERIFY_OK(*a);
        WS_VERIFY_OK(*b);
        QCOMPARE(h->server().requestCount() - before, 1 + int(a->value().size()));
    }

    void errorCases() {
        // No such session, no active session: nothing sent.
        const int before = h->server().requestCount();
        WS_VERIFY_ERROR(wallets(QStringLiteral("nope")), ErrorCode::NotFound);
        WS_VERIFY_ERROR(wallets(QString()), ErrorCode::NoSessionFound);
        QCOMPARE(h->server().requestCount(), before);

        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        // A server error (retries exhausted) reaches the caller naming the session, and is not cached.
        h->server().failNext(500, 20);
        const auto failed = wallets(QStringLiteral("work"));
        WS_VERIFY_ERROR(failed, ErrorCode::ServerError);
        QVERIFY2(failed.error().message.contains(QStringLiteral("work")), qPrintable(failed.error().message));
        h->server().resetFaults();
        WS_VERIFY_OK(wallets(QStringLiteral("work")));

        // A reply cut short is BAD_RESPONSE.
        h->server().malformNext(1);
        WS_VERIFY_ERROR(wallets(QStringLiteral("work"), true), ErrorCode::BadResponse);
        h->server().resetFaults();

        // A key the server no longer knows: the session is revoked.
        const QString pub = h->publicKeyOf(QStringLiteral("work"));
        QStringList ids;
        for (const auto& key : h->server().apiKeysForUser(h->fixture().userId()))
            if (QString::fromLatin1(key.publicKey) == pub)
                ids.append(key.id);
        WS_VERIFY_OK(h->server().state().deleteKeys(h->fixture().userId(), ids));
        WS_VERIFY_ERROR(wallets(QStringLiteral("work"), true), ErrorCode::SessionExpired);

        // An expired session is not asked about at all.
        WS_VERIFY_OK(h->login(QStringLiteral("short"), false, 60));
        h->clock().advanceSecs(120);
        const int beforeExpired = h->server().requestCount();
        WS_VERIFY_ERROR(wallets(QStringLiteral("short")), ErrorCode::SessionExpired);
        QCOMPARE(h->server().requestCount(), beforeExpired);
    }

    void unknownWalletIsNotFound() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        auto key = h->fixture().demoKey();
        WS_VERIFY_OK(key);
        auto signer = std::make_shared<const P256KeyPair>(std::move(key).value());
        const auto accounts =
            waitFor<QList<WalletAccountInfo>>([&](QObject* c, Callback<QList<WalletAccountInfo>> cb) {
                h->client().listWalletAccounts(signer, h->fixture().organizationId(),
                                               QStringLiteral("no-such-wallet"), c, cb);
            });
        WS_VERIFY_ERROR(accounts, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWalletsOnline)
#include "tst_wallets_online.moc"
