// End-to-end tests of wallet-sessions-cli: the built executable, a wallet-sessions-devserver
// process on loopback and the real keyring (scripts/test runs them inside ws_headless).
#include "CliHarness.h"
#include "Fixtures.h"
#include "TestEnvironment.h"
#include "keychain/KeychainStore.h"
#include "keychain/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace ws;
using namespace ws::test;

namespace {

bool keyringAnswers(QString* why) {
    KeychainStore store(uniqueTestService(QStringLiteral("cli-probe")), std::chrono::seconds(15));
    bool done = false;
    bool ok = false;
    QObject context;
    store.probe(&context, [&](Result<void> r) {
        done = true;
        ok = r.ok();
        if (!r)
            *why = r.error().toString();
    });
    (void)QTest::qWaitFor([&done] { return done; }, 20000);
    if (!done)
        *why = QStringLiteral("the keychain did not answer within 20 s");
    return ok;
}

QJsonObject findSession(const QJsonArray& list, const QString& key) {
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("sessionKey")).toString() == key)
            return v.toObject();
    return {};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helpVersionAndUsage();
    void loginFromFileAndStdin();
    void loginBadInput();
    void loginKeychainUnavailable();
    void loginReplace();
    void loginReplaceAsStored();
    void listJsonShape();
    void showAndUse();
    void refreshOne();
    void refreshAll();
    void verifyAliveAndRevoked();
    void serverDown();
    void clearAndRevoke();
    void clearAllNeedsConfirmation();
    void logout();
    void keysListAndClean();
    void tokenDecode();
    void tokenVerify();

private:
    DevServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCli::initTestCase() {
    QString why;
    WS_REQUIRE_KEYRING_OR_SKIP(keyringAnswers(&why), why);
    const Result<void> started = m_server.start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    const Result<void> keyFile = m_server.writeKeyFile();
    QVERIFY2(keyFile, keyFile ? "" : qPrintable(keyFile.error().message));
}

void TestCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(
        userCliRunner(m_dir->filePath(QStringLiteral("data")), uniqueTestService(QStringLiteral("cli"))));
    m_cli->setServer(m_server);
}

// Leaves no keychain entries behind.
void TestCli::cleanup() {
    if (m_cli)
        m_cli->run({QStringLiteral("clear-all"), QStringLiteral("--yes")});
}

void TestCli::helpVersionAndUsage() {
    CliResult r = m_cli->run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* word :
         {"login", "list", "show", "use", "refresh", "verify", "clear-all", "logout", "keys list",
          "keys clean", "token decode", "token verify", "Exit codes", "6  key store unavailable"})
        QVERIFY2(r.out.contains(word), word);

    r = m_cli->run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("wallet-sessions-cli " WS_VERSION), r.out.constData());

    r = m_cli->run({QStringLiteral("login"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--api-private-key-file"));
    QVERIFY(!r.out.contains("--api-private-key "));

    for (const QStringList& bad :
         QList<QStringList>{{QStringLiteral("frobnicate")},
                            {},
                            {QStringLiteral("keys")},
                            {QStringLiteral("token")},
                            {QStringLiteral("list"), QStringLiteral("--bogus")},
                            {QStringLiteral("list"), QStringLiteral("extra")},
                            {QStringLiteral("use")},
                            {QStringLiteral("show"), QString()},
                            {QStringLiteral("refresh"), QStringLiteral("a"), QStringLiteral("--all")}}) {
        r = m_cli->run(bad);
        QVERIFY2(r.exitCode == 2, qPrintable(bad.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1); // one line
    }
    // Issue 18: a likely typo gets exactly one line with the suggestion.
    r = m_cli->run({QStringLiteral("lst")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QByteArray("unknown command 'lst'; did you mean 'list'?\n"));
    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("lsit")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray("unknown command 'keys lsit'; did you mean 'keys list'?\n"));
    r = m_cli->run({QStringLiteral("refersh"), QStringLiteral("work")});
    QCOMPARE(r.err, QByteArray("unknown command 'refersh'; did you mean 'refresh'?\n"));
    // --verbose is documented as a global option: accepted before and after the command.
    QVERIFY(m_cli->run({QStringLiteral("--help")}).out.contains("--verbose"));
    for (const QStringList& verbose :
         QList<QStringList>{{QStringLiteral("--verbose"), QStringLiteral("list")},
                            {QStringLiteral("list"), QStringLiteral("--verbose")}}) {
        r = m_cli->run(verbose);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(verbose.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
    }
    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("USAGE"));
    QVERIFY(r.errorJson().value(QStringLiteral("message")).toString().contains(QStringLiteral("frobnicate")));
}

void TestCli::loginFromFileAndStdin() {
    CliResult r = m_cli->login(m_server, QStringLiteral("from-file"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains("from-file"));

    QFile key(m_server.keyFile());
    QVERIFY(key.open(QIODevice::ReadOnly));
    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("--organization-id"),
                    m_server.organizationId(), QStringLiteral("--api-public-key"), m_server.apiPublicKey(),
                    QStringLiteral("--api-private-key-file"), QStringLiteral("-"),
                    QStringLiteral("--session-key"), QStringLiteral("from-stdin"),
                    QStringLiteral("--expiration-seconds"), QStringLiteral("60")},
                   key.readAll());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject s = r.json().object();
    QCOMPARE(s.value(QStringLiteral("sessionKey")).toString(), QStringLiteral("from-stdin"));
    QCOMPARE(s.value(QStringLiteral("userId")).toString(), m_server.userId());
    QCOMPARE(s.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("lifetimeSeconds")).toInteger(), 60);
    QVERIFY(s.value(QStringLiteral("expiresIn")).toInteger() > 30);
    QVERIFY(s.value(QStringLiteral("expiresIn")).toInteger() <= 60);
    QCOMPARE(s.value(QStringLiteral("signatureVerified")).toBool(), true);

    // The key is usable: the server accepts a whoami stamped with it.
    r = m_cli->run({QStringLiteral("verify"), QStringLiteral("from-stdin")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCli::loginBadInput() {
    const QStringList base{QStringLiteral("login"), QStringLiteral("--organization-id"),
                           m_server.organizationId(), QStringLiteral("--api-public-key"),
                           m_server.apiPublicKey()};
    const auto withFile = [&base](const QString& path) {
        return base + QStringList{QStringLiteral("--api-private-key-file"), path};
    };

    // Unreadable key file: missing, a directory, no permission (root reads anything, so not that one).
    CliResult r = m_cli->run(withFile(m_dir->filePath(QStringLiteral("missing.hex"))));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("missing.hex"), r.err.constData());
    r = m_cli->run(QStringList{QStringLiteral("--json")} + withFile(m_dir->path()));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_INPUT"));

    // Garbage, a short key, an empty stdin. The content never appears in the message.
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.hex"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("zz-not-a-key-zz-secretish-content-000000000000000000000000000000000\n");
    g.close();
    r = m_cli->run(withFile(garbage));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.contains("secretish"));
    r = m_cli->run(withFile(QStringLiteral("-")), "abcdef\n");
    QCOMPARE(r.exitCode, 1);
    r = m_cli->run(withFile(QStringLiteral("-")));
    QCOMPARE(r.exitCode, 1);

    // Usage errors: the key as an argument, missing options, bad public key, too short a lifetime.
    r = m_cli->run(base + QStringList{QStringLiteral("--api-private-key"), m_server.apiPrivateKey()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("never accepted as an argument"));
    QVERIFY(!r.err.contains(m_server.apiPrivateKey().toLatin1()));
    r = m_cli->run({QStringLiteral("login"), QStringLiteral("--api-private-key-file"), m_server.keyFile()});
    QCOMPARE(r.exitCode, 2);
    r = m_cli->run({QStringLiteral("login"), QStringLiteral("--organization-id"), m_server.organizationId(),
                    QStringLiteral("--api-public-key"), QStringLiteral("04abcd"),
                    QStringLiteral("--api-private-key-file"), m_server.keyFile()});
    QCOMPARE(r.exitCode, 2);
    r = m_cli->run(withFile(m_server.keyFile()) +
                   QStringList{QStringLiteral("--expiration-seconds"), QStringLiteral("10")});
    QCOMPARE(r.exitCode, 2);
    r = m_cli->run(withFile(m_server.keyFile()) +
                   QStringList{QStringLiteral("--session-key"), QStringLiteral("a\nb")});
    QCOMPARE(r.exitCode, 2);

    // Issue 18: a wrong organization is said in plain words, not as "log in again".
    const QString wrongOrg = QStringLiteral("11111111-2222-3333-4444-555555555555");
    r = m_cli->run({QStringLiteral("login"), QStringLiteral("--organization-id"), wrongOrg,
                    QStringLiteral("--api-public-key"), m_server.apiPublicKey(),
                    QStringLiteral("--api-private-key-file"), m_server.keyFile()});
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QByteArray(QByteArray("This API key does not belong to organization ") +
                                       wrongOrg.toLatin1())),
             qPrintable(r.describe()));
    QVERIFY2(!r.err.contains("log in again"), qPrintable(r.describe()));

    // A private key that does not belong to the public key: refused, nothing stored.
    const QString other = m_dir->filePath(QStringLiteral("other.hex"));
    QFile o(other);
    QVERIFY(o.open(QIODevice::WriteOnly));
    o.write("592f8fef177f370b51a6eafe5ae33fa5ff7e0ed715be3cb6561e50e5916ee187\n");
    o.close();
    r = m_cli->run(withFile(other));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("list")});
    QCOMPARE(r.json().array().size(), 0);
}

void TestCli::loginKeychainUnavailable() {
    // No session bus and no display: QtKeychain fails at once ("no secure storage").
    CliRunner noKeyring = userCliRunner(m_cli->dataDir(), uniqueTestService(QStringLiteral("cli-nokeyring")));
    noKeyring.setServer(m_server);
    noKeyring.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                   QStringLiteral("unix:path=") + m_dir->filePath(QStringLiteral("no-bus")));
    noKeyring.environment().remove(QStringLiteral("DISPLAY"));
    CliResult r = noKeyring.run(QStringList{QStringLiteral("--json"), QStringLiteral("login"),
                                            QStringLiteral("--organization-id"), m_server.organizationId(),
                                            QStringLiteral("--api-public-key"), m_server.apiPublicKey(),
                                            QStringLiteral("--api-private-key-file"), m_server.keyFile()});
    QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    QCOMPARE(r.errorJson().value(QStringLiteral("exitCode")).toInt(), 6);
    QVERIFY(r.errorJson().value(QStringLiteral("code")).toString().startsWith(QStringLiteral("KEYCHAIN_")));
    // Offline reads still work without a keychain.
    r = noKeyring.run({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
}

// Sign in again from the CLI: a taken name is refused with the way out named; --replace puts a new
// session (new key) under the same name, deletes the old key from the keychain, and keeps how the
// session was created.
void TestCli::loginReplace() {
    CliResult r = m_cli->login(m_server, QStringLiteral("work"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("work")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString oldKey = r.json().object().value(QStringLiteral("publicKey")).toString();
    QCOMPARE(r.json().object().value(QStringLiteral("signInMethod")).toString(),
             QStringLiteral("api-key:") + m_server.apiPublicKey().toLower());
    QVERIFY(!oldKey.isEmpty());

    QFile key(m_server.keyFile());
    QVERIFY(key.open(QIODevice::ReadOnly));
    const QByteArray privateKey = key.readAll();
    const QStringList login{QStringLiteral("--json"),
                            QStringLiteral("login"),
                            QStringLiteral("--organization-id"),
                            m_server.organizationId(),
                            QStringLiteral("--api-public-key"),
                            m_server.apiPublicKey(),
                            QStringLiteral("--api-private-key-file"),
                            QStringLiteral("-"),
                            QStringLiteral("--session-key"),
                            QStringLiteral("work")};
    r = m_cli->run(login, privateKey);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("ALREADY_EXISTS"));
    QVERIFY2(r.errorJson().value(QStringLiteral("message")).toString().contains(QStringLiteral("--replace")),
             r.err.constData());

    r = m_cli->run(login + QStringList{QStringLiteral("--replace"), QStringLiteral("--expiration-seconds"),
                                       QStringLiteral("1800")},
                   privateKey);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject replaced = r.json().object();
    QCOMPARE(replaced.value(QStringLiteral("sessionKey")).toString(), QStringLiteral("work"));
    QCOMPARE(replaced.value(QStringLiteral("lifetimeSeconds")).toInteger(), 1800);
    const QString newKey = replaced.value(QStringLiteral("publicKey")).toString();
    QVERIFY(!newKey.isEmpty() && newKey != oldKey);

    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().array().size(), qsizetype(1));
    // The keychain holds the new session's key only: the old one was deleted as clear deletes it.
    QCOMPARE(keyring::entries(m_cli->service()), QStringList{sessionKeyEntryName(newKey)});
    r = m_cli->run({QStringLiteral("verify"), QStringLiteral("work")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

// `login --replace` alone signs in again the stored session's way (issue 18, the window's Sign in
// again): its organization and API key, here remembered in the keychain so that no key file is
// needed, and its lifetime. `keys list` shows the remembered key; a name with no session is refused.
void TestCli::loginReplaceAsStored() {
    CliResult r = m_cli->login(m_server, QStringLiteral("again"),
                               {QStringLiteral("--remember-api-key"), QStringLiteral("--expiration-seconds"),
                                QStringLiteral("1200")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject remembered;
    for (const QJsonValue& key : r.json().array())
        if (key.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("api-key"))
            remembered = key.toObject();
    QCOMPARE(remembered.value(QStringLiteral("publicKey")).toString().toLower(),
             m_server.apiPublicKey().toLower());
    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("api-key"), qPrintable(r.describe()));

    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("again")});
    const QString oldKey = r.json().object().value(QStringLiteral("publicKey")).toString();
    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("--replace"),
                    QStringLiteral("--session-key"), QStringLiteral("again")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject replaced = r.json().object();
    QCOMPARE(replaced.value(QStringLiteral("lifetimeSeconds")).toInteger(), 1200);
    const QString newKey = replaced.value(QStringLiteral("publicKey")).toString();
    QVERIFY(!newKey.isEmpty() && newKey != oldKey);
    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("again")});
    QCOMPARE(r.json().object().value(QStringLiteral("signInMethod")).toString(),
             QStringLiteral("api-key:") + m_server.apiPublicKey().toLower());
    QCOMPARE(r.json().object().value(QStringLiteral("organizationId")).toString(), m_server.organizationId());
    QCOMPARE(m_cli->run({QStringLiteral("verify"), QStringLiteral("again")}).exitCode, 0);

    // Another way's options do not go with it; a name with no session says what to give instead.
    r = m_cli->run({QStringLiteral("login"), QStringLiteral("--replace"), QStringLiteral("--session-key"),
                    QStringLiteral("again"), QStringLiteral("--no-browser")});
    QVERIFY2(r.exitCode == 2 && r.err.contains("--no-browser goes with --oauth"), qPrintable(r.describe()));
    r = m_cli->run({QStringLiteral("login"), QStringLiteral("--replace"), QStringLiteral("--session-key"),
                    QStringLiteral("nosuch")});
    QVERIFY2(r.exitCode == 3 && r.err.contains("no session 'nosuch'") && r.err.contains("--organization-id"),
             qPrintable(r.describe()));
    QCOMPARE(m_cli->run({QStringLiteral("--json"), QStringLiteral("list")}).json().array().size(),
             qsizetype(1));
}

void TestCli::listJsonShape() {
    CliResult r = m_cli->run({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("No sessions"));
    QVERIFY2(m_cli->login(m_server, QStringLiteral("alpha")).exitCode == 0, "login");
    QVERIFY2(m_cli->login(m_server, QStringLiteral("beta"),
                          {QStringLiteral("--expiration-seconds"), QStringLiteral("45")})
                     .exitCode == 0,
             "login");

    r = m_cli->run({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].contains("SESSION KEY") && lines[0].contains("TIME LEFT") &&
            lines[0].contains("STATUS"));
    QVERIFY(lines[2].startsWith("*") && lines[2].contains("beta") && lines[2].contains("valid"));
    QVERIFY(!lines[1].startsWith("*"));

    r = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = r.json().array();
    QCOMPARE(list.size(), 2);
    const QJsonObject beta = findSession(list, QStringLiteral("beta"));
    const QStringList fields{
        QStringLiteral("sessionKey"),  QStringLiteral("active"),         QStringLiteral("userId"),
        QStringLiteral("username"),    QStringLiteral("organizationId"), QStringLiteral("organizationName"),
        QStringLiteral("sessionType"), QStringLiteral("publicKey"),      QStringLiteral("expiry"),
        QStringLiteral("expiresIn"),   QStringLiteral("status"),         QStringLiteral("keyStore")};
    QCOMPARE(beta.keys().size(), fields.size());
    for (const QString& f : fields)
        QVERIFY2(beta.contains(f), qPrintable(f));
    QVERIFY(beta.value(QStringLiteral("active")).isBool());
    QVERIFY(beta.value(QStringLiteral("expiry")).isDouble());
    QCOMPARE(beta.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(beta.value(QStringLiteral("organizationId")).toString(), m_server.organizationId());
    QCOMPARE(beta.value(QStringLiteral("sessionType")).toString(), QStringLiteral("SESSION_TYPE_READ_WRITE"));
    QCOMPARE(beta.value(QStringLiteral("publicKey")).toString().size(), 66);
    const qint64 expiresIn = beta.value(QStringLiteral("expiresIn")).toInteger();
    QVERIFY2(expiresIn > 0 && expiresIn <= 45, qPrintable(QString::number(expiresIn)));
    QCOMPARE(findSession(list, QStringLiteral("alpha")).value(QStringLiteral("active")).toBool(), false);
    // Issue 18: names, not IDs, once the log-in's whoami told them (the IDs stay in the JSON and `show`).
    const QString username = beta.value(QStringLiteral("username")).toString();
    const QString organizationName = beta.value(QStringLiteral("organizationName")).toString();
    QVERIFY(!username.isEmpty() && !organizationName.isEmpty());
    QVERIFY2(lines[2].contains(username.toUtf8()) && lines[2].contains(organizationName.left(12).toUtf8()),
             lines[2].constData());
    QVERIFY2(!lines[2].contains(beta.value(QStringLiteral("userId")).toString().left(8).toUtf8()),
             lines[2].constData());
}

void TestCli::showAndUse() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("one")).exitCode == 0);
    QVERIFY(m_cli->login(m_server, QStringLiteral("two")).exitCode == 0);

    CliResult r = m_cli->run({QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject s = r.json().object();
    QCOMPARE(s.value(QStringLiteral("sessionKey")).toString(), QStringLiteral("two"));
    for (const char* f :
         {"sessionProfileId", "scope", "expiresAt", "lifetimeSeconds", "createdAt", "refreshedAt",
          "autoRefresh", "serverState", "lastError", "signatureVerified", "token"})
        QVERIFY2(s.contains(QLatin1String(f)), f);
    QCOMPARE(s.value(QStringLiteral("lifetimeSeconds")).toInteger(), 900);
    // What the session opens, loaded with its own key (the devserver's stamp log names it).
    const QJsonArray wallets = s.value(QStringLiteral("wallets")).toArray();
    QCOMPARE(wallets.size(), 2);
    QCOMPARE(wallets.at(0).toObject().value(QStringLiteral("walletName")).toString(),
             QStringLiteral("Default Wallet"));
    const QJsonObject account =
        wallets.at(0).toObject().value(QStringLiteral("accounts")).toArray().at(0).toObject();
    QVERIFY(account.value(QStringLiteral("address")).toString().startsWith(QStringLiteral("0x")));
    QCOMPARE(account.value(QStringLiteral("curve")).toString(), QStringLiteral("CURVE_SECP256K1"));
    QCOMPARE(account.value(QStringLiteral("path")).toString(), QStringLiteral("m/44'/60'/0'/0/0"));
    QCOMPARE(account.value(QStringLiteral("addressFormat")).toString(),
             QStringLiteral("ADDRESS_FORMAT_ETHEREUM"));
    const QJsonArray stamps = m_server.state().value(QStringLiteral("stamps")).toArray();
    QVERIFY(!stamps.isEmpty());
    QCOMPARE(stamps.last().toObject().value(QStringLiteral("publicKey")).toString(),
             s.value(QStringLiteral("publicKey")).toString());
    r = m_cli->run({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("--no-wallets")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.json().object().contains(QStringLiteral("wallets")));
    QVERIFY(!r.json().object().contains(QStringLiteral("walletsError")));

    r = m_cli->run({QStringLiteral("show"), QStringLiteral("one")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Session key:") && r.out.contains("one") && r.out.contains("Public key:"));
    // The starred session is the default one (not "active", a word the status also uses), and the
    // user and organization are "name (ID)".
    QVERIFY2(r.out.contains("Default:") && !r.out.contains("Active:"), r.out.constData());
    const QJsonObject one = m_cli
                                ->run({QStringLiteral("show"), QStringLiteral("one"),
                                       QStringLiteral("--json"), QStringLiteral("--no-wallets")})
                                .json()
                                .object();
    const QString userLine = QStringLiteral("%1 (%2)").arg(one.value(QStringLiteral("username")).toString(),
                                                           one.value(QStringLiteral("userId")).toString());
    QVERIFY2(r.out.contains(userLine.toUtf8()), r.out.constData());

    r = m_cli->run({QStringLiteral("show"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 3);
    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("use"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("NOT_FOUND"));

    r = m_cli->run({QStringLiteral("use"), QStringLiteral("one")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = m_cli->run({QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(r.json().object().value(QStringLiteral("sessionKey")).toString(), QStringLiteral("one"));

    // No active session: NO_SESSION_FOUND, exit 3.
    QVERIFY(m_cli->run({QStringLiteral("clear-all"), QStringLiteral("--yes")}).exitCode == 0);
    r = m_cli->run({QStringLiteral("show")});
    QCOMPARE(r.exitCode, 3);
}

void TestCli::refreshOne() {
    QVERIFY(m_cli
                ->login(m_server, QStringLiteral("r1"),
                        {QStringLiteral("--expiration-seconds"), QStringLiteral("60")})
                .exitCode == 0);
    const QJsonObject before = m_cli->run({QStringLiteral("show"), QStringLiteral("--json")}).json().object();

    CliResult r = m_cli->run({QStringLiteral("--json"), QStringLiteral("refresh"),
                              QStringLiteral("--expiration-seconds"), QStringLiteral("600")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject after = r.json().object();
    QCOMPARE(after.value(QStringLiteral("sessionKey")).toString(), QStringLiteral("r1"));
    QVERIFY(after.value(QStringLiteral("publicKey")).toString() !=
            before.value(QStringLiteral("publicKey")).toString());
    QVERIFY(after.value(QStringLiteral("expiresIn")).toInteger() > 300);
    QVERIFY(!after.value(QStringLiteral("refreshedAt")).isNull());

    // The new key is in the keychain and the server knows it; the old key is gone from the index.
    QCOMPARE(m_cli->run({QStringLiteral("verify")}).exitCode, 0);
    const QJsonArray keys =
        m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0].toObject().value(QStringLiteral("publicKey")).toString(),
             after.value(QStringLiteral("publicKey")).toString());

    r = m_cli->run({QStringLiteral("refresh"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 3);
    r = m_cli->run(
        {QStringLiteral("refresh"), QStringLiteral("--expiration-seconds"), QStringLiteral("abc")});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::refreshAll() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("a")).exitCode == 0);
    QVERIFY(m_cli->login(m_server, QStringLiteral("b")).exitCode == 0);
    CliResult r = m_cli->run({QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray outcomes = r.json().array();
    QCOMPARE(outcomes.size(), 2);
    for (const QJsonValue& v : outcomes) {
        QVERIFY(v.toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(v.toObject().value(QStringLiteral("session")).isObject());
    }
    // Refreshing a non-active session never changes which one is active.
    QCOMPARE(m_cli->run({QStringLiteral("show"), QStringLiteral("--json")})
                 .json()
                 .object()
                 .value(QStringLiteral("sessionKey"))
                 .toString(),
             QStringLiteral("b"));
}

void TestCli::verifyAliveAndRevoked() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("old")).exitCode == 0);
    CliResult r = m_cli->run({QStringLiteral("verify"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject w = r.json().object();
    QCOMPARE(w.value(QStringLiteral("alive")).toBool(), true);
    QCOMPARE(w.value(QStringLiteral("userId")).toString(), m_server.userId());
    QCOMPARE(w.value(QStringLiteral("organizationId")).toString(), m_server.organizationId());

    QCOMPARE(m_cli->run({QStringLiteral("verify"), QStringLiteral("nope")}).exitCode, 3);

    // A second login with --invalidate-existing makes the server forget the first session's key.
    QVERIFY(
        m_cli->login(m_server, QStringLiteral("new"), {QStringLiteral("--invalidate-existing")}).exitCode ==
        0);
    r = m_cli->run({QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("old")});
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("SESSION_EXPIRED"));
    // One plain line by default; --verbose adds the technical chain (issue 18) and the diagnostics.
    r = m_cli->run({QStringLiteral("verify"), QStringLiteral("old")});
    QVERIFY2(r.exitCode == 4 && r.err.count('\n') == 1 && !r.err.contains("HTTP status"),
             qPrintable(r.describe()));
    r = m_cli->run({QStringLiteral("--verbose"), QStringLiteral("verify"), QStringLiteral("old")});
    QVERIFY2(r.exitCode == 4 && r.err.contains("\n  Error: SESSION_EXPIRED\n") &&
                 r.err.contains("  HTTP status: 401") && r.err.contains("ws."),
             qPrintable(r.describe()));
    // ...and refreshing it is refused the same way; the other session is unaffected.
    QCOMPARE(m_cli->run({QStringLiteral("refresh"), QStringLiteral("old")}).exitCode, 4);
    QCOMPARE(m_cli->run({QStringLiteral("verify"), QStringLiteral("new")}).exitCode, 0);
    const QJsonObject old = findSession(
        m_cli->run({QStringLiteral("list"), QStringLiteral("--json")}).json().array(), QStringLiteral("old"));
    QCOMPARE(old.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
}

void TestCli::serverDown() {
    DevServerProcess doomed;
    const Result<void> started = doomed.start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    const Result<void> keyFile = doomed.writeKeyFile();
    QVERIFY2(keyFile, keyFile ? "" : qPrintable(keyFile.error().message));
    CliRunner cli = userCliRunner(m_cli->dataDir(), uniqueTestService(QStringLiteral("cli-down")));
    cli.setServer(doomed);
    QVERIFY(cli.login(doomed, QStringLiteral("s")).exitCode == 0);
    doomed.kill();

    CliResult r = cli.run({QStringLiteral("--json"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("NETWORK"));
    r = cli.run({QStringLiteral("refresh")});
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    r = cli.login(doomed, QStringLiteral("t"));
    QCOMPARE(r.exitCode, 5);
    // A transient failure keeps the session and its key.
    const QJsonArray list = cli.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(cli.run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             1);
    // A bad API URL on the command line is a usage error.
    QCOMPARE(
        cli.run({QStringLiteral("--api-url"), QStringLiteral("http://example.com"), QStringLiteral("verify")})
            .exitCode,
        2);
    QCOMPARE(cli.run({QStringLiteral("clear-all"), QStringLiteral("--yes")}).exitCode, 0);
}

void TestCli::clearAndRevoke() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("keep")).exitCode == 0);
    QVERIFY(m_cli->login(m_server, QStringLiteral("drop")).exitCode == 0);
    QVERIFY(m_cli->login(m_server, QStringLiteral("revoke")).exitCode == 0);

    QCOMPARE(m_cli->run({QStringLiteral("clear"), QStringLiteral("nope")}).exitCode, 3);
    QCOMPARE(m_cli->run({QStringLiteral("clear")}).exitCode, 2);

    CliResult r = m_cli->run({QStringLiteral("clear"), QStringLiteral("drop"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("cleared")).toBool(), true);

    // --revoke deletes the key on the server (stamped with the session's own key) before clearing.
    r = m_cli->run({QStringLiteral("clear"), QStringLiteral("revoke"), QStringLiteral("--revoke")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains("revoked"));

    const QJsonArray list = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("sessionKey")).toString(), QStringLiteral("keep"));
    QCOMPARE(m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             1);
    QCOMPARE(m_cli->run({QStringLiteral("verify"), QStringLiteral("keep")}).exitCode, 0);
}

void TestCli::clearAllNeedsConfirmation() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("x")).exitCode == 0);
    QVERIFY(m_cli->login(m_server, QStringLiteral("y")).exitCode == 0);

    // stdin is a pipe here: no terminal to ask on, so it refuses without --yes, even if "y" is piped.
    CliResult r = m_cli->run({QStringLiteral("clear-all")}, "y\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(m_cli->run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 2);

    r = m_cli->run({QStringLiteral("clear-all"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject report = r.json().object();
    QCOMPARE(report.value(QStringLiteral("cleared")).toArray().size(), 2);
    QCOMPARE(report.value(QStringLiteral("failed")).toArray().size(), 0);
    QCOMPARE(m_cli->run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 0);
    QCOMPARE(m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             0);
    QCOMPARE(m_cli->run({QStringLiteral("clear-all"), QStringLiteral("-y")}).exitCode, 0);
}

void TestCli::logout() {
    QCOMPARE(m_cli->run({QStringLiteral("logout")}).exitCode, 3);
    QVERIFY(m_cli->login(m_server, QStringLiteral("first")).exitCode == 0);
    QVERIFY(m_cli->login(m_server, QStringLiteral("second")).exitCode == 0);
    CliResult r = m_cli->run({QStringLiteral("logout"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("sessionKey")).toString(), QStringLiteral("second"));
    const QJsonArray list = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("sessionKey")).toString(), QStringLiteral("first"));
    QCOMPARE(m_cli->run({QStringLiteral("logout"), QStringLiteral("nope")}).exitCode, 3);
}

void TestCli::keysListAndClean() {
    CliResult r = m_cli->run({QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("No keys"));
    QVERIFY(m_cli->login(m_server, QStringLiteral("k")).exitCode == 0);
    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject key = r.json().array().at(0).toObject();
    QCOMPARE(key.value(QStringLiteral("kind")).toString(), QStringLiteral("session"));
    QCOMPARE(key.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
    QCOMPARE(key.value(QStringLiteral("usedBy")).toString(), QStringLiteral("k"));

    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("clean"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject report = r.json().object();
    QCOMPARE(report.value(QStringLiteral("deletedKeys")).toInt(), 0); // the live key is kept
    QVERIFY(report.value(QStringLiteral("failures")).toArray().isEmpty());
    QCOMPARE(m_cli->run({QStringLiteral("verify")}).exitCode, 0);
    QCOMPARE(m_cli->run({QStringLiteral("keys"), QStringLiteral("frob")}).exitCode, 2);

    // A key a session uses is refused by `keys delete`: the session must be cleared instead.
    const QString publicKey = key.value(QStringLiteral("publicKey")).toString();
    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("delete"), publicKey});
    QVERIFY2(r.exitCode != 0 && r.err.contains("clear the session"), qPrintable(r.describe()));

    // The session record is lost (as a damaged index can lose it) and the key is held: nothing
    // automatic deletes it, `keys list` says why it is kept, and only `keys delete` removes it.
    const Result<void> edited = editIndex(m_cli->dataDir(), [&](IndexData& index) -> Result<void> {
        index.sessions.clear();
        index.activeSessionKey.clear();
        KeyRecord& record = index.keys.at(publicKey);
        record.held = true;
        record.heldReason = QStringLiteral("from a damaged index (test)");
        return {};
    });
    QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error().message));

    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("clean"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("deletedKeys")).toInt(), 0);
    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("held") && r.out.contains("from a damaged index (test)") &&
                 r.out.contains("keys delete"),
             qPrintable(r.describe()));
    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.json().array().at(0).toObject().value(QStringLiteral("held")).toBool(), true);

    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("delete"), publicKey});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.json().array().isEmpty(), qPrintable(r.describe()));
    r = m_cli->run({QStringLiteral("keys"), QStringLiteral("delete"), publicKey});
    QCOMPARE(r.exitCode, 3); // no such key any more
}

void TestCli::tokenDecode() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("t")).exitCode == 0);
    const QJsonObject session =
        m_cli->run({QStringLiteral("show"), QStringLiteral("--json")}).json().object();
    const QString jwt = session.value(QStringLiteral("token")).toString();

    CliResult r =
        m_cli->run({QStringLiteral("token"), QStringLiteral("decode"), jwt, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject decoded = r.json().object();
    const QJsonObject claims = decoded.value(QStringLiteral("claims")).toObject();
    QCOMPARE(claims.value(QStringLiteral("publicKey")).toString(),
             session.value(QStringLiteral("publicKey")).toString());
    QCOMPARE(claims.value(QStringLiteral("userId")).toString(), m_server.userId());
    QCOMPARE(decoded.value(QStringLiteral("header")).toObject().value(QStringLiteral("alg")).toString(),
             QStringLiteral("ES256"));
    QCOMPARE(decoded.value(QStringLiteral("expired")).toBool(), false);

    r = m_cli->run({QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("-")},
                   jwt.toLatin1() + '\n');
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(m_server.userId().toLatin1()));

    // Malformed tokens: exit 1, INVALID_INPUT, one line naming the problem.
    for (const QString& bad :
         {QStringLiteral("garbage"), QStringLiteral("a.b.c"), QStringLiteral("e30.e30.")}) {
        r = m_cli->run({QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("decode"), bad});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_INPUT"));
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(r.out.isEmpty());
    }
    r = m_cli->run({QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(m_cli->run({QStringLiteral("token"), QStringLiteral("decode")}).exitCode, 2);

    // Turnkey's own test token (expired in 2025) decodes and says so.
    const QString fixture = turnkeyVectors()
                                .value(QStringLiteral("sessionJwt"))
                                .toObject()
                                .value(QStringLiteral("token"))
                                .toString();
    r = m_cli->run({QStringLiteral("token"), QStringLiteral("decode"), fixture, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("expired")).toBool(), true);
    QVERIFY(r.json().object().value(QStringLiteral("expiresIn")).toInteger() < 0);
}

void TestCli::tokenVerify() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("t")).exitCode == 0);
    const QString jwt = m_cli->run({QStringLiteral("show"), QStringLiteral("--json")})
                            .json()
                            .object()
                            .value(QStringLiteral("token"))
                            .toString();

    // The devserver's notarizer key comes from WALLET_SESSIONS_NOTARIZER_KEY (set by the runner)...
    CliResult r =
        m_cli->run({QStringLiteral("token"), QStringLiteral("verify"), jwt, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("signatureValid")).toBool(), true);
    // ...or from --notarizer-key.
    CliRunner plain = userCliRunner(m_cli->dataDir(), uniqueTestService(QStringLiteral("cli-plain")));
    r = plain.run({QStringLiteral("token"), QStringLiteral("verify"), jwt, QStringLiteral("--notarizer-key"),
                   m_server.notarizerPublicKey()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // --notarizer-key is a global option: accepted before the command too.
    r = plain.run({QStringLiteral("--notarizer-key"), m_server.notarizerPublicKey(), QStringLiteral("token"),
                   QStringLiteral("verify"), jwt});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Without either, Turnkey's production key is used, which did not sign the devserver's token.
    r = plain.run({QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("verify"), jwt});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(r.errorJson().value(QStringLiteral("message")).toString().contains(QStringLiteral("production")));

    // A tampered payload fails; a malformed key fails; garbage fails.
    QString tampered = jwt;
    const qsizetype dot = tampered.indexOf(QLatin1Char('.'));
    tampered[dot + 5] = tampered[dot + 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(m_cli->run({QStringLiteral("token"), QStringLiteral("verify"), tampered}).exitCode, 1);
    QCOMPARE(plain
                 .run({QStringLiteral("token"), QStringLiteral("verify"), jwt,
                       QStringLiteral("--notarizer-key"), QStringLiteral("04zz")})
                 .exitCode,
             1);
    QCOMPARE(
        m_cli->run({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("garbage")}).exitCode,
        1);

    // Turnkey's own token verifies with the production key, and is reported expired: exit 4.
    const QString fixture = turnkeyVectors()
                                .value(QStringLiteral("sessionJwt"))
                                .toObject()
                                .value(QStringLiteral("token"))
                                .toString();
    r = plain.run({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("-")},
                  fixture.toLatin1());
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    QVERIFY(r.out.contains("Signature: valid"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
