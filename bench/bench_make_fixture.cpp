// Writes a data directory holding an index of N sessions (see SessionFixture.h) for timing the real
// wallet-sessions binary:   bench_make_fixture DIR N
// Through SessionIndex's public API, in one commit, so the fixture is in whatever store the build has.
#include "BenchSupport.h"
#include "Clock.h"
#include "SessionFixture.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        ws::bench::fail(QStringLiteral("usage: bench_make_fixture DIR N"));
    ws::SystemClock clock;
    ws::IndexData fixture = ws::bench::makeSessionIndex(args.at(2).toInt(), clock.nowSecs());
    ws::SessionIndex index(args.at(1));
    ws::bench::valueOrFail(index.open(), "open the index");
    ws::bench::valueOrFail(index.update([&fixture](ws::IndexData& data) -> ws::Result<void> {
        data = std::move(fixture);
        return {};
    }),
                           "write the fixture");
    return 0;
}
