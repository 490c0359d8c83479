#include "ConfigResolution.h"

#include "api/ApiTypes.h"
#include "api/TurnkeyClient.h"
#include "keychain/KeychainStore.h"

#include <QCoreApplication>
#include <QSettings>

namespace ws::cli {

namespace {

QString sourceName(ValueSource source) {
    switch (source) {
    case ValueSource::CommandLine:
        return QCoreApplication::translate("ws", "--api-url");
    case ValueSource::Environment:
        return QString::fromLatin1(kEnvApiUrl);
    case ValueSource::Settings:
        return QCoreApplication::translate("ws", "the setting %1").arg(QString::fromLatin1(kSettingApiUrl));
    case ValueSource::Default:
        break;
    }
    return QCoreApplication::translate("ws", "the default");
}

QString settingValue(const char* key) {
    // Default-constructed: organization "" and application "wallet-sessions", like the GUI.
    const QSettings settings;
    return settings.value(QString::fromLatin1(key)).toString().trimmed();
}

} // namespace

Result<ResolvedUrl> resolveApiUrl(const QString& commandLineValue) {
    ResolvedUrl resolved;
    QString text;
    if (!commandLineValue.isEmpty()) {
        text = commandLineValue;
        resolved.source = ValueSource::CommandLine;
    } else if (const QString env = qEnvironmentVariable(kEnvApiUrl).trimmed(); !env.isEmpty()) {
        text = env;
        resolved.source = ValueSource::Environment;
    } else if (const QString setting = settingValue(kSettingApiUrl); !setting.isEmpty()) {
        text = setting;
        resolved.source = ValueSource::Settings;
    }
    if (text.isEmpty()) {
        resolved.url = ApiConfig().baseUrl;
        return resolved;
    }
    resolved.url = QUrl(text.trimmed(), QUrl::StrictMode);
    if (!resolved.url.isValid() || resolved.url.scheme().isEmpty() || resolved.url.host().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ws", "The API URL '%1' from %2 is not a valid URL.")
                         .arg(text, sourceName(resolved.source)));
    if (Result<void> ok = TurnkeyClient::validateBaseUrl(resolved.url); !ok)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ws", "The API URL '%1' from %2 is not allowed: %3")
                         .arg(text, sourceName(resolved.source), ok.error().message));
    return resolved;
}

QString resolveKeychainService() {
    const QString env = qEnvironmentVariable(kEnvKeychainService).trimmed();
    return env.isEmpty() ? QString::fromLatin1(KeychainStore::kDefaultService) : env;
}

QByteArray resolveNotarizerKey(const QString& commandLineValue) {
    if (!commandLineValue.trimmed().isEmpty())
        return commandLineValue.trimmed().toLatin1();
    if (const QString env = qEnvironmentVariable(kEnvNotarizerKey).trimmed(); !env.isEmpty())
        return env.toLatin1();
    return settingValue(kSettingNotarizerKey).toLatin1();
}

} // namespace ws::cli
