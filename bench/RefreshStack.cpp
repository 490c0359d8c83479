#include "RefreshStack.h"

#include "BenchSupport.h"
#include "DevServer.h"
#include "keychain/KeychainStore.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>

namespace ws::bench {

ServerInfo ServerThread::start() {
    m_thread.start();
    m_anchor.moveToThread(&m_thread);
    ServerInfo info;
    QString error;
    QMetaObject::invokeMethod(
        &m_anchor,
        [&]() {
            devserver::DevServerConfig config;
            config.demo = true;
            config.maxExpiringKeysPerUser = 1000000;
            m_server = new devserver::DevServer(config, m_clock);
            if (auto listening = m_server->listen(); !listening.ok()) {
                error = listening.error().toString();
                return;
            }
            info.url = m_server->url();
            info.organizationId = m_server->organizationId();
            info.apiPublicKey = m_server->demoApiPublicKeyHex();
            info.apiPrivateKey = m_server->demoApiPrivateKeyHex().view().toByteArray();
            info.notarizer = m_server->notarizerPublicKeyHex();
        },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty())
        fail(QStringLiteral("devserver: ") + error);
    return info;
}

ServerThread::~ServerThread() {
    QMetaObject::invokeMethod(
        &m_anchor, [this]() { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

ApiConfig benchApiConfig(const QUrl& url) {
    ApiConfig config;
    config.baseUrl = url;
    config.maxRetries = 0;
    return config;
}

namespace {

std::unique_ptr<AppServices>
makeServices(const ServerInfo& info, const Clock& clock, const QString& name, const QString& directory,
             std::function<std::unique_ptr<SecretStore>(SecretStore&)> wrapSecrets) {
    AppConfig config;
    config.apiUrl = info.url;
    config.dataDir = directory;
    config.keychainService =
        QStringLiteral("wallet-sessions-bench-%1-%2").arg(name).arg(QCoreApplication::applicationPid());
    config.notarizerKey = info.notarizer;
    ServiceFactory::Seams seams;
    seams.tuneApi = [](ApiConfig& api) {
        api = benchApiConfig(api.baseUrl);
    };
    seams.wrapSecrets = std::move(wrapSecrets);
    return ServiceFactory(config, clock, std::move(seams)).create();
}

} // namespace

LocalStack::LocalStack(const ServerInfo& info, const Clock& clock, const QString& name,
                       std::function<std::unique_ptr<SecretStore>(SecretStore&)> wrapSecrets)
    : services(makeServices(info, clock, name, dir.path(), std::move(wrapSecrets)))
    , index(services->index())
    , secrets(services->keychain())
    , manager(&services->manager()) {
    valueOrFail(services->openIndex(), "open index");
}

void LocalStack::login(const ServerInfo& info, const QString& label, KeyStoreKind store) {
    valueOrFail(waitFor<QString>([&](QObject* c, Callback<QString> done) {
                    LoginRequest request;
                    request.organizationId = info.organizationId;
                    request.apiPublicKey = info.apiPublicKey;
                    request.apiPrivateKey = SecureBytes(info.apiPrivateKey);
                    request.sessionKey = label;
                    request.expirationSeconds = 3600;
                    request.makeActive = false;
                    request.keyStore = store;
                    manager->loginWithApiKey(std::move(request), c, std::move(done));
                }),
                "login");
}

void LocalStack::refresh(const QString& label) {
    valueOrFail(waitFor<SessionInfo>([&](QObject* c, Callback<SessionInfo> done) {
                    RefreshRequest request;
                    request.sessionKey = label;
                    manager->refreshSession(request, c, std::move(done));
                }),
                "refresh");
}

void LocalStack::writeThenDelete(const QString& entry) {
    static const QByteArray secret(64, 'a');
    valueOrFail(waitFor<void>([&](QObject* c, Callback<void> done) {
                    secrets.writeSecret(entry, secret, c, std::move(done));
                }),
                "keychain write");
    valueOrFail(waitFor<void>([&](QObject* c, Callback<void> done) {
                    secrets.deleteSecret(entry, c, std::move(done));
                }),
                "keychain delete");
}

void LocalStack::read(const QString& entry) {
    (void)valueOrFail(waitFor<SecureBytes>([&](QObject* c, Callback<SecureBytes> done) {
                          secrets.readSecret(entry, c, std::move(done));
                      }),
                      "keychain read");
}

void LocalStack::commit(const QString& label, int i) {
    valueOrFail(index.update([i, label](IndexData& data) -> Result<void> {
        data.findSession(label)->lastError = QString::number(i);
        return {};
    }),
                "index commit");
}

} // namespace ws::bench
