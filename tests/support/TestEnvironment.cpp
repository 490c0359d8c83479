#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QUuid>

namespace ws::test {

bool keyringRequired() {
    return qEnvironmentVariableIntValue("WS_REQUIRE_KEYRING") == 1;
}

QString uniqueTestService(const QString& suite) {
    return QStringLiteral("wallet-sessions-test-") + suite + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QString binDir() {
    const QString dir = qEnvironmentVariable("WS_BIN_DIR");
    return dir.isEmpty() ? QCoreApplication::applicationDirPath() : dir;
}

int timeScale() {
    static const int scale = [] {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue("WS_TEST_TIME_SCALE", &ok);
        return ok && value >= 1 ? value : 1;
    }();
    return scale;
}

int scaledMs(int ms) {
    return ms * timeScale();
}

std::chrono::milliseconds scaled(std::chrono::milliseconds ms) {
    return ms * timeScale();
}

} // namespace ws::test
