#include "DemoMode.h"

#include "DevServer.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QPointer>

namespace ws::ui {

DemoMode::DemoMode(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_dir(QDir::tempPath() + QStringLiteral("/wallet-sessions-demo-XXXXXX")) {}

DemoMode::~DemoMode() = default;

Result<void> DemoMode::start() {
    if (!m_dir.isValid())
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("ws", "Cannot create the demo's temporary "
                                                       "directory: %1")
                         .arg(m_dir.errorString()));
    devserver::DevServerConfig config;
    config.demo = true;
    m_server = std::make_unique<devserver::DevServer>(config, m_clock);
    if (Result<void> ok = m_server->listen(QHostAddress::LocalHost, 0); !ok.ok())
        return ok.error().withContext(QCoreApplication::translate("ws", "starting the demo server"));
    return {};
}

QString DemoMode::dataDirectory() const {
    return m_dir.filePath(QStringLiteral("data"));
}

QString DemoMode::settingsFile() const {
    return m_dir.filePath(QStringLiteral("settings.ini"));
}

QUrl DemoMode::apiUrl() const {
    return m_server ? m_server->url() : QUrl();
}

QByteArray DemoMode::notarizerPublicKeyHex() const {
    return m_server ? m_server->notarizerPublicKeyHex() : QByteArray();
}

void DemoMode::createSessions(SessionManager& sessions, QObject* context, Callback<void> done) {
    createNext(sessions, 0, context, std::move(done));
}

void DemoMode::createNext(SessionManager& sessions, int index, QObject* context, Callback<void> done) {
    if (index >= int(std::size(kSessions))) {
        done({});
        return;
    }
    const DemoSession& demo = kSessions[index];
    LoginRequest request;
    request.organizationId = m_server->organizationId();
    request.apiPublicKey = m_server->demoApiPublicKeyHex();
    request.apiPrivateKey = m_server->demoApiPrivateKeyHex();
    request.sessionKey = QString::fromLatin1(demo.key);
    request.expirationSeconds = demo.lifetimeSecs;
    request.makeActive = true;
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
