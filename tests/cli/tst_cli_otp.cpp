// `login --email | --sms` end to end: the built wallet-sessions-cli against a wallet-sessions-devserver
// process (its Auth Proxy and API on one loopback port) and the real keyring. The code is piped in after
// the CLI's stderr line naming the contact, read from the devserver's GET /admin/otp-codes. Every
// failure is checked for its exit code and --json error code, and for leaving nothing behind: no
// session, no key record, no keyring entry.
#include "CliHarness.h"
#include "TestEnvironment.h"
#include "crypto/OtpBundle.h"
#include "crypto/P256KeyPair.h"
#include "crypto/VerificationToken.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <fcntl.h>
#include <functional>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace ws;
using namespace ws::test;

namespace {

struct Snapshot {
    QStringList sessions;
    QStringList keys;
    QStringList entries;
    bool operator==(const Snapshot&) const = default;
    QString describe() const {
        return QStringLiteral("sessions [%1] keys [%2] entries [%3]")
            .arg(sessions.join(QLatin1Char(',')), keys.join(QLatin1Char(',')),
                 entries.join(QLatin1Char(',')));
    }
};

} // namespace

class TestCliOtp : public QObject {
    Q_OBJECT
private:
    CliSuite m_suite;

    QStringList proxyOptions(const DevServerProcess& server, const QString& signerKey = {}) const {
        return {QStringLiteral("--auth-proxy-url"),
                server.authProxyUrl(),
                QStringLiteral("--auth-proxy-config-id"),
                server.authProxyConfigId(),
                QStringLiteral("--otp-signer-key"),
                signerKey.isEmpty() ? server.otpSignerPublicKey() : signerKey};
    }

    Snapshot snapshot() const {
        Snapshot s;
        Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        if (index) {
            for (const auto& entry : index->sessions)
                s.sessions << entry.first;
            for (const auto& entry : index->keys)
                s.keys << entry.first;
        }
        s.entries = keyring::entries(m_suite.service);
        s.entries.sort();
        return s;
    }

    static QString codeFor(DevServerProcess& server, const QString& contact) {
        const QJsonArray codes = server.otpCodes();
        for (qsizetype i = codes.size() - 1; i >= 0; --i) {
            const QJsonObject sent = codes.at(i).toObject();
            if (sent.value(QStringLiteral("contact")).toString() == contact)
                return sent.value(QStringLiteral("code")).toString();
        }
        return {};
    }

    // Runs `[proxy options] login ARGS`, waits for the stderr line naming the contact, runs
    // `beforeCode`, then writes `code(contact)` and a newline to the CLI's stdin.
    CliResult otpLogin(DevServerProcess& server, const QStringList& globalOptions, const QStringList& args,
                       const std::function<QString()>& code, const std::function<void()>& beforeCode = {}) {
        std::unique_ptr<QProcess> p =
            m_suite.cli->start(globalOptions + QStringList{QStringLiteral("login")} + args);
        if (!p->waitForStarted(scaledMs(30000)))
            return {};
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("code was sent") && p->state() == QProcess::Running &&
               waited.elapsed() < scaledMs(60000)) {
            p->waitForReadyRead(200);
            err += p->readAllStandardError();
        }
        if (err.contains("code was sent")) {
            if (beforeCode)
                beforeCode();
            p->write((code() + QLatin1Char('\n')).toUtf8());
        }
        p->closeWriteChannel();
        CliResult r = CliRunner::collect(*p, 60000);
        r.err.prepend(err);
        Q_UNUSED(server);
        return r;
    }
    CliResult otpLogin(const QStringList& args, const std::function<QString()>& code,
                       const std::function<void()>& beforeCode = {}) {
        return otpLogin(m_suite.server, proxyOptions(m_suite.server), args, code, beforeCode);
    }

    QByteArray proxyPost(const DevServerProcess& server, const QString& path, const QJsonObject& body) {
        QNetworkAccessManager network;
        QUrl url = server.url();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Auth-Proxy-Config-ID", server.authProxyConfigId().toUtf8());
        QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(scaledMs(20000), &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray data = reply->readAll();
        reply->deleteLater();
        return data;
    }

    int requestCount() { return m_suite.server.state().value(QStringLiteral("requestCount")).toInt(); }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_suite.dir, m_suite.server, QStringList{QStringLiteral("--demo")});
        m_suite.open(QStringLiteral("tst_cli_otp"));
    }
    void cleanupTestCase() { m_suite.close(); }
    void cleanup() {
        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));
        QVERIFY(m_suite.server.configureAuthProxy(QJsonObject{{QStringLiteral("reset"), true}}));
    }

    void emailSignUpThenLoginThenTheSessionWorks() {
        const QString email = QStringLiteral("cli.user@example.com");
        const CliResult r = otpLogin({QStringLiteral("--email"), email, QStringLiteral("--create-account"),
                                      QStringLiteral("--session-key"), QStringLiteral("mail"),
                                      QStringLiteral("--expiration-seconds"), QStringLiteral("1200")},
                                     [&] { return codeFor(m_suite.server, email); });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(email.toUtf8()), r.err.constData());
        const QJsonObject session = r.json().object();
        QCOMPARE(session.value(QStringLiteral("sessionKey")).toString(), QStringLiteral("mail"));
        const QString org = session.value(QStringLiteral("organizationId")).toString();
        QVERIFY(!org.isEmpty());
        QVERIFY(org != m_suite.server.organizationId()); // the new sub-organization
        // --expiration-seconds reached Turnkey: the session token lives 1200 s.
        const qint64 lifetime =
            session.value(QStringLiteral("expiry")).toInteger() - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(lifetime > 1100 && lifetime <= 1200, qPrintable(QString::number(lifetime)));

        // Like any other session: list, verify, refresh (stamped by its own key), clear --revoke.
        const CliResult list = m_suite.cli->run({QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0 && list.out.contains("\"mail\""), qPrintable(list.describe()));
        QVERIFY2(m_suite.cli->run({QStringLiteral("verify"), QStringLiteral("mail")}).exitCode == 0,
                 "verify");
        const CliResult refreshed = m_suite.cli->run({QStringLiteral("refresh"), QStringLiteral("mail")});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));

        // Again with the same address: the account exists, no --create-account needed. With
        // --invalidate-existing the first session stops working at the server.
        const CliResult again = otpLogin({QStringLiteral("--email"), email, QStringLiteral("--session-key"),
                                          QStringLiteral("mail2"), QStringLiteral("--invalidate-existing")},
                                         [&] { return codeFor(m_suite.server, email); });
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.json().object().value(QStringLiteral("organizationId")).toString(), org);
        const CliResult stale = m_suite.cli->run({QStringLiteral("verify"), QStringLiteral("mail")});
        QVERIFY2(stale.exitCode != 0, qPrintable(stale.describe()));
        QVERIFY2(m_suite.cli->run({QStringLiteral("verify"), QStringLiteral("mail2")}).exitCode == 0,
                 "verify mail2");

        // Signing in again the stored way (issue 18): `login --replace` alone sends the code to the same
        // address and keeps the 1200 s lifetime; the revoked session works again under its name.
        const CliResult relogin =
            otpLogin({QStringLiteral("--replace"), QStringLiteral("--session-key"), QStringLiteral("mail")},
                     [&] { return codeFor(m_suite.server, email); });
        QVERIFY2(relogin.exitCode == 0 && relogin.err.contains(email.toUtf8()),
                 qPrintable(relogin.describe()));
        QCOMPARE(relogin.json().object().value(QStringLiteral("organizationId")).toString(), org);
        QCOMPARE(relogin.json().object().value(QStringLiteral("lifetimeSeconds")).toInteger(), 1200);
        QVERIFY2(m_suite.cli->run({QStringLiteral("verify"), QStringLiteral("mail")}).exitCode == 0,
                 "verify mail after signing in again");

        for (const char* label : {"mail", "mail2"}) {
            const CliResult cleared = m_suite.cli->run(
                {QStringLiteral("clear"), QString::fromLatin1(label), QStringLiteral("--revoke")});
            QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
        }
        Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        QVERIFY(index);
        QVERIFY2(consistencyProblems(*index, m_suite.service).isEmpty(), "consistent");
    }

    void smsSignUp() {
        const QString phone = QStringLiteral("+15555550142");
        const CliResult r = otpLogin({QStringLiteral("--sms"), phone, QStringLiteral("--create-account"),
                                      QStringLiteral("--session-key"), QStringLiteral("text")},
                                     [&] { return codeFor(m_suite.server, phone); });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.err.contains(phone.toUtf8()));
        QVERIFY2(
            m_suite.cli->run({QStringLiteral("clear"), QStringLiteral("text"), QStringLiteral("--revoke")})
                    .exitCode == 0,
            "clear");
    }

    // wallet_kit_config's code format: eight letters and digits instead of six digits.
    void anAlphanumericEightCharacterCode() {
        QVERIFY(m_suite.server.configureAuthProxy(
            {{QStringLiteral("otpLength"), 8}, {QStringLiteral("otpAlphanumeric"), true}}));
        const QString email = QStringLiteral("letters@example.com");
        QString sent;
        const CliResult r = otpLogin({QStringLiteral("--email"), email, QStringLiteral("--create-account"),
                                      QStringLiteral("--session-key"), QStringLiteral("letters")},
                                     [&] {
                                         sent = codeFor(m_suite.server, email);
                                         return sent.toLower(); // typed in lower case: still the code
                                     });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(sent.size(), 8);
        QVERIFY2(!sent.contains(QRegularExpression(QStringLiteral("[^A-Z0-9]"))), qPrintable(sent));
        QVERIFY2(m_suite.cli->run({QStringLiteral("clear"), QStringLiteral("letters")}).exitCode == 0,
                 "clear");
    }

    // A sign-in the app's configuration does not enable is refused by the Auth Proxy, with its words.
    void aDisabledSmsSignInIsRefused() {
        QVERIFY(m_suite.server.configureAuthProxy(
            {{QStringLiteral("otpProviders"), QJsonArray{QStringLiteral("email")}}}));
        const CliResult r = otpLogin(
            {QStringLiteral("--sms"), QStringLiteral("+15555550199"), QStringLiteral("--create-account")},
            [] { return QString(); });
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(
            r.errorJson().value(QStringLiteral("message")).toString().contains(QLatin1String("not enabled")),
            qPrintable(r.describe()));
        QCOMPARE(codeFor(m_suite.server, QStringLiteral("+15555550199")), QString()); // nothing was sent
    }

    // Typed on a terminal, the code is not echoed while the CLI waits for it (it is a credential while
    // it lives: off the screen, the scrollback and screen shares), and the terminal is as it was after.
    // A real pseudo-terminal is the CLI's standard input.
    void aCodeTypedOnATerminalIsNotEchoed() {
        int master = -1;
        int slave = -1;
        QVERIFY(::openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
        const auto closeBoth = qScopeGuard([&] {
            ::close(master);
            ::close(slave);
        });
        const auto echoing = [slave] {
            termios mode{};
            return ::tcgetattr(slave, &mode) == 0 && (mode.c_lflag & ECHO) != 0;
        };
        QVERIFY(echoing());
        const QString email = QStringLiteral("typed.on.a.tty@example.com");
        std::unique_ptr<QProcess> p =
            m_suite.cli->start(proxyOptions(m_suite.server) +
                                   QStringList{QStringLiteral("login"), QStringLiteral("--email"), email,
                                               QStringLiteral("--create-account"),
                                               QStringLiteral("--session-key"), QStringLiteral("tty")},
                               [slave] { ::dup2(slave, STDIN_FILENO); });
        QVERIFY(p->waitForStarted(scaledMs(30000)));
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("code was sent") && p->state() == QProcess::Running &&
               waited.elapsed() < scaledMs(60000)) {
            p->waitForReadyRead(200);
            err += p->readAllStandardError();
        }
        QVERIFY2(err.contains("code was sent"), err.constData());
        QTRY_VERIFY(!echoing()); // while the CLI waits for the code
        const QByteArray code = codeFor(m_suite.server, email).toUtf8();
        QCOMPARE(code.size(), 6);
        QCOMPARE(::write(master, QByteArray(code + '\n').constData(), size_t(code.size() + 1)),
                 ssize_t(code.size() + 1));
        CliResult r = CliRunner::collect(*p, 60000);
        r.err.prepend(err);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(echoing()); // restored
        // What the terminal showed back: the new line only, never the code.
        QByteArray shown;
        char buffer[256];
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        for (ssize_t n = 0; (n = ::read(master, buffer, sizeof buffer)) > 0;)
            shown.append(buffer, n);
        QVERIFY2(!shown.contains(code), shown.constData());
        QVERIFY2(
            m_suite.cli->run({QStringLiteral("clear"), QStringLiteral("tty"), QStringLiteral("--revoke")})
                    .exitCode == 0,
            "clear");
    }

    void aNewContactWithoutCreateAccountIsExit3() {
        const Snapshot before = snapshot();
        const QString email = QStringLiteral("nobody@example.com");
        const CliResult r =
            otpLogin({QStringLiteral("--email"), email}, [&] { return codeFor(m_suite.server, email); });
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
        QVERIFY(r.errorJson()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("--create-account")));
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void aWrongCodeIsExit4ThreeTimes() {
        const Snapshot before = snapshot();
        const QString email = QStringLiteral("wrong@example.com");
        for (int attempt = 0; attempt < 3; ++attempt) {
            const CliResult r =
                otpLogin({QStringLiteral("--email"), email, QStringLiteral("--create-account")}, [&] {
                    return codeFor(m_suite.server, email) == QLatin1String("000000")
                               ? QStringLiteral("111111")
                               : QStringLiteral("000000");
                });
            QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
            QCOMPARE(r.errorCode(), QStringLiteral("INVALID_OTP_CODE"));
            QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
        }
    }

    void anExpiredCodeIsExit4() {
        DevServerProcess shortLived;
        QVERIFY(shortLived.start(
            {QStringLiteral("--demo"), QStringLiteral("--otp-code-lifetime-seconds"), QStringLiteral("1")}));
        const Snapshot before = snapshot();
        const QString email = QStringLiteral("late@example.com");
        const CliResult r = otpLogin(
            shortLived,
            proxyOptions(shortLived) + QStringList{QStringLiteral("--api-url"), shortLived.url().toString()},
            {QStringLiteral("--email"), email, QStringLiteral("--create-account")},
            [&] { return codeFor(shortLived, email); }, [] { QTest::qWait(1500); });
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("OTP_EXPIRED"));
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void aBundleNotSignedByTheOtpSignerSendsNothingMore() {
        const Snapshot before = snapshot();
        // A genuine target bundle with its dataSignature altered, as the reply to the CLI's otp_init_v2.
        const QJsonObject init =
            QJsonDocument::fromJson(proxyPost(m_suite.server, QStringLiteral("/v1/otp_init_v2"),
                                              {{QStringLiteral("otpType"), QStringLiteral("OTP_TYPE_EMAIL")},
                                               {QStringLiteral("contact"), QStringLiteral("x@example.com")}}))
                .object();
        QJsonObject bundle = QJsonDocument::fromJson(
                                 init.value(QStringLiteral("otpEncryptionTargetBundle")).toString().toUtf8())
                                 .object();
        QString signature = bundle.value(QStringLiteral("dataSignature")).toString();
        QVERIFY(signature.size() > 20);
        signature[20] = signature[20] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        bundle.insert(QStringLiteral("dataSignature"), signature);
        QJsonObject tampered = init;
        tampered.insert(QStringLiteral("otpEncryptionTargetBundle"),
                        QString::fromUtf8(QJsonDocument(bundle).toJson(QJsonDocument::Compact)));
        QVERIFY(m_suite.server.setFaults(QJsonObject{
            {QStringLiteral("failNext"),
             QJsonObject{{QStringLiteral("status"), 200},
                         {QStringLiteral("count"), 1},
                         {QStringLiteral("body"),
                          QString::fromUtf8(QJsonDocument(tampered).toJson(QJsonDocument::Compact))}}}}));
        int requestsAtCode = -1;
        const CliResult r = otpLogin(
            {QStringLiteral("--email"), QStringLiteral("x@example.com"), QStringLiteral("--create-account")},
            [] { return QStringLiteral("123456"); }, [&] { requestsAtCode = requestCount(); });
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("BAD_RESPONSE"));
        QCOMPARE(requestCount(), requestsAtCode); // no otp_verify_v2, nothing after
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void aWrongOtpSignerKeySendsNothingMore() {
        const Snapshot before = snapshot();
        const QString other = QString::fromLatin1(P256KeyPair::generate().value().uncompressedPublicKeyHex());
        int requestsAtCode = -1;
        const QString email = QStringLiteral("y@example.com");
        const CliResult r = otpLogin(
            m_suite.server, proxyOptions(m_suite.server, other),
            {QStringLiteral("--email"), email, QStringLiteral("--create-account")},
            [&] { return codeFor(m_suite.server, email); }, [&] { requestsAtCode = requestCount(); });
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("BAD_RESPONSE"));
        QCOMPARE(requestCount(), requestsAtCode);
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void aTokenBoundToAnotherKeySendsNothingMore() {
        const Snapshot before = snapshot();
        // A genuine verification token, for a key that is not the CLI's: the reply to its otp_verify_v2.
        const QString email = QStringLiteral("z@example.com");
        const QJsonObject init =
            QJsonDocument::fromJson(proxyPost(m_suite.server, QStringLiteral("/v1/otp_init_v2"),
                                              {{QStringLiteral("otpType"), QStringLiteral("OTP_TYPE_EMAIL")},
                                               {QStringLiteral("contact"), email}}))
                .object();
        const P256KeyPair other = P256KeyPair::generate().value();
        const Result<QByteArray> encrypted = otpbundle::encryptOtpCode(
            codeFor(m_suite.server, email).toUtf8(),
            init.value(QStringLiteral("otpEncryptionTargetBundle")).toString().toUtf8(), other.publicKeyHex(),
            m_suite.server.otpSignerPublicKey().toLatin1());
        QVERIFY(encrypted);
        const QJsonObject verified =
            QJsonDocument::fromJson(
                proxyPost(m_suite.server, QStringLiteral("/v1/otp_verify_v2"),
                          {{QStringLiteral("otpId"), init.value(QStringLiteral("otpId"))},
                           {QStringLiteral("encryptedOtpBundle"), QString::fromUtf8(*encrypted)}}))
                .object();
        QVERIFY(!verified.value(QStringLiteral("verificationToken")).toString().isEmpty());
        int requestsAtCode = -1;
        const CliResult r = otpLogin(
            {QStringLiteral("--email"), email, QStringLiteral("--create-account")},
            [&] { return codeFor(m_suite.server, email); },
            [&] {
                requestsAtCode = requestCount();
                QVERIFY(m_suite.server.setFaults(QJsonObject{
                    {QStringLiteral("failNext"),
                     QJsonObject{{QStringLiteral("status"), 200},
                                 {QStringLiteral("count"), 1},
                                 {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(verified).toJson(
                                                              QJsonDocument::Compact))}}}}));
            });
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("BAD_RESPONSE"));
        QVERIFY2(
            r.errorJson().value(QStringLiteral("message")).toString().contains(QLatin1String("another key")),
            qPrintable(r.describe()));
        QCOMPARE(requestCount(), requestsAtCode + 1); // the faulted otp_verify_v2, then nothing
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    // A verification token bound to the CLI's own key, but signed by a key that is not the OTP signer's
    // (a forged token): refused before anything else is sent, nothing stored.
    void aForgedVerificationTokenSendsNothingMore() {
        const Snapshot before = snapshot();
        const QString email = QStringLiteral("forged@example.com");
        int requestsAtCode = -1;
        const CliResult r = otpLogin(
            {QStringLiteral("--email"), email, QStringLiteral("--create-account")},
            [&] { return codeFor(m_suite.server, email); },
            [&] {
                requestsAtCode = requestCount();
                // The CLI's new key is recorded before the code is asked for.
                QByteArray cliKey;
                if (Result<IndexData> index = readIndex(m_suite.cli->dataDir()))
                    for (const auto& [publicKey, record] : index->keys)
                        if (record.state == KeyState::Pending)
                            cliKey = publicKey.toLatin1();
                QVERIFY(!cliKey.isEmpty());
                vtoken::Claims claims;
                claims.expMs = QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000;
                claims.id = QStringLiteral("5c0ab3a4-0d6f-4d8e-9d7e-3f1c2b4a5e6f");
                claims.verificationType = QStringLiteral("OTP_TYPE_EMAIL");
                claims.contact = email;
                claims.publicKey = cliKey;
                const Result<QByteArray> forged = vtoken::sign(P256KeyPair::generate().value(), claims);
                QVERIFY(forged);
                QVERIFY(m_suite.server.setFaults(QJsonObject{
                    {QStringLiteral("failNext"),
                     QJsonObject{
                         {QStringLiteral("status"), 200},
                         {QStringLiteral("count"), 1},
                         {QStringLiteral("body"),
                          QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("verificationToken"),
                                                                       QString::fromLatin1(*forged)}})
                                                .toJson(QJsonDocument::Compact))}}}}));
            });
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("BAD_RESPONSE"));
        QVERIFY2(r.errorJson()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("signature does not verify with the OTP signer key")),
                 qPrintable(r.describe()));
        QCOMPARE(requestCount(), requestsAtCode + 1); // the faulted otp_verify_v2, then nothing
        QTRY_VERIFY2_WITH_TIMEOUT(snapshot() == before, qPrintable(snapshot().describe()), scaledMs(10000));
    }

    void tooManyCodesIsExit1WithWhenToRetry() {
        const Snapshot before = snapshot();
        const QString email = QStringLiteral("many@example.com");
        for (int i = 0; i < 5; ++i)
            proxyPost(m_suite.server, QStringLiteral("/v1/otp_init_v2"),
                      {{QStringLiteral("otpType"), QStringLiteral("OTP_TYPE_EMAIL")},
                       {QStringLiteral("contact"), email}});
        const CliResult r =
            m_suite.cli->run(proxyOptions(m_suite.server) +
                             QStringList{QStringLiteral("login"), QStringLiteral("--email"), email});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("MAX_OTP_INITIATED_ERROR"));
        QVERIFY2(r.errorJson().value(QStringLiteral("message")).toString().contains(QLatin1String("wait")),
                 qPrintable(r.describe()));
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void aProxyThatIsDownIsExit5() {
        const Snapshot before = snapshot();
        QStringList options = proxyOptions(m_suite.server);
        options[1] = QStringLiteral("http://127.0.0.1:9"); // discard port: nothing listens
        const CliResult r =
            m_suite.cli->run(options + QStringList{QStringLiteral("login"), QStringLiteral("--email"),
                                                   QStringLiteral("d@example.com")});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("NETWORK"));
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void aProxyAnsweringGarbageIsExit1() {
        const Snapshot before = snapshot();
        QVERIFY(m_suite.server.setFaults(
            QJsonObject{{QStringLiteral("failNext"),
                         QJsonObject{{QStringLiteral("status"), 200},
                                     {QStringLiteral("count"), 1},
                                     {QStringLiteral("body"), QStringLiteral("<html>garbage")}}}}));
        const CliResult r = m_suite.cli->run(
            proxyOptions(m_suite.server) +
            QStringList{QStringLiteral("login"), QStringLiteral("--email"), QStringLiteral("g@example.com")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("BAD_RESPONSE"));
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void noConfigIdIsSaidBeforeAnyKeyIsMade() {
        const Snapshot before = snapshot();
        const CliResult r = m_suite.cli->run({QStringLiteral("--auth-proxy-url"),
                                              m_suite.server.authProxyUrl(), QStringLiteral("login"),
                                              QStringLiteral("--email"), QStringLiteral("n@example.com")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.errorJson()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("--auth-proxy-config-id")));
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void usageErrors() {
        const QList<QStringList> bad{
            {QStringLiteral("login"), QStringLiteral("--email"), QStringLiteral("a@b.c"),
             QStringLiteral("--sms"), QStringLiteral("+1555")},
            {QStringLiteral("login"), QStringLiteral("--email"), QStringLiteral("not-an-address")},
            {QStringLiteral("login"), QStringLiteral("--sms"), QStringLiteral("5555550100")},
            {QStringLiteral("login"), QStringLiteral("--email"), QStringLiteral("a@b.c"),
             QStringLiteral("--organization-id"), QStringLiteral("x")},
            {QStringLiteral("login"), QStringLiteral("--create-account"), QStringLiteral("--organization-id"),
             QStringLiteral("x")},
        };
        for (const QStringList& args : bad) {
            const CliResult r = m_suite.cli->run(args);
            QVERIFY2(r.exitCode == 2,
                     qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOtp)
#include "tst_cli_otp.moc"
