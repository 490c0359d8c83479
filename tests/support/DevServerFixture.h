#pragma once

#include "Clock.h"
#include "DevServer.h"
#include "Result.h"
#include "crypto/P256KeyPair.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <memory>

namespace ws::test {

// An in-process devserver on 127.0.0.1 (random port) driven by a ManualClock that starts at the real
// current time, so client code using SystemClock agrees with it until a test moves the clock.
class DevServerFixture {
public:
    explicit DevServerFixture(devserver::DevServerConfig config = demoConfig());
    ~DevServerFixture();

    static devserver::DevServerConfig demoConfig();

    Result<void> start();
    devserver::DevServer& server() { return *m_server; }
    ManualClock& clock() { return m_clock; }
    QUrl url() const { return m_server->url(); }
    QString organizationId() const { return m_server->organizationId(); }
    QString userId() const { return m_server->userId(); }
    // The demo key pair, imported from the server's throwaway private key.
    Result<P256KeyPair> demoKey() const;

    struct Reply {
        int status = 0; // 0 when no HTTP response arrived
        QByteArray body;
        int networkError = 0; // QNetworkReply::NetworkError
        QJsonObject json() const;
    };
    // POSTs `body` to `path`, stamped with `key` when given, and waits (generously) for the reply.
    Reply post(const QString& path, const QByteArray& body, const P256KeyPair* key = nullptr);
    // Same, with an explicit X-Stamp header value (or none when empty).
    Reply postWithStamp(const QString& path, const QByteArray& body, const QByteArray& stampHeader);
    // Same, with any one stamp header (X-Stamp-WebAuthn, X-Stamp-Attested), none when the value is empty.
    Reply postWithHeader(const QString& path, const QByteArray& body, const QByteArray& headerName,
                         const QByteArray& headerValue);
    Reply get(const QString& path);
    // The session JWT a stamp_login reply carries (activity.result.stampLoginResult.session); empty if none.
    static QString sessionOf(const Reply& reply);

    // Activity and query bodies the way the SDKs build them, timestamped with the fixture's clock.
    QByteArray stampLoginBody(const QByteArray& newPublicKey,
                              const QString& expirationSeconds = QStringLiteral("900"),
                              bool invalidateExisting = false, const QString& organizationId = {}) const;
    QByteArray queryBody(const QJsonObject& fields = {}, const QString& organizationId = {}) const;

private:
    Reply wait(class QNetworkReply* reply);

    ManualClock m_clock;
    std::unique_ptr<devserver::DevServer> m_server;
    QNetworkAccessManager m_network;
};

} // namespace ws::test
