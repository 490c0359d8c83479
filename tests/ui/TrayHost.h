#pragma once

#include "TestEnvironment.h"

#include <QSystemTrayIcon>
#include <QTest>

namespace ws::test {

// The tray host ws_headless starts (trayer) may still be claiming the tray when the first GUI suites
// start on a loaded machine (CI's test phase runs beside the sanitizer build): wait for the tray,
// instead of reading a single instant. Qt notices a tray that appears later.
inline bool systemTrayAppears(int ms = 30000) {
    return QSystemTrayIcon::isSystemTrayAvailable() ||
           QTest::qWaitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, scaledMs(ms));
}

} // namespace ws::test
