#include "StoreTestData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace ws::test {

QString fakePublicKey(int n, char prefix) {
    QString hex = QStringLiteral("0") + QLatin1Char(prefix);
    const QString body = QStringLiteral("%1").arg(static_cast<uint>(n), 8, 16, QLatin1Char('0'));
    while (hex.size() < 66)
        hex += body;
    return hex.left(66);
}

QByteArray makeJwt(const QString& publicKey, qint64 exp, const QString& organizationId) {
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("exp"), exp},
                              {QStringLiteral("public_key"), publicKey},
                              {QStringLiteral("session_type"), QStringLiteral("SESSION_TYPE_READ_WRITE")},
                              {QStringLiteral("user_id"), QStringLiteral("user-1")},
                              {QStringLiteral("organization_id"), organizationId}};
    const auto encode = [](const QJsonObject& o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return encode(header) + '.' + encode(payload) + '.' +
           QByteArrayLiteral("not-a-real-signature")
               .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

SessionRecord makeSession(const QString& label, const QString& publicKey) {
    SessionRecord s;
    s.sessionKey = label;
    auto token = decodeSessionToken(makeJwt(publicKey));
    Q_ASSERT(token.ok());
    s.token = token.value();
    s.lifetimeSeconds = 900;
    s.createdAt = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
    s.autoRefresh = true;
    s.serverState = ServerState::Unknown;
    return s;
}

KeyRecord makeKey(const QString& publicKey, KeyState state, KeyKind kind) {
    KeyRecord k;
    k.publicKey = publicKey;
    k.state = state;
    k.kind = kind;
    k.createdAt = QDateTime::fromMSecsSinceEpoch(1767225600456, Qt::UTC);
    k.organizationId = QStringLiteral("org-1");
    return k;
}

void addSession(IndexData& data, const QString& label, int keyNumber) {
    const QString pub = fakePublicKey(keyNumber);
    data.sessions[label] = makeSession(label, pub);
    data.keys[pub] = makeKey(pub);
}

} // namespace ws::test
