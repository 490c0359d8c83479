// Unit tests of the CLI's building blocks: exit-code mapping, formatting, key input. Configuration
// resolution and durations are the application layer's: tests/app/tst_configresolver, tst_sessionpolicy.
#include "ExitCodes.h"
#include "Formatting.h"
#include "SecretInput.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ws;
using namespace ws::cli;

class TestCliUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodes();
    void durations();
    void privateKeyText_data();
    void privateKeyText();
    void privateKeyFile();
    void publicKey();
    void sessionStatus();
};

void TestCliUnits::exitCodes() {
    QCOMPARE(exitCodeFor(ErrorCode::NotFound), 3);
    QCOMPARE(exitCodeFor(ErrorCode::NoSessionFound), 3);
    QCOMPARE(exitCodeFor(ErrorCode::SessionExpired), 4);
    QCOMPARE(exitCodeFor(ErrorCode::Unauthorized), 4);
    QCOMPARE(exitCodeFor(ErrorCode::Network), 5);
    QCOMPARE(exitCodeFor(ErrorCode::Timeout), 5);
    QCOMPARE(exitCodeFor(ErrorCode::ServerError), 5);
    QCOMPARE(exitCodeFor(ErrorCode::RateLimited), 5);
    QCOMPARE(exitCodeFor(ErrorCode::KeychainUnavailable), 6);
    QCOMPARE(exitCodeFor(ErrorCode::KeychainDenied), 6);
    QCOMPARE(exitCodeFor(ErrorCode::InvalidInput), 1);
    QCOMPARE(exitCodeFor(ErrorCode::BadResponse), 1);
    QCOMPARE(exitCodeFor(ErrorCode::Internal), 1);
    for (int code = 0; code <= 6; ++code)
        QVERIFY(exitCodeHelp().contains(QStringLiteral("  %1  ").arg(code)));
}

void TestCliUnits::durations() {
    QCOMPARE(formatTimeLeft(90), QStringLiteral("1m 30s"));
    QCOMPARE(formatTimeLeft(-130), QStringLiteral("expired 2m 10s ago"));
    QCOMPARE(formatTimeLeft(0), QStringLiteral("expired 0s ago"));
    QCOMPARE(shortSessionType(QStringLiteral("SESSION_TYPE_READ_ONLY")), QStringLiteral("READ_ONLY"));
    QCOMPARE(shortSessionType(QStringLiteral("my-profile")), QStringLiteral("my-profile"));
}

void TestCliUnits::privateKeyText_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    const QByteArray key = "592f8fef177f370b51a6eafe5ae33fa5ff7e0ed715be3cb6561e50e5916ee187";
    QTest::newRow("plain") << key << true;
    QTest::newRow("newline") << key + "\n" << true;
    QTest::newRow("spaces and crlf") << "  " + key + "\r\n" << true;
    QTest::newRow("0x") << "0x" + key << true;
    QTest::newRow("upper") << key.toUpper() << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("blank") << QByteArray(" \n") << false;
    QTest::newRow("short") << key.left(62) << false;
    QTest::newRow("long") << key + "00" << false;
    QTest::newRow("non-hex") << key.left(63) + "g" << false;
    QTest::newRow("inner space") << key.left(32) + " " + key.mid(33) << false;
}

void TestCliUnits::privateKeyText() {
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QByteArray copy = text;
    copy.detach();
    Result<SecureBytes> r = normalizePrivateKeyHex(copy, QStringLiteral("test input"));
    QCOMPARE(r.ok(), ok);
    // The input buffer is wiped either way.
    QVERIFY(copy.isEmpty() || copy.count('\0') == copy.size());
    if (ok)
        QCOMPARE(QByteArray(r->view().data(), r->size()),
                 QByteArray("592f8fef177f370b51a6eafe5ae33fa5ff7e0ed715be3cb6561e50e5916ee187"));
    else
        QVERIFY(r.error().message.contains(QStringLiteral("test input")));
}

void TestCliUnits::privateKeyFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("592f8fef177f370b51a6eafe5ae33fa5ff7e0ed715be3cb6561e50e5916ee187\n");
    f.close();
    QVERIFY(readPrivateKeyHex(path).ok());
    QCOMPARE(readPrivateKeyHex(dir.filePath(QStringLiteral("missing"))).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(!readPrivateKeyHex(dir.path()).ok());
    QFile big(dir.filePath(QStringLiteral("big")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(10000, 'a'));
    big.close();
    QVERIFY(readPrivateKeyHex(big.fileName()).error().message.contains(QStringLiteral("larger")));
}

void TestCliUnits::publicKey() {
    const QString key = QStringLiteral("02AF7776ac2d0a8edb9f40740967f8ec863c6fbb72a4be7f8ca7c157a4bd73889d");
    QCOMPARE(normalizePublicKeyHex(key).value(), key.toLower().toLatin1());
    QVERIFY(!normalizePublicKeyHex(QStringLiteral("04") + key.mid(2)).ok());
    QVERIFY(!normalizePublicKeyHex(key.left(64)).ok());
    QVERIFY(!normalizePublicKeyHex(QString()).ok());
}

void TestCliUnits::sessionStatus() {
    SessionInfo s;
    s.sessionKey = QStringLiteral("k");
    s.token.claims.exp = 1000;
    const QDateTime before = QDateTime::fromSecsSinceEpoch(900, Qt::UTC);
    const QDateTime after = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
    QCOMPARE(cli::sessionStatus(s, before), QStringLiteral("valid"));
    QCOMPARE(cli::sessionStatus(s, after), QStringLiteral("expired"));
    s.serverState = ServerState::Revoked;
    QCOMPARE(cli::sessionStatus(s, before), QStringLiteral("revoked"));
    const QJsonObject o = sessionSummaryJson(s, before);
    QCOMPARE(o.value(QStringLiteral("expiresIn")).toInteger(), 100);
    QCOMPARE(sessionSummaryJson(s, after.addSecs(5)).value(QStringLiteral("expiresIn")).toInteger(), -5);
    QCOMPARE(o.keys().size(), 12); // with keyStore, username and organizationName
    QCOMPARE(o.value(QStringLiteral("keyStore")).toString(), QStringLiteral("keychain"));
}

QTEST_GUILESS_MAIN(TestCliUnits)
#include "tst_cli_units.moc"
