#pragma once

#include "AppConfig.h"
#include "Error.h"
#include "Result.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

class QSettings;

namespace ws {

enum class ValueSource { CommandLine, Environment, Settings, Default };

// What ConfigResolver found: the configuration, where each value came from, and the values that were
// given but are not allowed (those keep their default in `config`, so a front end that does not need
// them still runs: the CLI's `list` with a broken API URL).
struct ResolvedConfig {
    AppConfig config;
    QHash<ConfigKey, ValueSource> sources;
    QHash<ConfigKey, Error> problems;

    ValueSource source(ConfigKey key) const { return sources.value(key, ValueSource::Default); }
    // The problem with a value (INVALID_INPUT naming where it came from), or success.
    Result<void> check(ConfigKey key) const;
    // Every problem, for a front end that reports them all at start-up.
    QList<Error> allProblems() const;
};

// The one precedence rule for every setting: command-line option > environment > settings file >
// default. Values are trimmed; an empty value counts as not given. The API URL and the Auth Proxy URL
// must pass the URL policy (https, or http to a loopback host: api/UrlPolicy).
class ConfigResolver {
public:
    // `settings` may be null (no settings file); it must outlive resolve().
    explicit ConfigResolver(const QSettings* settings,
                            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // A value the front end's command line gave (empty: not given).
    void setOption(ConfigKey key, const QString& value);

    ResolvedConfig resolve() const;

    // "--api-url", "$WALLET_SESSIONS_API_URL", "the setting api/baseUrl", "the default": for messages.
    static QString describeSource(ConfigKey key, ValueSource source);

private:
    struct Raw {
        QString text;
        ValueSource source = ValueSource::Default;
    };
    Raw raw(ConfigKey key) const;

    const QSettings* m_settings;
    QProcessEnvironment m_environment;
    QHash<ConfigKey, QString> m_options;
};

} // namespace ws
