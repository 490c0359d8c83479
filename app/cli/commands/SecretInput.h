#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace ws::cli {

// Reads an API private key (64 hex digits, surrounding whitespace and an optional 0x ignored) from
// `path`, or from stdin when `path` is "-". Every intermediate buffer is wiped; the result is
// lower-case hex. Errors name the file and what is wrong with it, never its content.
Result<SecureBytes> readPrivateKeyHex(const QString& path);

// Validates already-read key text (same rules as readPrivateKeyHex); wipes `text`.
Result<SecureBytes> normalizePrivateKeyHex(QByteArray& text, const QString& sourceName);

// A compressed P-256 public key: 66 hex digits starting with 02 or 03. Returned lower-case.
Result<QByteArray> normalizePublicKeyHex(const QString& text);

// The argument itself, or all of stdin when it is "-"; trimmed. Used for JWTs.
Result<QByteArray> readArgumentOrStdin(const QString& argument, qsizetype maxBytes);

} // namespace ws::cli
