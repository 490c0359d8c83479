// Issue 18: the settings file is ~/.config/wallet-sessions/wallet-sessions.conf, and the file earlier
// versions wrote to "~/.config/Unknown Organization/wallet-sessions.conf" is moved there with its values.
#include "app/ConfigResolver.h"
#include "app/SettingsFile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

class TestSettingsFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        // The real lookup, pointed at a private folder: the user's files are never touched.
        qputenv("XDG_CONFIG_HOME", m_home.path().toLocal8Bit());
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), m_home.path());
    }

    void pathIsExplicit() {
        QCOMPARE(settingsFilePath(), m_home.path() + QStringLiteral("/wallet-sessions/wallet-sessions.conf"));
        QCOMPARE(legacySettingsFilePath(),
                 m_home.path() + QStringLiteral("/Unknown Organization/wallet-sessions.conf"));
    }

    void legacyFileMovesWithItsValues() {
        const QString legacy = legacySettingsFilePath();
        QVERIFY(QDir().mkpath(QFileInfo(legacy).absolutePath()));
        {
            // Seeded the way the old versions wrote it: QSettings' default (native) format.
            QSettings old(legacy, QSettings::NativeFormat);
            old.setValue(QStringLiteral("api/baseUrl"), QStringLiteral("https://api.example.com"));
            old.setValue(QStringLiteral("sessions/defaultLifetimeSecs"), 1800);
            old.setValue(QStringLiteral("window/closeToTray"), false);
        }
        QVERIFY(QFile::exists(legacy));
        const std::unique_ptr<QSettings> settings = openSettingsFile();
        QCOMPARE(settings->fileName(), settingsFilePath());
        QVERIFY(!QFile::exists(legacy));
        QVERIFY(!QDir(QFileInfo(legacy).absolutePath()).exists()); // the empty old folder is gone
        QCOMPARE(settings->value(QStringLiteral("api/baseUrl")).toString(),
                 QStringLiteral("https://api.example.com"));
        QCOMPARE(settings->value(QStringLiteral("sessions/defaultLifetimeSecs")).toInt(), 1800);
        QCOMPARE(settings->value(QStringLiteral("window/closeToTray")).toBool(), false);
        // And the resolver every front end uses reads them from there.
        ConfigResolver resolver(settings.get(), QProcessEnvironment());
        const ResolvedConfig resolved = resolver.resolve();
        QCOMPARE(resolved.config.defaultLifetimeSecs, 1800);
        QCOMPARE(resolved.config.apiUrl, QUrl(QStringLiteral("https://api.example.com")));
    }

    void newFileWinsOverALeftoverLegacyFile() {
        const QString legacy = legacySettingsFilePath();
        QVERIFY(QDir().mkpath(QFileInfo(legacy).absolutePath()));
        {
            QSettings old(legacy, QSettings::NativeFormat);
            old.setValue(QStringLiteral("sessions/defaultLifetimeSecs"), 60);
        }
        const std::unique_ptr<QSettings> settings = openSettingsFile();
        QCOMPARE(settings->value(QStringLiteral("sessions/defaultLifetimeSecs")).toInt(), 1800);
        QVERIFY(QFile::exists(legacy)); // left alone: not ours to delete once the new file exists
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
