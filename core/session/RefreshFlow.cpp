#include "RefreshFlow.h"

#include "Clock.h"
#include "IssuedToken.h"
#include "KeyLifecycle.h"
#include "KeyQueries.h"
#include "Logging.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "crypto/WebAuthnStamp.h"
#include "fido/PasskeyStamp.h"
#include "store/SessionIndex.h"
#include "token/SessionToken.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <optional>

namespace ws {

struct RefreshFlow::Job {
    QString sessionKey;
    SessionClaims oldClaims;
    QDateTime oldStamp; // when the session we started from was made: its refresh, else its creation
    qint64 expirationSeconds = kDefaultExpirationSeconds;
    bool invalidateExisting = false;
    QString newKey;
    bool generatedKey = false; // recorded and written by this job: destroyed again if the job fails
    // Progress of the overlapping steps (see RefreshFlow.h).
    TurnkeyClient::Signer signer; // the refreshed session's own key, once read from the keychain
    std::shared_ptr<const fido::PasskeySigner> passkey; // instead of `signer`: --stamp-with passkey
    bool keyStored = false;                             // the new key's private half is in the keychain
    bool stampStarted = false;
    std::optional<QByteArray> jwt;
    // stamp_login was answered in a way that may mean the server registered the new key: a token, or
    // a reply it processed but we could not read.
    bool serverMayKnowKey = false;
    int outstanding = 0; // asynchronous steps started and not yet answered
    std::optional<Error> error;
};

namespace {

// The token must describe the key we asked for, for the same user and organization.
Result<SessionToken> checkNewToken(const QByteArray& jwt, const QString& newKey, const SessionClaims& old) {
    auto decoded = decodeIssuedToken(jwt, newKey);
    if (!decoded.ok())
        return decoded;
    const SessionClaims& c = decoded.value().claims;
    if (c.organizationId != old.organizationId || c.userId != old.userId)
        return tokenDoesNotFit(
            QCoreApplication::translate("ws", "it is for user %1 in organization %2, not %3 in %4")
                .arg(c.userId, c.organizationId, old.userId, old.organizationId));
    return decoded;
}

// The session now holds a key other than the one this refresh started from, for the same user and
// organization, and not an older one: another process refreshed it (or logged it in again) first.
// Tokens carry no `iat`, so "newer" is a later or equal expiry, or a later refresh time for a
// refresh asked with a shorter lifetime.
bool refreshedSince(const SessionRecord& session, const SessionClaims& old, const QDateTime& oldStamp) {
    const SessionClaims& now = session.token.claims;
    if (now.publicKey == old.publicKey || now.userId != old.userId ||
        now.organizationId != old.organizationId)
        return false;
    return now.exp >= old.exp ||
           (session.refreshedAt.isValid() && oldStamp.isValid() && session.refreshedAt > oldStamp);
}

// The remembered API key to stamp with: the one named (it must be remembered for the session's
// organization), else the organization's only one.
Result<QString> rememberedApiKey(const IndexData& data, const SessionRecord& session, const QString& named) {
    const QString organization = session.token.claims.organizationId;
    QStringList candidates;
    for (const KeyPairInfo& key : keyqueries::rememberedApiKeys(data, organization))
        candidates.append(key.publicKey);
    if (!named.isEmpty()) {
        if (candidates.contains(named.toLower()))
            return named.toLower();
        return Error(ErrorCode::NotSupported,
                     QCoreApplication::translate("ws",
                                                 "No remembered API key %1 for organization %2 (see `keys "
                                                 "list`); nothing was sent.")
                         .arg(named, organization));
    }
    if (candidates.isEmpty())
        return Error(ErrorCode::NotSupported,
                     QCoreApplication::translate("ws",
                                                 "No remembered API key for organization %1 (log in with "
                                                 "--remember-api-key first); nothing was sent.")
                         .arg(organization));
    if (candidates.size() > 1)
        return Error(ErrorCode::NotSupported,
                     QCoreApplication::translate("ws",
                                                 "%1 API keys are remembered for organization %2; name one "
                                                 "with --stamp-with api-key:PUBLIC_KEY. Nothing was sent.")
                         .arg(candidates.size())
                         .arg(organization));
    return candidates.constFirst();
}

// --stamp-with passkey: the security key given, for the rp id given or else the one the session was signed
// in with. Settled before anything is recorded or sent.
Result<std::shared_ptr<fido::PasskeySigner>> passkeyFor(const SessionRecord& session,
                                                        const std::shared_ptr<fido::PasskeySigner>& given) {
    if (!given)
        return Error(
            ErrorCode::NotSupported,
            QCoreApplication::translate("ws", "No security key was given to stamp with; nothing was sent."));
    const SignInMethod method = SignInMethod::parse(session.signInMethod);
    if (given->rpId.isEmpty() && method.kind == SignInMethod::Kind::Passkey)
        given->rpId = method.detail;
    if (given->rpId.isEmpty())
        return Error(
            ErrorCode::NotSupported,
            QCoreApplication::translate("ws", "Session '%1' was not signed in with a security key: name the "
                                              "site its passkey is for (--rp-id). Nothing was sent.")
                .arg(session.sessionKey));
    return given;
}

// The passkey stamps the exact stamp_login body. A key that is not there, or holds no passkey for the
// site, makes the stamper unusable (NOT_SUPPORTED, as a missing remembered key), not a missing session.
TurnkeyClient::RequestAuthenticator passkeyAuthenticator(std::shared_ptr<const fido::PasskeySigner> passkey) {
    return [passkey](QByteArrayView body) -> Result<std::pair<QByteArray, QByteArray>> {
        Result<QByteArray> header = fido::stampWithPasskey(*passkey, body);
        if (!header) {
            Error e = header.error();
            if (e.code == ErrorCode::NotFound)
                e.code = ErrorCode::NotSupported;
            return e;
        }
        return std::pair{QByteArray(webauthn::kHeaderName), std::move(*header)};
    };
}

} // namespace

RefreshFlow::RefreshFlow(SessionServices& services, KeyLifecycle& keys)
    : m_services(services)
    , m_keys(keys)
    , m_revocation(services, keys) {}

RefreshFlow::~RefreshFlow() = default;

void RefreshFlow::refresh(const RefreshRequest& request, Done done) {
    const auto reject = [this, done](const Error& e) {
        QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
    };
    if (request.stampWith == StampWith::Wallet)
        return reject(sessionmsg::notSupportedStamper());
    if (!m_services.api)
        return reject(sessionmsg::offline());
    const IndexData& data = m_services.index.data();
    const Result<QString> resolved = sessionmsg::resolveSessionKey(data, request.sessionKey);
    if (!resolved.ok())
        return reject(resolved.error());
    const QString key = resolved.value();
    if (auto it = m_waiters.find(key); it != m_waiters.end()) {
        it->append(std::move(done)); // same session already refreshing: share its outcome
        return;
    }
    const SessionRecord& session = *data.findSession(key);
    // The stamper is settled before anything is recorded or sent.
    QString stamper = session.token.claims.publicKey;
    KeyKind stamperKind = KeyKind::Session;
    if (request.stampWith == StampWith::RememberedApiKey) {
        Result<QString> apiKey = rememberedApiKey(data, session, request.stampPublicKey);
        if (!apiKey.ok())
            return reject(apiKey.error());
        stamper = apiKey.value();
        stamperKind = KeyKind::ApiKey;
    } else if (request.stampWith == StampWith::Passkey) {
        Result<std::shared_ptr<fido::PasskeySigner>> passkey = passkeyFor(session, request.passkey);
        if (!passkey.ok())
            return reject(passkey.error());
        stamper.clear();
    } else if (m_services.clock.nowSecs() >= session.token.claims.exp) {
        // An expired session's own key can no longer sign; a remembered API key still can.
        return reject(sessionmsg::expired(key, session.token.claims.exp));
    }
    auto job = std::make_shared<Job>();
    job->sessionKey = key;
    job->oldClaims = session.token.claims;
    job->oldStamp = session.refreshedAt.isValid() ? session.refreshedAt : session.createdAt;
    job->invalidateExisting = request.invalidateExisting;
    if (request.stampWith == StampWith::Passkey)
        job->passkey = passkeyFor(session, request.passkey).value();
    job->expirationSeconds = request.expirationSeconds > 0 ? request.expirationSeconds
                             : session.lifetimeSeconds > 0 ? session.lifetimeSeconds
                                                           : kDefaultExpirationSeconds;
    if (job->expirationSeconds < kMinimumExpirationSeconds)
        return reject(sessionmsg::lifetimeTooShort(job->expirationSeconds));
    if (!request.publicKey.isEmpty()) {
        const QString wanted = request.publicKey.toLower();
        const auto k = data.keys.find(wanted);
        if (k == data.keys.end())
            return reject(
                Error(ErrorCode::NotFound,
                      QCoreApplication::translate("ws", "Key %1 is not held by this app (see `keys list`); "
                                                        "nothing was sent.")
                          .arg(request.publicKey)));
        // A held key (keys generate) or a pending one from createApiKeyPair() (refresh-all's keys made
        // ahead are such keys, busy in this process); never a key a session uses, one being deleted,
        // or a remembered API key.
        const KeyRecord& record = k->second;
        const bool usable = keyqueries::isRefreshTarget(data, wanted, record);
        if (!usable)
            return reject(
                Error(ErrorCode::InvalidInput,
                      QCoreApplication::translate("ws", "Key %1 is not an unused held key; nothing was sent.")
                          .arg(request.publicKey)));
        job->newKey = wanted;
    }

    m_waiters.insert(key, QList<Done>{std::move(done)});
    Q_EMIT m_services.manager.refreshStateChanged(key, true);
    // Stamped with this session's own key (or the remembered API key asked for): never the active
    // session's (the web SDK's mistake). The
    // read is queued first so the keychain answers it while startNewKey() commits the pending record.
    if (!job->passkey) {
        ++job->outstanding;
        m_keys.loadSigner(stamper, stamperKind, [this, job](Result<TurnkeyClient::Signer> signer) {
            if (signer.ok())
                job->signer = signer.value();
            settle(job, signer.ok() ? nullptr : &signer.error());
        });
    }
    if (job->newKey.isEmpty())
        startNewKey(job);
    else
        job->keyStored = true; // a key from createApiKeyPair() is already in the keychain
}

void RefreshFlow::startNewKey(const std::shared_ptr<Job>& job) {
    ++job->outstanding;
    // A session whose key is in the TPM stays in the TPM.
    const auto old = m_services.index.data().keys.find(job->oldClaims.publicKey);
    const KeyStoreKind store =
        old != m_services.index.data().keys.end() ? old->second.store : KeyStoreKind::Keychain;
    m_keys.createSessionKey([job](const QString& recorded) { job->newKey = recorded; },
                            [this, job](Result<QString> created) {
                                // On failure createSessionKey() has already destroyed what it recorded.
                                if (created.ok()) {
                                    job->generatedKey = true;
                                    job->keyStored = true;
                                }
                                settle(job, created.ok() ? nullptr : &created.error());
                            },
                            store);
}

// One asynchronous step answered: remember the first error, then move on when possible.
void RefreshFlow::settle(const std::shared_ptr<Job>& job, const Error* error) {
    --job->outstanding;
    if (error && !job->error)
        job->error = *error;
    advance(job);
}

void RefreshFlow::advance(const std::shared_ptr<Job>& job) {
    if (job->error) {
        // Cleaning up waits for every step in flight: a key still being written must not be deleted
        // under the write (the write could land after the delete and orphan the entry).
        if (job->outstanding == 0)
            fail(job, *job->error);
        return;
    }
    if (!job->stampStarted && (job->signer || job->passkey) && job->keyStored) {
        job->stampStarted = true;
        stamp(job);
    }
    if (job->jwt && job->keyStored && job->outstanding == 0)
        commit(job, *job->jwt);
}

void RefreshFlow::stamp(const std::shared_ptr<Job>& job) {
    StampLoginParams params;
    params.publicKey = job->newKey.toLatin1();
    params.expirationSeconds = job->expirationSeconds;
    params.invalidateExisting = job->invalidateExisting;
    params.sessionProfileId = job->oldClaims.sessionProfileId;
    ++job->outstanding;
    auto answered = [this, job](Result<QByteArray> jwt) {
        if (jwt.ok())
            job->jwt = jwt.value();
        // A malformed reply is one the server sent after doing the work.
        job->serverMayKnowKey = jwt.ok() || jwt.error().code == ErrorCode::BadResponse;
        settle(job, jwt.ok() ? nullptr : &jwt.error());
    };
    if (job->passkey) {
        m_services.api->stampLoginWith(passkeyAuthenticator(job->passkey), true,
                                       job->oldClaims.organizationId, params, &m_services.manager,
                                       std::move(answered));
        return;
    }
    m_services.api->stampLogin(job->signer, job->oldClaims.organizationId, params, &m_services.manager,
                               std::move(answered));
    job->signer.reset(); // the client holds it while it needs it; the key is wiped with the last owner
}

void RefreshFlow::commit(const std::shared_ptr<Job>& job, const QByteArray& jwt) {
    Result<SessionToken> checked = checkNewToken(jwt, job->newKey, job->oldClaims);
    if (!checked.ok())
        return fail(job, checked.error());
    // Runs on the index's writer thread: it uses only these copies.
    const SessionToken token = std::move(checked).value();
    const QString sessionKey = job->sessionKey;
    const QString oldKey = job->oldClaims.publicKey;
    const QString newKey = job->newKey;
    const qint64 expirationSeconds = job->expirationSeconds;
    const QDateTime now = m_services.clock.now();
    const auto swap = [token, sessionKey, oldKey, newKey, expirationSeconds,
                       now](IndexData& data) -> Result<void> {
        SessionRecord* session = data.findSession(sessionKey);
        // Another process may have cleared or refreshed it while we were talking to the server.
        if (!session)
            return Error(
                ErrorCode::NotFound,
                QCoreApplication::translate("ws", "Session '%1' was removed while it was being refreshed.")
                    .arg(sessionKey));
        if (session->token.claims.publicKey != oldKey)
            return Error(ErrorCode::Busy,
                         QCoreApplication::translate(
                             "ws", "Session '%1' was changed elsewhere while it was being refreshed.")
                             .arg(sessionKey));
        session->token = token;
        session->refreshedAt = now;
        session->serverState = ServerState::Alive;
        session->lastError.clear();
        if (session->lifetimeSeconds <= 0)
            session->lifetimeSeconds = expirationSeconds;
        KeyRecord& fresh = data.keys[newKey];
        if (fresh.publicKey.isEmpty())
            fresh.createdAt = now;
        fresh.publicKey = newKey;
        fresh.kind = KeyKind::Session;
        fresh.state = KeyState::Live;
        fresh.held = false; // a held key moved into the session: it is the session's now
        fresh.heldReason.clear();
        if (auto old = data.keys.find(oldKey); old != data.keys.end() && !data.sessionUsingKey(oldKey))
            old->second.state = KeyState::Doomed;
        return {};
    };
    m_services.index.updateAsync(swap, &m_services.manager, [this, job, oldKey](Result<void> swapped) {
        if (!swapped.ok())
            return fail(job, swapped.error());
        m_keys.release(job->newKey);
        // A failed delete leaves the old key doomed; recovery finishes it. The refresh itself succeeded.
        m_keys.destroy(oldKey, [this, job](Result<void>) { finish(job->sessionKey, Outcome::Refreshed); });
    });
}

void RefreshFlow::fail(const std::shared_ptr<Job>& job, const Error& error) {
    const Error e =
        error.withContext(QCoreApplication::translate("ws", "refreshing '%1'").arg(job->sessionKey));
    disposeNewKey(job, [this, job, e]() { recordFailure(job, e); });
}

// The new key will not be used: off the server if it may be there (while it is still in the keychain
// to stamp with), then out of the keychain if this job made it. A key from createApiKeyPair() or
// refresh-all stays with whoever made it. Neither step changes the refresh's outcome.
void RefreshFlow::disposeNewKey(const std::shared_ptr<Job>& job, std::function<void()> then) {
    const auto destroy = [this, job, then]() {
        if (!job->generatedKey)
            return then();
        m_keys.destroy(job->newKey, [then](Result<void>) { then(); });
    };
    if (!job->serverMayKnowKey || job->newKey.isEmpty())
        return destroy();
    SessionRecord unusable;
    unusable.sessionKey = job->sessionKey;
    unusable.token.claims = job->oldClaims; // stamp_login registered it on this user
    unusable.token.claims.publicKey = job->newKey;
    m_revocation.revoke(unusable, [job, destroy](Result<void> revoked) {
        if (revoked.ok())
            qCInfo(lcRefresh) << "revoked the unused key" << job->newKey.left(12) << "on the server";
        else
            qCWarning(lcRefresh) << "could not revoke the unused key" << job->newKey.left(12)
                                 << "on the server:" << errorCodeName(revoked.error().code)
                                 << revoked.error().message;
        destroy();
    });
}

// One asynchronous index write that reads the session as it is now, in the file: still on the old
// key, it records the failure (and a revoked key); refreshed by another process meanwhile, this
// refresh succeeds; gone, the error stands. The waiters hear back only once it is done, so a caller
// that reads the session on failure sees the failure recorded.
void RefreshFlow::recordFailure(const std::shared_ptr<Job>& job, const Error& error) {
    enum class Found { Gone, Ours, Elsewhere };
    auto found = std::make_shared<Found>(Found::Gone); // written on the writer thread, read after done
    const QString sessionKey = job->sessionKey;
    const SessionClaims old = job->oldClaims;
    const QDateTime oldStamp = job->oldStamp;
    const QString message = error.message;
    const bool revoked = error.code == ErrorCode::SessionExpired;
    const auto record = [found, sessionKey, old, oldStamp, message,
                         revoked](IndexData& data) -> Result<void> {
        SessionRecord* session = data.findSession(sessionKey);
        if (session && session->token.claims.publicKey == old.publicKey) {
            session->lastError = message;
            if (revoked)
                session->serverState = ServerState::Revoked;
            *found = Found::Ours;
            return {};
        }
        if (session && refreshedSince(*session, old, oldStamp))
            *found = Found::Elsewhere;
        return Error(ErrorCode::NotFound, QString()); // nothing of ours to annotate: write nothing
    };
    m_services.index.updateAsync(
        record, &m_services.manager, [this, job, error, found, revoked](Result<void>) {
            if (*found == Found::Elsewhere) {
                qCInfo(lcRefresh) << "session" << job->sessionKey << "was refreshed by another process";
                return finish(job->sessionKey, Outcome::RefreshedElsewhere);
            }
            if (revoked && *found == Found::Ours)
                Q_EMIT m_services.manager.sessionRevoked(job->sessionKey);
            finish(job->sessionKey, error);
        });
}

void RefreshFlow::finish(const QString& sessionKey, const Result<Outcome>& result) {
    const QList<Done> waiters = m_waiters.take(sessionKey);
    Q_EMIT m_services.manager.refreshStateChanged(sessionKey, false);
    for (const Done& waiter : waiters)
        waiter(result);
}

} // namespace ws
