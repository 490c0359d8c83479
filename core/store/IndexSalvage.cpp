#include "IndexData.h"
#include "IndexJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace ws {

namespace {

constexpr int kMaxRepairAttempts = 256;

// A truncated file is a valid JSON prefix. Cutting it after the last complete object or array and
// closing what is still open often gives back most of it (keys sort before sessions, so the key
// records usually survive).
QJsonObject parseOrRepair(QByteArrayView json, qint64& work) {
    work += json.size();
    const QByteArray bytes(json.constData(), json.size());
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return document.isObject() ? document.object() : QJsonObject();

    struct Cut {
        qsizetype end;
        QByteArray closers;
    };
    std::vector<Cut> cuts;
    QByteArray stack;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            stack.append(c == '{' ? '}' : ']');
        } else if (c == '}' || c == ']') {
            if (stack.isEmpty() || stack.back() != c)
                break; // not a JSON prefix any more: what follows cannot be trusted
            stack.chop(1);
            if (stack.isEmpty())
                break;
            QByteArray closers(stack);
            work += closers.size();
            std::reverse(closers.begin(), closers.end());
            cuts.push_back({i + 1, closers});
        }
    }
    int attempts = 0;
    for (auto it = cuts.rbegin(); it != cuts.rend() && attempts < kMaxRepairAttempts; ++it, ++attempts) {
        const QByteArray candidate = bytes.left(it->end) + it->closers;
        work += 2 * candidate.size();
        document = QJsonDocument::fromJson(candidate, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return document.object();
    }
    return {};
}

KeyRecord looseKey(const QString& publicKey, const QJsonObject& object) {
    // The record's own fields could not all be read. Pending keeps it until the grace period has
    // passed and no session uses it, which is the safe choice for an entry of unknown state.
    KeyRecord key;
    key.publicKey = publicKey;
    key.state = KeyState::Pending;
    key.kind = object.value(QLatin1String("kind")).toString() == QLatin1String("api") ? KeyKind::ApiKey
                                                                                      : KeyKind::Session;
    key.createdAt = QDateTime::currentDateTimeUtc();
    key.organizationId = object.value(QLatin1String("organizationId")).toString();
    return key;
}

} // namespace

SalvageResult salvageIndex(QByteArrayView json, const QString&) {
    SalvageResult result;
    IndexData& data = result.data;
    const QJsonObject root = parseOrRepair(json, result.repairWork);

    const QJsonObject sessions = root.value(QLatin1String("sessions")).toObject();
    for (auto it = sessions.begin(); it != sessions.end(); ++it) {
        auto record = indexjson::parseSession(it.key(), it.value());
        if (record)
            data.sessions.emplace(it.key(), std::move(record).value());
        else
            ++result.droppedSessions;
    }

    const QJsonObject keys = root.value(QLatin1String("keys")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        auto record = indexjson::parseKey(it.key(), it.value());
        if (record)
            data.keys.emplace(it.key(), std::move(record).value());
        else if (indexjson::isValidPublicKey(it.key()))
            data.keys.emplace(it.key(), looseKey(it.key(), it.value().toObject()));
    }

    // Whatever the structure lost, key records may still be legible in the raw text.
    static const QRegularExpression keyPattern(
        QStringLiteral("\"([0-9a-fA-F]{16,1024})\"\\s*:\\s*\\{([^{}]*)"));
    const QString text = QString::fromUtf8(json.constData(), json.size());
    for (auto match = keyPattern.globalMatch(text); match.hasNext();) {
        const auto m = match.next();
        const QString body = m.captured(2);
        // Session records (labels may look like hex too) start with autoRefresh; key records never have it.
        const bool sessionLike =
            body.contains(QLatin1String("\"autoRefresh\"")) || body.contains(QLatin1String("\"token\""));
        const bool keyLike = body.contains(QLatin1String("\"createdAt\"")) ||
                             body.contains(QLatin1String("\"kind\"")) ||
                             body.contains(QLatin1String("\"state\""));
        if (sessionLike || !keyLike)
            continue;
        const QString publicKey = m.captured(1);
        if (data.keys.count(publicKey))
            continue;
        QJsonObject fields;
        if (body.contains(QRegularExpression(QStringLiteral("\"kind\"\\s*:\\s*\"api\""))))
            fields.insert(QLatin1String("kind"), QStringLiteral("api"));
        data.keys.emplace(publicKey, looseKey(publicKey, fields));
    }

    // A session that survived must have its key recorded, or its keychain entry could be lost.
    for (const auto& [label, session] : data.sessions) {
        const QString publicKey = session.token.claims.publicKey;
        if (!indexjson::isValidPublicKey(publicKey))
            continue;
        auto it = data.keys.find(publicKey);
        if (it == data.keys.end()) {
            KeyRecord key;
            key.publicKey = publicKey;
            key.state = KeyState::Live;
            key.kind = KeyKind::Session;
            key.createdAt = session.createdAt;
            key.organizationId = session.token.claims.organizationId;
            data.keys.emplace(publicKey, key);
        } else if (it->second.state == KeyState::Pending) {
            it->second.state = KeyState::Live;
        }
    }

    const QString active = root.value(QLatin1String("activeSessionKey")).toString();
    if (data.findSession(active))
        data.activeSessionKey = active;
    return result;
}

} // namespace ws
