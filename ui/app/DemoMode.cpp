#include "DemoMode.h"

#include "keychain/SecretStore.h"
#include "session/KeyLifecycle.h"
#include "session/SessionManager.h"
#include "store/IndexData.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace ws::ui {

DemoMode::DemoMode(std::unique_ptr<DemoBackend> backend, QObject* parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_dir(QDir::tempPath() + QStringLiteral("/wallet-sessions-demo-XXXXXX")) {}

DemoMode::~DemoMode() = default;

void DemoMode::forgetKeys(SecretStore& secrets, const IndexData& data, std::chrono::milliseconds limit) {
    if (data.keys.empty())
        return;
    QEventLoop loop;
    auto outstanding = std::make_shared<int>(int(data.keys.size()));
    for (const auto& [publicKey, record] : data.keys) {
        secrets.deleteSecret(KeyLifecycle::entryName(publicKey, record.kind), &loop,
                             [outstanding, &loop](const Result<void>&) {
                                 if (--*outstanding == 0)
                                     loop.quit();
                             });
    }
    // A keychain that stops answering must not keep the app from quitting.
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    if (*outstanding > 0)
        loop.exec();
}

Result<void> DemoMode::start() {
    if (!m_dir.isValid())
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("ws", "Cannot create the demo's temporary "
                                                       "directory: %1")
                         .arg(m_dir.errorString()));
    return m_backend->start();
}

QString DemoMode::dataDirectory() const {
    return m_dir.filePath(QStringLiteral("data"));
}

QString DemoMode::settingsFile() const {
    return m_dir.filePath(QStringLiteral("settings.ini"));
}

QUrl DemoMode::apiUrl() const {
    return m_backend->url();
}

QByteArray DemoMode::notarizerPublicKeyHex() const {
    return m_backend->notarizerPublicKeyHex();
}

QString DemoMode::authProxyConfigId() const {
    return m_backend->authProxyConfigId();
}

QUrl DemoMode::oidcIssuer() const {
    return m_backend->oidcIssuer();
}

QByteArray DemoMode::otpSignerPublicKeyHex() const {
    return m_backend->otpSignerPublicKeyHex();
}

QJsonArray DemoMode::sentOtpCodes() const {
    return m_backend->sentOtpCodes();
}

void DemoMode::createSessions(SessionManager& sessions, QObject* context, Callback<void> done) {
    createNext(sessions, 0, context, std::move(done));
}

QString DemoMode::organizationId() const {
    return m_backend->organizationId();
}

void DemoMode::createNext(SessionManager& sessions, int index, QObject* context, Callback<void> done) {
    if (index >= int(std::size(kSessions))) {
        done({});
        return;
    }
    const DemoSession& demo = kSessions[index];
    LoginRequest request;
    request.organizationId = m_backend->organizationId();
    request.apiPublicKey = m_backend->apiPublicKeyHex();
    request.apiPrivateKey = m_backend->apiPrivateKeyHex();
    request.sessionKey = QString::fromLatin1(demo.key);
    request.expirationSeconds = demo.lifetimeSecs;
    request.makeActive = true;
    // The demo's throwaway API key is remembered (in the demo's own keychain service): the log-in
    // dialog then offers it, and Sign in again and Renew work with one click, as for a developer who
    // asked to remember theirs.
    request.rememberApiKey = index == 0;
    QPointer<QObject> guard(context);
    sessions.loginWithApiKey(
        std::move(request), this,
        [this, &sessions, index, guard, done = std::move(done)](Result<QString> result) mutable {
            if (!guard)
                return;
            if (!result.ok())
                return done(result.error());
            sessions.setAutoRefresh(
                result.value(), kSessions[index].autoRefresh, this,
                [this, &sessions, index, guard, done = std::move(done)](Result<void>) mutable {
                    if (!guard)
                        return;
                    createNext(sessions, index + 1, guard, std::move(done));
                });
        });
}

} // namespace ws::ui
