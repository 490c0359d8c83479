#include "Clock.h"
#include "model/CountdownTicker.h"

#include <QSignalSpy>
#include <QTest>

using namespace ws;
using namespace ws::ui;

// Alignment math with a clock that only moves when told to; no assertion depends on how fast the
// machine is.
class TestCountdownTicker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void delayLandsJustAfterTheNextSecond_data() {
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<int>("expected");
        QTest::newRow("on a boundary") << qint64(1767225600000) << 1005;
        QTest::newRow("1 ms in") << qint64(1767225600001) << 1004;
        QTest::newRow("half way") << qint64(1767225600500) << 505;
        QTest::newRow("just before") << qint64(1767225600999) << 6;
        QTest::newRow("before the epoch") << qint64(-1500) << 505;
    }

    void delayLandsJustAfterTheNextSecond() {
        QFETCH(qint64, nowMs);
        QFETCH(int, expected);
        const int delay = CountdownTicker::delayToNextSecond(nowMs);
        QCOMPARE(delay, expected);
        // Wherever we start, the wake-up is the slack past a whole second.
        const qint64 wake = nowMs + delay;
        QCOMPARE(((wake % 1000) + 1000) % 1000, qint64(CountdownTicker::kSlackMs));
    }

    void armsFromTheInjectedClock() {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(1767225600250, Qt::UTC));
        CountdownTicker ticker(clock);
        QSignalSpy ticks(&ticker, &CountdownTicker::tick);
        QCOMPARE(ticker.nextDelay(), 755);
        ticker.setRunning(true);
        QCOMPARE(ticks.size(), 1); // catches up at once when shown
        QCOMPARE(ticker.armedInterval(), 755);
        clock.advance(700);
        QCOMPARE(ticker.nextDelay(), 55);
        ticker.setRunning(false);
        QVERIFY(!ticker.isRunning());
    }

    void reArmsAfterEachTickAndStopsWhenPaused() {
        // 2 ms before a boundary: the real timer fires after ~7 ms; the next arming is computed from
        // the (unchanged) manual clock, which proves each tick re-arms from "now", not a fixed period.
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(1767225600998, Qt::UTC));
        CountdownTicker ticker(clock);
        QSignalSpy ticks(&ticker, &CountdownTicker::tick);
        ticker.setRunning(true);
        QCOMPARE(ticker.armedInterval(), 7);
        clock.advance(400); // the wall clock jumped while we waited
        QVERIFY(ticks.wait(5000));
        QCOMPARE(ticks.size(), 2);
        QCOMPARE(ticker.armedInterval(), CountdownTicker::delayToNextSecond(clock.nowMSecs()));
        ticker.setRunning(false);
        const int before = int(ticks.size());
        QTest::qWait(50);
        QCOMPARE(int(ticks.size()), before);
    }
};

QTEST_MAIN(TestCountdownTicker)
#include "tst_countdownticker.moc"
