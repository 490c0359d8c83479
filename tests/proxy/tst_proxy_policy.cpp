// The proxy's admission rules and its HTTP parser, one rule at a time.
#include "proxy/HttpRequestParser.h"
#include "proxy/ProxyPolicy.h"
#include "proxy/ProxyResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ws;
using namespace ws::proxy;

namespace {
HttpRequest post(const QByteArray& target, const QByteArray& authorization = {}) {
    HttpRequest r;
    r.method = "POST";
    r.target = target;
    r.version = "HTTP/1.1";
    if (!authorization.isEmpty())
        r.headers.append({"authorization", authorization});
    return r;
}
} // namespace

class TestProxyPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalisesPaths_data() {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("plain") << QByteArray("/public/v1/query/whoami")
                               << QStringLiteral("/public/v1/query/whoami");
        QTest::newRow("encoded letter")
            << QByteArray("/public/v1/query/who%61mi") << QStringLiteral("/public/v1/query/whoami");
        QTest::newRow("dotdot") << QByteArray("/public/v1/query/../submit/x") << QString();
        QTest::newRow("dot") << QByteArray("/public/v1/./query/whoami") << QString();
        QTest::newRow("%2e%2e") << QByteArray("/public/v1/query/%2e%2e/submit/x") << QString();
        QTest::newRow("%2E.") << QByteArray("/public/v1/query/%2E./x") << QString();
        QTest::newRow("encoded slash") << QByteArray("/public/v1/query%2fwhoami") << QString();
        QTest::newRow("backslash") << QByteArray("/public/v1/query/%5cwhoami") << QString();
        QTest::newRow("empty segment") << QByteArray("/public//v1/query/whoami") << QString();
        QTest::newRow("query string") << QByteArray("/public/v1/query/whoami?x=1") << QString();
        QTest::newRow("absolute form") << QByteArray("http://evil/public/v1/query/whoami") << QString();
    }
    void normalisesPaths() {
        QFETCH(QByteArray, target);
        QFETCH(QString, expected);
        const Result<QString> path = normalisePath(target);
        if (expected.isEmpty())
            QVERIFY2(!path.ok(), qPrintable(path.ok() ? *path : QString()));
        else
            QCOMPARE(path.value(), expected);
    }

    void defaultAllowListIsQueriesAndActivities() {
        const AllowList all;
        QVERIFY(all.allows(QStringLiteral("/public/v1/query/whoami")));
        QVERIFY(all.allows(QStringLiteral("/public/v1/submit/create_wallet")));
        QVERIFY(!all.allows(QStringLiteral("/public/v1/query/")));
        QVERIFY(!all.allows(QStringLiteral("/public/v1/query/a/b")));
        QVERIFY(!all.allows(QStringLiteral("/admin/state")));
        QVERIFY(!all.allows(QStringLiteral("/public/v2/query/whoami")));
    }

    void allowNarrows() {
        const auto queries = AllowList::narrowedTo({QStringLiteral("/public/v1/query/*")});
        QVERIFY(queries.ok());
        QVERIFY(queries->allows(QStringLiteral("/public/v1/query/get_api_keys")));
        QVERIFY(!queries->allows(QStringLiteral("/public/v1/submit/delete_api_keys")));
        const auto one = AllowList::narrowedTo({QStringLiteral("/public/v1/submit/create_*")});
        QVERIFY(one.ok());
        QVERIFY(one->allows(QStringLiteral("/public/v1/submit/create_wallet")));
        QVERIFY(!one->allows(QStringLiteral("/public/v1/submit/delete_wallet")));
        QVERIFY(!AllowList::narrowedTo({QStringLiteral("/admin/*")}).ok()); // cannot widen
        QVERIFY(!AllowList::narrowedTo({QStringLiteral("/public/v1/query/a/b")}).ok());
        QVERIFY(!AllowList::narrowedTo({QStringLiteral("/public/v1/query/(.*)")}).ok());
    }

    void loopbackOnly() {
        QVERIFY(isLoopbackPeer(QHostAddress(QStringLiteral("127.0.0.1"))));
        QVERIFY(isLoopbackPeer(QHostAddress(QStringLiteral("127.3.2.1"))));
        QVERIFY(isLoopbackPeer(QHostAddress(QStringLiteral("::1"))));
        QVERIFY(isLoopbackPeer(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
        QVERIFY(!isLoopbackPeer(QHostAddress(QStringLiteral("192.168.1.10"))));
        QVERIFY(!isLoopbackPeer(QHostAddress(QStringLiteral("::ffff:10.0.0.1"))));
        QVERIFY(!isLoopbackPeer(QHostAddress(QStringLiteral("fe80::1"))));
        QVERIFY(!isLoopbackPeer(QHostAddress(QStringLiteral("0.0.0.0"))));
    }

    void tokens() {
        const QByteArray t = newBearerToken();
        QCOMPARE(t.size(), 43);
        QVERIFY(t != newBearerToken());
        for (char c : t)
            QVERIFY(QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                        .contains(c));
        QVERIFY(bearerMatches(QByteArray("Bearer " + t), t));
        QVERIFY(bearerMatches(QByteArray("bearer " + t), t));
        QVERIFY(!bearerMatches(QByteArray("Bearer " + t.left(42) + 'x'), t));
        QVERIFY(!bearerMatches(QByteArray("Bearer " + t + 'x'), t));
        QVERIFY(!bearerMatches(t, t));
        QVERIFY(!bearerMatches(QByteArray("Basic " + t), t));
        QVERIFY(!bearerMatches("Bearer ", QByteArray()));
    }

    void neverForwardsStampsOrCredentials() {
        QVERIFY(!isForwardableHeader("x-stamp"));
        QVERIFY(!isForwardableHeader("x-stamp-webauthn"));
        QVERIFY(!isForwardableHeader("x-stamp-anything"));
        QVERIFY(!isForwardableHeader("authorization"));
        QVERIFY(!isForwardableHeader("cookie"));
        QVERIFY(!isForwardableHeader("host"));
        QVERIFY(isForwardableHeader("content-type"));
    }

    void admitOrder() {
        PolicyOptions options{QByteArrayLiteral("tok"), AllowList()};
        Refusal r;
        QVERIFY(!admit(post("/public/v1/query/whoami"), options, &r).ok());
        QCOMPARE(r.status, 401);
        QVERIFY(!admit(post("/public/v1/query/whoami", "Bearer nope"), options, &r).ok());
        QCOMPARE(r.status, 401);
        HttpRequest get = post("/public/v1/query/whoami", "Bearer tok");
        get.method = "GET";
        QVERIFY(!admit(get, options, &r).ok());
        QCOMPARE(r.status, 405);
        QVERIFY(!admit(post("/admin/state", "Bearer tok"), options, &r).ok());
        QCOMPARE(r.status, 404);
        QVERIFY(!admit(post("/public/v1/query/%2e%2e/x", "Bearer tok"), options, &r).ok());
        QCOMPARE(r.status, 400);
        QCOMPARE(admit(post("/public/v1/query/whoami", "Bearer tok"), options, &r).value(),
                 QStringLiteral("/public/v1/query/whoami"));
        // The Unix socket asks no token.
        QVERIFY(admit(post("/public/v1/query/whoami"), PolicyOptions{{}, AllowList()}, &r).ok());
    }

    void parserReadsPipelinedRequests() {
        HttpRequestParser p;
        const QByteArray two = "POST /a HTTP/1.1\r\nContent-Length: 2\r\nX-A: 1\r\n\r\n{}"
                               "POST /b HTTP/1.1\r\ncontent-length: 0\r\nConnection: close\r\n\r\n";
        QCOMPARE(p.feed(two.left(10)), HttpRequestParser::State::NeedMore);
        QCOMPARE(p.feed(two.mid(10)), HttpRequestParser::State::Complete);
        HttpRequest a = p.take();
        QCOMPARE(a.target, QByteArray("/a"));
        QCOMPARE(a.body, QByteArray("{}"));
        QCOMPARE(a.header("x-a"), QByteArray("1"));
        QVERIFY(a.keepAlive);
        QCOMPARE(p.feed({}), HttpRequestParser::State::Complete);
        HttpRequest b = p.take();
        QCOMPARE(b.target, QByteArray("/b"));
        QVERIFY(!b.keepAlive);
    }

    void parserBounds() {
        {
            HttpRequestParser p;
            QCOMPARE(p.feed("POST /a HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n"),
                     HttpRequestParser::State::Failed);
            QCOMPARE(p.errorStatus(), 413);
        }
        {
            HttpRequestParser p;
            QCOMPARE(p.feed("POST /a HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n"),
                     HttpRequestParser::State::NeedMore);
        }
        {
            HttpRequestParser p;
            QCOMPARE(p.feed(QByteArray("POST /a HTTP/1.1\r\nX: " + QByteArray(20000, 'a'))),
                     HttpRequestParser::State::Failed);
            QCOMPARE(p.errorStatus(), 431);
        }
        {
            HttpRequestParser p;
            QCOMPARE(p.feed("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"),
                     HttpRequestParser::State::Failed);
            QCOMPARE(p.errorStatus(), 411);
        }
        {
            HttpRequestParser p;
            QCOMPARE(p.feed("POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
                     HttpRequestParser::State::Failed);
            QCOMPARE(p.errorStatus(), 400);
        }
        {
            HttpRequestParser p;
            QCOMPARE(p.feed("POST /a HTTP/1.1\nHost: x\n\n\r\n\r\n"), HttpRequestParser::State::Failed);
            QCOMPARE(p.errorStatus(), 400);
        }
        {
            HttpRequestParser p;
            QCOMPARE(p.feed("POST /a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"),
                     HttpRequestParser::State::NeedMore);
            QVERIFY(p.takeContinueRequest());
            QVERIFY(!p.takeContinueRequest());
        }
    }

    void refusalsAreTurnkeyShapedJson() {
        const QJsonObject o = QJsonDocument::fromJson(errorBody(401, QStringLiteral("why"))).object();
        QCOMPARE(o.value(QStringLiteral("code")).toInt(), 16);
        QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("why"));
        QVERIFY(o.value(QStringLiteral("details")).isArray());
        const QByteArray r = httpResponse(405, "application/json", "{}", true);
        QVERIFY(r.startsWith("HTTP/1.1 405 Method Not Allowed\r\n"));
        QVERIFY(r.contains("Allow: POST\r\n"));
        QVERIFY(r.contains("Content-Length: 2\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestProxyPolicy)
#include "tst_proxy_policy.moc"
