// `keys generate` and the refresh parameters it feeds (`refresh --public-key`, `--stamp-with`), end to
// end: the built CLI against a devserver process, the real keyring, and a software TPM (swtpm).
#include "CliHarness.h"
#include "SwtpmFixture.h"
#include "TestEnvironment.h"
#include "crypto/P256KeyPair.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::test;

class TestCliKeys : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void generateMakesAHeldKey();
    void generatedKeySurvivesCleanAndRecovery();
    void refreshOntoAGeneratedKey();
    void refreshOntoAnUnknownKeySendsNothing();
    void refreshOntoAKeyASessionUses();
    void deleteRemovesAGeneratedKey();
    void badKeyStoreIsAUsageError();
    void stampWithValues();
    void generateInTheTpm();
    void generateWithoutATpm();
    void importIntoTheTpmThenLogInWithIt();
    void importIntoTheKeychain();
    void importRefusals();
    void settingsMakeTheTpmTheDefaultForLogins();

private:
    QJsonObject generate(const QStringList& extra = {});
    QJsonObject keyRecord(const QString& publicKey);
    int stampCount();

    DevServerProcess m_server;
    SwtpmFixture m_tpm;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliKeys::initTestCase() {
    WS_REQUIRE_KEYRING_OR_SKIP(keyring::available(), QStringLiteral("secret-tool cannot reach a keyring"));
    const Result<void> started = m_server.start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    const Result<void> keyFile = m_server.writeKeyFile();
    QVERIFY2(keyFile, keyFile ? "" : qPrintable(keyFile.error().message));
    const Result<void> tpm = m_tpm.start();
    QVERIFY2(tpm, tpm ? "" : qPrintable(tpm.error().message));
}

void TestCliKeys::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(userCliRunner(m_dir->filePath(QStringLiteral("data")),
                                                      uniqueTestService(QStringLiteral("cli-keys"))));
    m_cli->setServer(m_server);
    m_cli->environment().insert(QStringLiteral("TPM2OPENSSL_TCTI"), m_tpm.tcti());
}

// Leaves no keychain entries behind: sessions through clear-all, held keys through keys delete.
void TestCliKeys::cleanup() {
    if (!m_cli)
        return;
    m_cli->run({QStringLiteral("clear-all"), QStringLiteral("--yes")});
    const QJsonArray keys =
        m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue& key : keys)
        m_cli->run({QStringLiteral("keys"), QStringLiteral("delete"),
                    key.toObject().value(QStringLiteral("publicKey")).toString()});
    QCOMPARE(keyring::entries(m_cli->service()), QStringList());
}

QJsonObject TestCliKeys::generate(const QStringList& extra) {
    const CliResult r = m_cli->run(
        QStringList{QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("generate")} + extra);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.describe()));
    return r.exitCode == 0 ? r.json().object() : QJsonObject();
}

QJsonObject TestCliKeys::keyRecord(const QString& publicKey) {
    const QJsonArray keys =
        m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue& key : keys) {
        if (key.toObject().value(QStringLiteral("publicKey")).toString() == publicKey)
            return key.toObject();
    }
    return {};
}

int TestCliKeys::stampCount() {
    return int(m_server.state().value(QStringLiteral("stamps")).toArray().size());
}

void TestCliKeys::generateMakesAHeldKey() {
    const QJsonObject made = generate();
    const QString publicKey = made.value(QStringLiteral("publicKey")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^0[23][0-9a-f]{64}$")).match(publicKey).hasMatch(),
             qPrintable(publicKey));
    QCOMPARE(made.value(QStringLiteral("held")).toBool(), true);
    QCOMPARE(made.value(QStringLiteral("keyStore")).toString(), QStringLiteral("keychain"));

    const QJsonObject record = keyRecord(publicKey);
    QCOMPARE(record.value(QStringLiteral("held")).toBool(), true);
    QVERIFY(record.value(QStringLiteral("heldReason")).toString().contains(QStringLiteral("keys generate")));
    // The private key is in the keychain under the session-key entry name, 32 bytes as hex.
    const Result<QByteArray> secret =
        keyring::lookup(m_cli->service(), QStringLiteral("session-key/") + publicKey);
    QVERIFY2(secret, secret ? "" : qPrintable(secret.error().message));
    QCOMPARE(secret.value().trimmed().size(), 64);

    // Human output: only the public key on stdout, so `pub=$(wallet-sessions-cli keys generate)` works.
    const CliResult human = m_cli->run({QStringLiteral("keys"), QStringLiteral("generate")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^0[23][0-9a-f]{64}\n$"))
                 .match(QString::fromUtf8(human.out))
                 .hasMatch(),
             qPrintable(human.describe()));
    QVERIFY(human.err.contains("held key"));
}

void TestCliKeys::generatedKeySurvivesCleanAndRecovery() {
    const QString publicKey = generate().value(QStringLiteral("publicKey")).toString();
    QVERIFY(!publicKey.isEmpty());
    // keys clean (and the recovery before it) keeps a held key; that age does not matter is
    // tst_sessionmanager_offline's generatedKeysAreHeldPastTheGracePeriod (a clock it controls).
    const CliResult clean = m_cli->run({QStringLiteral("keys"), QStringLiteral("clean")});
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.describe()));
    QCOMPARE(keyRecord(publicKey).value(QStringLiteral("held")).toBool(), true);
    QVERIFY(keyring::lookup(m_cli->service(), QStringLiteral("session-key/") + publicKey));
}

void TestCliKeys::refreshOntoAGeneratedKey() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("onto")).exitCode == 0);
    const QString oldKey = m_cli->run({QStringLiteral("--json"), QStringLiteral("show")})
                               .json()
                               .object()
                               .value(QStringLiteral("publicKey"))
                               .toString();
    const QString publicKey = generate().value(QStringLiteral("publicKey")).toString();
    QVERIFY(!publicKey.isEmpty());
    QVERIFY(!m_server.serverPublicKeys().contains(publicKey));

    const CliResult r = m_cli->run({QStringLiteral("--json"), QStringLiteral("refresh"),
                                    QStringLiteral("--public-key"), publicKey.toUpper()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("publicKey")).toString(), publicKey);
    // The server registered exactly that key, and the session works with it.
    QVERIFY(m_server.serverPublicKeys().contains(publicKey));
    QCOMPARE(m_cli->run({QStringLiteral("verify")}).exitCode, 0);
    // It is no longer held: a session uses it; the old key is gone.
    const QJsonObject record = keyRecord(publicKey);
    QCOMPARE(record.value(QStringLiteral("held")).toBool(), false);
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
    QVERIFY(keyRecord(oldKey).isEmpty());
    QVERIFY(!keyring::entries(m_cli->service()).contains(QStringLiteral("session-key/") + oldKey));
}

void TestCliKeys::refreshOntoAnUnknownKeySendsNothing() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("unknown")).exitCode == 0);
    const int stampsBefore = stampCount();
    const QString unknown = QStringLiteral("02") + QString(64, QLatin1Char('a'));
    const CliResult r = m_cli->run({QStringLiteral("refresh"), QStringLiteral("--public-key"), unknown});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("not held by this app"), qPrintable(r.describe()));
    QCOMPARE(stampCount(), stampsBefore);
}

void TestCliKeys::refreshOntoAKeyASessionUses() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("a")).exitCode == 0);
    QVERIFY(m_cli->login(m_server, QStringLiteral("b")).exitCode == 0);
    const QString keyOfB = m_cli->run({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("b")})
                               .json()
                               .object()
                               .value(QStringLiteral("publicKey"))
                               .toString();
    const int stampsBefore = stampCount();
    const CliResult r =
        m_cli->run({QStringLiteral("refresh"), QStringLiteral("a"), QStringLiteral("--public-key"), keyOfB});
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("not an unused held key"), qPrintable(r.describe()));
    QCOMPARE(stampCount(), stampsBefore);
    QCOMPARE(m_cli->run({QStringLiteral("verify"), QStringLiteral("b")}).exitCode, 0);
}

void TestCliKeys::deleteRemovesAGeneratedKey() {
    const QString publicKey = generate().value(QStringLiteral("publicKey")).toString();
    QVERIFY(!publicKey.isEmpty());
    const CliResult r = m_cli->run({QStringLiteral("keys"), QStringLiteral("delete"), publicKey});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(keyRecord(publicKey).isEmpty());
    QVERIFY(!keyring::entries(m_cli->service()).contains(QStringLiteral("session-key/") + publicKey));
}

void TestCliKeys::badKeyStoreIsAUsageError() {
    const CliResult r = m_cli->run({QStringLiteral("keys"), QStringLiteral("generate"),
                                    QStringLiteral("--key-store"), QStringLiteral("disk")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--key-store must be 'tpm' or 'keychain'"), qPrintable(r.describe()));
    QCOMPARE(keyring::entries(m_cli->service()), QStringList());
}

void TestCliKeys::stampWithValues() {
    QVERIFY(m_cli->login(m_server, QStringLiteral("sw")).exitCode == 0);
    const QString sessionKey = m_cli->run({QStringLiteral("--json"), QStringLiteral("show")})
                                   .json()
                                   .object()
                                   .value(QStringLiteral("publicKey"))
                                   .toString();
    const int stampsBefore = stampCount();
    // The SDK's Wallet stamper has no meaning here; unknown values are usage errors too.
    for (const QString& value : {QStringLiteral("wallet"), QStringLiteral("bogus")}) {
        const CliResult r = m_cli->run({QStringLiteral("refresh"), QStringLiteral("--stamp-with"), value});
        QVERIFY2(r.exitCode == 2, qPrintable(value + QLatin1Char(' ') + r.describe()));
    }
    // No remembered API key for this user: a runtime error naming what is missing, nothing sent.
    const CliResult noKey =
        m_cli->run({QStringLiteral("refresh"), QStringLiteral("--stamp-with"), QStringLiteral("api-key")});
    QVERIFY2(noKey.exitCode == 1, qPrintable(noKey.describe()));
    QCOMPARE(stampCount(), stampsBefore);

    // The default, `session`: the session's own key signs the stamp_login (the devserver's log says so).
    const CliResult bySession =
        m_cli->run({QStringLiteral("refresh"), QStringLiteral("--stamp-with"), QStringLiteral("session")});
    QVERIFY2(bySession.exitCode == 0, qPrintable(bySession.describe()));
    const QJsonArray stamps = m_server.state().value(QStringLiteral("stamps")).toArray();
    bool stampedBySession = false;
    for (const QJsonValue& s : stamps) {
        const QJsonObject entry = s.toObject();
        if (entry.value(QStringLiteral("path")).toString().contains(QStringLiteral("stamp_login")) &&
            entry.value(QStringLiteral("publicKey")).toString() == sessionKey)
            stampedBySession = true;
    }
    QVERIFY(stampedBySession);
}

void TestCliKeys::generateInTheTpm() {
    // Each run ends normally: a race at exit with the pool thread that ran the TPM provider crashed
    // about one run in three after the key was made (OffThread.h, joinWorkerThreads). Eight runs miss
    // that one time in forty.
    for (int run = 0; run < 8; ++run) {
        const CliResult r =
            m_cli->run({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("generate"),
                        QStringLiteral("--key-store"), QStringLiteral("tpm")});
        QVERIFY2(r.finished && r.exitCode == 0,
                 qPrintable(QStringLiteral("run %1: ").arg(run) + r.describe()));
    }
    const QJsonObject made = generate({QStringLiteral("--key-store"), QStringLiteral("tpm")});
    const QString publicKey = made.value(QStringLiteral("publicKey")).toString();
    QVERIFY(!publicKey.isEmpty());
    QCOMPARE(made.value(QStringLiteral("keyStore")).toString(), QStringLiteral("tpm"));
    QCOMPARE(keyRecord(publicKey).value(QStringLiteral("keyStore")).toString(), QStringLiteral("tpm"));
    // The keychain entry holds the TPM-wrapped blob, never a private key.
    const Result<QByteArray> entry =
        keyring::lookup(m_cli->service(), QStringLiteral("session-key/") + publicKey);
    QVERIFY2(entry, entry ? "" : qPrintable(entry.error().message));
    QVERIFY(entry.value().contains("TSS2 PRIVATE KEY"));

    // A session refreshed onto it is a TPM session: the devserver accepts the TPM-made stamps.
    QVERIFY(m_cli->login(m_server, QStringLiteral("t")).exitCode == 0);
    const CliResult r = m_cli->run(
        {QStringLiteral("--json"), QStringLiteral("refresh"), QStringLiteral("--public-key"), publicKey});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("keyStore")).toString(), QStringLiteral("tpm"));
    QCOMPARE(m_cli->run({QStringLiteral("verify")}).exitCode, 0);
}

void TestCliKeys::generateWithoutATpm() {
    m_cli->environment().insert(QStringLiteral("TPM2OPENSSL_TCTI"), unreachableTpmTcti());
    const CliResult r = m_cli->run({QStringLiteral("keys"), QStringLiteral("generate"),
                                    QStringLiteral("--key-store"), QStringLiteral("tpm")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains("TPM"), qPrintable(r.describe()));
    // Nothing left behind: no record, no keychain entry.
    QCOMPARE(keyring::entries(m_cli->service()), QStringList());
    QCOMPARE(m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             0);
}

// Issue 19: an existing API key (the devserver's) moved into the TPM. The keychain then holds only the
// TPM's blob, and a login that names the key's public key needs no key file: the TPM stamps it.
void TestCliKeys::importIntoTheTpmThenLogInWithIt() {
    const QString apiKey = m_server.apiPublicKey();
    const CliResult r =
        m_cli->run({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("import"),
                    QStringLiteral("--key-store"), QStringLiteral("tpm"),
                    QStringLiteral("--api-private-key-file"), QStringLiteral("-")},
                   m_server.apiPrivateKey().toLatin1());
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject kept = r.json().object();
    QCOMPARE(kept.value(QStringLiteral("publicKey")).toString(), apiKey);
    QCOMPARE(kept.value(QStringLiteral("keyStore")).toString(), QStringLiteral("tpm"));
    QCOMPARE(kept.value(QStringLiteral("held")).toBool(), true);
    const QJsonObject record = keyRecord(apiKey);
    QCOMPARE(record.value(QStringLiteral("keyStore")).toString(), QStringLiteral("tpm"));
    QVERIFY(record.value(QStringLiteral("heldReason")).toString().contains(QStringLiteral("keys import")));
    const Result<QByteArray> entry =
        keyring::lookup(m_cli->service(), QStringLiteral("session-key/") + apiKey);
    QVERIFY2(entry, entry ? "" : qPrintable(entry.error().message));
    QVERIFY(entry.value().contains("TSS2 PRIVATE KEY"));
    QVERIFY(!entry.value().contains(m_server.apiPrivateKey().toLatin1()));

    const int before = stampCount();
    const CliResult login = m_cli->run({QStringLiteral("login"), QStringLiteral("--organization-id"),
                                        m_server.organizationId(), QStringLiteral("--api-public-key"), apiKey,
                                        QStringLiteral("--session-key"), QStringLiteral("from-tpm")});
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    const QJsonArray stamps = m_server.state().value(QStringLiteral("stamps")).toArray();
    QVERIFY(stamps.size() > before);
    QCOMPARE(stamps.at(before).toObject().value(QStringLiteral("publicKey")).toString(), apiKey);
    QCOMPARE(m_cli->run({QStringLiteral("verify"), QStringLiteral("from-tpm")}).exitCode, 0);

    // The same key again: the app has it already; nothing changes.
    const CliResult again =
        m_cli->run({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("import"),
                    QStringLiteral("--key-store"), QStringLiteral("tpm"),
                    QStringLiteral("--api-private-key-file"), QStringLiteral("-")},
                   m_server.apiPrivateKey().toLatin1());
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errorCode(), QStringLiteral("ALREADY_EXISTS"));
    QCOMPARE(keyRecord(apiKey).value(QStringLiteral("keyStore")).toString(), QStringLiteral("tpm"));
}

void TestCliKeys::importIntoTheKeychain() {
    const Result<P256KeyPair> key = P256KeyPair::generate();
    QVERIFY(key.ok());
    const SecureBytes privateHex = key->privateKeyHex();
    const CliResult r =
        m_cli->run({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("import"),
                    QStringLiteral("--api-private-key-file"), QStringLiteral("-")},
                   privateHex.view().toByteArray() + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString publicKey = QString::fromLatin1(key->publicKeyHex());
    QCOMPARE(r.json().object().value(QStringLiteral("publicKey")).toString(), publicKey);
    QCOMPARE(keyRecord(publicKey).value(QStringLiteral("keyStore")).toString(), QStringLiteral("keychain"));
    QCOMPARE(keyRecord(publicKey).value(QStringLiteral("held")).toBool(), true);
    const Result<QByteArray> entry =
        keyring::lookup(m_cli->service(), QStringLiteral("session-key/") + publicKey);
    QVERIFY(entry);
    QCOMPARE(entry.value().trimmed(), privateHex.view().toByteArray());
}

// No key file: usage (2). Not a key: exit 1, nothing kept. No TPM: exit 6, nothing kept.
void TestCliKeys::importRefusals() {
    const CliResult noFile = m_cli->run({QStringLiteral("keys"), QStringLiteral("import")});
    QCOMPARE(noFile.exitCode, 2);
    const CliResult argument = m_cli->run({QStringLiteral("keys"), QStringLiteral("import"),
                                           QStringLiteral("--api-private-key-file"), QStringLiteral("-")},
                                          "not a key\n");
    QCOMPARE(argument.exitCode, 1);
    m_cli->environment().insert(QStringLiteral("TPM2OPENSSL_TCTI"), unreachableTpmTcti());
    const CliResult noTpm =
        m_cli->run({QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("--key-store"),
                    QStringLiteral("tpm"), QStringLiteral("--api-private-key-file"), QStringLiteral("-")},
                   m_server.apiPrivateKey().toLatin1());
    QCOMPARE(noTpm.exitCode, 6);
    QVERIFY2(noTpm.err.contains("TPM"), qPrintable(noTpm.describe()));
    QCOMPARE(keyring::entries(m_cli->service()), QStringList());
    QCOMPARE(m_cli->run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             0);
}

// Issue 19: Settings' "Keep new session keys in this computer's TPM" (sessions/keyStore in the settings
// file the window writes) is the default of every login; --key-store still decides per login.
void TestCliKeys::settingsMakeTheTpmTheDefaultForLogins() {
    const QString configHome = m_dir->filePath(QStringLiteral("config"));
    QDir().mkpath(configHome + QStringLiteral("/wallet-sessions"));
    {
        QSettings settings(configHome + QStringLiteral("/wallet-sessions/wallet-sessions.conf"),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("sessions/keyStore"), QStringLiteral("tpm"));
    }
    m_cli->environment().insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    const auto storeOf = [this](const QString& session) {
        return m_cli->run({QStringLiteral("--json"), QStringLiteral("show"), session})
            .json()
            .object()
            .value(QStringLiteral("keyStore"))
            .toString();
    };
    CliResult r = m_cli->login(m_server, QStringLiteral("by-default"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(storeOf(QStringLiteral("by-default")), QStringLiteral("tpm"));
    QCOMPARE(m_cli->run({QStringLiteral("verify"), QStringLiteral("by-default")}).exitCode, 0);
    r = m_cli->login(m_server, QStringLiteral("chosen"),
                     {QStringLiteral("--key-store"), QStringLiteral("keychain")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(storeOf(QStringLiteral("chosen")), QStringLiteral("keychain"));
}

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
