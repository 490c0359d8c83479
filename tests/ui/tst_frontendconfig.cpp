// The window and the CLI resolve their configuration through the same resolver: the same environment
// and settings file give both the same values (before the application layer the window ignored
// WALLET_SESSIONS_API_URL, _KEYCHAIN_SERVICE and _NOTARIZER_KEY).
#include "CliContext.h"
#include "app/CommandLine.h"
#include "app/SettingsFile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

class TestFrontEndConfig : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;

    // What each front end would run with, with no command-line options.
    static AppConfig cliConfig() { return cli::CliContext(cli::GlobalOptions{}).resolveConfig().config; }
    static AppConfig guiConfig() {
        const std::unique_ptr<QSettings> settings = openSettingsFile(); // as AppContext opens it
        return ui::configResolver(ui::AppOptions{}, settings.get()).resolve().config;
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setApplicationName(QStringLiteral("wallet-sessions"));
        QCoreApplication::setOrganizationName(QString());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void sameValuesFromTheSameEnvironment() {
        qputenv("WALLET_SESSIONS_API_URL", "http://127.0.0.1:4321");
        qputenv("WALLET_SESSIONS_KEYCHAIN_SERVICE", "wallet-sessions-frontends");
        qputenv("WALLET_SESSIONS_NOTARIZER_KEY", "04feed");
        qputenv("WALLET_SESSIONS_AUTH_PROXY_URL", "http://localhost:4322");
        qputenv("WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID", "cfg-1");
        qputenv("WALLET_SESSIONS_OTP_SIGNER_KEY", "04beef");
        const AppConfig gui = guiConfig();
        QCOMPARE(gui.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:4321")));
        QCOMPARE(gui.keychainService, QStringLiteral("wallet-sessions-frontends"));
        QCOMPARE(gui.notarizerKey, QByteArray("04feed"));
        QCOMPARE(gui.authProxyUrl, QUrl(QStringLiteral("http://localhost:4322")));
        QCOMPARE(gui.authProxyConfigId, QStringLiteral("cfg-1"));
        QCOMPARE(gui.otpSignerKey, QByteArray("04beef"));
        QCOMPARE(cliConfig(), gui);
        for (const char* name : {"WALLET_SESSIONS_API_URL", "WALLET_SESSIONS_KEYCHAIN_SERVICE",
                                 "WALLET_SESSIONS_NOTARIZER_KEY", "WALLET_SESSIONS_AUTH_PROXY_URL",
                                 "WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID", "WALLET_SESSIONS_OTP_SIGNER_KEY"})
            qunsetenv(name);
    }

    void sameValuesFromTheSameSettingsFile() {
        {
            const std::unique_ptr<QSettings> settings = openSettingsFile();
            settings->setValue(settingsKey(ConfigKey::ApiUrl), QStringLiteral("https://api.example.org"));
            settings->setValue(settingsKey(ConfigKey::WarnBefore), 300);
            settings->setValue(settingsKey(ConfigKey::NotarizerKey), QStringLiteral("04cafe"));
        }
        const AppConfig gui = guiConfig();
        QCOMPARE(gui.apiUrl, QUrl(QStringLiteral("https://api.example.org")));
        QCOMPARE(gui.warnBeforeSecs, 300);
        QCOMPARE(gui.notarizerKey, QByteArray("04cafe"));
        QCOMPARE(cliConfig(), gui);
        // And the environment outranks the file for both.
        qputenv("WALLET_SESSIONS_API_URL", "http://127.0.0.1:4321");
        QCOMPARE(guiConfig().apiUrl, QUrl(QStringLiteral("http://127.0.0.1:4321")));
        QCOMPARE(cliConfig(), guiConfig());
        qunsetenv("WALLET_SESSIONS_API_URL");
    }
};

QTEST_GUILESS_MAIN(TestFrontEndConfig)
#include "tst_frontendconfig.moc"
