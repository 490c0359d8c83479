#pragma once

#include "store/IndexData.h"

#include <QByteArray>
#include <QString>

namespace ws::test {

// A 66-hex compressed public key derived from n (not a real curve point: the index never checks).
QString fakePublicKey(int n, char prefix = '2');
// An unsigned-but-well-formed session JWT (decodeSessionToken does not verify signatures).
QByteArray makeJwt(const QString& publicKey, qint64 exp = 1900000000,
                   const QString& organizationId = QStringLiteral("org-1"));
SessionRecord makeSession(const QString& label, const QString& publicKey);
KeyRecord makeKey(const QString& publicKey, KeyState state = KeyState::Live, KeyKind kind = KeyKind::Session);
// A session plus its live key record.
void addSession(IndexData& data, const QString& label, int keyNumber);

} // namespace ws::test
