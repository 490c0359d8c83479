// The API client's own HTTP/1.1 transport (core/net): the response parser on its own, then the client
// against a loopback server that keeps connections alive and misbehaves on cue (closing a kept-alive
// connection, answering slowly, staying silent, cutting an answer short).
#include "net/HttpClient.h"
#include "net/HttpResponseParser.h"
#include "net/SocketWrite.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>
#include <poll.h>

using namespace ws::net;
using State = HttpResponseParser::State;

namespace {

// An HTTP/1.1 server that keeps its connections open (unlike SeamServer) and hands every complete
// request to a responder, with the connection's number (from 1) and the request's number on it.
class KeepAliveServer : public QTcpServer {
public:
    using Responder = std::function<void(QTcpSocket*, int connection, int request)>;

    KeepAliveServer() {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                const int number = ++connections;
                maxOpen = std::max(maxOpen, ++open);
                auto buffer = std::make_shared<QByteArray>();
                auto served = std::make_shared<int>(0);
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    --open;
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, number, buffer, served] {
                    *buffer += socket->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        qsizetype length = 0;
                        for (const QByteArray& line : buffer->left(end).split('\n'))
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        lastRequest = buffer->left(end + 4 + length);
                        buffer->remove(0, end + 4 + length);
                        ++requests;
                        responder(socket, number, ++*served);
                        if (socket->state() != QAbstractSocket::ConnectedState)
                            return;
                    }
                });
            }
        });
    }

    bool start() { return listen(QHostAddress::LocalHost); }
    QUrl url(const QString& path = QStringLiteral("/public/v1/query/whoami")) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    static QByteArray answer(const QByteArray& body, const QByteArray& extra = {}) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + extra +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    Responder responder = [](QTcpSocket* socket, int, int) {
        socket->write(answer("{}"));
    };
    int connections = 0;
    int requests = 0;
    int open = 0;
    int maxOpen = 0;
    QByteArray lastRequest;
};

HttpRequest post(const QUrl& url, const QByteArray& body = "{\"x\":1}") {
    HttpRequest request;
    request.url = url;
    request.headers.emplaceBack("Content-Type", "application/json");
    request.body = body;
    return request;
}

// Sends and waits for finished(); the transfer is deleted with the returned pointer.
std::unique_ptr<HttpTransfer> exchange(HttpClient& client, const HttpRequest& request,
                                       HttpLimits limits = {}) {
    std::unique_ptr<HttpTransfer> transfer(client.send(request, limits));
    QSignalSpy finished(transfer.get(), &HttpTransfer::finished);
    if (!finished.wait(20000))
        qWarning("the transfer did not finish");
    return transfer;
}

HttpResponseParser parseAll(const QByteArray& bytes, qint64 cap = 1024, qsizetype step = 0) {
    HttpResponseParser parser(cap);
    if (step <= 0) {
        parser.feed(bytes);
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += step)
            parser.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
    }
    return parser;
}

// Whether the descriptor has bytes to read within `ms`, asked of the kernel without running Qt's event
// loop: bytes a socket only queued in Qt have not left yet.
bool kernelHasBytesFor(qintptr descriptor, int ms) {
    pollfd p{int(descriptor), POLLIN, 0};
    return ::poll(&p, 1, ms) == 1 && (p.revents & POLLIN) != 0;
}

// A connected pair of TCP sockets on loopback.
struct TcpPair {
    QTcpServer server;
    QTcpSocket client;
    QTcpSocket* peer = nullptr;
    bool open() {
        if (!server.listen(QHostAddress::LocalHost))
            return false;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!client.waitForConnected(5000) || !server.waitForNewConnection(5000))
            return false;
        peer = server.nextPendingConnection();
        return peer != nullptr;
    }
};

} // namespace

Q_DECLARE_METATYPE(ws::net::HttpRequest)

class TestHttpClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- the parser on its own ---
    void parsesContentLengthInAnySplit() {
        const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                    "14\r\n\r\n{\"userId\":\"u\"}";
        for (qsizetype step : {0, 1, 2, 7}) {
            HttpResponseParser parser = parseAll(response, 1024, step);
            QCOMPARE(parser.state(), State::Done);
            QCOMPARE(parser.head().status, 200);
            QCOMPARE(parser.head().header("content-type"), QByteArray("application/json"));
            QCOMPARE(parser.takeBody(), QByteArray("{\"userId\":\"u\"}"));
            QVERIFY(parser.keepAlive());
        }
    }

    void parsesChunkedWithExtensionsAndTrailers() {
        const QByteArray response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                                    "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: t\r\n\r\n";
        for (qsizetype step : {0, 1, 3}) {
            HttpResponseParser parser = parseAll(response, 1024, step);
            QCOMPARE(parser.state(), State::Done);
            QCOMPARE(parser.takeBody(), QByteArray("hello world"));
            QVERIFY(parser.keepAlive());
        }
    }

    void skipsInterimResponses() {
        HttpResponseParser parser =
            parseAll("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\n"
                     "HTTP/1.1 401 Unauthorized\r\nContent-Length: 2\r\n\r\n{}");
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(parser.head().status, 401);
        QCOMPARE(parser.takeBody(), QByteArray("{}"));
    }

    void bodyToTheCloseEndsOnlyAtTheClose() {
        HttpResponseParser parser = parseAll("HTTP/1.1 502 Bad Gateway\r\n\r\n<html>bad</html>");
        QCOMPARE(parser.state(), State::Body);
        parser.finishInput();
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(parser.takeBody(), QByteArray("<html>bad</html>"));
        QVERIFY(!parser.keepAlive());
    }

    void keepAliveFollowsTheVersionAndConnection() {
        QVERIFY(!parseAll("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").keepAlive());
        QVERIFY(!parseAll("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").keepAlive());
        QVERIFY(
            parseAll("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n").keepAlive());
        QVERIFY(parseAll("HTTP/1.1 204 No Content\r\n\r\n").keepAlive());
        // Bytes after the answer: the connection is out of step, it carries nothing more.
        HttpResponseParser extra = parseAll("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}HTTP/1.1 200");
        QCOMPARE(extra.state(), State::Done);
        QVERIFY(!extra.keepAlive());
    }

    void refusesBodiesOverTheCapWithoutReadingThem() {
        HttpResponseParser announced = parseAll("HTTP/1.1 200 OK\r\nContent-Length: 1025\r\n\r\n", 1024);
        QCOMPARE(announced.state(), State::TooLarge);
        QCOMPARE(announced.bodySizeAtLeast(), 1025);
        HttpResponseParser chunked = parseAll("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n" +
                                                  QByteArray(512, 'a') + "\r\n201\r\n",
                                              1024);
        QCOMPARE(chunked.state(), State::TooLarge);
        QCOMPARE(chunked.bodySizeAtLeast(), 512 + 513);
        HttpResponseParser toClose = parseAll("HTTP/1.1 200 OK\r\n\r\n" + QByteArray(1025, 'a'), 1024);
        QCOMPARE(toClose.state(), State::TooLarge);
        HttpResponseParser exact =
            parseAll("HTTP/1.1 200 OK\r\nContent-Length: 1024\r\n\r\n" + QByteArray(1024, 'a'), 1024);
        QCOMPARE(exact.state(), State::Done);
    }

    void malformedResponsesFail_data() {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        QTest::newRow("http/2 preface") << QByteArray("HTTP/2 200\r\n\r\n");
        QTest::newRow("no status") << QByteArray("HTTP/1.1 OK\r\n\r\n");
        QTest::newRow("status out of range") << QByteArray("HTTP/1.1 999 What\r\n\r\n");
        QTest::newRow("conflicting lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!");
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nBroken\r\n\r\n");
        QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n c\r\n\r\n");
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("chunk without crlf")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabcd\r\n");
        QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n");
        QTest::newRow("huge head") << "HTTP/1.1 200 OK\r\nX: " + QByteArray(70 * 1024, 'a');
    }
    void malformedResponsesFail() {
        QFETCH(QByteArray, response);
        HttpResponseParser parser = parseAll(response);
        QCOMPARE(parser.state(), State::Failed);
        QVERIFY(!parser.failure().isEmpty());
        QVERIFY(!parser.keepAlive());
    }

    void truncatedResponsesFailAtTheClose() {
        for (const QByteArray& cut : {QByteArray(), QByteArray("HTTP/1.1 200 OK\r\nContent-Le"),
                                      QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345")}) {
            HttpResponseParser parser = parseAll(cut);
            QCOMPARE(parser.sawAnyByte(), !cut.isEmpty());
            parser.finishInput();
            QCOMPARE(parser.state(), State::Failed);
        }
    }

    // --- the client on sockets ---
    void keptAliveConnectionIsReused() {
        KeepAliveServer server;
        QVERIFY(server.start());
        HttpClient client;
        for (int i = 0; i < 5; ++i) {
            auto transfer = exchange(client, post(server.url()));
            QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::Replied);
            QCOMPARE(transfer->status(), 200);
            QCOMPARE(transfer->body(), QByteArray("{}"));
        }
        QCOMPARE(server.connections, 1);
        QCOMPARE(server.requests, 5);
        QCOMPARE(client.connectionCount(server.url()), 1);
        // What went on the wire: the request line, Host, the caller's headers, the length, the body.
        QCOMPARE(server.lastRequest,
                 "POST /public/v1/query/whoami HTTP/1.1\r\nHost: 127.0.0.1:" +
                     QByteArray::number(server.serverPort()) +
                     "\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"x\":1}");
    }

    void answerWithConnectionCloseIsNotReused() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket* socket, int, int) {
            socket->write(KeepAliveServer::answer("{}", "Connection: close\r\n"));
            socket->disconnectFromHost();
        };
        HttpClient client;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(exchange(client, post(server.url()))->outcome(), HttpTransfer::Outcome::Replied);
        QCOMPARE(server.connections, 3);
    }

    void chunkedAnswerKeepsTheConnection() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket* socket, int, int) {
            socket->write(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n");
        };
        HttpClient client;
        for (int i = 0; i < 3; ++i) {
            auto transfer = exchange(client, post(server.url()));
            QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::Replied);
            QCOMPARE(transfer->body(), QByteArray("{\"a\":1}"));
        }
        QCOMPARE(server.connections, 1);
    }

    void staleConnectionIsResentOnANewOne() {
        KeepAliveServer server;
        QVERIFY(server.start());
        // The first connection's second request: closed unanswered, as a server does with an idle
        // connection it timed out just as the request was sent.
        server.responder = [](QTcpSocket* socket, int connection, int request) {
            if (connection == 1 && request == 2)
                socket->abort();
            else
                socket->write(KeepAliveServer::answer("{}"));
        };
        HttpClient client;
        QCOMPARE(exchange(client, post(server.url()))->outcome(), HttpTransfer::Outcome::Replied);
        auto second = exchange(client, post(server.url()));
        QCOMPARE(second->outcome(), HttpTransfer::Outcome::Replied);
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.requests, 3);
    }

    void staleResendHappensOnlyOnce() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket* socket, int connection, int request) {
            if (connection == 1 && request == 1)
                socket->write(KeepAliveServer::answer("{}"));
            else
                socket->abort(); // the resend on a new connection is dropped too
        };
        HttpClient client;
        QCOMPARE(exchange(client, post(server.url()))->outcome(), HttpTransfer::Outcome::Replied);
        auto second = exchange(client, post(server.url()));
        QCOMPARE(second->outcome(), HttpTransfer::Outcome::Failed);
        QCOMPARE(second->networkError(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(server.requests, 3); // the first, the stale one, the one resend; no more
    }

    void answerCutShortIsARemoteClose() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket* socket, int, int) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"partial");
            socket->flush();
            socket->disconnectFromHost();
        };
        HttpClient client;
        auto transfer = exchange(client, post(server.url()));
        QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::Failed);
        QCOMPARE(transfer->networkError(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(server.requests, 1); // a cut answer on a fresh connection is not resent here
    }

    void malformedAnswerIsAProtocolFailure() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket* socket, int, int) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n");
        };
        HttpClient client;
        auto transfer = exchange(client, post(server.url()));
        QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::Failed);
        QCOMPARE(transfer->networkError(), QNetworkReply::ProtocolFailure);
        QVERIFY2(transfer->errorString().contains(QLatin1String("Content-Length")),
                 qPrintable(transfer->errorString()));
        QTRY_COMPARE(server.open, 0); // the connection is closed, not kept for another request
    }

    void oversizedAnswerStopsTheReadAndTheConnection() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket* socket, int, int) {
            socket->write(KeepAliveServer::answer(QByteArray(4096, 'a')));
        };
        HttpClient client;
        auto transfer = exchange(client, post(server.url()), HttpLimits{1000, std::chrono::seconds(20)});
        QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::TooLarge);
        QCOMPARE(transfer->bodySizeAtLeast(), 4096);
        QTRY_COMPARE(server.open, 0);
    }

    void atMostSixConnectionsPerOrigin() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket* socket, int, int) {
            QPointer<QTcpSocket> alive(socket);
            QTimer::singleShot(100, socket, [alive] {
                if (alive)
                    alive->write(KeepAliveServer::answer("{}"));
            });
        };
        HttpClient client;
        std::vector<std::unique_ptr<HttpTransfer>> transfers;
        int finished = 0;
        for (int i = 0; i < 10; ++i) {
            transfers.emplace_back(client.send(post(server.url()), {}));
            connect(transfers.back().get(), &HttpTransfer::finished, this, [&finished] { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 10, 20000);
        for (const auto& transfer : transfers)
            QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::Replied);
        QCOMPARE(server.maxOpen, HttpClient::kDefaultMaxConnectionsPerOrigin);
        QCOMPARE(server.connections, HttpClient::kDefaultMaxConnectionsPerOrigin);
        QCOMPARE(server.requests, 10);
    }

    void abortEndsSilentlyAndClosesTheConnection() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket*, int, int) {
        }; // never answers
        HttpClient client;
        std::unique_ptr<HttpTransfer> transfer(client.send(post(server.url()), {}));
        QSignalSpy finished(transfer.get(), &HttpTransfer::finished);
        QTRY_COMPARE(server.requests, 1);
        transfer->abort();
        QTRY_COMPARE(server.open, 0);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(client.connectionCount(server.url()), 0);

        server.responder = [](QTcpSocket* socket, int, int) {
            socket->write(KeepAliveServer::answer("{}"));
        };
        QCOMPARE(exchange(client, post(server.url()))->outcome(), HttpTransfer::Outcome::Replied);
        QCOMPARE(server.connections, 2);
    }

    void silenceIsAnInactivityTimeout() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket*, int, int) {
        };
        HttpClient client;
        auto transfer =
            exchange(client, post(server.url()), HttpLimits{1024, std::chrono::milliseconds(200)});
        QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::InactivityTimeout);
        QTRY_COMPARE(server.open, 0);
    }

    void connectionRefused() {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        HttpClient client;
        auto transfer = exchange(client, post(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));
        QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::Failed);
        QCOMPARE(transfer->networkError(), QNetworkReply::ConnectionRefusedError);
    }

    void unsendableRequestsFailAsynchronously_data() {
        QTest::addColumn<HttpRequest>("request");
        HttpRequest injected = post(QUrl(QStringLiteral("http://127.0.0.1:1/x")));
        injected.headers.emplaceBack("X-Stamp", "abc\r\nX-Evil: 1");
        QTest::newRow("line break in a header") << injected;
        HttpRequest host = post(QUrl(QStringLiteral("http://127.0.0.1:1/x")));
        host.headers.emplaceBack("Host", "elsewhere");
        QTest::newRow("own Host header") << host;
        QTest::newRow("ftp") << post(QUrl(QStringLiteral("ftp://127.0.0.1/x")));
        QTest::newRow("no host") << post(QUrl(QStringLiteral("http:///x")));
    }
    void unsendableRequestsFailAsynchronously() {
        QFETCH(HttpRequest, request);
        HttpClient client;
        std::unique_ptr<HttpTransfer> transfer(client.send(request, {}));
        QSignalSpy finished(transfer.get(), &HttpTransfer::finished);
        QCOMPARE(finished.size(), 0); // never from inside send()
        QVERIFY(finished.wait(5000));
        QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::Failed);
        QCOMPARE(transfer->networkError(), QNetworkReply::ProtocolUnknownError);
        QVERIFY(!transfer->errorString().isEmpty());
    }

    // --- writeNow: straight to the kernel when it can, through Qt's buffer when it cannot ---
    void writeNowSendsBeforeTheEventLoopRuns() {
        TcpPair tcp;
        QVERIFY(tcp.open());
        QCOMPARE(writeNow(tcp.client, "hello"), qint64(5));
        QCOMPARE(tcp.client.bytesToWrite(), qint64(0));
        QVERIFY(kernelHasBytesFor(tcp.peer->socketDescriptor(), 2000));
        QVERIFY(tcp.peer->waitForReadyRead(2000));
        QCOMPARE(tcp.peer->readAll(), QByteArray("hello"));

        QTemporaryDir dir;
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(QStringLiteral("s"))));
        QLocalSocket local;
        local.connectToServer(server.fullServerName());
        QVERIFY(local.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QLocalSocket* peer = server.nextPendingConnection();
        QCOMPARE(writeNow(local, "over a Unix socket"), qint64(18));
        QVERIFY(kernelHasBytesFor(peer->socketDescriptor(), 2000));
    }

    // More than the kernel takes at once: the rest waits in Qt's buffer, and what is written after it
    // queues behind it, so the peer reads everything in order.
    void writeNowKeepsTheOrderPastAFullKernelBuffer() {
        TcpPair tcp;
        QVERIFY(tcp.open());
        QByteArray big(32 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char('a' + i % 26);
        QCOMPARE(writeNow(tcp.client, big), qint64(big.size()));
        QVERIFY2(tcp.client.bytesToWrite() > 0, "the kernel took 32 MiB at once: the fallback is untested");
        QCOMPARE(writeNow(tcp.client, "tail"), qint64(4));
        QByteArray received;
        QVERIFY(QTest::qWaitFor(
            [&] {
                received += tcp.peer->readAll();
                return received.size() >= big.size() + 4;
            },
            30000));
        QCOMPARE(received.size(), big.size() + 4);
        QVERIFY(received.startsWith(big));
        QVERIFY(received.endsWith("tail"));
    }

    void writeNowOnAClosedSocketFailsAsWriteDoes() {
        QTcpSocket unconnected;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
        QCOMPARE(writeNow(unconnected, "x"), qint64(-1));
    }

    // A request larger than the kernel's socket buffer leaves whole, its bytes in order.
    void largeRequestIsSentWhole() {
        KeepAliveServer server;
        QVERIFY(server.start());
        HttpClient client;
        QByteArray body(8 * 1024 * 1024, 'x');
        body.prepend("{\"data\":\"");
        body.append("\"}");
        auto transfer = exchange(client, post(server.url(), body));
        QCOMPARE(transfer->outcome(), HttpTransfer::Outcome::Replied);
        QCOMPARE(server.requests, 1);
        QVERIFY(server.lastRequest.endsWith(body));
        const QByteArray length = "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        QVERIFY(server.lastRequest.contains(length));
    }

    void clientDestroyedFirstLeavesTransfersSafe() {
        KeepAliveServer server;
        QVERIFY(server.start());
        server.responder = [](QTcpSocket*, int, int) {
        };
        auto client = std::make_unique<HttpClient>();
        std::unique_ptr<HttpTransfer> running(client->send(post(server.url()), {}));
        QTRY_COMPARE(server.requests, 1);
        client.reset();
        QTRY_COMPARE(server.open, 0);
        running->abort(); // no client any more: nothing to do, nothing to crash
        running.reset();
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
