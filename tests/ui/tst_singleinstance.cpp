#include "app/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <future>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ws;

class TestSingleInstance : public QObject {
    Q_OBJECT

    static QString uniqueName() {
        return QStringLiteral("ws-test-") + QUuid::createUuid().toString(QUuid::Id128);
    }

private Q_SLOTS:
    void nameIsPerUser() {
        SingleInstance instance(QStringLiteral("wallet sessions/demo"));
        QVERIFY(instance.serverName().endsWith(QLatin1Char('-') + QString::number(::getuid())));
        QVERIFY(!instance.serverName().contains(QLatin1Char('/')));
        QVERIFY(!instance.serverName().contains(QLatin1Char(' ')));
    }

    void secondLaunchActivatesTheFirst() {
        const QString name = uniqueName();
        SingleInstance first(name);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        QVERIFY(first.claim());
        QVERIFY(first.isListening());

        SingleInstance second(name);
        QVERIFY(!second.claim());
        QVERIFY(!second.isListening());
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);

        // A third launch is answered as well: the server keeps listening after serving one.
        SingleInstance third(name);
        QVERIFY(!third.claim());
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 2, 10000);
    }

    // The desktop's `wallet-sessions URL` after Turnkey's hosted sign-in page: the URL is handed over.
    void aLaunchWithAUrlHandsItOver() {
        const QString name = uniqueName();
        SingleInstance first(name);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        QSignalSpy urls(&first, &SingleInstance::urlReceived);
        QVERIFY(first.claim());
        // An id_token-sized answer (about 1.5 KB) arrives whole.
        const QUrl url(QStringLiteral("wallet-sessions://?id_token=") + QString(1500, QLatin1Char('t')) +
                       QStringLiteral(".x%2By"));
        SingleInstance second(name);
        QVERIFY(!second.claim(url));
        QTRY_COMPARE_WITH_TIMEOUT(urls.size(), 1, 10000);
        QCOMPARE(urls.at(0).at(0).toUrl(), url);
        QCOMPARE(activated.size(), 0);
        // open() never listens: with nobody running it just says no.
        SingleInstance nobody(uniqueName());
        QVERIFY(!nobody.open(url));
        QVERIFY(!nobody.isListening());
    }

    // The launch asks each instance whether a sign-in there takes the link; one that is not waiting
    // says so and does nothing, so the next can be asked.
    void anOfferIsTakenOnlyByAWaitingSignIn() {
        const QString name = uniqueName();
        SingleInstance running(name);
        QSignalSpy urls(&running, &SingleInstance::urlReceived);
        QSignalSpy activated(&running, &SingleInstance::activationRequested);
        QVERIFY(running.claim());
        const QUrl url(QStringLiteral("wallet-sessions://?id_token=a.b.c"));

        // The launch is another process: its blocking offer runs off this thread, which serves it.
        auto offerFromLaunch = [&name, &url] {
            auto answer =
                std::async(std::launch::async, [name, url] { return SingleInstance(name).offer(url); });
            while (answer.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
                QCoreApplication::processEvents();
            return answer.get();
        };
        QCOMPARE(offerFromLaunch(), SingleInstance::Offer::NotWaiting); // no handler yet
        bool waiting = false;
        QList<QUrl> offered;
        running.setOfferHandler([&](const QUrl& u) {
            offered.append(u);
            return waiting;
        });
        QCOMPARE(offerFromLaunch(), SingleInstance::Offer::NotWaiting);
        waiting = true;
        QCOMPARE(offerFromLaunch(), SingleInstance::Offer::Taken);
        QCOMPARE(offered, (QList<QUrl>{url, url}));
        QCOMPARE(urls.size(), 0); // offers are not shown
        QCOMPARE(activated.size(), 0);

        SingleInstance nobody(uniqueName());
        QCOMPARE(nobody.offer(url), SingleInstance::Offer::NoInstance);
        QVERIFY(!nobody.isListening());
    }

    void garbageDoesNotActivate() {
        const QString name = uniqueName();
        SingleInstance first(name);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        QVERIFY(first.claim());

        QLocalSocket intruder;
        intruder.connectToServer(first.serverName());
        QVERIFY(intruder.waitForConnected(5000));
        intruder.write(QByteArray(20000, 'x')); // longer than any URL with an id_token
        QVERIFY(intruder.waitForBytesWritten(5000));
        // The server drops a peer that sends a long line without a newline.
        QTRY_VERIFY_WITH_TIMEOUT(intruder.state() == QLocalSocket::UnconnectedState, 10000);
        QCOMPARE(activated.size(), 0);
    }

    void staleSocketFromACrashIsRecovered() {
        const QString name = uniqueName();
        SingleInstance probe(name);
        const QString path = QDir::tempPath() + QLatin1Char('/') + probe.serverName();

        // What a crashed instance leaves behind: a bound socket file nobody listens on.
        const QByteArray native = QFile::encodeName(path);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        QVERIFY(static_cast<size_t>(native.size()) < sizeof(addr.sun_path));
        memcpy(addr.sun_path, native.constData(), static_cast<size_t>(native.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(path));

        SingleInstance fresh(name);
        QSignalSpy activated(&fresh, &SingleInstance::activationRequested);
        QVERIFY(fresh.claim());
        QVERIFY(fresh.isListening());

        SingleInstance later(name);
        QVERIFY(!later.claim());
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
    }

    void differentNamesDoNotInterfere() {
        SingleInstance normal(uniqueName());
        SingleInstance demo(uniqueName());
        QVERIFY(normal.claim());
        QVERIFY(demo.claim());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
