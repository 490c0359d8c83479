#include "SessionTestKit.h"

#include "TestEnvironment.h"
#include "crypto/SessionJwtSignature.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ws::test {

TokenFactory::TokenFactory() {
    auto key = P256KeyPair::generate();
    if (key.ok())
        m_notarizer = std::make_shared<P256KeyPair>(std::move(key).value());
}

QByteArray TokenFactory::make(const QString& publicKey, qint64 exp, const QString& userId,
                              const QString& organizationId, const QString& profileId) const {
    if (!m_notarizer)
        return {};
    QJsonObject payload{{QStringLiteral("exp"), exp},
                        {QStringLiteral("public_key"), publicKey},
                        {QStringLiteral("session_type"), QStringLiteral("SESSION_TYPE_READ_WRITE")},
                        {QStringLiteral("user_id"), userId},
                        {QStringLiteral("organization_id"), organizationId}};
    if (!profileId.isEmpty())
        payload.insert(QStringLiteral("session_profile_id"), profileId);
    const QByteArray header = QByteArrayLiteral(R"({"alg":"ES256","typ":"JWT"})");
    auto jwt = jwtsig::sign(*m_notarizer, header, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return jwt.ok() ? jwt.value() : QByteArray();
}

QByteArray TokenFactory::notarizerPublicKeyHex() const {
    return m_notarizer ? m_notarizer->uncompressedPublicKeyHex() : QByteArray();
}

SessionHarness::SessionHarness(const Clock& clock, TurnkeyClient* api, SessionManager::Options options,
                               const QString& suite) {
    AppConfig config;
    config.dataDir = m_dir.path();
    config.keychainService = uniqueTestService(suite);
    config.notarizerKey = options.notarizerPublicKeyHex;
    ServiceFactory::Seams seams;
    seams.wrapSecrets = [this](SecretStore& keychain) {
        auto faulty = std::make_unique<FaultySecretStore>(keychain);
        m_secrets = faulty.get();
        return std::unique_ptr<SecretStore>(std::move(faulty));
    };
    seams.api = api;
    seams.keychainWatchdog = std::chrono::seconds(20); // a loaded machine's keyring can be slow
    seams.managerOptions = std::move(options);
    m_services = ServiceFactory(config, clock, std::move(seams))
                     .create(api ? ServiceFactory::Network::Online : ServiceFactory::Network::Offline);
}

SessionHarness::~SessionHarness() = default;

Result<void> SessionHarness::open() {
    if (!m_dir.isValid())
        return Error(ErrorCode::Storage, QStringLiteral("no temporary directory"));
    if (auto opened = m_services->openIndex(); !opened.ok())
        return opened;
    return waitFor<void>([&](QObject* c, Callback<void> cb) { keychain().probe(c, cb); });
}

Result<SecureBytes> SessionHarness::readSecret(const QString& entry) {
    struct Holder {
        std::optional<Result<SecureBytes>> r;
    };
    auto holder = std::make_shared<Holder>();
    QObject context;
    keychain().readSecret(entry, &context,
                          [holder](Result<SecureBytes> r) { holder->r.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&]() { return holder->r.has_value(); }, 60000))
        return Error(ErrorCode::Timeout, QStringLiteral("test: keychain read timed out"));
    return std::move(*holder->r);
}

Result<void> SessionHarness::writeSecret(const QString& entry, const QByteArray& secret) {
    return waitFor<void>(
        [&](QObject* c, Callback<void> cb) { keychain().writeSecret(entry, secret, c, cb); });
}

bool SessionHarness::keychainHasSessionKey(const QString& publicKey) {
    const auto r = readSecret(sessionKeyEntryName(publicKey));
    return r.ok();
}

Result<QString> SessionHarness::createKey() {
    return waitFor<QString>([&](QObject* c, Callback<QString> cb) { manager().createApiKeyPair(c, cb); });
}

Result<void> SessionHarness::store(const QByteArray& token, const QString& label, StoreOptions options) {
    return waitFor<void>(
        [&](QObject* c, Callback<void> cb) { manager().storeSession(token, label, options, c, cb); });
}

Result<QString> SessionHarness::storeNew(const TokenFactory& tokens, const QString& label, qint64 exp,
                                         StoreOptions options) {
    const auto key = createKey();
    if (!key.ok())
        return key.error();
    const auto stored = store(tokens.make(key.value(), exp), label, options);
    if (!stored.ok())
        return stored.error();
    return key.value();
}

Result<CleanupReport> SessionHarness::recover() {
    return waitFor<CleanupReport>([&](QObject* c, Callback<CleanupReport> cb) { manager().recover(c, cb); });
}

} // namespace ws::test
