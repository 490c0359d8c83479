// Writes a data directory holding sessions.json with N sessions (see SessionFixture.h) for timing the
// real wallet-sessions binary:   bench_make_fixture DIR N
#include "BenchSupport.h"
#include "Clock.h"
#include "SessionFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        ws::bench::fail(QStringLiteral("usage: bench_make_fixture DIR N"));
    const QString dir = args.at(1);
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        ws::bench::fail(QStringLiteral("cannot create %1").arg(dir));
    ws::SystemClock clock;
    QFile file(dir + QStringLiteral("/sessions.json"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(ws::serializeIndex(ws::bench::makeSessionIndex(args.at(2).toInt(), clock.nowSecs()))) < 0)
        ws::bench::fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return 0;
}
