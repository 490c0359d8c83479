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
                               const QString& suite)
    : m_keychain(uniqueTestService(suite), std::chrono::seconds(20))
    , m_secrets(m_keychain)
    , m_index(m_dir.path())
    , m_clock(clock)
    , m_api(api)
    , m_options(std::move(options)) {}

SessionHarness::~SessionHarness() = default;

Result<void> SessionHarness::open() {
    if (!m_dir.isValid())
        return Error(ErrorCode::Storage, QStringLiteral("no temporary directory"));
    if (auto opened = m_index.open(); !opened.ok())
        return opened;
    auto probed = waitFor<void>([&](QObject* c, Callback<void> cb) { m_keychain.probe(c, cb); });
    if (!probed.ok())
        return probed;
    m_manager = std::make_unique<SessionManager>(m_index, m_secrets, m_api, m_clock, m_options);
    return {};
}

Result<SecureBytes> SessionHarness::readSecret(const QString& entry) {
    struct Holder {
        std::optional<Result<SecureBytes>> r;
    };
    auto holder = std::make_shared<Holder>();
    QObject context;
    m_keychain.readSecret(entry, &context,
                          [holder](Result<SecureBytes> r) { holder->r.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&]() { return holder->r.has_value(); }, 60000))
        return Error(ErrorCode::Timeout, QStringLiteral("test: keychain read timed out"));
    return std::move(*holder->r);
}

Result<void> SessionHarness::writeSecret(const QString& entry, const QByteArray& secret) {
    return waitFor<void>(
        [&](QObject* c, Callback<void> cb) { m_keychain.writeSecret(entry, secret, c, cb); });
}

bool SessionHarness::keychainHasSessionKey(const QString& publicKey) {
    const auto r = readSecret(sessionKeyEntryName(publicKey));
    return r.ok();
}

Result<QString> SessionHarness::createKey() {
    return waitFor<QString>([&](QObject* c, Callback<QString> cb) { m_manager->createApiKeyPair(c, cb); });
}

Result<void> SessionHarness::store(const QByteArray& token, const QString& label, StoreOptions options) {
    return waitFor<void>(
        [&](QObject* c, Callback<void> cb) { m_manager->storeSession(token, label, options, c, cb); });
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
    return waitFor<CleanupReport>([&](QObject* c, Callback<CleanupReport> cb) { m_manager->recover(c, cb); });
}

} // namespace ws::test
