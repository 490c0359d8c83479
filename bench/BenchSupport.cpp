#include "BenchSupport.h"

#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>

namespace ws::bench {

void report(const char* name, double value) {
    std::printf("RESULT %s %.6g\n", name, value);
    std::fflush(stdout);
}

void fail(const QString& what) {
    std::fprintf(stderr, "benchmark failed: %s\n", qUtf8Printable(what));
    std::exit(1);
}

qint64 residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace ws::bench
