#pragma once

#include "api/ApiTypes.h"
#include "keychain/KeychainStore.h"
#include "store/IndexData.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ws {

// Every setting of the application, whichever front end runs it. Plain data: ConfigResolver fills it
// (command line > environment > settings file > default) and ServiceFactory builds the services from it.
struct AppConfig {
    QUrl apiUrl = ApiConfig().baseUrl;
    QString keychainService = QString::fromLatin1(KeychainStore::kDefaultService);
    QByteArray notarizerKey; // hex; empty: Turnkey's production notarizer key
    QString dataDir;         // empty: SessionIndex::defaultDirectory()

    qint64 defaultLifetimeSecs = 900;
    qint64 refreshBeforeSecs = 60;
    qint64 warnBeforeSecs = 120;
    bool autoRefresh = true;
    bool revokeOnClear = false;
    // Where new session keys are made when a login does not say (--key-store, the dialog's checkbox):
    // the keychain, or inside this computer's TPM 2.0.
    KeyStoreKind keyStore = KeyStoreKind::Keychain;
    // The site (WebAuthn relying party id) whose passkey a security-key sign-in asks for when the
    // sign-in does not name one (login --rp-id, the dialog's field): the web app the user registered it in.
    QString passkeyRpId;

    // Sign-in through Turnkey's Auth Proxy (email OTP): its URL, the app's proxy config id, and the
    // key that signs the OTP enclave's bundles (turnkey-protocol.md §2.5).
    QUrl authProxyUrl{QStringLiteral("https://authproxy.turnkey.com")};
    QString authProxyConfigId; // none by default: the user's Auth Proxy configuration
    QByteArray otpSignerKey{
        "046b4f88421f76b6ba418afc2ea1d8ced671337d7db6b80478a60d8531bf8f17fa9a512f0fef96fc0c9"
        "b4cd9dff70b34992e520ce04c79d931f6ff6296b547d201"};

    bool operator==(const AppConfig&) const = default;
};

// One setting, named the same way everywhere.
enum class ConfigKey {
    ApiUrl,
    KeychainService,
    NotarizerKey,
    DataDir,
    DefaultLifetime,
    RefreshBefore,
    WarnBefore,
    AutoRefresh,
    RevokeOnClear,
    AuthProxyUrl,
    AuthProxyConfigId,
    OtpSignerKey,
    KeyStore,
    PasskeyRpId,
};
inline constexpr ConfigKey kAllConfigKeys[] = {
    ConfigKey::ApiUrl,       ConfigKey::KeychainService,   ConfigKey::NotarizerKey,
    ConfigKey::DataDir,      ConfigKey::DefaultLifetime,   ConfigKey::RefreshBefore,
    ConfigKey::WarnBefore,   ConfigKey::AutoRefresh,       ConfigKey::RevokeOnClear,
    ConfigKey::AuthProxyUrl, ConfigKey::AuthProxyConfigId, ConfigKey::OtpSignerKey,
    ConfigKey::KeyStore,     ConfigKey::PasskeyRpId,
};

// Where a setting can come from. The one table of option, environment and settings-file names
// (docs/cli.md and docs/architecture.md list them): a null name means that layer has no say.
struct ConfigKeyNames {
    const char* option;      // "--api-url"
    const char* environment; // "WALLET_SESSIONS_API_URL"
    const char* settingsKey; // "api/baseUrl" in QSettings (organization "", application "wallet-sessions")
};
const ConfigKeyNames& configKeyNames(ConfigKey key);

// The settings-file key of a setting, for the window's settings dialog that writes it.
QString settingsKey(ConfigKey key);

} // namespace ws
