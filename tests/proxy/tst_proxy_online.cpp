// The stamping proxy end to end, in process: the real proxy (ProxyService, as `serve` runs it) in front
// of the devserver over loopback HTTP, with the session's key in the real keychain. Clients are curl
// and raw sockets, so what the proxy sees is what any tool would send.
#include "OnlineHarness.h"
#include "TestEnvironment.h"
#include "crypto/Stamp.h"
#include "proxy/ProxyService.h"
#include "proxy/ServingRecord.h"
#include "store/SessionIndex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::test;
using namespace ws::proxy;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Reads one HTTP/1.1 response (Content-Length framed) from what a socket received.
bool parseAnswer(const QByteArray& raw, Answer* out) {
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = raw.left(end).toLower();
    const qsizetype at = head.indexOf("content-length:");
    if (at < 0)
        return false;
    const qsizetype eol = head.indexOf("\r\n", at);
    const int length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toInt();
    if (raw.size() < end + 4 + length)
        return false;
    out->status = raw.mid(9, 3).toInt();
    out->body = raw.mid(end + 4, length);
    return true;
}

// Takes one response off the front of what a socket received; false while it is incomplete.
bool takeAnswer(QByteArray* raw, Answer* out) {
    if (!parseAnswer(*raw, out))
        return false;
    raw->remove(0, raw->indexOf("\r\n\r\n") + 4 + out->body.size());
    return true;
}

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                   const QByteArray& token, const QByteArray& extraHeaders = {}) {
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    r += extraHeaders;
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return r;
}

} // namespace

class TestProxyOnline : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    std::unique_ptr<ProxyService> service;
    QTemporaryDir socketDir;

    SessionIndex& index() { return h->local().index(); }

    Result<void> startProxy(ProxyServiceOptions options = {}) {
        if (options.apiBaseUrl.isEmpty())
            options.apiBaseUrl = h->fixture().url();
        options.dataDirectory = index().directory();
        service = std::make_unique<ProxyService>(h->manager(), index(), h->clock(), options);
        std::optional<Result<void>> started;
        service->start([&](Result<void> r) { started = r; });
        if (!QTest::qWaitFor([&] { return started.has_value(); }, 10000))
            return Error(ErrorCode::Timeout, QStringLiteral("the proxy did not start"));
        return *started;
    }

    // Many requests at once over their own connections; waits for every answer.
    QList<Answer> sendAll(const QList<QByteArray>& requests) {
        QList<Answer> answers(requests.size());
        QList<QByteArray> received(requests.size());
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        int done = 0;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket* s = socket.get();
            connect(s, &QTcpSocket::connected, s, [s, r = requests[i]] { s->write(r); });
            connect(s, &QTcpSocket::readyRead, s, [s, i, &received, &answers, &done] {
                received[i] += s->readAll();
                if (answers[i].status == 0 && parseAnswer(received[i], &answers[i]))
                    ++done;
            });
            s->connectToHost(service->url().host(), quint16(service->url().port()));
            sockets.push_back(std::move(socket));
        }
        if (!QTest::qWaitFor([&] { return done == requests.size(); }, 30000 * timeScale()))
            qWarning("%d of %lld requests unanswered", int(requests.size() - done),
                     qlonglong(requests.size()));
        return answers;
    }
    Answer send(const QByteArray& raw) { return sendAll({raw}).value(0); }
    Answer whoami(const QByteArray& token, const QByteArray& extraHeaders = {}) {
        const QByteArray body = h->fixture().queryBody();
        return send(request("POST", "/public/v1/query/whoami", body, token, extraHeaders));
    }

    // curl, as a user runs it, driven without blocking the event loop the proxy runs on.
    Answer curl(const QStringList& arguments) {
        QProcess p;
        p.start(QStringLiteral("curl"),
                QStringList{QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("-"),
                            QStringLiteral("-w"), QStringLiteral("\n%{http_code}")} +
                    arguments);
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(20000))
            return {};
        const QByteArray out = p.readAllStandardOutput();
        const qsizetype nl = out.lastIndexOf('\n');
        return Answer{out.mid(nl + 1).toInt(), out.left(nl)};
    }

private Q_SLOTS:
    void init() {
        h = std::make_unique<OnlineHarness>();
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
    }
    void cleanup() {
        service.reset();
        h.reset();
    }

    void curlNeedsTheToken() {
        WS_VERIFY_OK(startProxy());
        const QString url = service->url().toString() + QStringLiteral("/public/v1/query/whoami");
        const QString body = QString::fromUtf8(h->fixture().queryBody());
        const Answer none = curl({QStringLiteral("--data"), body, url});
        QCOMPARE(none.status, 401);
        QVERIFY(none.json().value(QStringLiteral("message")).toString().contains(QLatin1String("token")));
        const Answer wrong = curl({QStringLiteral("-H"),
                                   QStringLiteral("Authorization: Bearer ") + QString(43, QLatin1Char('A')),
                                   QStringLiteral("--data"), body, url});
        QCOMPARE(wrong.status, 401);
        const Answer ok =
            curl({QStringLiteral("-H"),
                  QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(service->token()),
                  QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                  QStringLiteral("--data"), body, url});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QStringLiteral("organizationId")).toString(), h->fixture().organizationId());
        QCOMPARE(ok.json().value(QStringLiteral("userId")).toString(), h->fixture().userId());
    }

    void ownStampIsReplaced() {
        WS_VERIFY_OK(startProxy());
        // A stamp by another key: never forwarded; the devserver sees only ours and accepts it.
        const auto other = P256KeyPair::generate();
        WS_VERIFY_OK(other);
        const QByteArray body = h->fixture().queryBody();
        const QByteArray foreign = stamp::make(*other, body).value();
        int requestsBefore = h->server().requestCount();
        const Answer a = send(request("POST", "/public/v1/query/whoami", body, service->token(),
                                      "X-Stamp: " + foreign + "\r\nX-Stamp-Webauthn: {}\r\n"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QStringLiteral("userId")).toString(), h->fixture().userId());
        QCOMPARE(h->server().requestCount(), requestsBefore + 1);
    }

    void refusals() {
        WS_VERIFY_OK(startProxy());
        const QByteArray t = service->token();
        const QByteArray body = h->fixture().queryBody();
        const int requestsBefore = h->server().requestCount();
        QCOMPARE(send(request("GET", "/public/v1/query/whoami", {}, t)).status, 405);
        QCOMPARE(send(request("PUT", "/public/v1/query/whoami", body, t)).status, 405);
        QCOMPARE(send(request("POST", "/admin/state", body, t)).status, 404);
        QCOMPARE(send(request("POST", "/public/v1/query/%2e%2e/%2e%2e/admin", body, t)).status, 400);
        QCOMPARE(send(request("POST", "/public/v1/query/../../admin", body, t)).status, 400);
        const Answer big = send(request("POST", "/public/v1/query/whoami", QByteArray(1048577, ' '), t));
        QCOMPARE(big.status, 413);
        QVERIFY(!big.json().value(QStringLiteral("message")).toString().isEmpty());
        // Exactly the limit is accepted (and the API judges the body).
        QVERIFY(send(request("POST", "/public/v1/query/whoami", QByteArray(1048576, ' '), t)).status != 413);
        QCOMPARE(h->server().requestCount(), requestsBefore + 1);
    }

    void narrowedAllowList() {
        ProxyServiceOptions options;
        options.allow = {QStringLiteral("/public/v1/query/*")};
        WS_VERIFY_OK(startProxy(options));
        QCOMPARE(whoami(service->token()).status, 200);
        const Answer a = send(request("POST", "/public/v1/submit/delete_api_keys", "{}", service->token()));
        QCOMPARE(a.status, 404);
    }

    // An API answer larger than the cap is a 502 that says so, not a cut-off body.
    void anOversizedAnswerIs502() {
        ProxyServiceOptions options;
        options.maxReplyBytes = 64; // whoami's answer is a few hundred bytes
        WS_VERIFY_OK(startProxy(options));
        const Answer a = whoami(service->token());
        QCOMPARE(a.status, 502);
        QVERIFY2(a.json()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("larger than 64 bytes")),
                 a.body.constData());
    }

    void listensOnLoopbackOnly() {
        ProxyServiceOptions options;
        options.address = QHostAddress(QHostAddress::AnyIPv4);
        const Result<void> r = startProxy(options);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("loopback")));
    }

    void hundredConcurrentRequests() {
        WS_VERIFY_OK(startProxy());
        const QByteArray body = h->fixture().queryBody();
        QList<QByteArray> requests;
        for (int i = 0; i < 100; ++i)
            requests.append(request("POST", "/public/v1/query/whoami", body, service->token()));
        QElapsedTimer timer;
        timer.start();
        const QList<Answer> answers = sendAll(requests);
        const qint64 ms = timer.elapsed();
        int ok = 0;
        for (const Answer& a : answers)
            ok += a.status == 200 ? 1 : 0;
        QCOMPARE(ok, 100);
        QVERIFY2(ms < 15000 * timeScale(), qPrintable(QStringLiteral("%1 ms").arg(ms)));
        qInfo("100 concurrent requests answered in %lld ms", ms);
    }

    // One kept-alive connection: requests one after another (each answer is written at once and nothing
    // is left to parse), then three sent in one write (the second and third wait in the parser while the
    // first is forwarded), the last with "Connection: close". Every answer comes, in order, on the
    // same connection.
    void keptAliveAndPipelinedRequests() {
        WS_VERIFY_OK(startProxy());
        const QByteArray body = h->fixture().queryBody();
        QByteArray keepAlive = request("POST", "/public/v1/query/whoami", body, service->token());
        keepAlive.replace("Connection: close\r\n", "");
        const QByteArray refused = "GET /public/v1/query/whoami HTTP/1.1\r\nHost: localhost\r\n"
                                   "Authorization: Bearer " +
                                   service->token() + "\r\nContent-Length: 0\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(service->url().host(), quint16(service->url().port()));
        QVERIFY(socket.waitForConnected(5000));
        QByteArray received;
        const auto next = [&](Answer* a) {
            return QTest::qWaitFor(
                [&] {
                    received += socket.readAll();
                    return takeAnswer(&received, a);
                },
                20000 * timeScale());
        };
        for (int i = 0; i < 5; ++i) {
            socket.write(keepAlive);
            Answer a;
            QVERIFY2(next(&a), qPrintable(QStringLiteral("request %1 of 5 unanswered").arg(i + 1)));
            QCOMPARE(a.status, 200);
            QCOMPARE(a.json().value(QStringLiteral("userId")).toString(), h->fixture().userId());
        }
        socket.write(keepAlive + refused +
                     request("POST", "/public/v1/query/whoami", body, service->token()));
        QList<int> statuses;
        for (int i = 0; i < 3; ++i) {
            Answer a;
            QVERIFY2(next(&a), qPrintable(QStringLiteral("pipelined request %1 of 3 unanswered").arg(i + 1)));
            statuses.append(a.status);
        }
        QCOMPARE(statuses, QList<int>({200, 405, 200}));
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000));
        QVERIFY(received.isEmpty());
    }

    void acrossAnAutomaticRefresh() {
        ProxyServiceOptions options;
        options.scheduler.refreshBefore = std::chrono::seconds(60);
        WS_VERIFY_OK(startProxy(options));
        QSignalSpy refreshed(service.get(), &ProxyService::refreshed);
        const QString oldKey = h->publicKeyOf(QStringLiteral("work"));
        const QByteArray body = h->fixture().queryBody();
        int sent = 0;
        int failed = 0;
        const auto burst = [&] {
            QList<QByteArray> requests;
            for (int i = 0; i < 8; ++i)
                requests.append(request("POST", "/public/v1/query/whoami", body, service->token()));
            for (const Answer& a : sendAll(requests)) {
                ++sent;
                failed += a.status == 200 ? 0 : 1;
            }
        };
        burst();
        // The refresh is due: the clock (shared with the devserver) moves to 50 s before expiry.
        h->clock().advanceSecs(850);
        service->replan();
        QElapsedTimer t;
        t.start();
        while (refreshed.isEmpty() && t.elapsed() < 15000)
            burst();
        QCOMPARE(refreshed.size(), 1);
        burst();
        const QString newKey = h->publicKeyOf(QStringLiteral("work"));
        QVERIFY(newKey != oldKey);
        QVERIFY(!h->local().keychainHasSessionKey(oldKey));
        QCOMPARE(failed, 0);
        QVERIFY(sent >= 16);
        qInfo("%d requests across the refresh, none failed", sent);
    }

    void clearedSessionStopsAtOnce() {
        ProxyServiceOptions options;
        options.endNotice = std::chrono::milliseconds(1000);
        WS_VERIFY_OK(startProxy(options));
        QCOMPARE(whoami(service->token()).status, 200);
        QCOMPARE(ServingRecord::list(index().directory()).size(), 1);
        QSignalSpy finished(service.get(), &ProxyService::finished);
        QElapsedTimer t;
        t.start();
        WS_VERIFY_OK(h->clear(QStringLiteral("work")));
        const int requestsBefore = h->server().requestCount();
        const Answer a = whoami(service->token());
        QCOMPARE(a.status, 401);
        QVERIFY(a.json().value(QStringLiteral("message")).toString().contains(QLatin1String("'work'")));
        QVERIFY(t.elapsed() < 1000);
        // 401s for at least a second, nothing reaches the API, then the service is finished.
        QTest::qWait(500);
        QCOMPARE(whoami(service->token()).status, 401);
        QVERIFY(finished.wait(3000));
        QVERIFY(t.elapsed() >= 1000);
        QCOMPARE(finished.first().first().value<Error>().code, ErrorCode::SessionExpired);
        QCOMPARE(h->server().requestCount(), requestsBefore);
        QCOMPARE(ServingRecord::list(index().directory()).size(), 0);
    }

    void apiDownIs502() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl dead;
        dead.setScheme(QStringLiteral("http"));
        dead.setHost(QStringLiteral("127.0.0.1"));
        dead.setPort(probe.serverPort());
        probe.close();
        ProxyServiceOptions options;
        options.apiBaseUrl = dead;
        WS_VERIFY_OK(startProxy(options));
        const Answer a = whoami(service->token());
        QCOMPARE(a.status, 502);
        QVERIFY2(a.json()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("could not be reached")),
                 a.body.constData());
    }

    void unixSocket() {
        QVERIFY(socketDir.isValid());
        const QString dir = socketDir.filePath(QStringLiteral("private"));
        ProxyServiceOptions options;
        options.transport = ProxyServiceOptions::Transport::UnixSocket;
        options.socketPath = QDir(dir).filePath(QStringLiteral("proxy.sock"));
        WS_VERIFY_OK(startProxy(options));
        // Owner bits only: 0700 and 0600 (Qt's "owner" mask is 0x7000, group 0x0070, others 0x0007).
        QCOMPARE(int(QFileInfo(dir).permissions() & 0x7077), 0x7000);
        QCOMPARE(int(QFileInfo(options.socketPath).permissions() & 0x7077), 0x6000);
        QLocalSocket s;
        s.connectToServer(options.socketPath);
        QVERIFY(s.waitForConnected(2000));
        s.write(request("POST", "/public/v1/query/whoami", h->fixture().queryBody(), {}));
        QByteArray raw;
        Answer a;
        QVERIFY(QTest::qWaitFor(
            [&] {
                raw += s.readAll();
                return parseAnswer(raw, &a);
            },
            10000));
        QCOMPARE(a.status, 200);
        service->stop();
        QVERIFY(!QFileInfo::exists(options.socketPath));
        // A directory others can enter is refused.
        service.reset();
        options.socketPath =
            QStringLiteral("/tmp/ws-proxy-test-%1.sock").arg(QCoreApplication::applicationPid());
        QVERIFY(!startProxy(options).ok());
    }
};

QTEST_GUILESS_MAIN(TestProxyOnline)
#include "tst_proxy_online.moc"
