#pragma once

#include "AppConfig.h"
#include "Result.h"
#include "api/ApiTypes.h"
#include "session/SessionManager.h"

#include <chrono>
#include <functional>
#include <memory>

namespace ws {

class AuthProxyClient;
class ServiceFactory;
class Clock;
class KeychainStore;
class SecretStore;
class SessionIndex;
class TurnkeyClient;

// The assembled stack of one process: the session index, the keychain store (possibly behind a test's
// wrapper), the API client (absent offline) and the session manager over them. Destroyed in the
// reverse order of construction, the manager first.
class AppServices {
public:
    ~AppServices();
    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    // Opens the index, sessions.db (importing an old sessions.json, recovering from a damaged file, as
    // SessionIndex::open does). The services exist before it: a front end that shows a failed open
    // keeps running.
    Result<void> openIndex();

    SessionIndex& index() { return *m_index; }
    KeychainStore& keychain() { return *m_keychain; }
    SecretStore& secrets() { return *m_secrets; } // what the manager uses: the keychain or a test's wrapper
    TurnkeyClient* api() { return m_api; }        // null offline
    // Turnkey's Auth Proxy (one-time-code sign-in) as configured; null offline.
    AuthProxyClient* authProxy() { return m_authProxy.get(); }
    // The OTP signer key the proxy's target bundles and verification tokens must be signed by (hex).
    QByteArray otpSignerKey() const { return m_otpSignerKey; }
    // New Auth Proxy settings for the sign-ins started from now on (the window's Settings).
    void reconfigureAuthProxy(const ServiceFactory& factory);
    SessionManager& manager() { return *m_manager; }
    const Clock& clock() const { return m_clock; }
    QString dataDirectory() const { return m_dataDirectory; }

private:
    friend class ServiceFactory;
    explicit AppServices(const Clock& clock);

    const Clock& m_clock;
    QString m_dataDirectory;
    std::unique_ptr<SessionIndex> m_index;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<SecretStore> m_wrapper;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<TurnkeyClient> m_ownApi;
    TurnkeyClient* m_api = nullptr;
    std::unique_ptr<AuthProxyClient> m_authProxy;
    QByteArray m_otpSignerKey;
    std::unique_ptr<SessionManager> m_manager;
};

// The one place that builds the service stack from an AppConfig; the GUI, the CLI, the tests and the
// benchmarks all get their services here. The seams are for tests and benchmarks only.
class ServiceFactory {
public:
    struct Seams {
        // Puts a wrapper between the manager and the real keychain (a test injecting a fault the real
        // keychain cannot produce on demand). Null: the manager uses the keychain itself.
        std::function<std::unique_ptr<SecretStore>(SecretStore& keychain)> wrapSecrets;
        // An API client the caller owns and keeps alive longer than the services (tests sharing one
        // with a fixture). Null: the factory makes one from the configuration.
        TurnkeyClient* api = nullptr;
        // Adjusts the API client's transport settings that are not user settings (a benchmark must see
        // failures, not retries).
        std::function<void(ApiConfig&)> tuneApi;
        std::chrono::milliseconds keychainWatchdog{std::chrono::seconds(10)};
        SessionManager::Options managerOptions; // the notarizer key is taken from the configuration
    };

    enum class Network { Online, Offline };

    ServiceFactory(AppConfig config, const Clock& clock);
    ServiceFactory(AppConfig config, const Clock& clock, Seams seams);

    const AppConfig& config() const { return m_config; }
    // The directory of the index (sessions.db): the configured one or SessionIndex::defaultDirectory().
    QString dataDirectory() const;
    // The API client's settings for this configuration (URL from the config, the seam's tuning).
    ApiConfig apiConfig() const;
    // The Auth Proxy client's: its URL, the API's transport tuning.
    ApiConfig authProxyConfig() const;

    // Builds the stack (no I/O yet; call openIndex()). Offline: no API client, online operations fail
    // with NOT_SUPPORTED.
    std::unique_ptr<AppServices> create(Network network = Network::Online) const;

private:
    AppConfig m_config;
    const Clock& m_clock;
    Seams m_seams;
};

} // namespace ws
