#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ws::cli {

// Environment variables the CLI reads (documented in docs/cli.md and the man page).
inline constexpr char kEnvApiUrl[] = "WALLET_SESSIONS_API_URL";
inline constexpr char kEnvKeychainService[] = "WALLET_SESSIONS_KEYCHAIN_SERVICE";
inline constexpr char kEnvNotarizerKey[] = "WALLET_SESSIONS_NOTARIZER_KEY";

// Keys in the settings the GUI writes (QSettings, organization "", application "wallet-sessions").
inline constexpr char kSettingApiUrl[] = "api/baseUrl";
inline constexpr char kSettingNotarizerKey[] = "api/notarizerPublicKey";

enum class ValueSource { CommandLine, Environment, Settings, Default };

struct ResolvedUrl {
    QUrl url;
    ValueSource source = ValueSource::Default;
};

// --api-url, else $WALLET_SESSIONS_API_URL, else the GUI's setting, else https://api.turnkey.com.
// INVALID_INPUT (naming where the value came from) when it is not an allowed API URL.
Result<ResolvedUrl> resolveApiUrl(const QString& commandLineValue);

// $WALLET_SESSIONS_KEYCHAIN_SERVICE, else "wallet-sessions" (the GUI's service).
QString resolveKeychainService();

// `commandLineValue`, else $WALLET_SESSIONS_NOTARIZER_KEY, else the setting, else empty (meaning
// Turnkey's production notarizer key).
QByteArray resolveNotarizerKey(const QString& commandLineValue = {});

} // namespace ws::cli
