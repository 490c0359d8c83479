#include "AppConfig.h"

namespace ws {

const ConfigKeyNames& configKeyNames(ConfigKey key) {
    static const ConfigKeyNames apiUrl{"--api-url", "WALLET_SESSIONS_API_URL", "api/baseUrl"};
    static const ConfigKeyNames keychain{"--keychain-service", "WALLET_SESSIONS_KEYCHAIN_SERVICE", nullptr};
    static const ConfigKeyNames notarizer{"--notarizer-key", "WALLET_SESSIONS_NOTARIZER_KEY",
                                          "api/notarizerPublicKey"};
    static const ConfigKeyNames dataDir{"--data-dir", nullptr, nullptr};
    static const ConfigKeyNames lifetime{nullptr, nullptr, "sessions/defaultLifetimeSecs"};
    static const ConfigKeyNames refreshBefore{nullptr, nullptr, "sessions/refreshBeforeSecs"};
    static const ConfigKeyNames warnBefore{nullptr, nullptr, "sessions/warnBeforeSecs"};
    static const ConfigKeyNames autoRefresh{nullptr, nullptr, "sessions/autoRefresh"};
    static const ConfigKeyNames revokeOnClear{nullptr, nullptr, "sessions/revokeOnClear"};
    static const ConfigKeyNames authProxyUrl{"--auth-proxy-url", "WALLET_SESSIONS_AUTH_PROXY_URL",
                                             "authProxy/url"};
    static const ConfigKeyNames authProxyConfigId{
        "--auth-proxy-config-id", "WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID", "authProxy/configId"};
    static const ConfigKeyNames otpSignerKey{"--otp-signer-key", "WALLET_SESSIONS_OTP_SIGNER_KEY",
                                             "authProxy/otpSignerKey"};
    static const ConfigKeyNames keyStore{nullptr, nullptr, "sessions/keyStore"};
    static const ConfigKeyNames passkeyRpId{nullptr, "WALLET_SESSIONS_RP_ID", "signIn/passkeyRpId"};
    switch (key) {
    case ConfigKey::ApiUrl:
        return apiUrl;
    case ConfigKey::KeychainService:
        return keychain;
    case ConfigKey::NotarizerKey:
        return notarizer;
    case ConfigKey::DataDir:
        return dataDir;
    case ConfigKey::DefaultLifetime:
        return lifetime;
    case ConfigKey::RefreshBefore:
        return refreshBefore;
    case ConfigKey::WarnBefore:
        return warnBefore;
    case ConfigKey::AutoRefresh:
        return autoRefresh;
    case ConfigKey::RevokeOnClear:
        return revokeOnClear;
    case ConfigKey::AuthProxyUrl:
        return authProxyUrl;
    case ConfigKey::AuthProxyConfigId:
        return authProxyConfigId;
    case ConfigKey::OtpSignerKey:
        return otpSignerKey;
    case ConfigKey::KeyStore:
        return keyStore;
    case ConfigKey::PasskeyRpId:
        return passkeyRpId;
    }
    return apiUrl;
}

QString settingsKey(ConfigKey key) {
    const char* name = configKeyNames(key).settingsKey;
    return name ? QString::fromLatin1(name) : QString();
}

} // namespace ws
