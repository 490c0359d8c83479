#include "OnlineHarness.h"

namespace ws::test {

OnlineHarness::OnlineHarness(SessionManager::Options options)
    : m_options(std::move(options)) {}

Result<void> OnlineHarness::start() {
    if (auto started = m_fixture.start(); !started.ok())
        return started;
    ApiConfig config;
    config.baseUrl = m_fixture.url();
    // Short enough that fault tests finish quickly, long enough for a loaded 2-core machine.
    config.inactivityTimeout = std::chrono::seconds(3);
    config.deadline = std::chrono::seconds(30);
    config.maxRetries = 1;
    config.retryBaseDelay = std::chrono::milliseconds(50);
    config.pollAttempts = 2;
    config.pollInterval = std::chrono::milliseconds(100);
    m_client = std::make_unique<TurnkeyClient>(config, m_fixture.clock());
    if (auto url = m_client->setBaseUrl(m_fixture.url()); !url.ok())
        return url;
    m_options.notarizerPublicKeyHex = server().notarizerPublicKeyHex();
    m_local = std::make_unique<SessionHarness>(m_fixture.clock(), m_client.get(), m_options,
                                               QStringLiteral("integration"));
    return m_local->open();
}

QStringList OnlineHarness::serverKeys() {
    QStringList keys;
    for (const devserver::ApiKey& key : server().apiKeysForUser(m_fixture.userId()))
        keys.append(QString::fromLatin1(key.publicKey));
    return keys;
}

Result<QString> OnlineHarness::login(const QString& label, bool makeActive, qint64 expirationSeconds,
                                     bool rememberApiKey) {
    return waitFor<QString>([&](QObject* c, Callback<QString> cb) {
        LoginRequest request;
        request.organizationId = m_fixture.organizationId();
        request.apiPublicKey = server().demoApiPublicKeyHex();
        request.apiPrivateKey = server().demoApiPrivateKeyHex();
        request.sessionKey = label;
        request.makeActive = makeActive;
        request.expirationSeconds = expirationSeconds;
        request.rememberApiKey = rememberApiKey;
        manager().loginWithApiKey(std::move(request), c, cb);
    });
}

Result<SessionInfo> OnlineHarness::refresh(RefreshRequest request) {
    return waitFor<SessionInfo>(
        [&](QObject* c, Callback<SessionInfo> cb) { manager().refreshSession(request, c, cb); });
}

Result<SessionInfo> OnlineHarness::refresh(const QString& label) {
    RefreshRequest request;
    request.sessionKey = label;
    return refresh(request);
}

Result<WhoamiInfo> OnlineHarness::verify(const QString& label) {
    return waitFor<WhoamiInfo>(
        [&](QObject* c, Callback<WhoamiInfo> cb) { manager().verifySession(label, c, cb); });
}

Result<void> OnlineHarness::clear(const QString& label, ClearOptions options) {
    return waitFor<void>(
        [&](QObject* c, Callback<void> cb) { manager().clearSession(label, options, c, cb); });
}

QString OnlineHarness::publicKeyOf(const QString& label) {
    const auto info = manager().getSession(label);
    return info.ok() ? info.value().token.claims.publicKey : QString();
}

QStringList OnlineHarness::recordedKeys() {
    QStringList keys;
    for (const auto& entry : m_local->data().keys)
        keys.append(entry.first);
    return keys;
}

QString OnlineHarness::onlySessionKeysLeft() {
    QStringList sessionKeys;
    for (const SessionInfo& s : manager().getAllSessions(SessionManager::SignatureCheck::Skip)) {
        sessionKeys.append(s.token.claims.publicKey);
        if (!m_local->keychainHasSessionKey(s.token.claims.publicKey))
            return QStringLiteral("the key of session '%1' is not in the keychain").arg(s.sessionKey);
    }
    QStringList recorded = recordedKeys();
    sessionKeys.sort();
    recorded.sort();
    if (recorded != sessionKeys)
        return QStringLiteral("recorded keys %1, session keys %2")
            .arg(recorded.join(QLatin1Char(',')), sessionKeys.join(QLatin1Char(',')));
    return {};
}

} // namespace ws::test
