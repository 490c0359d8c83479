// The one configuration resolver (core/app/ConfigResolver): command-line option > environment >
// settings file > default for every setting, where each value came from, and the URL policy on the
// API and Auth Proxy URLs. The CLI's API URL and notarizer/keychain cases moved here from
// tst_cli_units unchanged in what they assert.
#include "app/ConfigResolver.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

namespace {

enum Layer { Option, Environment, Settings };

bool isUrl(ConfigKey key) {
    return key == ConfigKey::ApiUrl || key == ConfigKey::AuthProxyUrl;
}
bool isSeconds(ConfigKey key) {
    return key == ConfigKey::DefaultLifetime || key == ConfigKey::RefreshBefore ||
           key == ConfigKey::WarnBefore;
}
bool isFlag(ConfigKey key) {
    return key == ConfigKey::AutoRefresh || key == ConfigKey::RevokeOnClear;
}

// The resolved value of one setting as text, so every setting is checked by the same loop.
QString valueOf(const AppConfig& c, ConfigKey key) {
    switch (key) {
    case ConfigKey::ApiUrl:
        return c.apiUrl.toString();
    case ConfigKey::KeychainService:
        return c.keychainService;
    case ConfigKey::NotarizerKey:
        return QString::fromLatin1(c.notarizerKey);
    case ConfigKey::DataDir:
        return c.dataDir;
    case ConfigKey::DefaultLifetime:
        return QString::number(c.defaultLifetimeSecs);
    case ConfigKey::RefreshBefore:
        return QString::number(c.refreshBeforeSecs);
    case ConfigKey::WarnBefore:
        return QString::number(c.warnBeforeSecs);
    case ConfigKey::AutoRefresh:
        return c.autoRefresh ? QStringLiteral("true") : QStringLiteral("false");
    case ConfigKey::RevokeOnClear:
        return c.revokeOnClear ? QStringLiteral("true") : QStringLiteral("false");
    case ConfigKey::AuthProxyUrl:
        return c.authProxyUrl.toString();
    case ConfigKey::AuthProxyConfigId:
        return c.authProxyConfigId;
    case ConfigKey::OtpSignerKey:
        return QString::fromLatin1(c.otpSignerKey);
    case ConfigKey::KeyStore:
        return keyStoreName(c.keyStore);
    case ConfigKey::PasskeyRpId:
        return c.passkeyRpId;
    }
    return {};
}

// A value for `key` that differs per layer and from the default.
QString valueFor(ConfigKey key, Layer layer) {
    if (isUrl(key))
        return QStringLiteral("https://layer%1.example.org").arg(int(layer));
    if (isSeconds(key))
        return QString::number(100 + int(layer));
    if (key == ConfigKey::KeyStore) // two values and one layer (the settings file): the other one
        return QStringLiteral("tpm");
    if (isFlag(key))
        return valueOf(AppConfig{}, key) == QLatin1String("true") ? QStringLiteral("false")
                                                                  : QStringLiteral("true");
    return QStringLiteral("04layer%1").arg(int(layer));
}

} // namespace

class TestConfigResolver : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settingsFile(const QString& name) {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

private Q_SLOTS:
    void productionDefaults() {
        const ResolvedConfig r = ConfigResolver(nullptr, QProcessEnvironment()).resolve();
        QCOMPARE(r.config, AppConfig{});
        QCOMPARE(r.config.apiUrl, QUrl(QStringLiteral("https://api.turnkey.com")));
        QCOMPARE(r.config.keychainService, QStringLiteral("wallet-sessions"));
        QVERIFY(r.config.notarizerKey.isEmpty());
        QCOMPARE(r.config.defaultLifetimeSecs, 900);
        QCOMPARE(r.config.refreshBeforeSecs, 60);
        QCOMPARE(r.config.warnBeforeSecs, 120);
        QCOMPARE(r.config.authProxyUrl, QUrl(QStringLiteral("https://authproxy.turnkey.com")));
        QVERIFY(r.config.authProxyConfigId.isEmpty());
        // turnkey-protocol.md §2.5, PRODUCTION_TLS_FETCHER_SIGN_PUBLIC_KEY.
        QCOMPARE(
            r.config.otpSignerKey,
            QByteArray("046b4f88421f76b6ba418afc2ea1d8ced671337d7db6b80478a60d8531bf8f17fa9a512f0fef96fc0c9b4"
                       "cd9dff70b34992e520ce04c79d931f6ff6296b547d201"));
        for (ConfigKey key : kAllConfigKeys)
            QCOMPARE(r.source(key), ValueSource::Default);
        QVERIFY(r.problems.isEmpty());
    }

    // For every setting, each layer it has wins over the ones below it.
    void precedenceForEverySetting() {
        for (ConfigKey key : kAllConfigKeys) {
            const ConfigKeyNames& names = configKeyNames(key);
            const QString what = QStringLiteral("setting #%1").arg(int(key));
            QVERIFY2(names.option || names.environment || names.settingsKey, qPrintable(what));
            auto settings = settingsFile(QStringLiteral("precedence-%1.ini").arg(int(key)));
            QProcessEnvironment env;
            bool optionGiven = names.option != nullptr;
            if (names.settingsKey)
                settings->setValue(QString::fromLatin1(names.settingsKey), valueFor(key, Settings));
            if (names.environment)
                env.insert(QString::fromLatin1(names.environment), valueFor(key, Environment));
            const auto resolve = [&] {
                ConfigResolver resolver(settings.get(), env);
                if (optionGiven)
                    resolver.setOption(key, valueFor(key, Option));
                return resolver.resolve();
            };

            struct Expect {
                bool present;
                Layer layer;
                ValueSource source;
            };
            const Expect layers[] = {{names.option != nullptr, Option, ValueSource::CommandLine},
                                     {names.environment != nullptr, Environment, ValueSource::Environment},
                                     {names.settingsKey != nullptr, Settings, ValueSource::Settings}};
            for (const Expect& e : layers) {
                if (!e.present)
                    continue;
                const ResolvedConfig r = resolve();
                QVERIFY2(r.problems.isEmpty(), qPrintable(what));
                QCOMPARE(valueOf(r.config, key), valueFor(key, e.layer));
                QCOMPARE(r.source(key), e.source);
                // Take this layer away: the next one down shows.
                switch (e.layer) {
                case Option:
                    optionGiven = false;
                    break;
                case Environment:
                    env.remove(QString::fromLatin1(names.environment));
                    break;
                case Settings:
                    settings->remove(QString::fromLatin1(names.settingsKey));
                    break;
                }
            }
            const ResolvedConfig r = resolve();
            QCOMPARE(valueOf(r.config, key), valueOf(AppConfig{}, key));
            QCOMPARE(r.source(key), ValueSource::Default);
        }
    }

    // A blank value counts as not given.
    void blankValuesAreNotGiven() {
        auto settings = settingsFile(QStringLiteral("blank.ini"));
        settings->setValue(settingsKey(ConfigKey::ApiUrl), QStringLiteral("https://settings.example.org"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("WALLET_SESSIONS_API_URL"), QStringLiteral("   "));
        ConfigResolver resolver(settings.get(), env);
        resolver.setOption(ConfigKey::ApiUrl, QStringLiteral(" "));
        const ResolvedConfig r = resolver.resolve();
        QCOMPARE(r.config.apiUrl, QUrl(QStringLiteral("https://settings.example.org")));
        QCOMPARE(r.source(ConfigKey::ApiUrl), ValueSource::Settings);
    }

    // Was tst_cli_units' apiUrlResolution, on the process environment and the default settings file.
    void apiUrlResolution() {
        qunsetenv("WALLET_SESSIONS_API_URL");
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8()); // no GUI settings in this test
        const QSettings settings;
        const auto resolve = [&](const QString& option) {
            ConfigResolver resolver(&settings);
            resolver.setOption(ConfigKey::ApiUrl, option);
            return resolver.resolve();
        };
        QCOMPARE(resolve(QString()).config.apiUrl, QUrl(QStringLiteral("https://api.turnkey.com")));
        QCOMPARE(resolve(QString()).source(ConfigKey::ApiUrl), ValueSource::Default);

        qputenv("WALLET_SESSIONS_API_URL", "http://127.0.0.1:8080");
        QCOMPARE(resolve(QString()).config.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(resolve(QString()).source(ConfigKey::ApiUrl), ValueSource::Environment);
        // The command line wins.
        QCOMPARE(resolve(QStringLiteral("https://api.example.org")).source(ConfigKey::ApiUrl),
                 ValueSource::CommandLine);
        // Plain http only to loopback; garbage is refused with the source named.
        Result<void> bad = resolve(QStringLiteral("http://example.org")).check(ConfigKey::ApiUrl);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("--api-url")));
        qputenv("WALLET_SESSIONS_API_URL", "not a url");
        bad = resolve(QString()).check(ConfigKey::ApiUrl);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("WALLET_SESSIONS_API_URL")));
        qunsetenv("WALLET_SESSIONS_API_URL");
    }

    // Was tst_cli_units' notarizerKeyResolution.
    void notarizerKeyAndKeychainService() {
        qunsetenv("WALLET_SESSIONS_NOTARIZER_KEY");
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        const QSettings settings;
        const auto resolve = [&](const QString& notarizerOption = {}) {
            ConfigResolver resolver(&settings);
            resolver.setOption(ConfigKey::NotarizerKey, notarizerOption);
            return resolver.resolve().config;
        };
        QVERIFY(resolve().notarizerKey.isEmpty());
        qputenv("WALLET_SESSIONS_NOTARIZER_KEY", "04abc");
        QCOMPARE(resolve().notarizerKey, QByteArray("04abc"));
        QCOMPARE(resolve(QStringLiteral("04def")).notarizerKey, QByteArray("04def"));
        qunsetenv("WALLET_SESSIONS_NOTARIZER_KEY");
        qputenv("WALLET_SESSIONS_KEYCHAIN_SERVICE", "svc-x");
        QCOMPARE(resolve().keychainService, QStringLiteral("svc-x"));
        qunsetenv("WALLET_SESSIONS_KEYCHAIN_SERVICE");
        QCOMPARE(resolve().keychainService, QStringLiteral("wallet-sessions"));
    }

    // The URL policy covers both URLs; a refused value keeps the default and says where it came from.
    void urlPolicyOnBothUrls_data() {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("envName");
        QTest::newRow("api") << int(ConfigKey::ApiUrl) << QStringLiteral("WALLET_SESSIONS_API_URL");
        QTest::newRow("auth proxy") << int(ConfigKey::AuthProxyUrl)
                                    << QStringLiteral("WALLET_SESSIONS_AUTH_PROXY_URL");
    }
    void urlPolicyOnBothUrls() {
        QFETCH(int, key);
        QFETCH(QString, envName);
        const ConfigKey k = ConfigKey(key);
        QProcessEnvironment env;
        env.insert(envName, QStringLiteral("http://proxy.example.org"));
        ResolvedConfig r = ConfigResolver(nullptr, env).resolve();
        QVERIFY(!r.check(k).ok());
        QCOMPARE(r.check(k).error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.check(k).error().message.contains(QLatin1Char('$') + envName),
                 qPrintable(r.check(k).error().message));
        QVERIFY(r.check(k).error().message.contains(QStringLiteral("not allowed")));
        QCOMPARE(valueOf(r.config, k), valueOf(AppConfig{}, k));
        QCOMPARE(r.allProblems().size(), 1);

        auto settings = settingsFile(QStringLiteral("urls-%1.ini").arg(key));
        settings->setValue(settingsKey(k), QStringLiteral("ftp://x"));
        r = ConfigResolver(settings.get(), QProcessEnvironment()).resolve();
        QVERIFY(!r.check(k).ok());
        QVERIFY(r.check(k).error().message.contains(QStringLiteral("the setting ") + settingsKey(k)));

        env.insert(envName, QStringLiteral("http://localhost:9000"));
        r = ConfigResolver(nullptr, env).resolve();
        QVERIFY(r.check(k).ok());
        QCOMPARE(valueOf(r.config, k), QStringLiteral("http://localhost:9000"));
    }

    void badNumbersAndFlagsKeepTheirDefaults() {
        auto settings = settingsFile(QStringLiteral("bad.ini"));
        settings->setValue(settingsKey(ConfigKey::WarnBefore), QStringLiteral("soon"));
        settings->setValue(settingsKey(ConfigKey::AutoRefresh), QStringLiteral("maybe"));
        settings->setValue(settingsKey(ConfigKey::KeyStore), QStringLiteral("usb-stick"));
        const ResolvedConfig r = ConfigResolver(settings.get(), QProcessEnvironment()).resolve();
        QCOMPARE(r.config.keyStore, KeyStoreKind::Keychain);
        QVERIFY(r.check(ConfigKey::KeyStore).error().message.contains(QStringLiteral("'keychain' or 'tpm'")));
        QCOMPARE(r.config.warnBeforeSecs, AppConfig{}.warnBeforeSecs);
        QCOMPARE(r.config.autoRefresh, AppConfig{}.autoRefresh);
        QVERIFY(r.check(ConfigKey::WarnBefore)
                    .error()
                    .message.contains(QStringLiteral("sessions/warnBeforeSecs")));
        QVERIFY(!r.check(ConfigKey::AutoRefresh).ok());
    }
};

QTEST_GUILESS_MAIN(TestConfigResolver)
#include "tst_configresolver.moc"
