#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>

namespace ws {

struct ApiConfig {
    QUrl baseUrl{QStringLiteral("https://api.turnkey.com")};
    std::chrono::milliseconds inactivityTimeout{std::chrono::seconds(30)}; // no bytes moved for this long
    std::chrono::milliseconds deadline{std::chrono::seconds(90)}; // whole call, retries and polling included
    int maxRetries = 3;                                           // for 5xx and network failures
    std::chrono::milliseconds retryBaseDelay{std::chrono::milliseconds(500)}; // doubled each retry
    int pollAttempts = 3; // get_activity polls for a non-terminal activity
    std::chrono::milliseconds pollInterval{std::chrono::seconds(1)};
    qint64 maxReplyBytes = 1024 * 1024;
};

struct StampLoginParams {
    QByteArray publicKey;           // the NEW session key, compressed hex
    qint64 expirationSeconds = 900; // sent as a string
    bool invalidateExisting = false;
    QString sessionProfileId; // sent only when non-empty
};

struct WhoamiInfo {
    QString organizationId;
    QString organizationName;
    QString userId;
    QString username;
};

struct ApiKeyInfo {
    QString apiKeyId;
    QString apiKeyName;
    QString publicKey;      // credential.publicKey
    QString credentialType; // credential.type
    QString sessionProfileId;
    qint64 expirationSeconds = 0; // 0 when the key does not expire
};

} // namespace ws
