#include "api/TurnkeyClient.h"
#include "api/UrlPolicy.h"

#include <QTest>

using namespace ws;

class TestUrlPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void baseUrl_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("default") << QStringLiteral("https://api.turnkey.com") << true;
        QTest::newRow("https any host") << QStringLiteral("https://example.com") << true;
        QTest::newRow("https with port and path") << QStringLiteral("https://10.0.0.1:8443/prefix/") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7") << true;
        QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:9000") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:1234") << true;
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST") << true;
        QTest::newRow("http example.com") << QStringLiteral("http://example.com") << false;
        QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1") << false;
        QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
        QTest::newRow("http localhost.evil.com") << QStringLiteral("http://localhost.evil.com") << false;
        QTest::newRow("http 127.0.0.1.evil.com") << QStringLiteral("http://127.0.0.1.evil.com") << false;
        QTest::newRow("http [::2]") << QStringLiteral("http://[::2]") << false;
        QTest::newRow("ftp loopback") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.turnkey.com") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("relative") << QStringLiteral("/public/v1") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@api.turnkey.com") << false;
        QTest::newRow("query") << QStringLiteral("https://api.turnkey.com/?x=1") << false;
    }

    void baseUrl() {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const Result<void> r = TurnkeyClient::validateBaseUrl(QUrl(url));
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY2(r.error().message.contains(QUrl(url).toDisplayString()) || url.isEmpty(),
                     qPrintable(r.error().message));
        }
    }

    void httpRefusalSaysWhy() {
        const Result<void> r = TurnkeyClient::validateBaseUrl(QUrl(QStringLiteral("http://example.com")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("https://")), qPrintable(r.error().message));
    }

    void endpointKeepsPrefix() {
        QCOMPARE(api::endpointUrl(QUrl(QStringLiteral("https://h.example/prefix/")),
                                  QStringLiteral("/public/v1/query/whoami")),
                 QUrl(QStringLiteral("https://h.example/prefix/public/v1/query/whoami")));
        QCOMPARE(api::endpointUrl(QUrl(QStringLiteral("http://127.0.0.1:5")),
                                  QStringLiteral("/public/v1/query/whoami")),
                 QUrl(QStringLiteral("http://127.0.0.1:5/public/v1/query/whoami")));
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
