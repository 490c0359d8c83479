#include "DevServerFixture.h"

#include "crypto/Stamp.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTimeZone>

namespace ws::test {

DevServerFixture::DevServerFixture(devserver::DevServerConfig config)
    : m_clock(QDateTime::currentDateTimeUtc())
    , m_server(std::make_unique<devserver::DevServer>(std::move(config), m_clock)) {}

DevServerFixture::~DevServerFixture() = default;

devserver::DevServerConfig DevServerFixture::demoConfig() {
    devserver::DevServerConfig config;
    config.demo = true;
    return config;
}

Result<void> DevServerFixture::start() {
    return m_server->listen(QHostAddress::LocalHost, 0);
}

Result<P256KeyPair> DevServerFixture::demoKey() const {
    const SecureBytes privateKey = m_server->demoApiPrivateKeyHex();
    return P256KeyPair::fromPrivateKeyHex(privateKey.view(), m_server->demoApiPublicKeyHex());
}

QJsonObject DevServerFixture::Reply::json() const {
    return QJsonDocument::fromJson(body).object();
}

DevServerFixture::Reply DevServerFixture::wait(QNetworkReply* reply) {
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.networkError = reply->error();
    reply->deleteLater();
    return result;
}

DevServerFixture::Reply DevServerFixture::postWithStamp(const QString& path, const QByteArray& body,
                                                        const QByteArray& stampHeader) {
    return postWithHeader(path, body, QByteArrayLiteral("X-Stamp"), stampHeader);
}

DevServerFixture::Reply DevServerFixture::postWithHeader(const QString& path, const QByteArray& body,
                                                         const QByteArray& headerName,
                                                         const QByteArray& headerValue) {
    QUrl target = url();
    target.setPath(path);
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!headerValue.isEmpty())
        request.setRawHeader(headerName, headerValue);
    return wait(m_network.post(request, body));
}

DevServerFixture::Reply DevServerFixture::post(const QString& path, const QByteArray& body,
                                               const P256KeyPair* key) {
    QByteArray stampHeader;
    if (key) {
        auto made = stamp::make(*key, body);
        if (made)
            stampHeader = *made;
    }
    return postWithStamp(path, body, stampHeader);
}

QString DevServerFixture::sessionOf(const Reply& reply) {
    return reply.json()
        .value(QStringLiteral("activity"))
        .toObject()
        .value(QStringLiteral("result"))
        .toObject()
        .value(QStringLiteral("stampLoginResult"))
        .toObject()
        .value(QStringLiteral("session"))
        .toString();
}

DevServerFixture::Reply DevServerFixture::get(const QString& path) {
    QUrl target = url();
    target.setPath(path);
    return wait(m_network.get(QNetworkRequest(target)));
}

QByteArray DevServerFixture::stampLoginBody(const QByteArray& newPublicKey, const QString& expirationSeconds,
                                            bool invalidateExisting, const QString& organizationId) const {
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("ACTIVITY_TYPE_STAMP_LOGIN")},
                           {QStringLiteral("timestampMs"), QString::number(m_clock.nowMSecs())},
                           {QStringLiteral("organizationId"),
                            organizationId.isEmpty() ? m_server->organizationId() : organizationId},
                           {QStringLiteral("parameters"),
                            QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(newPublicKey)},
                                        {QStringLiteral("expirationSeconds"), expirationSeconds},
                                        {QStringLiteral("invalidateExisting"), invalidateExisting}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray DevServerFixture::queryBody(const QJsonObject& fields, const QString& organizationId) const {
    QJsonObject body = fields;
    body.insert(QStringLiteral("organizationId"),
                organizationId.isEmpty() ? m_server->organizationId() : organizationId);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace ws::test
