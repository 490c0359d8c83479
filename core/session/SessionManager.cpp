#include "SessionManager.h"

#include "BatchJob.h"
#include "Clock.h"
#include "Reply.h"
#include "SessionInfoOf.h"
#include "SessionManagerImpl.h"
#include "SessionMessages.h"
#include "crypto/P256KeyPair.h"
#include "keychain/SecretStore.h"
#include "store/IndexStore.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QPointer>
#include <algorithm>
#include <vector>

namespace ws {

SessionInfo SessionManager::Impl::describe(const IndexData& data, const SessionRecord& record,
                                           bool verifySignature) const {
    SessionInfo info = sessionInfoOf(data, record);
    info.signatureVerified = verifySignature && verifier.isVerified(record.token.raw);
    return info;
}

SessionManager::SessionManager(SessionIndex& index, SecretStore& secrets, TurnkeyClient* api,
                               const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(*this, index, secrets, api, clock, std::move(options)))
    , m_clock(clock) {
    connect(&index, &SessionIndex::changed, this, &SessionManager::sessionsChanged);
    connect(&secrets, &SecretStore::healthChanged, this, &SessionManager::keychainChanged);
}

SessionManager::~SessionManager() = default;

// ---- queries ----

Result<SessionInfo> SessionManager::getSession(const QString& sessionKey) const {
    const IndexData& data = d->services.index.data();
    const Result<QString> key = sessionmsg::resolveSessionKey(data, sessionKey);
    if (!key.ok())
        return key.error();
    return d->describe(data, *data.findSession(key.value()));
}

QList<SessionInfo> SessionManager::getAllSessions(SignatureCheck check) const {
    const IndexData& data = d->services.index.data();
    QList<SessionInfo> all;
    all.reserve(qsizetype(data.sessions.size()));
    for (const auto& entry : data.sessions) // std::map: already sorted by key
        all.append(d->describe(data, entry.second, check == SignatureCheck::Verify));
    return all;
}

QList<SessionInfo> SessionManager::getMostUrgentSessions(int limit) const {
    const IndexData& data = d->services.index.data();
    std::vector<const SessionRecord*> records;
    records.reserve(data.sessions.size());
    for (const auto& entry : data.sessions)
        records.push_back(&entry.second);
    const QString& activeKey = data.activeSessionKey;
    const auto moreUrgent = [&activeKey](const SessionRecord* a, const SessionRecord* b) {
        if ((a->sessionKey == activeKey) != (b->sessionKey == activeKey))
            return a->sessionKey == activeKey;
        if (a->token.claims.exp != b->token.claims.exp)
            return a->token.claims.exp < b->token.claims.exp;
        return a->sessionKey < b->sessionKey;
    };
    const std::size_t listed = std::min(records.size(), std::size_t(std::max(limit, 0)));
    std::partial_sort(records.begin(), records.begin() + std::ptrdiff_t(listed), records.end(), moreUrgent);
    QList<SessionInfo> urgent;
    urgent.reserve(qsizetype(listed));
    for (std::size_t i = 0; i < listed; ++i)
        urgent.append(d->describe(data, *records[i], false));
    return urgent;
}

void SessionManager::forEachSessionRecord(const std::function<void(const SessionRecord&)>& visit) const {
    for (const auto& entry : d->services.index.data().sessions)
        visit(entry.second);
}

Result<QList<SessionInfo>> SessionManager::previewSessions(SessionOrder order, int limit) const {
    const Result<FirstSessions> first =
        IndexStore::readFirstSessions(d->services.index.directory(), order, limit);
    if (!first)
        return first.error();
    QList<SessionInfo> preview;
    preview.reserve(first->order.size());
    for (const QString& key : first->order)
        preview.append(d->describe(first->data, *first->data.findSession(key), false));
    return preview;
}

int SessionManager::sessionCount() const {
    return int(d->services.index.data().sessions.size());
}

QString SessionManager::getActiveSessionKey() const {
    return d->services.index.data().activeSessionKey;
}

void SessionManager::setActiveSession(const QString& sessionKey, QObject* context, Callback<void> done) {
    Reply<void> reply(context, this, std::move(done));
    d->services.index.updateAsync(
        [sessionKey](IndexData& data) -> Result<void> {
            if (!data.findSession(sessionKey))
                return sessionmsg::unknownSession(sessionKey);
            data.activeSessionKey = sessionKey;
            return {};
        },
        this, [reply](Result<void> r) { reply(r); });
}

bool SessionManager::isRefreshing(const QString& sessionKey) const {
    return d->refresh.isRefreshing(sessionKey);
}

void SessionManager::setAutoRefresh(const QString& sessionKey, bool enabled, QObject* context,
                                    Callback<void> done) {
    Reply<void> reply(context, this, std::move(done));
    d->services.index.updateAsync(
        [sessionKey, enabled](IndexData& data) -> Result<void> {
            SessionRecord* session = data.findSession(sessionKey);
            if (!session)
                return sessionmsg::unknownSession(sessionKey);
            session->autoRefresh = enabled;
            return {};
        },
        this, [reply](Result<void> r) { reply(r); });
}

// ---- offline operations ----

QList<KeyPairInfo> SessionManager::heldRefreshTargets() const {
    return keyqueries::heldRefreshTargets(d->services.index.data());
}

QList<KeyPairInfo> SessionManager::rememberedApiKeys(const QString& organizationId) const {
    return keyqueries::rememberedApiKeys(d->services.index.data(), organizationId);
}

QList<KeyPairInfo> SessionManager::allRememberedApiKeys() const {
    return keyqueries::allRememberedApiKeys(d->services.index.data());
}

void SessionManager::createApiKeyPair(QObject* context, Callback<QString> done) {
    Reply<QString> reply(context, this, std::move(done));
    d->keys.createSessionKey([this, reply](Result<QString> created) {
        if (created.ok())
            d->keys.release(created.value()); // from now on the grace period protects it, as in any process
        reply(created);
    });
}

void SessionManager::generateKeyPair(KeyStoreKind store, QObject* context, Callback<QString> done) {
    Reply<QString> reply(context, this, std::move(done));
    const QString reason =
        tr("made by 'keys generate' on %1").arg(m_clock.now().toUTC().toString(Qt::ISODate));
    d->keys.createSessionKey(
        [this, reply, reason](Result<QString> created) { holdNewKey(created, reason, reply); }, store);
}

void SessionManager::importKeyPair(std::shared_ptr<const SecureBytes> privateKeyHex, KeyStoreKind store,
                                   QObject* context, Callback<QString> done) {
    Reply<QString> reply(context, this, std::move(done));
    const QString reason =
        tr("imported by 'keys import' on %1").arg(m_clock.now().toUTC().toString(Qt::ISODate));
    d->keys.importSessionKey(std::move(privateKeyHex), store, [this, reply, reason](Result<QString> stored) {
        holdNewKey(stored, reason, reply);
    });
}

// A key just recorded and stored becomes a held key, or goes again (nothing may keep it otherwise).
void SessionManager::holdNewKey(const Result<QString>& created, const QString& reason,
                                const std::function<void(Result<QString>)>& reply) {
    if (!created.ok())
        return reply(created); // the key lifecycle has already destroyed what it recorded
    const QString publicKey = created.value();
    d->services.index.updateAsync(
        [publicKey, reason](IndexData& data) -> Result<void> {
            const auto it = data.keys.find(publicKey);
            if (it == data.keys.end())
                return Error(ErrorCode::Internal, tr("The new key pair's record is missing."));
            it->second.held = true;
            it->second.heldReason = reason;
            return {};
        },
        this,
        [this, reply, publicKey](Result<void> held) {
            if (!held.ok()) {
                // Not held: nothing may keep it, so it goes now rather than after the grace period.
                d->keys.destroy(publicKey, [reply, error = held.error()](Result<void>) { reply(error); });
                return;
            }
            d->keys.release(publicKey);
            reply(publicKey);
        });
}

void SessionManager::deleteApiKeyPair(const QString& publicKey, QObject* context, Callback<void> done) {
    Reply<void> reply(context, this, std::move(done));
    const IndexData& data = d->services.index.data();
    if (data.keys.find(publicKey) == data.keys.end())
        return reply(
            Error(ErrorCode::NotFound, tr("There is no key pair %1 on this computer.").arg(publicKey)));
    if (const SessionRecord* user = data.sessionUsingKey(publicKey))
        return reply(Error(ErrorCode::InvalidInput,
                           tr("Key pair %1 belongs to session '%2'; clear the session instead.")
                               .arg(publicKey.left(12), user->sessionKey)));
    d->keys.destroy(publicKey, [reply](Result<void> r) { reply(r); });
}

void SessionManager::storeSession(const QByteArray& token, const QString& sessionKey, StoreOptions options,
                                  QObject* context, Callback<void> done) {
    Reply<void> reply(context, this, std::move(done));
    d->store.store(token, sessionKey, options, [reply](Result<void> r) { reply(r); });
}

void SessionManager::clearSession(const QString& sessionKey, ClearOptions options, QObject* context,
                                  Callback<void> done) {
    Reply<void> reply(context, this, std::move(done));
    // As in the SDK, clearSession without a key means the default session, not the active one.
    const QString key = sessionKey.isEmpty() ? QString::fromLatin1(kDefaultSessionKey) : sessionKey;
    d->clear.clear(key, options, [reply](Result<void> r) { reply(r); });
}

namespace {
// The callback forms of the batch operations watch a job like any front end does.
void watch(BatchJob* job, Callback<BatchReport> done, std::function<void(BatchProgress)> progress) {
    if (progress)
        QObject::connect(job, &BatchJob::progress, job, [progress](int finished, int total) {
            progress(BatchProgress{finished, total});
        });
    QObject::connect(job, &BatchJob::finished, job, [done](const Result<BatchReport>& r) {
        if (done)
            done(r);
    });
}
} // namespace

void SessionManager::clearAllSessions(ClearOptions options, QObject* context, Callback<BatchReport> done,
                                      std::function<void(BatchProgress)> progress) {
    watch(clearAll(options, context), std::move(done), std::move(progress));
}

void SessionManager::logout(const QString& sessionKey, ClearOptions options, QObject* context,
                            Callback<void> done) {
    Reply<void> reply(context, this, std::move(done));
    const Result<QString> key = sessionmsg::resolveSessionKey(d->services.index.data(), sessionKey);
    if (!key.ok())
        return reply(key.error());
    d->clear.clear(key.value(), options, [reply](Result<void> r) { reply(r); });
}

void SessionManager::clearUnusedKeyPairs(QObject* context, Callback<CleanupReport> done) {
    Reply<CleanupReport> reply(context, this, std::move(done));
    d->recovery.sweep([reply](Result<CleanupReport> r) { reply(r); });
}

void SessionManager::recover(QObject* context, Callback<CleanupReport> done) {
    Reply<CleanupReport> reply(context, this, std::move(done));
    d->recovery.sweep([reply](Result<CleanupReport> r) { reply(r); });
}

// ---- online operations ----

void SessionManager::loginWithApiKey(LoginRequest request, QObject* context, Callback<QString> done) {
    Reply<QString> reply(context, this, std::move(done));
    d->login.login(std::move(request), [reply](Result<QString> r) { reply(r); });
}

SignInHandle SessionManager::signIn(SignInRequest request, std::shared_ptr<AttestationSource> source,
                                    QObject* context, Callback<QString> done) {
    Reply<QString> reply(context, this, std::move(done));
    return d->signIn.signIn(std::move(request), std::move(source), [reply](Result<QString> r) { reply(r); });
}

void SessionManager::refreshSession(RefreshRequest request, QObject* context, Callback<SessionInfo> done) {
    Reply<SessionInfo> reply(context, this, std::move(done));
    const Result<QString> key = sessionmsg::resolveSessionKey(d->services.index.data(), request.sessionKey);
    const QString resolved = key.ok() ? key.value() : QString();
    d->refresh.refresh(request, [this, reply, resolved](Result<RefreshFlow::Outcome> r) {
        if (!r.ok())
            return reply(r.error());
        Result<SessionInfo> info = getSession(resolved);
        if (info.ok())
            info.value().refreshedElsewhere = r.value() == RefreshFlow::Outcome::RefreshedElsewhere;
        reply(info);
    });
}

void SessionManager::refreshAllSessions(QObject* context, Callback<BatchReport> done,
                                        std::function<void(BatchProgress)> progress) {
    watch(refreshAll(BatchRefreshOptions{}, context), std::move(done), std::move(progress));
}

void SessionManager::verifySession(const QString& sessionKey, QObject* context, Callback<WhoamiInfo> done) {
    Reply<WhoamiInfo> reply(context, this, std::move(done));
    d->verify.verify(sessionKey, [reply](Result<WhoamiInfo> r) { reply(r); });
}

void SessionManager::getWallets(const QString& sessionKey, bool reload, QObject* context,
                                Callback<QList<WalletInfo>> done) {
    Reply<QList<WalletInfo>> reply(context, this, std::move(done));
    d->wallets.wallets(sessionKey, reload ? WalletsFlow::Mode::Reload : WalletsFlow::Mode::Cached,
                       [reply](Result<QList<WalletInfo>> r) { reply(r); });
}

void SessionManager::loadSessionSigner(const QString& sessionKey, QObject* context,
                                       Callback<SessionSigner> done) {
    Reply<SessionSigner> reply(context, this, std::move(done));
    const IndexData& data = d->services.index.data();
    const Result<QString> resolved = sessionmsg::resolveSessionKey(data, sessionKey);
    if (!resolved.ok())
        return reply(resolved.error());
    const SessionRecord& session = *data.findSession(resolved.value());
    if (m_clock.nowSecs() >= session.token.claims.exp)
        return reply(sessionmsg::expired(session.sessionKey, session.token.claims.exp));
    SessionSigner signer{
        session.sessionKey,          session.token.claims.publicKey, session.token.claims.organizationId,
        session.token.claims.userId, session.token.claims.exp,       nullptr};
    d->keys.loadSigner(signer.publicKey, KeyKind::Session,
                       [reply, signer](Result<TurnkeyClient::Signer> key) mutable {
                           if (!key.ok())
                               return reply(key.error());
                           signer.key = std::move(key).value();
                           reply(std::move(signer));
                       });
}

// ---- batch operations ----

BatchJob* SessionManager::refreshAll(BatchRefreshOptions options, QObject* context) {
    BatchJob* job = newJob(std::nullopt, context);
    d->refreshAll.run(options, job->control(), job->completion());
    return job;
}

BatchJob* SessionManager::refreshSessions(const QStringList& sessionKeys, BatchRefreshOptions options,
                                          QObject* context) {
    BatchJob* job = newJob(sessionKeys, context);
    d->refreshAll.run(options, job->control(), job->completion());
    return job;
}

BatchJob* SessionManager::clearAll(ClearOptions options, QObject* context) {
    BatchJob* job = newJob(std::nullopt, context);
    d->clear.clearAll(options, job->control(), job->completion());
    return job;
}

BatchJob* SessionManager::clearSessions(const QStringList& sessionKeys, ClearOptions options,
                                        QObject* context) {
    BatchJob* job = newJob(sessionKeys, context);
    d->clear.clearAll(options, job->control(), job->completion());
    return job;
}

BatchJob* SessionManager::newJob(std::optional<QStringList> sessionKeys, QObject* context) {
    auto* job = new BatchJob(context ? context : this);
    job->control()->sessionKeys = std::move(sessionKeys);
    return job;
}

// ---- for front ends ----

bool SessionManager::canStoreKeys() const {
    return d->services.secrets.health() != SecretStore::Health::Unavailable;
}

QString SessionManager::keychainDescription() const {
    return d->services.secrets.describe();
}

Result<void> SessionManager::checkApiKeyPair(QByteArrayView publicKeyHex, QByteArrayView privateKeyHex) {
    const Result<P256KeyPair> pair = P256KeyPair::fromPrivateKeyHex(privateKeyHex, publicKeyHex);
    if (!pair.ok())
        return pair.error();
    return {};
}

} // namespace ws
