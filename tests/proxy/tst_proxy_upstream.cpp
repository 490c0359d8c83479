// The proxy's upstream transport (net::HttpClient with StampingProxy::kUpstreamConnections) against the
// real devserver over loopback HTTP: a 32-client burst goes out on 32 connections at once instead of
// queueing behind six (QNetworkAccessManager's limit, which made the proxy 5.2x slower than direct with
// the API 20 ms away), the limit holds with every request still answered, finished connections carry the
// next burst, and aborted requests free theirs. The devserver's added latency keeps requests in flight
// together; nothing here depends on how long they take.
#include "DevServerFixture.h"
#include "TestEnvironment.h"
#include "net/HttpClient.h"
#include "proxy/StampingProxy.h"

#include <QTest>
#include <memory>
#include <vector>

using namespace ws;
using namespace ws::test;
using ws::net::HttpClient;
using ws::net::HttpTransfer;

class TestProxyUpstream : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<DevServerFixture> m_fixture;
    using Transfers = std::vector<std::unique_ptr<HttpTransfer>>;

    QUrl whoamiUrl() const {
        return m_fixture->url().resolved(QUrl(QStringLiteral("/public/v1/query/whoami")));
    }

    // Sends `count` whoami queries at once (unstamped: the devserver answers 401 after its latency).
    Transfers sendTogether(HttpClient& client, int count) {
        net::HttpRequest request;
        request.url = whoamiUrl();
        request.headers.emplaceBack("Content-Type", "application/json");
        request.body = m_fixture->queryBody();
        Transfers transfers;
        for (int i = 0; i < count; ++i)
            transfers.emplace_back(client.send(request, {}));
        return transfers;
    }
    static bool allAnswered(const Transfers& transfers, int status) {
        for (const auto& transfer : transfers)
            if (transfer->outcome() != HttpTransfer::Outcome::Replied || transfer->status() != status)
                return false;
        return true;
    }

private Q_SLOTS:
    void init() {
        m_fixture = std::make_unique<DevServerFixture>();
        const Result<void> started = m_fixture->start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        m_fixture->server().addLatency(300);
    }
    void cleanup() { m_fixture.reset(); }

    void aBurstGoesOutTogether() {
        HttpClient client(proxy::StampingProxy::kUpstreamConnections);
        const Transfers transfers = sendTogether(client, 32);
        QCOMPARE(client.connectionCount(whoamiUrl()), 32);
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(transfers, 401), scaledMs(20000));

        // Finished connections stay open and carry the next burst.
        const Transfers again = sendTogether(client, 32);
        QCOMPARE(client.connectionCount(whoamiUrl()), 32);
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(again, 401), scaledMs(20000));
        QCOMPARE(client.connectionCount(whoamiUrl()), 32);
    }

    void theLimitHoldsAndEveryRequestIsStillAnswered() {
        HttpClient client(2);
        const Transfers transfers = sendTogether(client, 20);
        QCOMPARE(client.connectionCount(whoamiUrl()), 2);
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(transfers, 401), scaledMs(30000));
        QCOMPARE(client.connectionCount(whoamiUrl()), 2);
    }

    void abortedRequestsFreeTheirConnections() {
        HttpClient client(6);
        Transfers transfers = sendTogether(client, 6);
        QCOMPARE(client.connectionCount(whoamiUrl()), 6);
        transfers.clear(); // deleted unfinished: aborted, before the devserver answers
        QCOMPARE(client.connectionCount(whoamiUrl()), 0);
        transfers = sendTogether(client, 6);
        QCOMPARE(client.connectionCount(whoamiUrl()), 6);
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(transfers, 401), scaledMs(20000));
    }
};

QTEST_GUILESS_MAIN(TestProxyUpstream)
#include "tst_proxy_upstream.moc"
