#include "KeychainStore.h"

#include "KeychainErrors.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace ws {

namespace {

const char* operationName(keychain::Operation op) {
    switch (op) {
    case keychain::Operation::Read:
        return "read";
    case keychain::Operation::Write:
        return "write";
    case keychain::Operation::Delete:
        return "delete";
    case keychain::Operation::Probe:
        return "probe";
    }
    return "?";
}

// The entry probe() reads. It is never written: "not found" is the healthy answer.
const QString& probeEntry() {
    static const QString name = QStringLiteral("wallet-sessions-probe");
    return name;
}

// Calls `done` with `result` later on the event loop, unless the caller's context died first.
template <typename T>
void deliverLater(QObject* self, QObject* context, Callback<T> done, Result<T> result) {
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto shared = std::make_shared<Result<T>>(std::move(result));
    QMetaObject::invokeMethod(
        self,
        [guard, hadContext, done = std::move(done), shared]() mutable {
            if (hadContext && !guard)
                return;
            done(std::move(*shared));
        },
        Qt::QueuedConnection);
}

QString secondsText(std::chrono::milliseconds ms) {
    return QString::number(static_cast<double>(ms.count()) / 1000.0, 'g', 3);
}

} // namespace

class KeychainStore::Impl {
public:
    // Starts `job` under the watchdog. `finish` turns the finished job into the caller's result; it
    // runs only if the job answers before the watchdog fires.
    template <typename T>
    static void run(KeychainStore* self, QKeychain::Job* job, keychain::Operation op, const QString& entry,
                    QObject* context, Callback<T> done, std::function<Result<T>(QKeychain::Job&)> finish) {
        struct State {
            bool settled = false;
        };
        auto state = std::make_shared<State>();
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        auto deliver = [guard, hadContext, done = std::move(done)](Result<T> result) {
            if (hadContext && !guard)
                return;
            done(std::move(result));
        };

        // Owned by the store, not the job: the job may never finish and must not be deleted by us.
        auto* watchdog = new QTimer(self);
        watchdog->setSingleShot(true);
        watchdog->setInterval(self->m_watchdog);
        const auto limit = self->m_watchdog;

        QObject::connect(
            watchdog, &QTimer::timeout, self, [self, state, watchdog, deliver, limit, op, entry]() {
                watchdog->deleteLater();
                if (state->settled)
                    return;
                state->settled = true;
                qCWarning(lcKeychain)
                    << operationName(op) << entry << "did not answer within" << limit.count() << "ms";
                self->setHealth(Health::Unavailable);
                const QString what = op == keychain::Operation::Probe
                                         ? KeychainStore::tr("checking the keychain")
                                         : KeychainStore::tr("keychain entry '%1'").arg(entry);
                deliver(
                    Error(ErrorCode::KeychainUnavailable,
                          KeychainStore::tr("%1: the keychain did not answer within %2 s. It may be locked "
                                            "or waiting for an unlock prompt; unlock it (or restart "
                                            "gnome-keyring / KWallet) and try again.")
                              .arg(what, secondsText(limit))));
            });

        // Connected with the store as context: if the store is gone, nobody is left to tell.
        QObject::connect(job, &QKeychain::Job::finished, self,
                         [self, state, watchdog, deliver, finish, op, entry](QKeychain::Job* finished) {
                             if (state->settled)
                                 return; // the watchdog already answered; this late result is ignored
                             state->settled = true;
                             watchdog->stop();
                             watchdog->deleteLater();
                             const auto outcome = keychain::interpretJobResult(op, entry, finished->error(),
                                                                               finished->errorString());
                             // Entry names hold public keys only; the secret never reaches a log.
                             qCDebug(lcKeychain)
                                 << operationName(op) << entry
                                 << (outcome.ok ? QStringLiteral("ok") : errorCodeName(outcome.error.code));
                             if (outcome.ok || outcome.error.code == ErrorCode::NotFound)
                                 self->setHealth(Health::Healthy);
                             else if (!outcome.backendAnswered)
                                 self->setHealth(Health::Unavailable);
                             // Delivered on the next event-loop pass, not from inside this slot:
                             // QtKeychain runs one job at a time and starts the next queued job only
                             // after every slot of `finished` has returned (its executor connects
                             // after us). Whatever the caller does next (an index commit, a
                             // signature) then overlaps the keychain's work on the next job instead
                             // of holding it up.
                             auto result = std::make_shared<Result<T>>(outcome.ok ? finish(*finished)
                                                                                  : Result<T>(outcome.error));
                             QMetaObject::invokeMethod(
                                 self, [deliver, result]() { deliver(std::move(*result)); },
                                 Qt::QueuedConnection);
                         });

        job->setAutoDelete(true);
        watchdog->start();
        job->start(); // QtKeychain queues the work: finished is never emitted from inside start()
    }

    // While Unavailable a hung job may still hold QtKeychain's one-at-a-time executor, so new calls
    // must not queue behind it.
    template <typename T>
    static bool failFastIfUnavailable(KeychainStore* self, const QString& entry, QObject* context,
                                      Callback<T>& done) {
        if (self->m_health != Health::Unavailable)
            return false;
        deliverLater<T>(
            self, context, std::move(done),
            Error(ErrorCode::KeychainUnavailable,
                  KeychainStore::tr("keychain entry '%1': the keychain is not available (it did not "
                                    "answer or no Secret Service is running). Unlock or start "
                                    "gnome-keyring / KWallet; it is checked again automatically.")
                      .arg(entry)));
        return true;
    }
};

KeychainStore::KeychainStore(QString service, std::chrono::milliseconds watchdog, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
    , m_watchdog(watchdog) {}

KeychainStore::~KeychainStore() = default;

void KeychainStore::setHealth(Health health) {
    if (m_health == health)
        return;
    m_health = health;
    qCInfo(lcKeychain) << "service" << m_service << "health"
                       << (health == Health::Healthy       ? "healthy"
                           : health == Health::Unavailable ? "unavailable"
                                                           : "unknown");
    Q_EMIT healthChanged(health);
}

void KeychainStore::writeSecret(const QString& entry, QByteArrayView secret, QObject* context,
                                Callback<void> done) {
    if (Impl::failFastIfUnavailable(this, entry, context, done))
        return;
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entry);
    // An explicit copy that only this call and the job share, wiped once the job is done with it.
    QByteArray data(secret.constData(), secret.size());
    job->setBinaryData(data);
    QObject::connect(job, &QKeychain::Job::finished, job, [data]() mutable { secureWipe(data); });
    Impl::run<void>(this, job, keychain::Operation::Write, entry, context, std::move(done),
                    [](QKeychain::Job&) { return Result<void>(); });
}

void KeychainStore::readSecret(const QString& entry, QObject* context, Callback<SecureBytes> done) {
    if (Impl::failFastIfUnavailable(this, entry, context, done))
        return;
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entry);
    Impl::run<SecureBytes>(
        this, job, keychain::Operation::Read, entry, context, std::move(done), [](QKeychain::Job& finished) {
            QByteArray data = static_cast<QKeychain::ReadPasswordJob&>(finished).binaryData();
            // Shares the job's buffer: wiping it clears QtKeychain's copy as well.
            return Result<SecureBytes>(SecureBytes::takeAndWipe(data));
        });
}

void KeychainStore::deleteSecret(const QString& entry, QObject* context, Callback<void> done) {
    if (Impl::failFastIfUnavailable(this, entry, context, done))
        return;
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entry);
    Impl::run<void>(this, job, keychain::Operation::Delete, entry, context, std::move(done),
                    [](QKeychain::Job&) { return Result<void>(); });
}

void KeychainStore::probe(QObject* context, Callback<void> done) {
    // Runs even while Unavailable: this is how the store finds out the keychain is back.
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(probeEntry());
    Impl::run<void>(this, job, keychain::Operation::Probe, probeEntry(), context, std::move(done),
                    [](QKeychain::Job& finished) {
                        QByteArray data = static_cast<QKeychain::ReadPasswordJob&>(finished).binaryData();
                        secureWipe(data);
                        return Result<void>();
                    });
}

QString KeychainStore::describe() const {
#if defined(Q_OS_MACOS)
    const QString backend = tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    const QString backend = tr("Windows Credential Manager");
#else
    const QString backend = tr("system keychain (Secret Service / KWallet)");
#endif
    switch (m_health) {
    case Health::Healthy:
        return tr("%1, service '%2': available").arg(backend, m_service);
    case Health::Unavailable:
        return tr("%1, service '%2': not available; sessions cannot be saved or used until it answers")
            .arg(backend, m_service);
    case Health::Unknown:
        break;
    }
    return tr("%1, service '%2': not checked yet").arg(backend, m_service);
}

} // namespace ws
