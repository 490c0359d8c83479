#include "SignInFlow.h"

#include "IssuedToken.h"
#include "KeyLifecycle.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "StoreFlow.h"
#include "api/TurnkeyClient.h"
#include "store/SessionIndex.h"
#include "token/SessionToken.h"

#include <QCoreApplication>
#include <QPointer>

namespace ws {

namespace {
Error cancelledError() {
    return Error(ErrorCode::Cancelled, QCoreApplication::translate("ws", "The sign-in was cancelled."));
}
} // namespace

struct SignInFlow::Job {
    enum class Stage { CreatingKey, LoadingKey, Attesting, LoggingIn, Naming, Storing, Finished };

    QString sessionKey;
    SignInRequest request;
    std::shared_ptr<AttestationSource> source;
    Stage stage = Stage::CreatingKey;
    bool cancelled = false;
    QString newKey; // set once the key is recorded and in the keychain: from then on a failure destroys it
    TurnkeyClient::Signer signer;
    Attestation attestation;
    QPointer<ApiCall> call; // the request in flight, if any
    QString username;       // display names from whoami, best effort
    QString organizationName;
    SignInMethod method; // the source's, read when the sign-in starts (the source is released early)
    std::function<void(Result<QString>)> done;
};

SignInFlow::SignInFlow(SessionServices& services, KeyLifecycle& keys, StoreFlow& store)
    : m_services(services)
    , m_keys(keys)
    , m_store(store) {}

SignInHandle SignInFlow::signIn(SignInRequest request, std::shared_ptr<AttestationSource> source,
                                std::function<void(Result<QString>)> done) {
    const auto reject = [done](const Error& e) {
        done(e.withContext(QCoreApplication::translate("ws", "signing in")));
        return SignInHandle();
    };
    if (!m_services.api)
        return reject(sessionmsg::offline());
    if (!source)
        return reject(
            Error(ErrorCode::Internal, QCoreApplication::translate("ws", "No way to sign in was given.")));
    const QString sessionKey =
        request.sessionKey.isEmpty() ? QString::fromLatin1(kDefaultSessionKey) : request.sessionKey;
    if (const auto label = validateSessionKeyLabel(sessionKey); !label.ok())
        return reject(label.error());
    if (request.expirationSeconds < kMinimumExpirationSeconds)
        return reject(sessionmsg::lifetimeTooShort(request.expirationSeconds));
    // Checked before any key is made or anything is sent.
    if (!request.replace && m_services.index.data().findSession(sessionKey))
        return reject(sessionmsg::nameTaken(sessionKey));

    auto job = std::make_shared<Job>();
    job->sessionKey = sessionKey;
    job->request = std::move(request);
    job->method = source->method();
    job->source = std::move(source);
    job->done = std::move(done);
    m_running.insert(job);
    createKey(job);

    // The handle holds the job weakly: a finished sign-in is gone, and so is one whose manager died.
    QPointer<SessionManager> manager(&m_services.manager);
    std::weak_ptr<Job> weak = job;
    return SignInHandle([this, manager, weak]() {
        if (!manager)
            return;
        if (auto running = weak.lock())
            cancel(running);
    });
}

void SignInFlow::createKey(const std::shared_ptr<Job>& job) {
    m_keys.createSessionKey(
        [this, job](Result<QString> created) {
            if (!created.ok())
                return fail(job, created.error());
            job->newKey = created.value();
            if (job->cancelled)
                return fail(job, cancelledError());
            loadKey(job);
        },
        job->request.keyStore);
}

// The signer is read back from the keychain, so a key made inside the TPM signs there like any other.
void SignInFlow::loadKey(const std::shared_ptr<Job>& job) {
    job->stage = Job::Stage::LoadingKey;
    m_keys.loadSigner(job->newKey, KeyKind::Session, [this, job](Result<TurnkeyClient::Signer> signer) {
        if (!signer.ok())
            return fail(job, signer.error());
        if (job->cancelled)
            return fail(job, cancelledError());
        job->signer = signer.value();
        attest(job);
    });
}

void SignInFlow::attest(const std::shared_ptr<Job>& job) {
    job->stage = Job::Stage::Attesting;
    QPointer<SessionManager> manager(&m_services.manager);
    job->source->attest(job->signer, [this, manager, job](Result<Attestation> attestation) {
        if (!manager || job->stage != Job::Stage::Attesting)
            return; // cancelled meanwhile (the source should not have answered), or the manager is gone
        if (!attestation.ok())
            return fail(job, attestation.error());
        const Attestation& a = attestation.value();
        const bool stamps = a.authenticate || (!a.scheme.isEmpty() && !a.token.isEmpty());
        if (!stamps || a.organizationId.trimmed().isEmpty())
            return fail(job, Error(ErrorCode::Internal,
                                   QCoreApplication::translate(
                                       "ws", "The sign-in method gave no attestation or no organization.")));
        job->attestation = a;
        stamp(job);
    });
}

void SignInFlow::stamp(const std::shared_ptr<Job>& job) {
    job->stage = Job::Stage::LoggingIn;
    StampLoginParams params;
    params.publicKey = job->newKey.toLatin1();
    params.expirationSeconds = job->request.expirationSeconds;
    params.invalidateExisting = job->request.invalidateExisting;
    auto loggedIn = [this, job](Result<QByteArray> jwt) {
        job->call.clear();
        if (job->cancelled)
            return fail(job, cancelledError());
        if (!jwt.ok())
            return fail(job, jwt.error());
        auto token = decodeIssuedToken(jwt.value(), job->newKey);
        if (!token.ok())
            return fail(job, token.error());
        names(job, token.value());
    };
    const Attestation& a = job->attestation;
    if (a.authenticate)
        job->call = m_services.api->stampLoginWith(a.authenticate, a.authenticateBlocks, a.organizationId,
                                                   params, &m_services.manager, std::move(loggedIn));
    else
        job->call = m_services.api->stampLoginAttested(job->signer, a.scheme, a.token, a.organizationId,
                                                       params, &m_services.manager, std::move(loggedIn));
}

// The user's and the organization's names, stamped by the new session's own key. Best effort: a failed
// whoami costs the names (shown as IDs until the next Verify), never the session.
void SignInFlow::names(const std::shared_ptr<Job>& job, const SessionToken& token) {
    job->stage = Job::Stage::Naming;
    job->call = m_services.api->whoami(job->signer, job->attestation.organizationId, &m_services.manager,
                                       [this, job, token](Result<WhoamiInfo> who) {
                                           job->call.clear();
                                           if (job->cancelled)
                                               return fail(job, cancelledError());
                                           if (who.ok()) {
                                               job->username = who.value().username;
                                               job->organizationName = who.value().organizationName;
                                           }
                                           store(job, token);
                                       });
}

void SignInFlow::store(const std::shared_ptr<Job>& job, const SessionToken& token) {
    job->stage = Job::Stage::Storing; // past the point of cancelling: the session is being written
    StoreOptions options;
    options.makeActive = job->request.makeActive;
    options.lifetimeSeconds = job->request.expirationSeconds;
    options.username = job->username;
    options.organizationName = job->organizationName;
    options.replace = job->request.replace;
    options.signInMethod = job->method;
    m_store.commit(token, job->sessionKey, options, [this, job](Result<void> stored) {
        if (!stored.ok())
            return fail(job, stored.error());
        job->stage = Job::Stage::Finished;
        job->signer.reset(); // wipes the private key now rather than when the last copy of the job dies
        job->source.reset();
        end(job);
        job->done(job->sessionKey);
    });
}

void SignInFlow::cancel(const std::shared_ptr<Job>& job) {
    if (job->cancelled || job->stage == Job::Stage::Storing || job->stage == Job::Stage::Finished)
        return;
    job->cancelled = true;
    switch (job->stage) {
    case Job::Stage::Attesting:
        // The source stops and never answers: the flow ends here.
        job->source->cancel();
        fail(job, cancelledError());
        break;
    case Job::Stage::LoggingIn:
        // A security key waiting for a touch is told to stop (the call alone would leave it waiting).
        if (job->attestation.cancelAuthenticate)
            job->attestation.cancelAuthenticate();
        [[fallthrough]];
    case Job::Stage::Naming:
        if (job->call)
            job->call->cancel(); // its callback sees `cancelled` and fails the job
        break;
    default:
        break; // a keychain step: its callback sees `cancelled`
    }
}

void SignInFlow::fail(const std::shared_ptr<Job>& job, const Error& error) {
    if (job->stage == Job::Stage::Finished)
        return;
    job->stage = Job::Stage::Finished;
    job->signer.reset();
    job->source.reset();
    const Error e =
        error.withContext(QCoreApplication::translate("ws", "signing in as '%1'").arg(job->sessionKey));
    if (job->newKey.isEmpty()) {
        end(job);
        return job->done(e);
    }
    // A key whose keychain delete fails stays recorded Doomed, and recovery deletes it later; the
    // caller hears of the sign-in's own failure.
    m_keys.destroy(job->newKey, [this, job, e](Result<void>) {
        end(job);
        job->done(e);
    });
}

void SignInFlow::end(const std::shared_ptr<Job>& job) {
    m_running.erase(job);
}

} // namespace ws
