// UpstreamPool against the real devserver over loopback HTTP: more concurrent requests than one
// QNetworkAccessManager's six HTTP/1.1 connections get more managers (the proxy no longer queues a
// 32-client load behind six connections), the least busy manager is reused, the cap holds, and every
// request is answered. The devserver's added latency keeps requests in flight together; nothing here
// depends on how long they take.
#include "DevServerFixture.h"
#include "TestEnvironment.h"
#include "proxy/UpstreamPool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <memory>

using namespace ws;
using namespace ws::test;
using ws::proxy::UpstreamPool;

class TestUpstreamPool : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<DevServerFixture> m_fixture;
    QNetworkAccessManager m_first;

    // Sends `count` whoami queries at once (unstamped: the devserver answers 401 after its latency).
    QList<QNetworkReply*> sendTogether(UpstreamPool& pool, int count) {
        QList<QNetworkReply*> replies;
        QNetworkRequest request(m_fixture->url().resolved(QUrl(QStringLiteral("/public/v1/query/whoami"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (int i = 0; i < count; ++i)
            replies << pool.post(request, m_fixture->queryBody());
        return replies;
    }
    static bool allAnswered(const QList<QNetworkReply*>& replies, int status) {
        for (QNetworkReply* reply : replies)
            if (!reply->isFinished() ||
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != status)
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

    void sixInFlightUseTheCallersManagerAlone() {
        UpstreamPool pool(m_first);
        const QList<QNetworkReply*> replies = sendTogether(pool, UpstreamPool::kConnectionsPerManager);
        QCOMPARE(pool.managerCount(), 1);
        QVERIFY(replies.constFirst()->manager() == &m_first);
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(replies, 401), scaledMs(20000));
        qDeleteAll(replies);
    }

    void moreInFlightGetMoreManagers() {
        UpstreamPool pool(m_first);
        const QList<QNetworkReply*> replies = sendTogether(pool, 32);
        QCOMPARE(pool.managerCount(), 6); // ceil(32 / 6)
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(replies, 401), scaledMs(20000));
        qDeleteAll(replies);

        // Finished requests free their lanes: the next burst reuses the managers it has.
        const QList<QNetworkReply*> again = sendTogether(pool, 32);
        QCOMPARE(pool.managerCount(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(again, 401), scaledMs(20000));
        qDeleteAll(again);
    }

    void theCapHoldsAndEveryRequestIsStillAnswered() {
        UpstreamPool pool(m_first, 2);
        const QList<QNetworkReply*> replies = sendTogether(pool, 20);
        QCOMPARE(pool.managerCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(replies, 401), scaledMs(30000));
        qDeleteAll(replies);
    }

    void aReplyDeletedUnfinishedFreesItsLane() {
        UpstreamPool pool(m_first);
        QList<QNetworkReply*> replies = sendTogether(pool, UpstreamPool::kConnectionsPerManager);
        for (QNetworkReply* reply : replies)
            reply->abort();
        qDeleteAll(replies); // before the devserver answers
        replies = sendTogether(pool, UpstreamPool::kConnectionsPerManager);
        QCOMPARE(pool.managerCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(replies, 401), scaledMs(20000));
        qDeleteAll(replies);
    }
};

QTEST_GUILESS_MAIN(TestUpstreamPool)
#include "tst_upstreampool.moc"
