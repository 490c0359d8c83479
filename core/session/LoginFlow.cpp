#include "LoginFlow.h"

#include "IssuedToken.h"
#include "KeyLifecycle.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "StoreFlow.h"
#include "api/TurnkeyClient.h"
#include "crypto/P256KeyPair.h"
#include "store/SessionIndex.h"
#include "token/SessionToken.h"

#include <QCoreApplication>
#include <QTimer>
#include <optional>

namespace ws {

struct LoginFlow::Job {
    QString sessionKey;
    QString organizationId;
    qint64 expirationSeconds = kDefaultExpirationSeconds;
    bool invalidateExisting = false;
    bool rememberApiKey = false;
    bool makeActive = true;
    bool replace = false;
    QString apiPublicKey; // how the session was created, kept with it (Sign in again)
    std::shared_ptr<const P256KeyPair> apiKey;
    QString newKey;
    QString username; // display names from whoami, best effort
    QString organizationName;
    std::function<void(Result<QString>)> done;
};

LoginFlow::LoginFlow(SessionServices& services, KeyLifecycle& keys, StoreFlow& store)
    : m_services(services)
    , m_keys(keys)
    , m_store(store) {}

void LoginFlow::login(LoginRequest request, std::function<void(Result<QString>)> done) {
    // Whatever happens below, the caller's copy of the API private key is wiped on return.
    const SecureBytes apiPrivateKey = std::move(request.apiPrivateKey);
    const auto reject = [this, done](const Error& e) {
        QTimer::singleShot(0, &m_services.manager, [done, e]() {
            done(e.withContext(QCoreApplication::translate("ws", "logging in")));
        });
    };
    if (!m_services.api)
        return reject(sessionmsg::offline());
    const QString sessionKey =
        request.sessionKey.isEmpty() ? QString::fromLatin1(kDefaultSessionKey) : request.sessionKey;
    if (const auto label = validateSessionKeyLabel(sessionKey); !label.ok())
        return reject(label.error());
    if (request.organizationId.trimmed().isEmpty())
        return reject(Error(ErrorCode::InvalidInput,
                            QCoreApplication::translate("ws", "The organization ID is empty.")));
    if (request.expirationSeconds < kMinimumExpirationSeconds)
        return reject(sessionmsg::lifetimeTooShort(request.expirationSeconds));
    if (request.apiPublicKey.isEmpty())
        return reject(Error(ErrorCode::InvalidInput,
                            QCoreApplication::translate("ws", "The API public key is needed.")));
    // Without a private key, the API key must be one the app holds (made in or imported into the TPM).
    const QString apiPublicKey = QString::fromLatin1(request.apiPublicKey).toLower();
    const auto held = m_services.index.data().keys.find(apiPublicKey);
    const bool useHeldKey = apiPrivateKey.isEmpty();
    if (useHeldKey && (held == m_services.index.data().keys.end() || held->second.state == KeyState::Doomed))
        return reject(
            Error(ErrorCode::InvalidInput,
                  QCoreApplication::translate("ws", "No private key was given for the API key %1, and "
                                                    "the app holds no key with that public key.")
                      .arg(apiPublicKey.left(12))));
    std::optional<P256KeyPair> apiKey;
    if (!useHeldKey) {
        auto given = P256KeyPair::fromPrivateKeyHex(apiPrivateKey.view(), request.apiPublicKey);
        if (!given.ok())
            return reject(given.error().withContext(QCoreApplication::translate("ws", "the API key")));
        apiKey.emplace(std::move(given).value());
    }
    // Checked before any network work: a collision would otherwise waste a server-side key.
    if (!request.replace && m_services.index.data().findSession(sessionKey))
        return reject(sessionmsg::nameTaken(sessionKey));

    auto job = std::make_shared<Job>();
    job->sessionKey = sessionKey;
    job->organizationId = request.organizationId;
    job->expirationSeconds = request.expirationSeconds;
    job->invalidateExisting = request.invalidateExisting;
    job->rememberApiKey = request.rememberApiKey;
    job->makeActive = request.makeActive;
    job->replace = request.replace;
    job->apiPublicKey = apiPublicKey;
    job->done = std::move(done);
    const KeyStoreKind store = request.keyStore;
    if (!useHeldKey) {
        job->apiKey = std::make_shared<const P256KeyPair>(std::move(*apiKey));
        createKey(job, store);
        return;
    }
    m_keys.loadSigner(
        apiPublicKey, held->second.kind, [this, job, store](Result<TurnkeyClient::Signer> signer) {
            if (!signer.ok())
                return job->done(signer.error().withContext(QCoreApplication::translate("ws", "logging in")));
            job->apiKey = signer.value();
            createKey(job, store);
        });
}

void LoginFlow::createKey(const std::shared_ptr<Job>& job, KeyStoreKind store) {
    m_keys.createSessionKey(
        [this, job](Result<QString> created) {
            if (!created.ok()) {
                job->newKey.clear();
                return fail(job, created.error());
            }
            job->newKey = created.value();
            stamp(job);
        },
        store);
}

void LoginFlow::stamp(const std::shared_ptr<Job>& job) {
    StampLoginParams params;
    params.publicKey = job->newKey.toLatin1();
    params.expirationSeconds = job->expirationSeconds;
    params.invalidateExisting = job->invalidateExisting;
    m_services.api->stampLogin(
        job->apiKey, job->organizationId, params, &m_services.manager, [this, job](Result<QByteArray> jwt) {
            if (!jwt.ok()) {
                // Stamped with the API key, "public key not found" means the key is not one of this
                // organization's: say that, not the session advice "log in again" (issue 18). The
                // server's own words stay in serverMessage for --verbose and the details.
                if (jwt.error().code == ErrorCode::SessionExpired) {
                    Error e = jwt.error();
                    e.code = ErrorCode::Unauthorized;
                    e.message = QCoreApplication::translate(
                                    "ws", "This API key does not belong to organization %1. Check the "
                                          "organization ID and the API key.")
                                    .arg(job->organizationId);
                    return fail(job, e);
                }
                return fail(job, jwt.error());
            }
            auto token = decodeIssuedToken(jwt.value(), job->newKey);
            if (!token.ok())
                return fail(job, token.error());
            names(job, token.value());
        });
}

// The user's and the organization's names, so the window shows names instead of IDs. Best effort: a
// failed whoami costs the names (shown as IDs until the next Verify), never the session.
void LoginFlow::names(const std::shared_ptr<Job>& job, const SessionToken& token) {
    m_services.api->whoami(job->apiKey, job->organizationId, &m_services.manager,
                           [this, job, token](Result<WhoamiInfo> who) {
                               if (who.ok()) {
                                   job->username = who.value().username;
                                   job->organizationName = who.value().organizationName;
                               }
                               remember(job, token);
                           });
}

void LoginFlow::remember(const std::shared_ptr<Job>& job, const SessionToken& token) {
    // A key the app already holds (in the TPM) is kept as it is; there is nothing more to remember.
    if (!job->rememberApiKey || job->apiKey->isExternal())
        return store(job, token);
    m_keys.rememberApiKey(*job->apiKey, job->organizationId, [this, job, token](Result<void> r) {
        if (!r.ok())
            return fail(job, r.error());
        store(job, token);
    });
}

void LoginFlow::store(const std::shared_ptr<Job>& job, const SessionToken& token) {
    StoreOptions options;
    options.makeActive = job->makeActive;
    options.lifetimeSeconds = job->expirationSeconds;
    options.username = job->username;
    options.organizationName = job->organizationName;
    options.replace = job->replace;
    options.signInMethod = SignInMethod::apiKey(job->apiPublicKey);
    m_store.commit(token, job->sessionKey, options, [this, job](Result<void> stored) {
        if (!stored.ok())
            return fail(job, stored.error());
        job->apiKey.reset(); // wipes the API private key now rather than when the last copy of the job dies
        job->done(job->sessionKey);
    });
}

void LoginFlow::fail(const std::shared_ptr<Job>& job, const Error& error) {
    job->apiKey.reset();
    const Error e =
        error.withContext(QCoreApplication::translate("ws", "logging in as '%1'").arg(job->sessionKey));
    if (job->newKey.isEmpty()) {
        QTimer::singleShot(0, &m_services.manager, [job, e]() { job->done(e); });
        return;
    }
    m_keys.destroy(job->newKey, [job, e](Result<void>) { job->done(e); });
}

} // namespace ws
