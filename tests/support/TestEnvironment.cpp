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

} // namespace ws::test
