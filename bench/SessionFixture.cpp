#include "SessionFixture.h"

#include "BenchSupport.h"
#include "crypto/P256KeyPair.h"
#include "session/SessionInfoOf.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace ws::bench {

namespace {

QByteArray base64Url(const QByteArray& bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeJwt(const QByteArray& publicKey, qint64 exp, int i) {
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
        {QStringLiteral("exp"), exp},
        {QStringLiteral("public_key"), QString::fromLatin1(publicKey)},
        {QStringLiteral("session_type"), QStringLiteral("SESSION_TYPE_READ_WRITE")},
        {QStringLiteral("user_id"),
         QStringLiteral("a3f1c2d4-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("organization_id"), QStringLiteral("6f1c2f0e-9d1b-4c55-9a77-3c0f2e6d8a11")},
    };
    QByteArray signature(64, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(signature.data()), 16);
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + base64Url(signature);
}

} // namespace

IndexData makeSessionIndex(int count, qint64 nowSecs) {
    IndexData data;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const QByteArray publicKey = valueOrFail(P256KeyPair::generate(), "keygen").publicKeyHex();
        // Spread expiries over 1-24 h so the table shows a realistic mix of countdowns.
        const qint64 lifetime = 3600 + qint64(i % 24) * 3600;
        const qint64 exp = nowSecs + lifetime - 60;
        SessionRecord session;
        session.sessionKey = QStringLiteral("session-%1").arg(i, 5, 10, QLatin1Char('0'));
        session.token = valueOrFail(decodeSessionToken(makeJwt(publicKey, exp, i)), "fixture JWT");
        session.lifetimeSeconds = lifetime;
        session.createdAt = now.addSecs(-60);
        session.autoRefresh = false;
        KeyRecord key;
        key.publicKey = QString::fromLatin1(publicKey);
        key.state = KeyState::Live;
        key.kind = KeyKind::Session;
        key.createdAt = session.createdAt;
        data.keys.emplace(key.publicKey, key);
        data.sessions.emplace(session.sessionKey, std::move(session));
    }
    if (!data.sessions.empty())
        data.activeSessionKey = data.sessions.begin()->first;
    valueOrFail(validateIndex(data), "fixture index");
    return data;
}

QList<SessionInfo> sessionInfos(const IndexData& data) {
    QList<SessionInfo> infos;
    infos.reserve(qsizetype(data.sessions.size()));
    for (const auto& entry : data.sessions)
        infos.append(sessionInfoOf(data, entry.second));
    return infos;
}

} // namespace ws::bench
