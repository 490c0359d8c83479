#include "StoreFlow.h"

#include "Clock.h"
#include "KeyLifecycle.h"
#include "SessionServices.h"
#include "crypto/P256KeyPair.h"
#include "keychain/SecretStore.h"
#include "store/SessionIndex.h"
#include "token/SessionToken.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

namespace ws {

namespace {

Error alreadyExists(const QString& sessionKey) {
    return Error(ErrorCode::AlreadyExists,
                 QCoreApplication::translate(
                     "ws", "A session named '%1' already exists; choose another name or replace it.")
                     .arg(sessionKey));
}

Error keyShared(const QString& other) {
    return Error(
        ErrorCode::AlreadyExists,
        QCoreApplication::translate("ws", "This token's key is already used by session '%1'.").arg(other));
}

} // namespace

StoreFlow::StoreFlow(SessionServices& services, KeyLifecycle& keys)
    : m_services(services)
    , m_keys(keys) {}

void StoreFlow::store(const QByteArray& token, const QString& sessionKey, StoreOptions options,
                      std::function<void(Result<void>)> done) {
    const auto fail = [this, done](Error e) {
        QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
    };
    if (const auto label = validateSessionKeyLabel(sessionKey); !label.ok())
        return fail(label.error());
    auto decoded = decodeSessionToken(token);
    if (!decoded.ok())
        return fail(decoded.error());
    if (options.lifetimeSeconds != 0 && options.lifetimeSeconds < kMinimumExpirationSeconds)
        return fail(Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ws", "A session lifetime of %1 s is too short; the minimum is %2 s.")
                .arg(options.lifetimeSeconds)
                .arg(kMinimumExpirationSeconds)));
    const IndexData& data = m_services.index.data();
    if (data.findSession(sessionKey) && !options.replace)
        return fail(alreadyExists(sessionKey));

    const SessionToken parsed = decoded.value();
    const QString pub = parsed.claims.publicKey;
    m_services.secrets.readSecret(
        sessionKeyEntryName(pub), &m_services.manager,
        [this, parsed, pub, sessionKey, options, done](Result<SecureBytes> secret) {
            if (!secret.ok()) {
                if (secret.error().code == ErrorCode::NotFound) {
                    done(Error(ErrorCode::NotFound,
                               QCoreApplication::translate(
                                   "ws", "The private key for this session (public key %1) is not "
                                         "in the keychain; create it with createApiKeyPair() first.")
                                   .arg(pub)));
                } else {
                    done(secret.error());
                }
                return;
            }
            if (auto key = P256KeyPair::fromPrivateKeyHex(secret.value().view(), pub.toLatin1()); !key.ok()) {
                done(key.error().withContext(QCoreApplication::translate(
                    "ws", "the keychain entry for this session's key is unusable")));
                return;
            }
            commit(parsed, sessionKey, options, done);
        });
}

void StoreFlow::commit(const SessionToken& token, const QString& sessionKey, const StoreOptions& options,
                       std::function<void(Result<void>)> done) {
    const QString pub = token.claims.publicKey;
    const QDateTime now = m_services.clock.now();
    // Set on the writer thread by the mutation, read here once it has been committed.
    auto doomedKey = std::make_shared<QString>();
    m_services.index.updateAsync(
        [token, sessionKey, options, pub, now, doomedKey](IndexData& data) -> Result<void> {
            doomedKey->clear();
            SessionRecord* existing = data.findSession(sessionKey);
            if (existing && !options.replace)
                return alreadyExists(sessionKey);
            if (const SessionRecord* user = data.sessionUsingKey(pub); user && user->sessionKey != sessionKey)
                return keyShared(user->sessionKey);
            if (existing && existing->token.claims.publicKey != pub) {
                *doomedKey = existing->token.claims.publicKey;
                if (auto it = data.keys.find(*doomedKey); it != data.keys.end())
                    it->second.state = KeyState::Doomed;
            }
            SessionRecord record;
            record.sessionKey = sessionKey;
            record.token = token;
            const qint64 remaining = token.claims.exp - now.toSecsSinceEpoch();
            record.lifetimeSeconds = options.lifetimeSeconds != 0             ? options.lifetimeSeconds
                                     : remaining >= kMinimumExpirationSeconds ? remaining
                                                                              : kDefaultExpirationSeconds;
            record.createdAt = now;
            record.username = options.username;
            record.organizationName = options.organizationName;
            record.signInMethod = options.signInMethod.toStored();
            if (existing)
                record.autoRefresh = existing->autoRefresh;
            data.sessions[sessionKey] = record;

            KeyRecord& key = data.keys[pub];
            if (key.publicKey.isEmpty())
                key.createdAt = now;
            key.publicKey = pub;
            key.kind = KeyKind::Session;
            key.state = KeyState::Live;

            if (data.activeSessionKey.isEmpty() || options.makeActive ||
                !data.findSession(data.activeSessionKey))
                data.activeSessionKey = sessionKey;
            return {};
        },
        &m_services.manager,
        [this, pub, doomedKey, done](Result<void> updated) {
            if (!updated.ok()) {
                done(updated.error());
                return;
            }
            m_keys.release(pub);
            if (doomedKey->isEmpty())
                return done({});
            // The replaced session's key is doomed in the index already: a failed delete is retried by
            // recovery, and the new session stands either way.
            m_keys.destroy(*doomedKey, [done](Result<void>) { done({}); });
        });
}

} // namespace ws
