#include "ConfigResolver.h"

#include "Text.h"
#include "api/UrlPolicy.h"

#include <QCoreApplication>
#include <QSettings>

namespace ws {

namespace {

// A URL setting: valid, with a scheme and a host, and allowed by the URL policy.
Result<QUrl> parseUrl(const QString& text, const QString& what, const QString& from) {
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("The %1 '%2' from %3 is not a valid URL.").arg(what, text, from));
    if (Result<void> ok = api::validateBaseUrl(url); !ok)
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("The %1 '%2' from %3 is not allowed: %4").arg(what, text, from, ok.error().message));
    return url;
}

Result<qint64> parseSeconds(const QString& text, const QString& from) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("The number of seconds '%1' from %2 is not a whole number of seconds.").arg(text, from));
    return value;
}

Result<bool> parseBool(const QString& text, const QString& from) {
    const QString t = text.toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no"))
        return false;
    return Error(ErrorCode::InvalidInput,
                 Text::tr("The value '%1' from %2 is not true or false.").arg(text, from));
}

Result<KeyStoreKind> parseKeyStore(const QString& text, const QString& from) {
    const QString t = text.toLower();
    if (t == keyStoreName(KeyStoreKind::Keychain))
        return KeyStoreKind::Keychain;
    if (t == keyStoreName(KeyStoreKind::Tpm))
        return KeyStoreKind::Tpm;
    return Error(
        ErrorCode::InvalidInput,
        Text::tr("The value '%1' from %2 is not a key store: use 'keychain' or 'tpm'.").arg(text, from));
}

} // namespace

Result<void> ResolvedConfig::check(ConfigKey key) const {
    const auto it = problems.constFind(key);
    if (it == problems.constEnd())
        return {};
    return *it;
}

QList<Error> ResolvedConfig::allProblems() const {
    QList<Error> all;
    for (ConfigKey key : kAllConfigKeys) {
        if (const auto it = problems.constFind(key); it != problems.constEnd())
            all.append(*it);
    }
    return all;
}

ConfigResolver::ConfigResolver(const QSettings* settings, QProcessEnvironment environment)
    : m_settings(settings)
    , m_environment(std::move(environment)) {}

void ConfigResolver::setOption(ConfigKey key, const QString& value) {
    m_options.insert(key, value.trimmed());
}

QString ConfigResolver::describeSource(ConfigKey key, ValueSource source) {
    const ConfigKeyNames& names = configKeyNames(key);
    switch (source) {
    case ValueSource::CommandLine:
        return QString::fromLatin1(names.option);
    case ValueSource::Environment:
        return QLatin1Char('$') + QString::fromLatin1(names.environment);
    case ValueSource::Settings:
        return Text::tr("the setting %1").arg(QString::fromLatin1(names.settingsKey));
    case ValueSource::Default:
        break;
    }
    return Text::tr("the default");
}

ConfigResolver::Raw ConfigResolver::raw(ConfigKey key) const {
    const ConfigKeyNames& names = configKeyNames(key);
    if (const QString option = m_options.value(key); names.option && !option.isEmpty())
        return {option, ValueSource::CommandLine};
    if (names.environment) {
        if (const QString env = m_environment.value(QString::fromLatin1(names.environment)).trimmed();
            !env.isEmpty())
            return {env, ValueSource::Environment};
    }
    if (names.settingsKey && m_settings) {
        if (const QString stored =
                m_settings->value(QString::fromLatin1(names.settingsKey)).toString().trimmed();
            !stored.isEmpty())
            return {stored, ValueSource::Settings};
    }
    return {};
}

ResolvedConfig ConfigResolver::resolve() const {
    ResolvedConfig resolved;
    AppConfig& c = resolved.config;
    for (ConfigKey key : kAllConfigKeys) {
        const Raw value = raw(key);
        if (value.source == ValueSource::Default)
            continue;
        const QString from = describeSource(key, value.source);
        Error problem;
        bool failed = false;
        const auto take = [&](auto result, auto& field) {
            if (result.ok())
                field = result.value();
            else {
                problem = result.error();
                failed = true;
            }
        };
        switch (key) {
        case ConfigKey::ApiUrl:
            take(parseUrl(value.text, Text::tr("API URL"), from), c.apiUrl);
            break;
        case ConfigKey::AuthProxyUrl:
            take(parseUrl(value.text, Text::tr("Auth Proxy URL"), from), c.authProxyUrl);
            break;
        case ConfigKey::KeychainService:
            c.keychainService = value.text;
            break;
        case ConfigKey::NotarizerKey:
            c.notarizerKey = value.text.toLatin1();
            break;
        case ConfigKey::DataDir:
            c.dataDir = value.text;
            break;
        case ConfigKey::DefaultLifetime:
            take(parseSeconds(value.text, from), c.defaultLifetimeSecs);
            break;
        case ConfigKey::RefreshBefore:
            take(parseSeconds(value.text, from), c.refreshBeforeSecs);
            break;
        case ConfigKey::WarnBefore:
            take(parseSeconds(value.text, from), c.warnBeforeSecs);
            break;
        case ConfigKey::AutoRefresh:
            take(parseBool(value.text, from), c.autoRefresh);
            break;
        case ConfigKey::RevokeOnClear:
            take(parseBool(value.text, from), c.revokeOnClear);
            break;
        case ConfigKey::AuthProxyConfigId:
            c.authProxyConfigId = value.text;
            break;
        case ConfigKey::OtpSignerKey:
            c.otpSignerKey = value.text.toLatin1();
            break;
        case ConfigKey::KeyStore:
            take(parseKeyStore(value.text, from), c.keyStore);
            break;
        case ConfigKey::PasskeyRpId:
            c.passkeyRpId = value.text;
            break;
        }
        if (failed)
            resolved.problems.insert(key, problem);
        else
            resolved.sources.insert(key, value.source);
    }
    return resolved;
}

} // namespace ws
