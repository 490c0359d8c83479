// Benchmark 5, in-process: the session table as MainWindow builds it (SessionTableModel behind
// SessionSortFilterProxy in a sorted QTableView with RemainingBarDelegate), loaded from
// sessions.json bytes. Run once with --rows 10000 and once with --rows 0; scripts/bench divides.
//   bench_gui --rows N [--ticks N]
// Reports: the time from main() to the first painted table (index parse + decode + model + view +
// first paint; fixture generation excluded), one countdown tick with the repaint Qt does for it,
// and VmRSS.
#include "BenchSupport.h"
#include "Clock.h"
#include "SessionFixture.h"
#include "app/StartupProbe.h"
#include "model/SessionSortFilterProxy.h"
#include "model/SessionTableModel.h"
#include "widgets/RemainingBarDelegate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>
#include <vector>

using namespace ws;

namespace {

// Quits `loop` once the watched widget has handled its first paint event, and counts paint events
// (each timed tick must have painted, or the figure would time nothing).
class FirstPaintWatcher : public QObject {
public:
    explicit FirstPaintWatcher(QEventLoop& loop)
        : m_loop(loop) {}
    bool painted = false;
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            ++paints;
            if (!painted) {
                painted = true;
                QTimer::singleShot(0, &m_loop, &QEventLoop::quit); // after this paint has finished
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QEventLoop& m_loop;
};

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("sessions"), QStringLiteral("n"),
                                  QStringLiteral("10000"));
    const QCommandLineOption ticks(QStringLiteral("ticks"), QStringLiteral("ticks to time"),
                                   QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({rows, ticks});
    parser.addHelpOption();
    parser.process(app);

    SystemClock clock;
    // The file the app would find on disk; making it is not part of start-up.
    QElapsedTimer fixtureTimer;
    fixtureTimer.start();
    const QByteArray file =
        serializeIndex(bench::makeSessionIndex(parser.value(rows).toInt(), clock.nowSecs()));
    const qint64 fixtureNs = fixtureTimer.nsecsElapsed();

    const IndexData data = bench::valueOrFail(parseIndex(file), "parse fixture");
    ui::SessionTableModel model(clock);
    model.setSessions(bench::sessionInfos(data));
    ui::SessionSortFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setItemDelegateForColumn(ui::SessionTableModel::Remaining, new ui::RemainingBarDelegate(&view));
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSortingEnabled(true);
    view.sortByColumn(ui::SessionTableModel::SessionKey, Qt::AscendingOrder);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.resize(1100, 700);
    QEventLoop loop;
    FirstPaintWatcher watcher(loop);
    view.viewport()->installEventFilter(&watcher);
    view.show();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!watcher.painted)
        bench::fail(QStringLiteral("the table was never painted"));
    bench::report("gui_first_paint_ms", double(sinceStart.nsecsElapsed() - fixtureNs) / 1e6);

    // One countdown tick as MainWindow's CountdownTicker drives it: the model's ranged dataChanged,
    // then the repaint Qt schedules for it (the region the views dirtied, painted when the posted
    // UpdateRequest is delivered). Median, as a tick competes with nothing else.
    QCoreApplication::processEvents(); // nothing left over from start-up in the first timing
    std::vector<double> tickMs;
    const int n = std::max(1, parser.value(ticks).toInt());
    QElapsedTimer timer;
    for (int i = 0; i < n; ++i) {
        const int paintsBefore = watcher.paints;
        timer.start();
        model.tick();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        tickMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (parser.value(rows).toInt() > 0 && watcher.paints == paintsBefore)
            bench::fail(QStringLiteral("a tick did not repaint the table"));
    }
    std::sort(tickMs.begin(), tickMs.end());
    bench::report("gui_tick_ms", tickMs[tickMs.size() / 2]);
    bench::report("gui_tick_p99_ms", tickMs[std::min(tickMs.size() - 1, tickMs.size() * 99 / 100)]);
    QCoreApplication::processEvents();
    bench::report("gui_rss_kib", double(ui::StartupProbe::residentKiB()));
    return 0;
}
