#include "TestEnvironment.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTest>

// Starts the real application in demo mode and saves what a user sees to the build tree
// (<build>/screenshots/main-window.png). Needs the headless session (display + keyring).
class TestScreenshot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoWindowScreenshot_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("scale");
        QTest::newRow("1x") << QStringLiteral("main-window.png") << QString();
        // Issue 18: crisp at 2× (SVG icons, bars and text scale with the screen).
        QTest::newRow("2x") << QStringLiteral("main-window-2x.png") << QStringLiteral("2");
    }

    void demoWindowScreenshot() {
        QFETCH(QString, file);
        QFETCH(QString, scale);
        const QString dir = qEnvironmentVariable("WS_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        const QString png = dir + QLatin1Char('/') + file;
        QFile::remove(png);
        QProcess app;
        if (!scale.isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_SCALE_FACTOR"), scale);
            app.setProcessEnvironment(environment);
        }
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(ws::test::binDir() + QStringLiteral("/wallet-sessions"),
                  {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        const bool finished = app.waitForFinished(120000);
        const QByteArray output = app.readAll();
        if (!finished)
            app.kill();
        QVERIFY2(finished, output.constData());
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, output.constData());

        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY(image.width() > 400);
        QVERIFY(image.height() > 300);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height() && colours.size() < 50; y += 7)
            for (int x = 0; x < image.width() && colours.size() < 50; x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() >= 50, "the screenshot is (nearly) a single colour");
        qInfo("screenshot: %s (%dx%d)", qPrintable(png), image.width(), image.height());
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
