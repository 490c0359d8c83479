#include "ServiceFactory.h"

#include "Clock.h"
#include "api/AuthProxyClient.h"
#include "api/TurnkeyClient.h"
#include "keychain/KeychainStore.h"
#include "store/SessionIndex.h"

namespace ws {

AppServices::AppServices(const Clock& clock)
    : m_clock(clock) {}

AppServices::~AppServices() {
    m_manager.reset();
    m_authProxy.reset();
    m_ownApi.reset();
    m_wrapper.reset();
    m_keychain.reset();
    m_index.reset();
}

void AppServices::reconfigureAuthProxy(const ServiceFactory& factory) {
    if (m_authProxy)
        m_authProxy->reconfigure(factory.authProxyConfig(), factory.config().authProxyConfigId);
    m_otpSignerKey = factory.config().otpSignerKey;
}

Result<void> AppServices::openIndex() {
    return m_index->open();
}

ServiceFactory::ServiceFactory(AppConfig config, const Clock& clock)
    : ServiceFactory(std::move(config), clock, Seams{}) {}

ServiceFactory::ServiceFactory(AppConfig config, const Clock& clock, Seams seams)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_seams(std::move(seams)) {}

QString ServiceFactory::dataDirectory() const {
    return m_config.dataDir.isEmpty() ? SessionIndex::defaultDirectory() : m_config.dataDir;
}

ApiConfig ServiceFactory::apiConfig() const {
    ApiConfig api;
    api.baseUrl = m_config.apiUrl;
    if (m_seams.tuneApi)
        m_seams.tuneApi(api);
    return api;
}

ApiConfig ServiceFactory::authProxyConfig() const {
    ApiConfig proxy = apiConfig();
    proxy.baseUrl = m_config.authProxyUrl;
    return proxy;
}

std::unique_ptr<AppServices> ServiceFactory::create(Network network) const {
    std::unique_ptr<AppServices> s(new AppServices(m_clock));
    s->m_dataDirectory = dataDirectory();
    s->m_index = std::make_unique<SessionIndex>(s->m_dataDirectory);
    s->m_keychain = std::make_unique<KeychainStore>(m_config.keychainService, m_seams.keychainWatchdog);
    if (m_seams.wrapSecrets)
        s->m_wrapper = m_seams.wrapSecrets(*s->m_keychain);
    s->m_secrets = s->m_wrapper ? s->m_wrapper.get() : static_cast<SecretStore*>(s->m_keychain.get());
    if (network == Network::Online) {
        if (m_seams.api) {
            s->m_api = m_seams.api;
        } else {
            s->m_ownApi = std::make_unique<TurnkeyClient>(apiConfig(), m_clock);
            s->m_api = s->m_ownApi.get();
        }
        s->m_authProxy = std::make_unique<AuthProxyClient>(authProxyConfig(), m_config.authProxyConfigId);
    }
    s->m_otpSignerKey = m_config.otpSignerKey;
    SessionManager::Options options = m_seams.managerOptions;
    options.notarizerPublicKeyHex = m_config.notarizerKey;
    s->m_manager = std::make_unique<SessionManager>(*s->m_index, *s->m_secrets, s->m_api, m_clock, options);
    return s;
}

} // namespace ws
