#include "BenchSupport.h"

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

} // namespace ws::bench
