#pragma once

#include <QJsonObject>
#include <QString>

namespace ws::test {

// shared/fixtures/turnkey-vectors.json (public Turnkey test vectors), located through the
// WS_SHARED_FIXTURES environment variable that CTest sets. Fails the calling test when missing.
QJsonObject turnkeyVectors();
QString fixturePath(const QString& fileName);

} // namespace ws::test
