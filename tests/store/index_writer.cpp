// Test helper for tst_sessionindex: another process using the same index.
//   index_writer <dir> <label-prefix> <count> <first-key-number>
//       adds <count> sessions through SessionIndex::update(), one update each.
//   index_writer <dir> <label-prefix> <count> <first-key-number> --async
//       the same through SessionIndex::updateAsync(), all queued at once (group commits).
//   index_writer <dir> --disk-full <limit-bytes> [--async]
//       with RLIMIT_FSIZE set to <limit-bytes> (the root-proof stand-in for a full disk), tries one
//       update that makes the file larger than the limit and reports the outcome.
//   index_writer <dir> --open-disk-full <limit-bytes>
//       opens the index (importing a sessions.json) with RLIMIT_FSIZE set and reports the outcome.
//   index_writer <dir> --hold <ms>
//       takes the database's write lock (BEGIN IMMEDIATE) and an uncommitted change, prints "locked",
//       holds both for <ms> (or until killed), then rolls back.
#include "StoreTestData.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <csignal>
#include <optional>
#include <sys/resource.h>

using namespace ws;

namespace {

int fail(const Error& error) {
    QTextStream(stdout) << "error " << errorCodeName(error.code) << ' ' << error.message << Qt::endl;
    return 1;
}

// Runs `mutate` through update() or, with `async`, through updateAsync() and the event loop.
Result<void> apply(SessionIndex& index, const SessionIndex::Mutation& mutate, bool async) {
    if (!async)
        return index.update(mutate);
    std::optional<Result<void>> outcome;
    QEventLoop loop;
    index.updateAsync(mutate, &loop, [&](Result<void> r) {
        outcome = r;
        loop.quit();
    });
    loop.exec();
    return *outcome;
}

int diskFull(SessionIndex& index, qint64 limit, bool async) {
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit rl{static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
        return 2;
    const auto before = index.data().sessions.size();
    const Result<void> result = apply(
        index,
        [](IndexData& data) -> Result<void> {
            test::addSession(data, QStringLiteral("too-big"), 9999);
            data.sessions[QStringLiteral("too-big")].lastError = QString(int(64 * 1024), QLatin1Char('x'));
            return {};
        },
        async);
    QTextStream out(stdout);
    out << (result.ok() ? QStringLiteral("ok") : errorCodeName(result.error().code)) << Qt::endl;
    if (!result.ok())
        out << result.error().message << Qt::endl;
    out << "sessions-in-memory " << index.data().sessions.size() << " before " << before << Qt::endl;
    return 0;
}

// Every update queued at once: the writer thread commits what has queued up together.
int addAsync(SessionIndex& index, const QString& prefix, int count, int firstKey) {
    int answered = 0;
    std::optional<Error> failure;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        index.updateAsync(
            [prefix, i, firstKey](IndexData& data) -> Result<void> {
                test::addSession(data, prefix + QString::number(i), firstKey + i);
                return {};
            },
            &loop,
            [&](Result<void> r) {
                if (!r && !failure)
                    failure = r.error();
                if (++answered == count)
                    loop.quit();
            });
    }
    loop.exec();
    return failure ? fail(*failure) : 0;
}

int hold(const QString& dir, unsigned long ms) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hold"));
    db.setDatabaseName(QDir(dir).filePath(QLatin1String(SessionIndex::kFileName)));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open())
        return 3;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")) ||
        !query.exec(QStringLiteral("UPDATE meta SET value = value + 1000 WHERE key = 'change_counter'")))
        return 4;
    QTextStream(stdout) << "locked" << Qt::endl;
    QThread::msleep(ms);
    return query.exec(QStringLiteral("ROLLBACK")) ? 0 : 5;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    if (args.at(2) == QLatin1String("--hold"))
        return hold(args.at(1), args.at(3).toULong());
    if (args.at(2) == QLatin1String("--open-disk-full")) {
        std::signal(SIGXFSZ, SIG_IGN);
        const auto limit = static_cast<rlim_t>(args.at(3).toLongLong());
        rlimit rl{limit, limit};
        if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
            return 2;
        SessionIndex index(args.at(1));
        const Result<void> opened = index.open();
        QTextStream out(stdout);
        out << (opened.ok() ? QStringLiteral("ok") : errorCodeName(opened.error().code)) << Qt::endl;
        if (!opened.ok())
            out << opened.error().message << Qt::endl;
        return 0;
    }
    SessionIndex index(args.at(1));
    index.setLockTimeout(std::chrono::seconds(60));
    if (auto opened = index.open(); !opened)
        return fail(opened.error());
    const bool async = args.last() == QLatin1String("--async");
    if (args.at(2) == QLatin1String("--disk-full"))
        return diskFull(index, args.at(3).toLongLong(), async);
    if (args.size() < 5)
        return 2;
    const QString prefix = args.at(2);
    const int count = args.at(3).toInt();
    const int firstKey = args.at(4).toInt();
    if (async) {
        if (const int failed = addAsync(index, prefix, count, firstKey))
            return failed;
        QTextStream(stdout) << "ok" << Qt::endl;
        return 0;
    }
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
