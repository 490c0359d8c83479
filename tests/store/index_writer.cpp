// Test helper for tst_sessionindex: another process using the same index.
//   index_writer <dir> <label-prefix> <count> <first-key-number>
//       adds <count> sessions through SessionIndex::update(), one update each.
//   index_writer <dir> --disk-full <limit-bytes>
//       with RLIMIT_FSIZE set to <limit-bytes> (the root-proof stand-in for a full disk), tries one
//       update that makes the file larger than the limit and reports the outcome.
#include "StoreTestData.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QTextStream>
#include <csignal>
#include <sys/resource.h>

using namespace ws;

namespace {

int fail(const Error& error) {
    QTextStream(stdout) << "error " << errorCodeName(error.code) << ' ' << error.message << Qt::endl;
    return 1;
}

int diskFull(SessionIndex& index, qint64 limit) {
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit rl{static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
        return 2;
    const auto before = index.data().sessions.size();
    const Result<void> result = index.update([](IndexData& data) -> Result<void> {
        test::addSession(data, QStringLiteral("too-big"), 9999);
        data.sessions[QStringLiteral("too-big")].lastError = QString(int(64 * 1024), QLatin1Char('x'));
        return {};
    });
    QTextStream out(stdout);
    out << (result.ok() ? QStringLiteral("ok") : errorCodeName(result.error().code)) << Qt::endl;
    if (!result.ok())
        out << result.error().message << Qt::endl;
    out << "sessions-in-memory " << index.data().sessions.size() << " before " << before << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    SessionIndex index(args.at(1));
    index.setLockTimeout(std::chrono::seconds(60));
    if (auto opened = index.open(); !opened)
        return fail(opened.error());
    if (args.at(2) == QLatin1String("--disk-full"))
        return diskFull(index, args.at(3).toLongLong());
    if (args.size() < 5)
        return 2;
    const QString prefix = args.at(2);
    const int count = args.at(3).toInt();
    const int firstKey = args.at(4).toInt();
    for (int i = 0; i < count; ++i) {
        const Result<void> result = index.update([&](IndexData& data) -> Result<void> {
            test::addSession(data, prefix + QString::number(i), firstKey + i);
            return {};
        });
        if (!result)
            return fail(result.error());
    }
    QTextStream(stdout) << "ok" << Qt::endl;
    return 0;
}
