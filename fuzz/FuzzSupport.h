#pragma once

#include <QCoreApplication>
#include <QtGlobal>
#include <cstdio>
#include <cstdlib>

// Shared by the fuzz targets. libFuzzer owns main(); each target calls initFuzzing() once from
// LLVMFuzzerInitialize.
namespace ws::fuzz {

inline void discardQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    // Warnings about rejected input are expected by the thousand and would drown libFuzzer's output.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void initFuzzing() {
    qInstallMessageHandler(discardQtMessages);
    // Some code paths translate messages or create QObjects; give them an application object.
    static int argc = 1;
    static char name[] = "ws-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// A property the code under test promises was broken: crash so libFuzzer saves the input.
[[noreturn]] inline void fail(const char* what) {
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
}

} // namespace ws::fuzz
