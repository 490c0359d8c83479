#include "Fixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace ws::test {

QString fixturePath(const QString& fileName) {
    const QString dir = qEnvironmentVariable("WS_SHARED_FIXTURES");
    return dir + QLatin1Char('/') + fileName;
}

QJsonObject turnkeyVectors() {
    QFile file(fixturePath(QStringLiteral("turnkey-vectors.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open the Turnkey test vectors at %s", qPrintable(file.fileName()));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        qFatal("the Turnkey test vectors at %s are not a JSON object", qPrintable(file.fileName()));
    }
    return doc.object();
}

} // namespace ws::test
